import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  List,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Me } from '../../session/me';
import {
  LazyChart,
  Money,
  plotAmount,
  QueryState,
  StatusTag,
  useAction,
} from '../../components/common';
import { graphql } from '../../gql';
import type { PledgeAction, PledgeStatus } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../i18n/i18n';
import { formatMoney, formatPercent } from '../../lib/format';
import { ineligibilityTexts } from '../../lib/pool';
import { AlertsPanel, LoansTable } from '../../features/loans/loans';
import { pledgeColumn, type PledgeRow } from '../../features/pledges/columns';
import { ReleaseRequestsCard } from '../../features/loans/release-requests';
import { Products, ProductsTab } from '../../features/pledges/FinanceProducts';

export default function BankHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <AlertsPanel />
      <Tabs
        destroyOnHidden
        items={[
          { key: 'pool', label: t('bank.tab.pool'), children: <PoolTab bankId={me.company.id} /> },
          { key: 'pledges', label: t('bank.tab.pledges'), children: <PledgesTab /> },
          {
            key: 'loans',
            label: t('bank.tab.loans'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <PriceForm />
                <ReleaseRequestsCard
                  viewer="BANK"
                  title={t('release.pending')}
                  initialStatus="REQUESTED"
                />
                <LoansTable viewer="BANK" />
              </Space>
            ),
          },
          { key: 'exposure', label: t('bank.tab.exposure'), children: <ExposureTab /> },
          { key: 'risk', label: t('bank.tab.risk'), children: <RiskTab /> },
          {
            key: 'products',
            label: t('bank.tab.products'),
            children: <ProductsTab bankId={me.company.id} />,
          },
        ]}
      />
    </Space>
  );
}

const Pool = graphql(`
  query ReceivablePool($productId: ID!, $loanEndDate: Date!) {
    receivablePool(productId: $productId, loanEndDate: $loanEndDate) {
      eligible
      ineligibilities {
        code
        message
      }
      receivable {
        id
        status
        dueDate
        amount {
          amount
          currency
        }
        holder {
          id
          name
        }
        debtor {
          id
          name
        }
        activePledge {
          id
          registerNumber
          status
        }
      }
      offer {
        days
        advance {
          amount
          currency
        }
        interest {
          amount
          currency
        }
        net {
          amount
          currency
        }
      }
    }
  }
`);

const RegisterPledge = graphql(`
  mutation RegisterPledge($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {
    registerPledge(receivableId: $receivableId, productId: $productId, loanEndDate: $loanEndDate) {
      id
      registerNumber
      status
    }
  }
`);

function PoolTab({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const act = useAction();
  const products = useQuery(Products, { variables: { bankId } });
  const [productId, setProductId] = useState<string>();
  const [end, setEnd] = useState<Dayjs>(() => dayjs().add(180, 'day'));
  const product = productId ?? products.data?.financeProducts[0]?.id;
  const loanEndDate = end.format('YYYY-MM-DD');
  const pool = useQuery(Pool, {
    variables: { productId: product ?? '', loanEndDate },
    skip: !product,
  });
  const [register] = useMutation(RegisterPledge);
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
                  e.eligible && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        void act(
                          () =>
                            register({
                              variables: {
                                receivableId: e.receivable.id,
                                productId: product!,
                                loanEndDate,
                              },
                            }),
                          {
                            success: (r) =>
                              t('pool.registered', {
                                number: r.data?.registerPledge.registerNumber,
                              }),
                            onDone: () => void pool.refetch(),
                          },
                        )
                      }
                    >
                      {t('pool.register')}
                    </Button>
                  )
                ),
            },
          ]}
        />
      </QueryState>
    </QueryState>
  );
}

const Pledges = graphql(`
  query BankPledges {
    pledges(first: 200) {
      id
      registerNumber
      status
      requestedOn
      loanEndDate
      reason
      holder {
        id
        name
      }
      product {
        id
        name
      }
      receivable {
        id
        dueDate
        amount {
          amount
          currency
        }
        debtor {
          id
          name
        }
      }
      offer {
        days
        advance {
          amount
          currency
        }
        interest {
          amount
          currency
        }
        net {
          amount
          currency
        }
      }
    }
  }
`);

