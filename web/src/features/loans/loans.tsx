/** Inventory loans (存货融资) as the bank, the borrower or the warehouse operator sees them; alerts live. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Form,
  InputNumber,
  List,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tooltip,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { graphql } from '../../gql';
import type {
  InventoryLoanAction,
  InventoryLoansQuery,
  InventoryLoanStatus,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatCount, formatDateTime, formatMoney, formatPercent } from '../../lib/format';

export const Loans = graphql(`
  query InventoryLoans {
    inventoryLoans {
      id
      status
      warehouse
      level
      ltv
      pledgeRate
      marginCallLtv
      liquidationLtv
      borrower {
        id
        name
      }
      bank {
        id
        name
      }
      operator {
        id
        name
      }
      principal {
        amount
        currency
      }
      collateralValue {
        amount
        currency
      }
      controlLine {
        amount
        currency
      }
      goods {
        sku
        quantity
        inStock
        unitCost {
          amount
          currency
        }
        marketPrice {
          amount
          currency
        }
      }
    }
  }
`);

const Act = graphql(`
  mutation ActOnInventoryLoan($id: ID!, $action: InventoryLoanAction!) {
    actOnInventoryLoan(id: $id, action: $action) {
      id
      status
    }
  }
`);

const Release = graphql(`
  mutation ReleaseGoods($loanId: ID!, $sku: String!, $quantity: Int!) {
    releaseGoods(loanId: $loanId, sku: $sku, quantity: $quantity) {
      id
      status
    }
  }
`);

export const AlertsQuery = graphql(`
  query Alerts {
    alerts(first: 20) {
      id
      level
      ltv
      causeType
      raisedAt
      collateralValue {
        amount
        currency
      }
      loan {
        id
        borrower {
          id
          name
        }
      }
    }
  }
`);

export const FinanceAlerts = graphql(`
  subscription FinanceAlerts {
    financeAlerts {
      id
      level
      ltv
      causeType
      raisedAt
      collateralValue {
        amount
        currency
      }
      loan {
        id
        level
        ltv
        borrower {
          id
          name
        }
        collateralValue {
          amount
          currency
        }
      }
    }
  }
`);

export type Viewer = 'BANK' | 'BORROWER' | 'OPERATOR';

const ACTIONS: Record<Viewer, Partial<Record<InventoryLoanStatus, InventoryLoanAction[]>>> = {
  OPERATOR: { REQUESTED: ['CONFIRM_GOODS'] },
  BANK: { GOODS_CONFIRMED: ['APPROVE', 'REJECT'], REQUESTED: ['REJECT'], ACTIVE: ['REPAY'] },
  BORROWER: { REQUESTED: ['WITHDRAW'], GOODS_CONFIRMED: ['WITHDRAW'] },
};

const LEVEL_COLOUR: Record<string, string> = {
  NONE: '#52c41a',
  BELOW_CONTROL_LINE: '#faad14',
  MARGIN_CALL: '#fa541c',
  LIQUIDATION: '#f5222d',
};

/** The LTV gauge: the needle against the margin-call and liquidation lines. */
export function LtvGauge({
  ltv,
  level,
  marginCall,
  liquidation,
}: {
  ltv: string | null | undefined;
  level: string;
  marginCall: string;
  liquidation: string;
}) {
  const { t } = useI18n();
  const value = ltv ? Number(ltv) : 0;
  return (
    <Tooltip
      title={`${t('loans.marginCall', { ltv: formatPercent(marginCall) })} · ${t('loans.liquidation', { ltv: formatPercent(liquidation) })}`}
    >
      <Progress
        type="dashboard"
        size={72}
        percent={Math.min(100, value)}
        strokeColor={LEVEL_COLOUR[level] ?? '#1677ff'}
        format={() => formatPercent(ltv)}
        data-testid="ltv-gauge"
      />
    </Tooltip>
  );
}

