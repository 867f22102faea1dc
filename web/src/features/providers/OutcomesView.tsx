/**
 * Ratings from outcomes, not stars: for a provider and each of its products, the change of the
 * platform's evidence-based level of the scenarios it targets among the SMEs that engaged it, at
 * delivery and 90 days later — shown only from the minimum number of deliveries, with the method.
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { QueryState, StatusTag } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import type { OutcomeFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { changeTone, signedChange } from '../../lib/services';
import { ProviderOutcomesQuery } from './operations';

type Change = OutcomeFieldsFragment['scenarios'][number]['atDelivery'];

export function ProviderOutcomesTab({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ProviderOutcomesQuery, {
    variables: { providerId },
    fetchPolicy: 'cache-and-network',
  });
  const result = data?.providerOutcomes;
  return (
    <QueryState loading={loading} error={error} empty={!result} retry={() => void refetch()}>
      {result && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Card
            size="small"
            title={t('outcomes.provider', { provider: result.provider.name })}
            extra={<ExportButton table="provider-outcomes" filters={{ providerId }} />}
          >
            <OutcomesView outcomes={result.outcomes} testId="provider-outcomes" />
          </Card>
          {result.products.map((p) => (
            <Card
              key={p.id}
              size="small"
              title={
                <Space>
                  {`${p.name} · v${p.version}`}
                  <StatusTag prefix="serviceProductStatus" value={p.status} />
                </Space>
              }
            >
              <OutcomesView outcomes={p.outcomes} />
            </Card>
          ))}
        </Space>
      )}
    </QueryState>
  );
}

export function OutcomesView({
  outcomes,
  testId,
}: {
  outcomes: OutcomeFieldsFragment;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  const change = (c: Change, measurable: boolean) => {
    if (!measurable)
      return <Typography.Text type="secondary">{t('outcomes.notMeasurable')}</Typography.Text>;
    if (!c) return '—';
    return (
      <Space size={4} wrap>
        <Tag color={changeTone(c.averageChange)}>
          {t('outcomes.average', { change: signedChange(c.averageChange) })}
        </Tag>
        <span>
          {t('outcomes.counts', {
            engagements: c.engagements,
            improved: c.improved,
            unchanged: c.unchanged,
            declined: c.declined,
          })}
        </span>
      </Space>
    );
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small" data-testid={testId}>
      {!outcomes.shown && (
        <Alert
          type="info"
          showIcon
          title={t('outcomes.belowMinimum', {
            delivered: outcomes.delivered,
            minimum: outcomes.minimum,
          })}
        />
      )}
      {outcomes.shown && (
        <Typography.Text>
          {t('outcomes.delivered', { delivered: outcomes.delivered })}
        </Typography.Text>
      )}
      <Table
        size="small"
        rowKey="scenarioId"
        dataSource={outcomes.scenarios}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('assessment.scenario'), render: (_, s) => localized(locale, s) },
          { title: t('outcomes.atDelivery'), render: (_, s) => change(s.atDelivery, s.measurable) },
          {
            title: t('outcomes.after90Days'),
            render: (_, s) => change(s.after90Days, s.measurable),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('outcomes.method')}
        {locale === 'zh-CN' ? outcomes.methodZh : outcomes.methodEn}
      </Typography.Paragraph>
    </Space>
  );
}
