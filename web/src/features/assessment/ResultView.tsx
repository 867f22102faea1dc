/** One submission's result: grade and the reason, score per dimension, each scenario's level. */
import { Alert, Card, Col, Descriptions, Progress, Row, Table, Tag } from 'antd';
import { ExportButton } from '../../components/ExportButton';
import type { ResultFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { formatDate } from '../../lib/format';
import { GradeTag, LevelTag } from './GradeTag';

/** Points as a percent of the maximum, for a progress bar only. */
const share = (points: string, max: string) =>
  Number(max) > 0 ? Math.round((Number(points) / Number(max)) * 100) : 0;

export function ResultView({
  result,
  submittedAt,
  companyId,
}: {
  result: ResultFieldsFragment;
  submittedAt?: string | null;
  /** The company whose latest result this is: offers its export. */
  companyId?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <Row gutter={[16, 16]} data-testid="assessment-result">
      <Col xs={24} lg={10}>
        <Card size="small" title={t('assessment.result')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('assessment.grade')}>
              <GradeTag grade={result.grade} />
            </Descriptions.Item>
            <Descriptions.Item label={t('assessment.total')}>
              {t('assessment.points', { points: result.total, max: result.maxTotal })}
            </Descriptions.Item>
            {submittedAt && (
              <Descriptions.Item label={t('assessment.submittedAt')}>
                {formatDate(submittedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Alert
            type={result.grade.rank >= 3 ? 'success' : 'info'}
            showIcon
            title={t('assessment.reason')}
            description={localized(locale, result.reason)}
            style={{ margin: '12px 0' }}
          />
          {result.dimensions.map((d) => (
            <div key={d.id} data-testid={`dimension-${d.id}`}>
              <span>{localized(locale, d)}</span>
              <Progress
                percent={share(d.points, d.maxPoints)}
                format={() => t('assessment.points', { points: d.points, max: d.maxPoints })}
              />
            </div>
          ))}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card
          size="small"
          title={t('assessment.scenarios')}
          extra={companyId && <ExportButton table="assessment-result" filters={{ companyId }} />}
        >
          <Table
            size="small"
            rowKey="scenarioId"
            dataSource={result.scenarios}
            pagination={false}
            columns={[
              {
                title: t('assessment.scenario'),
                render: (_, s) => (
                  <>
                    {localized(locale, s)}{' '}
                    {s.mandatory && <Tag color="purple">{t('assessment.mandatory')}</Tag>}
                  </>
                ),
              },
              {
                title: t('assessment.level'),
                dataIndex: 'level',
                width: 110,
                sorter: (a, b) => a.level - b.level,
                render: (level: number) => <LevelTag level={level} />,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
