/** The SME's digital-transformation services: recommended for you, its engagements, and its leaders' sponsorships. */
import { Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { EngagementsCard } from '../providers/EngagementsTable';
import { Recommendations } from './Recommendations';
import { MySponsorshipsCard } from './Sponsorships';

export default function ServicesTab({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const [engaged, setEngaged] = useState(0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Recommendations companyId={companyId} onEngaged={() => setEngaged((n) => n + 1)} />
      <EngagementsCard key={engaged} viewer="COMPANY" title={t('engagement.mine')} />
      <MySponsorshipsCard />
    </Space>
  );
}
