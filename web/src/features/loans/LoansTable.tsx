/** Inventory loans as the bank, the borrower or the warehouse operator sees them, with the moves each may make; live on alerts. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Form, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState, type ReactNode } from 'react';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import type {
  InventoryLoanAction,
  InventoryLoansQuery,
  InventoryLoanStatus,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatCount, formatMoney } from '../../lib/format';
import { LtvGauge } from './LtvGauge';
import { Act, FinanceAlerts, Loans, Release } from './operations';

export type Viewer = 'BANK' | 'BORROWER' | 'OPERATOR';

const ACTIONS: Record<Viewer, Partial<Record<InventoryLoanStatus, InventoryLoanAction[]>>> = {
  OPERATOR: { REQUESTED: ['CONFIRM_GOODS'] },
  BANK: { GOODS_CONFIRMED: ['APPROVE', 'REJECT'], REQUESTED: ['REJECT'], ACTIVE: ['REPAY'] },
  BORROWER: { REQUESTED: ['WITHDRAW'], GOODS_CONFIRMED: ['WITHDRAW'] },
};

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
      <Space style={{ marginBottom: 8 }}>
        <ExportButton table="inventory-loans" />
      </Space>
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
