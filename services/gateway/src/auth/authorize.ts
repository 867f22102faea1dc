/**
 * The one authorization module: every resolver and every data path asks `authorize` before it
 * reads or writes, and no resolver decides on its own. Decisions are pure: (principal, action,
 * resource) → allowed, or an error with code UNAUTHENTICATED / FORBIDDEN.
 */
import { fail, ok, type Result } from '@chainlift/domain';

/** Who is calling. Accounts (users with roles in a company) arrive with login. */
export type Principal = { kind: 'anonymous' };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type Action = 'company.read' | 'company.list' | 'company.register' | 'event.read';

type Rule = (principal: Principal) => Result<void>;

const allow: Rule = () => ok(undefined);

/**
 * The policy table. Company master data (name, USCC, kind, region, industry) is public register
 * information, so reading it is open. Registering a company is open until accounts and roles exist;
 * then it becomes a platform-admin action.
 */
const POLICY: Record<Action, Rule> = {
  'company.read': allow,
  'company.list': allow,
  'company.register': allow,
  'event.read': allow,
};

export function authorize(principal: Principal, action: Action): Result<void> {
  const rule = POLICY[action];
  if (!rule) return fail('FORBIDDEN', `unknown action ${action as string}`);
  return rule(principal);
}
