/**
 * The leader's view of its chain's digital level (chainDashboard): coverage, grades by tier,
 * region and industry, the weakest scenarios, movement over time, and the suppliers to help
 * first; a click opens a supplier's assessment, evidence and improvement plan.
 */
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Col,
  Drawer,
  Empty,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import type { Me } from '../../session/me';
import { LazyChart, QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import type { ChainDashboardQuery, DashboardSupplierFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { gradeColours, gradeStacks, localized } from '../../lib/assessment';
import { formatDate, formatPercent } from '../../lib/format';
import { CompanyAssessment } from './CompanyAssessment';
import { GradeTag } from './GradeTag';
import { ChainDashboardQuery as Query } from './operations';

type Dashboard = ChainDashboardQuery['chainDashboard'];
type By = 'tier' | 'region' | 'industry';

export default function AssessmentDashboard({ chainId, me }: { chainId: string; me: Me }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Query, {
    variables: { chainId, months: 6 },
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<DashboardSupplierFieldsFragment['company']>();
  const dashboard = data?.chainDashboard;
  return (
    <QueryState loading={loading} error={error} empty={!dashboard} retry={() => void refetch()}>
      {dashboard && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Coverage coverage={dashboard.coverage} />
          {dashboard.coverage.assessed === 0 && (
            <Alert type="info" showIcon title={t('dash.noneAssessed')} />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <GradeDistribution dashboard={dashboard} />
            </Col>
            <Col xs={24} xl={10}>
              <Movement dashboard={dashboard} />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <SupplierTable
                title={t('dash.helpFirst')}
                hint={t('dash.helpFirstHint')}
                rows={dashboard.helpFirst}
                onOpen={setSelected}
                testId="help-first"
                exportTable="help-first"
                chainId={chainId}
              />
            </Col>
            <Col xs={24} xl={10}>
              <WeakestScenarios dashboard={dashboard} />
            </Col>
          </Row>
          <SupplierTable
            title={t('dash.suppliers')}
            rows={dashboard.suppliers}
            onOpen={setSelected}
            testId="assessed-suppliers"
            exportTable="assessed-suppliers"
            chainId={chainId}
          />
        </Space>
      )}
      <Drawer
        open={!!selected}
        onClose={() => setSelected(undefined)}
        title={selected?.name}
        size="large"
        destroyOnHidden
      >
        {selected && (
          <CompanyAssessment
            companyId={selected.id}
            planner={{ id: me.company.id, name: me.company.name }}
          />
        )}
      </Drawer>
    </QueryState>
  );
}

function Coverage({ coverage }: { coverage: Dashboard['coverage'] }) {
  const { t } = useI18n();
  const items = [
    ['dash.members', coverage.members],
    ['dash.joined', coverage.joined],
    ['dash.streaming', coverage.streaming],
    ['dash.sharing', coverage.sharingInventory],
    ['dash.assessed', coverage.assessed],
  ] as const;
  return (
    <Row gutter={[12, 12]} data-testid="coverage">
      {items.map(([key, value]) => (
        <Col key={key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t(key)}
              value={value}
              suffix={key === 'dash.members' ? undefined : `/ ${coverage.members}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function GradeDistribution({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const [by, setBy] = useState<By>('tier');
  const breakdown = {
    tier: dashboard.byTier,
    region: dashboard.byRegion,
    industry: dashboard.byIndustry,
  }[by];
  const data = useMemo(
    () =>
      gradeStacks(
        breakdown.map((b) => ({
          label:
            b.key === null || b.key === undefined
              ? t('dash.unknown')
              : by === 'tier'
                ? t('company.tierN', { tier: b.key })
                : b.key,
          grades: b.grades,
        })),
        locale,
      ),
    [breakdown, by, locale, t],
  );
  const colours = useMemo(() => gradeColours(dashboard.grades, locale), [dashboard, locale]);
  return (
    <Card
      size="small"
      title={t('dash.grades')}
      data-testid="grade-distribution"
      extra={
        <Segmented
          value={by}
          onChange={(v) => setBy(v as By)}
          options={[
            { value: 'tier', label: t('dash.byTier') },
            { value: 'region', label: t('dash.byRegion') },
            { value: 'industry', label: t('dash.byIndustry') },
          ]}
        />
      }
    >
      <Space wrap style={{ marginBottom: 8 }}>
        {[...dashboard.grades]
          .sort((a, b) => b.rank - a.rank)
          .map((g) => (
            <span key={g.rank} data-testid={`grade-count-${g.rank}`}>
              <GradeTag grade={g} />
              {t('dash.count', { count: g.count })}
            </span>
          ))}
      </Space>
      {data.length > 0 && <LazyChart kind="stacked" height={240} data={data} colours={colours} />}
    </Card>
  );
}

function Movement({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const m = dashboard.movement;
  const data = useMemo(
    () =>
      gradeStacks(
        dashboard.timeline.map((p) => ({ label: p.month, grades: p.grades })),
        locale,
      ),
    [dashboard, locale],
  );
  const colours = useMemo(() => gradeColours(dashboard.grades, locale), [dashboard, locale]);
  return (
    <Card size="small" title={t('dash.movement')}>
      <Space wrap size="large" style={{ marginBottom: 8 }}>
        <Statistic
          title={t('dash.improved')}
          value={m.improved}
          styles={{ content: { color: '#389e0d' } }}
        />
        <Statistic
          title={t('dash.declined')}
          value={m.declined}
          styles={{ content: { color: '#cf1322' } }}
        />
        <Statistic title={t('dash.unchanged')} value={m.unchanged} />
        <Statistic title={t('dash.firstAssessment')} value={m.firstAssessment} />
      </Space>
      {data.length > 0 && <LazyChart kind="stacked" height={200} data={data} colours={colours} />}
    </Card>
  );
}

function WeakestScenarios({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const rows = dashboard.weakestScenarios.filter((s) => s.assessed > 0).slice(0, 8);
  const data = useMemo(
    () =>
      rows.map((s) => ({
        label: localized(locale, s),
        value: Number(s.averageLevel),
        text: t('dash.averageOf', { level: s.averageLevel, lagging: s.lagging }),
      })),
    [rows, locale, t],
  );
  return (
    <Card size="small" title={t('dash.weakest')} data-testid="weakest">
      {data.length > 0 ? (
        <LazyChart
          kind="bar"
          height={Math.max(160, data.length * 30)}
          data={data}
          colour="#fa8c16"
        />
      ) : (
        <Empty description={t('app.empty')} />
      )}
    </Card>
  );
}

function SupplierTable({
  title,
  hint,
  rows,
  onOpen,
  testId,
  exportTable,
  chainId,
}: {
  title: string;
  hint?: string;
  rows: DashboardSupplierFieldsFragment[];
  onOpen(company: DashboardSupplierFieldsFragment['company']): void;
  testId: string;
  exportTable: 'help-first' | 'assessed-suppliers';
  chainId: string;
}) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          {hint && <span className="muted">{hint}</span>}
          <ExportButton table={exportTable} filters={{ chainId }} />
        </Space>
      }
    >
      <Table
        size="small"
        rowKey={(s) => s.company.id}
        dataSource={rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        data-testid={testId}
        onRow={(s) => ({
          onClick: () => onOpen(s.company),
          onKeyDown: (e) => {
            if (e.key === 'Enter') onOpen(s.company);
          },
          tabIndex: 0,
          className: 'clickable-row',
        })}
        columns={[
          { title: t('company.name'), render: (_, s) => s.company.name },
          {
            title: t('company.tier'),
            width: 110,
            sorter: (a, b) => (a.tier ?? 99) - (b.tier ?? 99),
            render: (_, s) => (s.tier ? t('company.tierN', { tier: s.tier }) : '—'),
          },
          {
            title: t('assessment.grade'),
            sorter: (a, b) => a.grade.rank - b.grade.rank,
            render: (_, s) => (
              <Space size={4}>
                {s.previousGrade && s.previousGrade.rank !== s.grade.rank && (
                  <>
                    <GradeTag grade={s.previousGrade} />→
                  </>
                )}
                <GradeTag grade={s.grade} />
              </Space>
            ),
          },
          {
            title: t('dash.volumeShare'),
            align: 'right',
            sorter: (a, b) => Number(a.volumeShare) - Number(b.volumeShare),
            render: (_, s) => formatPercent(s.volumeShare),
          },
          { title: t('assessment.total'), dataIndex: 'total', align: 'right' },
          {
            title: t('dash.disagreements'),
            render: (_, s) =>
              s.disagreements > 0 ? <Tag color="orange">{s.disagreements}</Tag> : '—',
          },
          { title: t('assessment.submittedAt'), render: (_, s) => formatDate(s.submittedAt) },
        ]}
      />
    </Card>
  );
}
