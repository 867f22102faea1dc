/**
 * Matching, sponsorship and measured outcomes. A company's recommendations rest on its assessment
 * and evidence: the company itself, or the leader of its chain with its ASSESSMENT consent (audited).
 * A chain's leader (ADMIN) sponsors products for its chain and ends its sponsorships; its members
 * see the sponsorships of their leaders. Measured outcomes are aggregates shown only past the
 * minimum count (domain providers/outcomes.ts): any signed-in company reads them.
 */
import {
  fail,
  mayEndSponsorship,
  maySeeRecommendations,
  maySetServiceBudget,
  maySponsorForChain,
} from '@chainlift/domain';
import { PROVIDERS_POLICY } from './providers';
import {
  type Rule,
  all,
  decided,
  hasRole,
  leaderOnly,
  need,
  signedIn,
  tradingCompany,
  underConsent,
} from './rule';

export const MATCHING_POLICY = {
  'matching.recommendations': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    if (owner === p.companyId) return tradingCompany(p, 'service recommendations');
    const viewer = decided(maySeeRecommendations(owner, p.companyId, await facts.leadersOf(owner)));
    if (!viewer.ok) return viewer;
    return underConsent(
      p,
      owner,
      'ASSESSMENT',
      facts,
      "a supplier's recommendations rest on its assessment: it must grant your company an ASSESSMENT consent",
    );
  },
  /** The caller's own company's monthly cap: a commitment, so ADMIN. */
  'matching.budget': (p) =>
    all(
      decided(maySetServiceBudget(p.companyKind)),
      hasRole(p, 'ADMIN', 'setting the service budget'),
    ),
  /** A commitment to pay part of suppliers' subscriptions: the chain leader's ADMIN. */
  'sponsorship.sponsor': async (p, t, facts) =>
    all(
      decided(maySponsorForChain(await facts.chainLeader(need(t, 'chainId')), p.companyId)),
      hasRole(p, 'ADMIN', 'sponsoring a service product'),
    ),
  'sponsorship.end': async (p, t, facts) => {
    const parties = await facts.sponsorshipParties(need(t, 'sponsorshipId'));
    if (!parties) return fail('NOT_FOUND', `sponsorship ${t.sponsorshipId} does not exist`);
    return all(
      decided(mayEndSponsorship(parties, p.companyId)),
      hasRole(p, 'ADMIN', 'ending a sponsorship'),
    );
  },
  'sponsorship.chain': leaderOnly('VIEWER', "see the chain's sponsorships and their uptake"),
  /** The sponsorships of the caller's own leaders: nothing to name. */
  'sponsorship.mine': signedIn,
  /** An engagement's sponsorship: whoever may see the engagement. */
  'engagement.sponsorship': (p, t, facts) => PROVIDERS_POLICY['engagement.ofTask'](p, t, facts),
  'serviceProduct.outcomes': signedIn,
  'provider.outcomes': signedIn,
} satisfies Record<string, Rule>;
