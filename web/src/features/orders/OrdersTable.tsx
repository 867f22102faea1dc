/** Orders as a table with the actions the caller's side may take, kept live by orderChanged. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, Modal, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { graphql } from '../../gql';
import { OrderStatus } from '../../gql/enums';
import type { OrderAction, OrderRole } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { oneFilter } from '../../lib/exports';

export const OrdersQuery = graphql(`
  query Orders($role: OrderRole!, $status: OrderStatus) {
    orders(role: $role, status: $status, first: 200) {
      id
      number
      status
      buyer {
        id
        name
      }
      supplier {
        id
        name
      }
      lines {
        sku
        productName
        quantity
      }
      total {
        amount
        currency
      }
      placedOn
      promisedDate
    }
  }
`);

const ActOnOrder = graphql(`
  mutation ActOnOrder($orderId: ID!, $action: OrderAction!) {
    actOnOrder(orderId: $orderId, action: $action) {
      id
      status
    }
  }
`);

export const OrderChanged = graphql(`
  subscription OrderChanged {
    orderChanged {
      id
      number
      status
    }
  }
`);

const RegisterReceivable = graphql(`
  mutation RegisterReceivable($input: RegisterReceivableInput!) {
    registerReceivable(input: $input) {
      id
      status
    }
  }
`);

/** What each side may do next, by status. */
const NEXT: Record<OrderRole, Partial<Record<OrderStatus, OrderAction[]>>> = {
  SUPPLIER: {
    PLACED: ['CONFIRM', 'CANCEL'],
    CONFIRMED: ['SHIP', 'CANCEL'],
    DELIVERED: ['INVOICE'],
  },
  BUYER: { PLACED: ['CANCEL'], CONFIRMED: ['CANCEL'], SHIPPED: ['DELIVER'] },
};

/** Shows a toast for every pushed order change and refetches lists that may now include it. */
export function useLiveOrders(onChange?: () => void) {
  const { message } = App.useApp();
  const { t, tk } = useI18n();
  useSubscription(OrderChanged, {
    onData: ({ data }) => {
      const order = data.data?.orderChanged;
      if (!order) return;
      void message.info(
        t('orders.updated', { number: order.number, status: tk('order', order.status) }),
      );
      onChange?.();
    },
  });
}

export function OrdersTable({ role, actions = true }: { role: OrderRole; actions?: boolean }) {
  const { t, tk } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(OrdersQuery, { variables: { role } });
  const [actOnOrder] = useMutation(ActOnOrder);
  const [register] = useMutation(RegisterReceivable);
  const [registering, setRegistering] = useState<string>();
  const [form] = Form.useForm<{ dueDate: Dayjs; invoiceNumber?: string }>();
  useLiveOrders(() => void refetch());
  const orders = data?.orders ?? [];
  const statuses = Object.values(OrderStatus);
  const [status, setStatus] = useState<string>();

  return (
    <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
      <Space style={{ marginBottom: 8 }}>
        <ExportButton table="orders" filters={{ role, status }} />
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={loading && !data}
        dataSource={orders}
        onChange={(_, filters) => setStatus(oneFilter(filters.status))}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('orders.number'),
            dataIndex: 'number',
            sorter: (a, b) => a.number.localeCompare(b.number),
          },
          role === 'SUPPLIER'
            ? { title: t('orders.buyer'), render: (_, o) => o.buyer.name }
            : { title: t('orders.supplier'), render: (_, o) => o.supplier.name },
          {
            title: t('orders.products'),
            render: (_, o) => o.lines.map((l) => `${l.productName} × ${l.quantity}`).join('; '),
          },
          {
            title: t('orders.total'),
            align: 'right',
            render: (_, o) => <Money value={o.total} />,
            sorter: (a, b) => Number(a.total.amount) - Number(b.total.amount),
          },
          {
            title: t('orders.status'),
            dataIndex: 'status',
            key: 'status',
            filterMultiple: false,
            render: (s: OrderStatus) => <StatusTag prefix="order" value={s} />,
            filters: statuses.map((s) => ({ text: tk('order', s), value: s })),
            onFilter: (value, o) => o.status === value,
          },
          {
            title: t('orders.placedOn'),
            dataIndex: 'placedOn',
            sorter: (a, b) => a.placedOn.localeCompare(b.placedOn),
          },
          { title: t('orders.promisedDate'), dataIndex: 'promisedDate' },
          ...(actions
            ? [
                {
                  title: t('app.actions'),
                  key: 'actions',
                  render: (_: unknown, o: (typeof orders)[number]) => (
                    <Space wrap>
                      {(NEXT[role][o.status] ?? []).map((action) => (
                        <Button
                          key={action}
                          size="small"
                          danger={action === 'CANCEL'}
                          type={action === 'CANCEL' ? 'default' : 'primary'}
                          onClick={() =>
                            void act(() => actOnOrder({ variables: { orderId: o.id, action } }), {
                              success: tk('orderAction', action),
                            })
                          }
                        >
                          {tk('orderAction', action)}
                        </Button>
                      ))}
                      {role === 'SUPPLIER' &&
                        (o.status === 'DELIVERED' || o.status === 'INVOICED') && (
                          <Button size="small" onClick={() => setRegistering(o.id)}>
                            {t('orders.registerReceivable')}
                          </Button>
                        )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={registering !== undefined}
        title={t('orders.registerReceivable')}
        onCancel={() => setRegistering(undefined)}
        onOk={() => form.submit()}
        okText={t('app.submit')}
        cancelText={t('app.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            void act(
              () =>
                register({
                  variables: {
                    input: {
                      orderId: registering!,
                      dueDate: values.dueDate.format('YYYY-MM-DD'),
                      invoiceNumber: values.invoiceNumber || null,
                    },
                  },
                }),
              { form, success: t('app.done'), onDone: () => setRegistering(undefined) },
            )
          }
        >
          <Form.Item name="dueDate" label={t('orders.dueDate')} rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="invoiceNumber" label={t('orders.invoiceNumber')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </QueryState>
  );
}
