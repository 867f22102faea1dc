/**
 * One company's assessment as the company itself, or its leader with the company's ASSESSMENT
 * consent, sees it: the latest result, the history, the platform's evidence beside the declared
 * levels, and the improvement plans.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Empty, Space, Table, Tabs, type TabsProps } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { LazyChart, QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import type { CompanyAssessmentQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { EvidenceView } from './EvidenceView';
import { GradeTag } from './GradeTag';
import { CompanyAssessment as Query } from './operations';
import { PlanButton } from './PlanForm';
import { PlanList } from './PlanView';
import { ResultView } from './ResultView';

type Submission = CompanyAssessmentQuery['assessment']['history'][number];

export function CompanyAssessment({
  companyId,
  planner,
  extraTabs = [],
  moreTabs = [],
  activeKey,
  onTabChange,
}: {
  companyId: string;
  /** The viewer's company, which may plan improvement. */
  planner: { id: string; name: string };
  /** Tabs shown first (the SME's questionnaire). */
  extraTabs?: TabsProps['items'];
  /** Tabs shown last (the SME's recommended products, beside its result and plans). */
  moreTabs?: TabsProps['items'];
  activeKey?: string;
  onTabChange?(key: string): void;
}) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Query, {
    variables: { companyId },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.assessment.history ?? [];
  const latest = history[0];
  const refresh = () => void refetch();
  const content = (node: ReactNode) => (
    <QueryState loading={loading} error={error} empty={!data} retry={refresh}>
      {node}
    </QueryState>
  );
  return (
    <Tabs
      activeKey={activeKey}
      onChange={onTabChange}
      items={[
        ...(extraTabs ?? []),
        {
          key: 'result',
          label: t('assessment.tab.result'),
          children: content(
            latest?.result ? (
              <ResultView
                result={latest.result}
                submittedAt={latest.submittedAt}
                companyId={companyId}
              />
            ) : (
              <Empty description={t('assessment.notSubmitted')} />
            ),
          ),
        },
        {
          key: 'history',
          label: t('assessment.tab.history'),
          children: content(<History history={history} companyId={companyId} />),
        },
        {
          key: 'evidence',
          label: t('assessment.tab.evidence'),
          children: content(
            data && <EvidenceView evidence={data.evidence} companyId={companyId} />,
          ),
        },
        {
          key: 'plans',
          label: t('assessment.tab.plans'),
          children: content(
            data && (
              <Space orientation="vertical" style={{ width: '100%' }} size="middle">
                <Space>
                  <PlanButton
                    company={data.assessment.company}
                    planner={planner}
                    scenarios={latest?.result?.scenarios ?? []}
                    onDone={refresh}
                  />
                  <ExportButton
                    table="improvement-plans"
                    filters={{ companyId }}
                    disabled={data.improvementPlans.length === 0}
                  />
                </Space>
                <PlanList plans={data.improvementPlans} onChanged={refresh} />
              </Space>
            ),
          ),
        },
        ...(moreTabs ?? []),
      ]}
    />
  );
}

function History({ history, companyId }: { history: Submission[]; companyId: string }) {
  const { t } = useI18n();
  const points = useMemo(
    () =>
      [...history].reverse().flatMap((a) =>
        a.result
          ? [
              {
                label: formatDate(a.submittedAt),
                value: Number(a.result.total),
                text: t('assessment.points', { points: a.result.total, max: a.result.maxTotal }),
              },
            ]
          : [],
      ),
    [history, t],
  );
  if (history.length === 0) return <Empty description={t('assessment.notSubmitted')} />;
  return (
    <Card
      size="small"
      title={t('assessment.historyTitle')}
      extra={<ExportButton table="assessment-history" filters={{ companyId }} />}
    >
      {points.length > 1 && <LazyChart kind="column" height={180} data={points} />}
      <Table
        size="small"
        rowKey="id"
        dataSource={history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="assessment-history"
        columns={[
          { title: t('assessment.submittedAt'), render: (_, a) => formatDate(a.submittedAt) },
          {
            title: t('assessment.grade'),
            render: (_, a) => (a.result ? <GradeTag grade={a.result.grade} /> : '—'),
          },
          {
            title: t('assessment.total'),
            render: (_, a) =>
              a.result
                ? t('assessment.points', { points: a.result.total, max: a.result.maxTotal })
                : '—',
          },
          { title: t('assessment.version'), dataIndex: 'questionnaireVersion' },
        ]}
      />
    </Card>
  );
}
