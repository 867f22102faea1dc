import { Card, Space } from 'antd';
import { HashTabs } from '../../components/HashTabs';
import type { Me } from '../../session/me';
import { useI18n } from '../../i18n/i18n';
import { LoansTable } from '../../features/loans/LoansTable';
import { ReleaseRequestsCard } from '../../features/loans/ReleaseRequests';

export default function WarehouseHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <HashTabs
      items={[
        {
          key: 'goods',
          label: t('warehouse.tab.goods'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <ReleaseRequestsCard
                viewer="OPERATOR"
                title={t('release.toExecute')}
                initialStatus="APPROVED"
              />
              <Card size="small" title={`${me.company.name} · ${t('loans.underPledge')}`}>
                <LoansTable viewer="OPERATOR" />
              </Card>
            </Space>
          ),
        },
      ]}
    />
  );
}