const ActOnPledge = graphql(`
  mutation ActOnPledge($id: ID!, $action: PledgeAction!, $reason: String) {
    actOnPledge(id: $id, action: $action, reason: $reason) {
      id
      status
      registerNumber
    }
  }
`);

/** Pledges the bank is a party to, pushed when one is requested or changes status. */
const BankPledgeChanged = graphql(`
  subscription BankPledgeChanged {
    pledgeChanged {
      id
      status
      registerNumber
    }
  }
`);

const PLEDGE_NEXT: Partial<Record<PledgeStatus, PledgeAction[]>> = {
  REQUESTED: ['APPROVE', 'REJECT'],
  APPROVED: ['DISBURSE', 'RELEASE'],
  DISBURSED: ['REPAY'],
};

function PledgesTab() {
  const { t, tk } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Pledges);
  // A new application or another party's move shows without a reload.
  useSubscription(BankPledgeChanged, { onData: () => void refetch() });
  const [actOn] = useMutation(ActOnPledge);
  const statuses: PledgeStatus[] = [
    'REQUESTED',
    'APPROVED',
    'DISBURSED',
    'REPAID',
    'RELEASED',
    'REJECTED',
  ];
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Table<PledgeRow<typeof data>>
        size="small"
        rowKey="id"
        dataSource={data?.pledges ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        data-testid="pledges"
        columns={[
          pledgeColumn.registerNumber(t),
          pledgeColumn.holder(t),
          pledgeColumn.debtor(t),
          pledgeColumn.amount(t),
          pledgeColumn.advance(t),
          pledgeColumn.interest(t),
          pledgeColumn.net(t),
          {
            ...pledgeColumn.status(t),
            filters: statuses.map((s) => ({ text: tk('pledge', s), value: s })),
            onFilter: (v, p) => p.status === v,
          },
          pledgeColumn.loanEndDate(t),
          {
            title: t('app.actions'),
            render: (_, p) => (
              <Space wrap>
                {(PLEDGE_NEXT[p.status] ?? []).map((action) => (
                  <Button
                    key={action}
                    size="small"
                    type={action === 'APPROVE' || action === 'DISBURSE' ? 'primary' : 'default'}
                    danger={action === 'REJECT'}
                    onClick={() =>
                      void act(() => actOn({ variables: { id: p.id, action } }), {
                        success: t('pledges.done', {
                          number: p.registerNumber,
                          action: tk('pledgeAction', action),
                        }),
                        onDone: () => void refetch(),
                      })
                    }
                  >
                    {tk('pledgeAction', action)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </QueryState>
  );
}

const ReportPrice = graphql(`
  mutation ReportPrice($sku: String!, $price: Decimal!) {
    reportPrice(sku: $sku, price: $price)
  }
`);

function PriceForm() {
  const { t } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<{ sku: string; price: string }>();
  const [report, reporting] = useMutation(ReportPrice);
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) =>
        void act(() => report({ variables: { sku: v.sku.trim(), price: v.price.trim() } }), {
          form,
          success: t('loans.priceReported', { sku: v.sku }),
        })
      }
    >
      <Form.Item name="sku" label={t('stock.sku')} rules={[{ required: true }]}>
        <Input style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="price"
        label={t('loans.price')}
        rules={[{ required: true, pattern: /^\d+(\.\d{1,2})?$/ }]}
      >
        <Input style={{ width: 120 }} inputMode="decimal" />
      </Form.Item>
      <Button htmlType="submit" loading={reporting.loading}>
        {t('loans.reportPrice')}
      </Button>
    </Form>
  );
}

const Exposure = graphql(`
  query BankExposure {
    bankExposure {
      largestDebtorShare
      total {
        amount
        currency
      }
      byDebtor {
        share
        company {
          id
          name
        }
        amount {
          amount
          currency
        }
      }
      byBorrower {
        share
        company {
          id
          name
        }
        amount {
          amount
          currency
        }
      }
      byChain {
        share
        chain {
          id
          name
        }
        amount {
          amount
          currency
        }
      }
    }
  }
`);

/** One line per company or chain (`of` names it): its amount and its share of the exposure. */
function ShareList<L extends { amount: { amount: string; currency: string }; share: string }>({
  lines: rows,
  of,
}: {
  lines: L[];
  of: (line: L) => { id: string; name: string };
}) {
  const lines = rows.map((l) => ({
    key: of(l).id,
    name: of(l).name,
    amount: l.amount,
    share: l.share,
  }));
  const { t } = useI18n();
  return (
    <>
      {lines.length > 1 && (
        <LazyChart
          kind="donut"
          height={200}
          data={lines.map((l) => ({
            label: l.name,
            value: plotAmount(l.amount.amount),
            text: `${formatMoney(l.amount.amount, l.amount.currency)} (${formatPercent(l.share)})`,
          }))}
        />
      )}
      <List
        size="small"
        dataSource={lines}
        locale={{ emptyText: t('app.empty') }}
        renderItem={(l) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>{l.name}</span>
                <Money value={l.amount} wan />
              </Space>
              <Progress
                percent={Number(l.share)}
                format={() => formatPercent(l.share)}
                size="small"
              />
            </div>
          </List.Item>
        )}
      />
    </>
  );
}

function ExposureTab() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Exposure);
  const e = data?.bankExposure;
  return (
    <QueryState loading={loading} error={error} empty={!e} retry={() => void refetch()}>
      {e && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('exposure.total')}
                valueRender={() => <Money value={e.total} wan />}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('exposure.largestDebtorShare')}
                value={formatPercent(e.largestDebtorShare)}
              />
            </Card>
          </Col>
          <Col span={24} />
          <Col xs={24} lg={8}>
            <Card size="small" title={t('exposure.byDebtor')}>
              <ShareList lines={e.byDebtor} of={(l) => l.company} />
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('exposure.byBorrower')}>
              <ShareList lines={e.byBorrower} of={(l) => l.company} />
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('exposure.byChain')}>
              <ShareList lines={e.byChain} of={(l) => l.chain} />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}

