/** The bank's receivable pool for one of its products and a loan end date: what is eligible and the offer (a pledge comes only from the holder's application). */
import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, DatePicker, Select, Space, Table, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Money, QueryState, StatusTag } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { isMessageKey, useI18n } from '../../i18n/i18n';
import { oneFilter } from '../../lib/exports';
import { formatPercent } from '../../lib/format';
import { ineligibilityTexts } from '../../lib/pool';
import { Products } from './FinanceProducts';
import { BankPledgeChanged, Pool } from './operations';

export function PoolTab({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const products = useQuery(Products, { variables: { bankId } });
  const [productId, setProductId] = useState<string>();
  const [end, setEnd] = useState<Dayjs>(() => dayjs().add(180, 'day'));
  const [eligible, setEligible] = useState<string>();
  const product = productId ?? products.data?.financeProducts[0]?.id;
  const loanEndDate = end.format('YYYY-MM-DD');
  const pool = useQuery(Pool, {
    variables: { productId: product ?? '', loanEndDate },
    skip: !product,
  });
  // A pledge requested, released or repaid changes what the pool may still finance.
  useSubscription(BankPledgeChanged, {
    skip: !product,
    onData: () => void pool.refetch(),
  });
  const lookup = (key: string) => (isMessageKey(key) ? t(key) : undefined);
  if (products.data && products.data.financeProducts.length === 0)
    return <Alert type="info" showIcon title={t('pool.noProduct')} />;
  return (
    <QueryState
      loading={products.loading}
      error={products.error}
      empty={!products.data}
      retry={() => void products.refetch()}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('pool.product')}</span>
        <Select
          style={{ minWidth: 260 }}
          value={product}
          onChange={setProductId}
          options={(products.data?.financeProducts ?? []).map((p) => ({
            value: p.id,
            label: `${p.name} (${formatPercent(p.advanceRate)} / ${formatPercent(p.annualRate)})`,
          }))}
        />
        <span>{t('pool.loanEndDate')}</span>
        <DatePicker
          value={end}
          onChange={(d) => d && setEnd(d)}
          format="YYYY-MM-DD"
          allowClear={false}
        />
        <ExportButton
          table="receivable-pool"
          filters={{ productId: product, loanEndDate, eligible }}
          disabled={!product}
        />
      </Space>
      <QueryState
        loading={pool.loading}
        error={pool.error}
        empty={!pool.data}
        retry={() => void pool.refetch()}
      >
        <Table
          size="small"
          rowKey={(e) => e.receivable.id}
          dataSource={pool.data?.receivablePool ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          data-testid="pool"
          onChange={(_, filters) => setEligible(oneFilter(filters.eligible))}
          columns={[
            { title: t('receivables.holder'), render: (_, e) => e.receivable.holder.name },
            { title: t('receivables.debtor'), render: (_, e) => e.receivable.debtor.name },
            {
              title: t('receivables.amount'),
              align: 'right',
              render: (_, e) => <Money value={e.receivable.amount} />,
            },
            { title: t('receivables.dueDate'), render: (_, e) => e.receivable.dueDate },
            {
              title: t('pool.eligible'),
              key: 'eligible',
              filterMultiple: false,
              filters: [
                { text: t('pool.yes'), value: true },
                { text: t('pool.no'), value: false },
              ],
              onFilter: (v, e) => e.eligible === v,
              render: (_, e) =>
                e.eligible ? (
                  <Tag color="green">{t('pool.yes')}</Tag>
                ) : (
                  <Space orientation="vertical" size={0}>
                    <Tag color="red">{t('pool.no')}</Tag>
                    {ineligibilityTexts(e.ineligibilities, lookup).map((r) => (
                      <Tooltip key={r.code} title={r.detail}>
                        <span
                          style={{ fontSize: 12, color: '#888' }}
                          data-code={r.code}
                          tabIndex={r.detail ? 0 : undefined}
                        >
                          {r.text}
                        </span>
                      </Tooltip>
                    ))}
                  </Space>
                ),
            },
            {
              title: t('pool.offer'),
              render: (_, e) =>
                e.offer ? (
                  <Space orientation="vertical" size={0}>
                    <span>
                      {t('pledges.advance')} <Money value={e.offer.advance} />
                    </span>
                    <span>
                      {t('pledges.interest')} <Money value={e.offer.interest} /> ({e.offer.days}{' '}
                      {t('pledges.days')})
                    </span>
                    <span>
                      {t('pledges.net')} <Money value={e.offer.net} />
                    </span>
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              title: t('app.actions'),
              render: (_, e) =>
                e.receivable.activePledge ? (
                  <Space>
                    {e.receivable.activePledge.registerNumber}
                    <StatusTag prefix="pledge" value={e.receivable.activePledge.status} />
                  </Space>
                ) : (
                  // A pledge exists only on the holder's application (finding 7): the bank sees the pool, it does not take from it.
                  '—'
                ),
            },
          ]}
        />
      </QueryState>
    </QueryState>
  );
}
