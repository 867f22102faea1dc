import { useQuery } from '@apollo/client/react';
import { Card } from 'antd';
import type { MemberStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatCount } from '../../lib/format';
import type { ChainView } from '../chains/operations';
import { ReceivedConsents } from '../consents/operations';

/** Invited → joined → sharing inventory with the leader. */
export function Funnel({ chain }: { chain: ChainView }) {
  const { t } = useI18n();
  const consents = useQuery(ReceivedConsents);
  const count = (s: MemberStatus) => chain.memberCounts.find((c) => c.status === s)?.count ?? 0;
  // The leader is an ACTIVE member of its own chain: not a supplier.
  const joined = count('ACTIVE') + count('SUSPENDED') - 1;
  const invited = joined + count('INVITED') + count('DECLINED') + count('REMOVED');
  const sharing = new Set(
    (consents.data?.consents ?? [])
      .filter((c) => c.scope === 'INVENTORY' && c.status === 'ACTIVE')
      .map((c) => c.grantor.id),
  ).size;
  const steps = [
    { label: t('funnel.invited'), value: invited, colour: '#1677ff' },
    { label: t('funnel.joined'), value: joined, colour: '#52c41a' },
    { label: t('funnel.sharing'), value: sharing, colour: '#13a8a8' },
  ];
  const max = Math.max(invited, 1);
  return (
    <Card title={t('funnel.title')} size="small" data-testid="funnel">
      {steps.map((s) => (
        <div
          key={s.label}
          className="funnel-bar"
          style={{ width: `${Math.max(30, (s.value / max) * 100)}%`, background: s.colour }}
        >
          {s.label}: {formatCount(s.value)}
        </div>
      ))}
    </Card>
  );
}

/** A row's invitation link (shown only in this report: the server keeps only its hash), to copy. */
