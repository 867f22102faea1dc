/**
 * A local authority's (主管部门) home: its region in aggregate — grades by industry and over time,
 * coverage, supply-chain finance reaching SMEs, providers' measured outcomes — and the companies
 * that consented to it. No figure rests on fewer than the minimum of companies.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { HashTabs } from '../../components/HashTabs';
import { GradeTag } from '../../features/assessment/GradeTag';
import { RegionalStatisticsQuery } from '../../features/regional/operations';
import { StatTableView } from '../../features/regional/StatTableView';
import { useI18n } from '../../i18n/i18n';
import { formatCount, formatDate } from '../../lib/format';
import type { Me } from '../../session/me';

const MONTH_CHOICES = [6, 12, 24, 36];

export default function AuthorityHome({ me }: { me: Me }) {
  const { t, tk, locale } = useI18n();
  const [months, setMonths] = useState(12);
  const { data, loading, error, refetch } = useQuery(RegionalStatisticsQuery, {
    variables: { months },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.regionalStatistics;
  return (
    <QueryState loading={loading} error={error} empty={!stats} retry={() => void refetch()}>
      {stats && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Card size="small" data-testid="region-summary">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 4 }}
              title={t('regional.title', { company: me.company.name })}
              items={[
                {
                  key: 'region',
                  label: t('regional.region'),
                  children: `${stats.region.fullName}（${stats.region.code}）· ${tk('regionLevel', stats.region.level)}`,
                },
                { key: 'asOf', label: t('regional.asOf'), children: formatDate(stats.asOf) },
                {
                  key: 'companies',
                  label: t('regional.companies'),
                  // Hidden like any figure when the region has 1–4 companies.
                  children:
                    typeof stats.companies === 'number'
                      ? formatCount(stats.companies)
                      : `<${stats.minimumCompanies}`,
                },
                {
                  key: 'minimum',
                  label: t('regional.minimum'),
                  children: t('regional.minimumOf', { minimum: stats.minimumCompanies }),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('regional.method')}
              {locale === 'zh-CN' ? stats.methodZh : stats.methodEn}
            </Typography.Paragraph>
          </Card>
          <HashTabs
            items={[
              {
                key: 'grades',
                label: t('regional.tab.grades'),
                children: (
                  <Space orientation="vertical" style={{ width: '100%' }} size="middle">
                    <StatTableView
                      table={stats.gradesByIndustry}
                      minimum={stats.minimumCompanies}
                      months={months}
                    />
                    <Space>
                      <Typography.Text>{t('regional.months')}</Typography.Text>
                      <Select
                        size="small"
                        aria-label={t('regional.months')}
                        value={months}
                        onChange={setMonths}
                        options={MONTH_CHOICES.map((m) => ({
                          value: m,
                          label: t('regional.monthsN', { months: m }),
                        }))}
                      />
                    </Space>
                    <StatTableView
                      table={stats.gradesOverTime}
                      minimum={stats.minimumCompanies}
                      months={months}
                    />
                  </Space>
                ),
              },
              ...(
                [
                  ['coverage', 'regional.tab.coverage', stats.coverage],
                  ['finance', 'regional.tab.finance', stats.finance],
                  ['outcomes', 'regional.tab.outcomes', stats.providerOutcomes],
                ] as const
              ).map(([key, label, table]) => ({
                key,
                label: t(label),
                children: (
                  <StatTableView table={table} minimum={stats.minimumCompanies} months={months} />
                ),
              })),
              {
                key: 'companies',
                label: t('regional.tab.companies'),
                children: (
                  <Card
                    size="small"
                    title={t('regional.consenting')}
                    extra={
                      <ExportButton
                        table="regional-statistics"
                        filters={{ months: String(months) }}
                      />
                    }
                  >
                    <Table
                      size="small"
                      rowKey={(c) => c.company.id}
                      dataSource={stats.consentingCompanies}
                      pagination={{ pageSize: 20, hideOnSinglePage: true }}
                      scroll={{ x: 720 }}
                      locale={{ emptyText: t('regional.noConsenting') }}
                      data-testid="regional-companies"
                      columns={[
                        { title: t('regional.company'), render: (_, c) => c.company.name },
                        { title: t('company.uscc'), render: (_, c) => c.company.uscc },
                        {
                          title: t('company.industry'),
                          render: (_, c) => c.company.industry ?? '—',
                        },
                        {
                          title: t('assessment.grade'),
                          render: (_, c) => (c.grade ? <GradeTag grade={c.grade} /> : '—'),
                        },
                        {
                          title: t('assessment.submittedAt'),
                          render: (_, c) => formatDate(c.submittedAt),
                        },
                      ]}
                    />
                  </Card>
                ),
              },
            ]}
          />
        </Space>
      )}
    </QueryState>
  );
}
