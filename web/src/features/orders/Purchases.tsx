import { useQuery } from '@apollo/client/react';
import { Card } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { orderPartners } from '../../lib/suppliers';
import type { Me } from '../../session/me';
import { OrderPartnersQuery } from './operations';
import { OrdersTable } from './OrdersTable';
import { PlaceOrderButton } from './PlaceOrder';

export function Purchases({ me }: { me: Me }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(OrderPartnersQuery);
  const partners = orderPartners(data?.mySuppliers ?? [], data?.myChains ?? [], me.company.id);
  const options = [
    {
      label: t('placeOrder.ownSuppliers'),
      title: t('placeOrder.ownSuppliers'),
      options: partners.suppliers.map((s) => ({
        value: s.id,
        label: s.name,
        title: s.products.join(', ') || s.name,
      })),
    },
    {
      label: t('placeOrder.chainLeaders'),
      title: t('placeOrder.chainLeaders'),
      options: partners.leaders.map((l) => ({
        value: l.id,
        label: l.name,
        title: l.chains.join(', '),
      })),
    },
  ].filter((g) => g.options.length > 0);
  return (
    <Card
      size="small"
      title={t('orders.asBuyer')}
      extra={
        <PlaceOrderButton
          suppliers={options}
          loading={loading}
          emptyText={t('placeOrder.noPartners')}
        />
      }
    >
      <OrdersTable role="BUYER" />
    </Card>
  );
}
