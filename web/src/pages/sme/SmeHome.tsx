/** An SME's home: a tab per feature. */
import { Card, Space } from 'antd';
import { HashTabs } from '../../components/HashTabs';
import { lazy } from 'react';
import { LazyPart } from '../../components/common';
import { ConsentsTab } from '../../features/consents/ConsentsTab';
import { InventoryLoanButton } from '../../features/loans/InventoryLoanForm';
import { LoansTable } from '../../features/loans/LoansTable';
import { ReleaseRequestsCard, RequestReleaseButton } from '../../features/loans/ReleaseRequests';
import { InvitationsTab } from '../../features/onboarding/InvitationsTab';
import { OrdersTable } from '../../features/orders/OrdersTable';
import { Purchases } from '../../features/orders/Purchases';
import { SmeReceivables } from '../../features/receivables/SmeReceivables';
import { StockTab } from '../../features/stock/StockTab';
import { SuppliersTab } from '../../features/suppliers/SuppliersTab';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../session/me';

const AssessmentTab = lazy(() => import('../../features/assessment/AssessmentTab'));
const ServicesTab = lazy(() => import('../../features/matching/ServicesTab'));

export default function SmeHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <HashTabs
      destroyOnHidden
      items={[
        { key: 'invitations', label: t('sme.tab.invitations'), children: <InvitationsTab /> },
        {
          key: 'orders',
          label: t('sme.tab.orders'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <Card size="small" title={t('orders.asSupplier')}>
                <OrdersTable role="SUPPLIER" />
              </Card>
              <Purchases me={me} />
            </Space>
          ),
        },
        {
          key: 'stock',
          label: t('sme.tab.stock'),
          children: <StockTab companyId={me.company.id} />,
        },
        { key: 'consents', label: t('sme.tab.consents'), children: <ConsentsTab /> },
        {
          key: 'receivables',
          label: t('sme.tab.receivables'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <SmeReceivables me={me} />
              <Card
                size="small"
                title={t('loans.mine')}
                extra={<InventoryLoanButton companyId={me.company.id} />}
              >
                <LoansTable
                  viewer="BORROWER"
                  extraActions={(l) => l.status === 'ACTIVE' && <RequestReleaseButton loan={l} />}
                />
              </Card>
              <ReleaseRequestsCard viewer="BORROWER" title={t('release.mine')} />
            </Space>
          ),
        },
        { key: 'suppliers', label: t('sme.tab.suppliers'), children: <SuppliersTab me={me} /> },
        {
          key: 'assessment',
          label: t('sme.tab.assessment'),
          children: (
            <LazyPart>
              <AssessmentTab me={me} />
            </LazyPart>
          ),
        },
        {
          key: 'services',
          label: t('sme.tab.services'),
          children: (
            <LazyPart>
              <ServicesTab companyId={me.company.id} />
            </LazyPart>
          ),
        },
      ]}
    />
  );
}
