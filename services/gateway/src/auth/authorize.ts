/**
 * The one authorization module: the map from each action (a GraphQL operation or field, a live
 * subscription, an ingest key's company, the takeaway archive's HTTP paths) to its rule. Every resolver, nested field resolver and
 * subscription asks `authorize` through the per-request RequestAuthorizer (auth/request-authorizer.ts)
 * before it reads or writes; no resolver decides on its own. The rules are in policy/ by feature and call
 * the domain's `may*` predicates — the same ones the projector's deciders apply when the event lands.
 * Reads of another company's shared data are allowed with an audit obligation that the
 * RequestAuthorizer fulfils before the data is returned.
 *
 * How it is tested: the predicates by the domain's given/when/then unit tests; this map through the
 * real gateway on the real Neo4j and Kafka — tests/integration/authorization-matrix.int.test.ts (every
 * query, mutation and subscription × callers of every role and company kind, own, same-chain and
 * foreign; nested receivable and pledge paths) and the attack suite in tests/security/. Nothing here is
 * tested without a database.
 */
import { fail } from '@chainlift/domain';
import type { AccessFacts } from './facts';
import type { Principal } from './principal';
import { COMPANIES_AND_USERS_POLICY } from './policy/companies-and-users';
import { CHAINS_POLICY } from './policy/chains';
import { ORDERS_AND_STOCK_POLICY } from './policy/orders-and-stock';
import { RECEIVABLES_AND_PLEDGES_POLICY } from './policy/receivables-and-pledges';
import { INVENTORY_LOANS_POLICY } from './policy/inventory-loans';
import { ASSESSMENT_POLICY } from './policy/assessment';
import { NOTIFICATIONS_POLICY } from './policy/notifications';
import { TAKEAWAY_POLICY } from './policy/takeaway';
import { REGIONAL_POLICY } from './policy/regional';
import { PROVIDERS_POLICY } from './policy/providers';
import { MATCHING_POLICY } from './policy/matching';
import { ALLOW, type Decision, type Target } from './policy/rule';

export type { Decision, Target } from './policy/rule';
export { orderReadKnowing } from './policy/orders-and-stock';

export const POLICY = {
  ...COMPANIES_AND_USERS_POLICY,
  ...CHAINS_POLICY,
  ...ORDERS_AND_STOCK_POLICY,
  ...RECEIVABLES_AND_PLEDGES_POLICY,
  ...INVENTORY_LOANS_POLICY,
  ...ASSESSMENT_POLICY,
  ...NOTIFICATIONS_POLICY,
  ...TAKEAWAY_POLICY,
  ...REGIONAL_POLICY,
  ...PROVIDERS_POLICY,
  ...MATCHING_POLICY,
};

export type Action = keyof typeof POLICY;

/**
 * Actions anyone may take without logging in: logging in, and seeing what an invitation link is for
 * and signing up with it (the link's one-time token is the credential; the sign-up rule checks it).
 */
export const PUBLIC_ACTIONS = [
  'session.login',
  'invitation.signUp',
  'invitation.preview',
  /** The reset link's one-time token is the credential (users/credentials' resetPassword checks it). */
  'password.reset',
] as const;
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];
const PUBLIC = new Set<string>(PUBLIC_ACTIONS);

export async function authorize(
  principal: Principal,
  action: Action | PublicAction,
  target: Target,
  facts: AccessFacts,
): Promise<Decision> {
  if (PUBLIC.has(action)) return ALLOW;
  if (principal.kind === 'anonymous') {
    const message =
      principal.tokenProblem === 'invalid'
        ? 'your session token is invalid or has expired: log in again'
        : principal.tokenProblem === 'inactive'
          ? "this account is deactivated: ask your company's admin"
          : principal.tokenProblem === 'unknown-user'
            ? 'no platform user matches your token: ask your company admin to create your account'
            : "log in first: call login and send 'Authorization: Bearer <token>'";
    return fail('UNAUTHENTICATED', message);
  }
  return POLICY[action as Action](principal, target, facts);
}
