/** A service provider's (数字化转型服务商) home: its products, its engagements, its measured outcomes. */
import { HashTabs } from '../../components/HashTabs';
import { EngagementsCard } from '../../features/providers/EngagementsTable';
import { ProviderOutcomesTab } from '../../features/providers/OutcomesView';
import { ProductsTab } from '../../features/providers/ProductsTab';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../session/me';

export default function ProviderHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <HashTabs
      destroyOnHidden
      items={[
        {
          key: 'products',
          label: t('provider.tab.products'),
          children: <ProductsTab providerId={me.company.id} />,
        },
        {
          key: 'engagements',
          label: t('provider.tab.engagements'),
          children: <EngagementsCard viewer="PROVIDER" title={t('provider.engagements')} />,
        },
        {
          key: 'outcomes',
          label: t('provider.tab.outcomes'),
          children: <ProviderOutcomesTab providerId={me.company.id} />,
        },
      ]}
    />
  );
}
