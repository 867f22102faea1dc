/** The leader's orders: suppliers' KPIs (on-time rate, open value, lead time) and the order board. */
import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Space, Statistic, Table } from 'antd';
import { LazyChart, Money, QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatPerMille, formatTenths, sumAmounts } from '../../lib/format';
import { Network } from '../network/operations';
import { Kpis } from './operations';
import { OrdersTable } from './OrdersTable';
import { PlaceOrderButton } from './PlaceOrder';

export function LeaderOrdersTab({ chainId }: { chainId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Kpis);
  // The same variables as the network tab: one cached read of the chain's members.
  const network = useQuery(Network, { variables: { chainId, filter: {} } });
  const suppliers = (network.data?.supplierNetwork.nodes ?? [])
    .filter((n) => n.status === 'ACTIVE')
    .map((n) => ({ value: n.company.id, label: n.company.name }));
  const kpis = data?.supplierKpis ?? [];
  const open = sumAmounts(
    kpis.filter((k) => k.openValue.currency === 'CNY').map((k) => k.openValue.amount),
  );
  const delivered = kpis.reduce((s, k) => s + k.delivered, 0);
  const onTime = kpis.reduce((s, k) => s + k.onTime, 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('orders.openValue')}
                valueRender={() => <Money value={{ amount: open, currency: 'CNY' }} wan />}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('orders.onTimeRate')}
                value={delivered ? formatPerMille(Math.round((onTime * 1000) / delivered)) : '—'}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('orders.count')} value={kpis.reduce((s, k) => s + k.orders, 0)} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('orders.delivered')} value={delivered} />
            </Card>
          </Col>
        </Row>
        <Card title={t('orders.kpis')} size="small" extra={<ExportButton table="supplier-kpis" />}>
          {kpis.some((k) => k.onTimePerMille !== null && k.onTimePerMille !== undefined) && (
            <LazyChart
              kind="bar"
              height={Math.max(160, kpis.length * 28)}
              data={kpis
                .filter((k) => k.onTimePerMille !== null && k.onTimePerMille !== undefined)
                .map((k) => ({
                  label: k.supplier.name,
                  value: (k.onTimePerMille ?? 0) / 10,
                  text: formatPerMille(k.onTimePerMille),
                }))}
            />
          )}
          <Table
            size="small"
            rowKey={(k) => k.supplier.id}
            dataSource={kpis}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            scroll={{ x: 700 }}
            columns={[
              { title: t('orders.supplier'), render: (_, k) => k.supplier.name },
              {
                title: t('orders.count'),
                dataIndex: 'orders',
                sorter: (a, b) => a.orders - b.orders,
              },
              {
                title: t('orders.onTimeRate'),
                render: (_, k) => formatPerMille(k.onTimePerMille),
                sorter: (a, b) => (a.onTimePerMille ?? -1) - (b.onTimePerMille ?? -1),
              },
              {
                title: t('orders.openValue'),
                align: 'right',
                render: (_, k) => <Money value={k.openValue} />,
                sorter: (a, b) => Number(a.openValue.amount) - Number(b.openValue.amount),
              },
              { title: t('orders.leadTime'), render: (_, k) => formatTenths(k.leadTimeDaysTenths) },
            ]}
          />
        </Card>
      </QueryState>
      <Card
        title={t('orders.board')}
        size="small"
        extra={<PlaceOrderButton suppliers={suppliers} />}
      >
        <OrdersTable role="BUYER" />
      </Card>
    </Space>
  );
}
