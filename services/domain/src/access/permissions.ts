/**
 * Who may manage a company's users, consents and API keys: pure predicates over the acting user's
 * facts. The gateway's authorization module (services/gateway/src/auth/authorize.ts) maps its
 * operations onto these; nothing else restates them.
 */
import { fail, ok, type Result } from '../shared/errors';
import { roleAtLeast, type Role } from './access';

export interface ActingUser {
  companyId: string;
  role: Role;
  platformAdmin: boolean;
}

const roleFor = (actor: ActingUser, minimum: Role, what: string): Result<true> =>
  roleAtLeast(actor.role, minimum)
    ? ok(true)
    : fail(
        'FORBIDDEN',
        `${what} needs the ${minimum} role or higher in your company; you are ${actor.role}`,
      );

/** A company ADMIN for its own users; the platform admin for anyone's. */
export function mayManageUsers(
  actor: ActingUser,
  companyId: string | undefined,
  what = 'manage users',
): Result<true> {
  if (actor.platformAdmin) return ok(true);
  if (companyId !== undefined && companyId !== actor.companyId)
    return fail('FORBIDDEN', `you can only ${what} for your own company`);
  return roleFor(actor, 'ADMIN', what);
}

/** Granting and revoking consent binds the company: its ADMIN. */
export const mayManageConsents = (actor: ActingUser): Result<true> =>
  roleFor(actor, 'ADMIN', 'granting or revoking consent');

/** An API key writes for the whole company: its ADMIN. */
export const mayManageApiKeys = (actor: ActingUser): Result<true> =>
  roleFor(actor, 'ADMIN', 'managing API keys');