export function LoansTable({
  viewer,
  extraActions,
}: {
  viewer: Viewer;
  /** More actions of the viewer's on a loan (e.g. the borrower's release request). */
  extraActions?: (loan: InventoryLoansQuery['inventoryLoans'][number]) => ReactNode;
}) {
  const { t, tk } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Loans);
  const [actOn] = useMutation(Act);
  const [release] = useMutation(Release);
  const [releasing, setReleasing] = useState<{ id: string; skus: string[] }>();
  const [form] = Form.useForm<{ sku: string; quantity: number }>();
  useSubscription(FinanceAlerts, { skip: viewer === 'OPERATOR', onData: () => void refetch() });
  const loans = data?.inventoryLoans ?? [];
  return (
    <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
      <Table
        size="small"
        rowKey="id"
        dataSource={loans}
        loading={loading && !data}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        data-testid="loans"
        columns={[
          { title: t('loans.borrower'), render: (_, l) => l.borrower.name },
          ...(viewer === 'BANK'
            ? []
            : [
                {
                  title: t('pledges.bank'),
                  render: (_: unknown, l: (typeof loans)[number]) => l.bank.name,
                },
              ]),
          { title: t('loans.warehouse'), render: (_, l) => `${l.operator.name} · ${l.warehouse}` },
          {
            title: t('loans.goods'),
            render: (_, l) => (
              <Space orientation="vertical" size={0}>
                {l.goods.map((g) => (
                  <span key={g.sku}>
                    {g.sku} × {formatCount(g.quantity)} (
                    {t('loans.inStock', { count: formatCount(g.inStock) })}) · {t('loans.cost')}{' '}
                    {formatMoney(g.unitCost.amount, g.unitCost.currency)}
                    {g.marketPrice &&
                      ` · ${t('loans.price')} ${formatMoney(g.marketPrice.amount, g.marketPrice.currency)}`}
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: t('loans.principal'),
            align: 'right',
            render: (_, l) => <Money value={l.principal} wan />,
          },
          {
            title: t('loans.collateral'),
            align: 'right',
            render: (_, l) => <Money value={l.collateralValue} wan />,
          },
          {
            title: t('loans.ltv'),
            render: (_, l) => (
              <LtvGauge
                ltv={l.ltv}
                level={l.level}
                marginCall={l.marginCallLtv}
                liquidation={l.liquidationLtv}
              />
            ),
          },
          {
            title: t('loans.level'),
            render: (_, l) => <StatusTag prefix="level" value={l.level} />,
          },
          {
            title: t('loans.status'),
            render: (_, l) => <StatusTag prefix="loan" value={l.status} />,
          },
          {
            title: t('app.actions'),
            render: (_, l) => (
              <Space wrap>
                {(ACTIONS[viewer][l.status] ?? []).map((action) => (
                  <Button
                    key={action}
                    size="small"
                    type={action === 'REJECT' || action === 'WITHDRAW' ? 'default' : 'primary'}
                    danger={action === 'REJECT'}
                    onClick={() =>
                      void act(() => actOn({ variables: { id: l.id, action } }), {
                        success: tk('loanAction', action),
                        onDone: () => void refetch(),
                      })
                    }
                  >
                    {tk('loanAction', action)}
                  </Button>
                ))}
                {viewer !== 'BORROWER' && l.status === 'ACTIVE' && (
                  <Button
                    size="small"
                    onClick={() => setReleasing({ id: l.id, skus: l.goods.map((g) => g.sku) })}
                  >
                    {t('loans.release')}
                  </Button>
                )}
                {extraActions?.(l)}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!releasing}
        title={t('loans.release')}
        onCancel={() => setReleasing(undefined)}
        onOk={() => form.submit()}
        okText={t('app.submit')}
        cancelText={t('app.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ sku: releasing?.skus[0] }}
          onFinish={(v) =>
            void act(
              () =>
                release({ variables: { loanId: releasing!.id, sku: v.sku, quantity: v.quantity } }),
              {
                form,
                success: t('loans.released'),
                onDone: () => (setReleasing(undefined), void refetch()),
              },
            )
          }
        >
          <Form.Item name="sku" label={t('stock.sku')} rules={[{ required: true }]}>
            <Select options={(releasing?.skus ?? []).map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          <Form.Item name="quantity" label={t('warehouse.releaseQty')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </QueryState>
  );
}

/** Alerts newest first; new ones arrive by subscription and pop up as a notification. */
export function AlertsPanel() {
  const { t, tk, locale } = useI18n();
  const { notification } = App.useApp();
  const { data, loading, error, refetch } = useQuery(AlertsQuery);
  const [pushed, setPushed] = useState<NonNullable<typeof data>['alerts']>([]);
  useSubscription(FinanceAlerts, {
    onData: ({ data: d }) => {
      const alert = d.data?.financeAlerts;
      if (!alert) return;
      setPushed((list) => [alert, ...list.filter((a) => a.id !== alert.id)]);
      notification.warning({
        title: tk('level', alert.level),
        description: t('alerts.raised', {
          borrower: alert.loan.borrower.name,
          level: tk('level', alert.level),
          value: formatMoney(alert.collateralValue.amount, alert.collateralValue.currency),
          ltv: formatPercent(alert.ltv),
        }),
        duration: 8,
      });
    },
  });
  const seen = new Set(pushed.map((a) => a.id));
  const alerts = [...pushed, ...(data?.alerts ?? []).filter((a) => !seen.has(a.id))];
  return (
    <Card size="small" title={t('alerts.title')} data-testid="alerts" lang={locale}>
      <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
        <List
          size="small"
          dataSource={alerts}
          locale={{ emptyText: t('alerts.none') }}
          renderItem={(a) => (
            <List.Item data-level={a.level}>
              <Space wrap>
                <StatusTag prefix="level" value={a.level} />
                <span>
                  {t('alerts.raised', {
                    borrower: a.loan.borrower.name,
                    level: tk('level', a.level),
                    value: formatMoney(a.collateralValue.amount, a.collateralValue.currency),
                    ltv: formatPercent(a.ltv),
                  })}
                </span>
                <span style={{ color: '#888' }}>
                  {t('alerts.cause')}: {a.causeType} · {formatDateTime(a.raisedAt)}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </QueryState>
    </Card>
  );
}
