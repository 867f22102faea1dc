/** A bank's home: alerts on top, a tab per feature. */
import { Space } from 'antd';
import { HashTabs } from '../../components/HashTabs';
import { AlertsPanel } from '../../features/loans/AlertsPanel';
import { LoansTable } from '../../features/loans/LoansTable';
import { PriceForm } from '../../features/loans/PriceForm';
import { ReleaseRequestsCard } from '../../features/loans/ReleaseRequests';
import { ProductsTab } from '../../features/pledges/FinanceProducts';
import { PledgesTab } from '../../features/pledges/PledgesTab';
import { PoolTab } from '../../features/pledges/PoolTab';
import { ExposureTab } from '../../features/risk/ExposureTab';
import { RiskTab } from '../../features/risk/RiskTab';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../session/me';

export default function BankHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <AlertsPanel />
      <HashTabs
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
