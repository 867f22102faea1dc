import { Card, Tabs } from 'antd';
import type { Me } from '../../App';
import { useI18n } from '../../i18n/i18n';
import { LoansTable } from '../shared/loans';

export default function WarehouseHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        {
          key: 'goods',
          label: t('warehouse.tab.goods'),
          children: (
            <Card size="small" title={`${me.company.name} · ${t('loans.underPledge')}`}>
              <LoansTable viewer="OPERATOR" />
            </Card>
          ),
        },
      ]}
    />
  );
}