const Risk = graphql(`
  query BankRisk {
    orders: circularTrades(kind: ORDERS) {
      kind
      companies {
        id
        name
      }
    }
    receivables: circularTrades(kind: RECEIVABLES) {
      kind
      companies {
        id
        name
      }
    }
    undeliveredBacking {
      orderStatus
      receivable {
        id
        amount {
          amount
          currency
        }
        holder {
          id
          name
        }
        debtor {
          id
          name
        }
      }
    }
  }
`);

function RiskTab() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Risk);
  const rings = (cycles: { companies: { id: string; name: string }[] }[]) => (
    <List
      size="small"
      dataSource={cycles}
      locale={{ emptyText: t('risk.noCycles') }}
      renderItem={(c) => (
        <List.Item>
          <span data-testid="ring">
            {[...c.companies, c.companies[0]]
              .filter(Boolean)
              .map((x) => x!.name)
              .join(' → ')}
          </span>
        </List.Item>
      )}
    />
  );
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('risk.circularOrders')}>
              {rings(data.orders)}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('risk.circularReceivables')}>
              {rings(data.receivables)}
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" title={t('risk.undelivered')}>
              <Table
                size="small"
                rowKey={(u) => u.receivable.id}
                dataSource={data.undeliveredBacking}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: t('receivables.holder'), render: (_, u) => u.receivable.holder.name },
                  { title: t('receivables.debtor'), render: (_, u) => u.receivable.debtor.name },
                  {
                    title: t('receivables.amount'),
                    align: 'right',
                    render: (_, u) => <Money value={u.receivable.amount} />,
                  },
                  {
                    title: t('risk.orderStatus'),
                    render: (_, u) =>
                      u.orderStatus ? <StatusTag prefix="order" value={u.orderStatus} /> : '—',
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}
