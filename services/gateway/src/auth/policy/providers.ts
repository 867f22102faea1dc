/**
 * Service providers' products and engagements. Products are the platform's catalogue (any signed-in
 * company reads them); only a SERVICE_PROVIDER publishes, and only a product's own provider revises or
 * withdraws it. An engagement is its two parties' (the engaging company and the provider): the plan's
 * own company proposes, and `transitionEngagement` (domain) tells which party may take which step.
 * The provider reads the company's assessment and evidence only through 'assessment.read' (an
 * ASSESSMENT consent), never through an engagement.
 */
import {
  fail,
  mayManageProduct,
  mayProposeEngagement,
  mayPublishProducts,
  mayUseEngagement,
} from '@chainlift/domain';
import type { UserPrincipal } from '../principal';
import type { AccessFacts } from '../facts';
import { ASSESSMENT_POLICY } from './assessment';
import { type Rule, type Target, all, decided, hasRole, need, signedIn } from './rule';

const engagementParty = async (
  p: UserPrincipal,
  t: Target,
  facts: AccessFacts,
  what: 'see' | 'act on',
) => {
  const parties = await facts.engagementParties(need(t, 'engagementId'));
  if (!parties) return fail('NOT_FOUND', `engagement ${t.engagementId} does not exist`);
  return decided(mayUseEngagement(parties, p.companyId, what));
};

export const PROVIDERS_POLICY = {
  'serviceProduct.read': signedIn,
  'serviceProduct.publish': (p) =>
    all(
      decided(mayPublishProducts(p.companyKind)),
      hasRole(p, 'OPERATOR', 'publishing service products'),
    ),
  'serviceProduct.manage': async (p, t, facts) => {
    const providerId = await facts.productProvider(need(t, 'productId'));
    if (providerId === undefined)
      return fail('NOT_FOUND', `service product ${t.productId} does not exist`);
    return all(
      decided(mayManageProduct({ providerId }, p.companyId)),
      hasRole(p, 'OPERATOR', 'revising or withdrawing a service product'),
    );
  },
  /** The caller's own engagements (as the engaging company or the provider): no target to name. */
  'engagement.list': signedIn,
  'engagement.read': (p, t, facts) => engagementParty(p, t, facts, 'see'),
  /** A task's engagement: its parties, and whoever may read the plan's company's assessment (its plans). */
  'engagement.ofTask': async (p, t, facts) => {
    const seen = await engagementParty(p, t, facts, 'see');
    return seen.ok ? seen : ASSESSMENT_POLICY['assessment.read'](p, t, facts);
  },
  'engagement.propose': async (p, t, facts) => {
    const task = await facts.taskParties(need(t, 'taskId'));
    if (!task) return fail('NOT_FOUND', `improvement task ${t.taskId} does not exist`);
    return all(
      decided(mayProposeEngagement(task, p.companyId)),
      hasRole(p, 'OPERATOR', 'engaging a service provider'),
    );
  },
  'engagement.act': async (p, t, facts) =>
    all(
      await engagementParty(p, t, facts, 'act on'),
      hasRole(p, 'OPERATOR', 'acting on an engagement'),
    ),
} satisfies Record<string, Rule>;
