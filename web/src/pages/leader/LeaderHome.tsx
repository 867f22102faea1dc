/** The chain leader's home: its chain, and a tab per feature. */
import { useQuery } from '@apollo/client/react';
import { Select, Typography } from 'antd';
import { HashTabs } from '../../components/HashTabs';
import { lazy, useState } from 'react';
import { LazyPart, QueryState } from '../../components/common';
import { CreateChainCard } from '../../features/chains/CreateChainCard';
import { MyChains } from '../../features/chains/operations';
import { NetworkTab } from '../../features/network/NetworkTab';
import { RisksTab } from '../../features/network/RisksTab';
import { OnboardingTab } from '../../features/onboarding/OnboardingTab';
import { LeaderOrdersTab } from '../../features/orders/LeaderOrders';
import { LeaderReceivablesTab } from '../../features/receivables/LeaderReceivables';
import { SupplierStockTab } from '../../features/stock/SupplierStockTab';
import { LeaderSponsorshipsTab } from '../../features/matching/Sponsorships';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../session/me';

const AssessmentDashboard = lazy(() => import('../../features/assessment/AssessmentDashboard'));

export default function LeaderHome({ me }: { me: Me }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MyChains);
  const chains = (data?.myChains ?? []).filter((m) => m.chain.leader.id === me.company.id);
  const [chosen, setChosen] = useState<string>();
  const chain = chains.find((m) => m.chain.id === chosen)?.chain ?? chains[0]?.chain;

  if (!chain)
    return (
      <QueryState loading={loading} error={error} empty={loading} retry={() => void refetch()}>
        <CreateChainCard onCreated={() => void refetch()} />
      </QueryState>
    );

  return (
    <>
      {chains.length > 1 && (
        <Select
          style={{ minWidth: 240, marginBottom: 12 }}
          value={chain.id}
          onChange={setChosen}
          options={chains.map((m) => ({ value: m.chain.id, label: m.chain.name }))}
        />
      )}
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {chain.name}
      </Typography.Title>
      <HashTabs
        destroyOnHidden
        items={[
          {
            key: 'network',
            label: t('leader.tab.network'),
            children: <NetworkTab chain={chain} />,
          },
          {
            key: 'onboarding',
            label: t('leader.tab.onboarding'),
            children: <OnboardingTab chain={chain} onChanged={() => void refetch()} />,
          },
          {
            key: 'orders',
            label: t('leader.tab.orders'),
            children: <LeaderOrdersTab chainId={chain.id} />,
          },
          { key: 'risks', label: t('leader.tab.risks'), children: <RisksTab chainId={chain.id} /> },
          {
            key: 'receivables',
            label: t('leader.tab.receivables'),
            children: <LeaderReceivablesTab />,
          },
          { key: 'stock', label: t('leader.tab.stock'), children: <SupplierStockTab /> },
          {
            key: 'assessment',
            label: t('leader.tab.assessment'),
            children: (
              <LazyPart>
                <AssessmentDashboard chainId={chain.id} me={me} />
              </LazyPart>
            ),
          },
          {
            key: 'sponsorships',
            label: t('leader.tab.sponsorships'),
            children: <LeaderSponsorshipsTab chainId={chain.id} />,
          },
        ]}
      />
    </>
  );
}
