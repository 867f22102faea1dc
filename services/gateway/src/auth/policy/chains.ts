/** Chains, membership, invitations and supply links: who may build and see a chain's network. */
import { IN_NETWORK, mayCreateChain, mayInvite } from '@chainlift/domain';
import {
  type Rule,
  ALLOW,
  all,
  decided,
  deny,
  hasRole,
  isLeader,
  leaderOnly,
  need,
  tradingCompany,
} from './rule';

export const CHAINS_POLICY = {
  'chain.create': (p) =>
    all(decided(mayCreateChain(p.companyKind)), hasRole(p, 'ADMIN', 'creating a chain')),
  'chain.read': async (p, t, facts) => {
    if (await isLeader(p, t, facts)) return ALLOW;
    const status = await facts.memberStatus(need(t, 'chainId'), p.companyId);
    return status !== undefined ? ALLOW : deny('you are not a member of this chain');
  },
  'chain.network': leaderOnly('VIEWER', 'see the supplier network'),
  'chain.risks': leaderOnly('VIEWER', 'see single-source risks'),
  'chain.path': async (p, t, facts) => {
    if (await isLeader(p, t, facts)) return ALLOW;
    const status = await facts.memberStatus(need(t, 'chainId'), p.companyId);
    return t.supplierId === p.companyId && status && IN_NETWORK.includes(status)
      ? ALLOW
      : deny("only the leader, or the supplier itself, can see a supplier's path to the leader");
  },
  'chain.import': leaderOnly('OPERATOR', 'import suppliers'),
  'chain.members': leaderOnly('ADMIN', 'suspend, reinstate or remove members'),
  'chain.invite': async (p, t, facts) => {
    const role = hasRole(p, 'OPERATOR', 'inviting suppliers');
    if (!role.ok) return role;
    const chainId = need(t, 'chainId');
    const inviter = {
      leaderId: await facts.chainLeader(chainId),
      inviterId: p.companyId,
      inviterStatus: await facts.memberStatus(chainId, p.companyId),
    };
    return decided(mayInvite(inviter, chainId));
  },
  'chain.answer': (p) => hasRole(p, 'ADMIN', 'answering an invitation'),
  /** The caller's own supply links: trading companies only (banks and operators buy nothing here). */
  'supplier.list': (p) => tradingCompany(p, 'your own suppliers'),
  'supplier.declare': (p) =>
    all(tradingCompany(p, 'declaring suppliers'), hasRole(p, 'OPERATOR', 'declaring suppliers')),
  /** The supplier confirms a buyer's declared link (finding 6: only then does it authorize trade). */
  'supplier.confirm': (p) =>
    all(
      tradingCompany(p, 'confirming supply links'),
      hasRole(p, 'OPERATOR', 'confirming supply links'),
    ),
  'company.exposure': (p, t) =>
    t.companyId === p.companyId
      ? ALLOW
      : deny('only the company itself can see which chains depend on it'),
} satisfies Record<string, Rule>;
