/** What the platform itself sees beside the self-declared levels; disagreements stand out. */
import { Alert, Card, Descriptions, Space, Table, Tag } from 'antd';
import type { EvidenceAgreement, EvidenceFieldsFragment } from '../../gql/graphql';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { formatPercent } from '../../lib/format';
import { LevelTag } from './GradeTag';

type Evidence = EvidenceFieldsFragment;

const AGREEMENT_COLOURS: Record<EvidenceAgreement, string> = {
  CONSISTENT: 'green',
  NOT_EVIDENCED: 'red',
  UNDERSTATED: 'orange',
  NOT_DECLARED: 'default',
};

export function EvidenceView({ evidence, companyId }: { evidence: Evidence; companyId: string }) {
  const { t, tk, locale } = useI18n();
  const f = evidence.facts;
  const yes = (v: boolean) => (v ? t('evidence.yes') : t('evidence.no'));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Alert
        type={evidence.disagreements > 0 ? 'warning' : 'success'}
        showIcon
        title={
          evidence.disagreements > 0
            ? t('evidence.disagreements', { count: evidence.disagreements })
            : t('evidence.agrees')
        }
        description={t('evidence.window', { days: evidence.windowDays })}
      />
      <Card
        size="small"
        title={t('evidence.byScenario')}
        extra={<ExportButton table="assessment-evidence" filters={{ companyId }} />}
      >
        <Table
          size="small"
          rowKey="scenarioId"
          dataSource={evidence.scenarios}
          pagination={false}
          data-testid="evidence"
          rowClassName={(s) => (s.disagrees ? 'row-disagrees' : '')}
          expandable={{
            expandedRowRender: (s) => (
              <ul className="evidence-conditions">
                {s.levels.flatMap((l) =>
                  l.conditions.map((c) => (
                    <li key={`${l.level}/${c.code}`}>
                      <Tag color={c.met ? 'green' : 'default'}>
                        {t('assessment.levelN', { level: l.level })}{' '}
                        {c.met ? t('evidence.met') : t('evidence.notMet')}
                      </Tag>
                      {localized(locale, c)}
                    </li>
                  )),
                )}
              </ul>
            ),
          }}
          columns={[
            { title: t('assessment.scenario'), render: (_, s) => localized(locale, s) },
            {
              title: t('evidence.declared'),
              render: (_, s) => <LevelTag level={s.declaredLevel} />,
            },
            {
              title: t('evidence.evidenced'),
              render: (_, s) => (
                <>
                  <LevelTag level={s.evidencedLevel} />
                  <span className="muted">{t('evidence.ceiling', { level: s.ceiling })}</span>
                </>
              ),
            },
            {
              title: t('evidence.agreement'),
              render: (_, s) => (
                <Tag color={AGREEMENT_COLOURS[s.agreement]} data-agreement={s.agreement}>
                  {tk('agreement', s.agreement)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('evidence.facts')}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('evidence.chainMember')}>
            {yes(f.chainMember)}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.declaredSuppliers')}>
            {f.declaredSuppliers}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.stockReports')}>
            {t('evidence.reportsOnDays', { count: f.stockReports, days: f.stockReportDays })}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.viaIngest')}>
            {f.stockReportsViaIngest + f.orderEventsViaIngest}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.orders')}>
            {t('evidence.ordersPlacedActed', { placed: f.ordersPlaced, acted: f.orderActions })}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.onTime')}>
            {t('evidence.onTimeOf', {
              onTime: f.onTimeDeliveries,
              delivered: f.deliveredOrders,
              rate: formatPercent(f.onTimeRate),
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.sharesInventory')}>
            {yes(f.sharesInventoryWithLeader)}
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.receivables')}>
            {t('evidence.receivablesOf', {
              confirmed: f.receivablesConfirmed,
              registered: f.receivablesRegistered,
            })}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
