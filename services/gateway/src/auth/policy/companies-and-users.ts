/** Companies, users, consents, API keys and the access log: who may see and manage them. */
import { mayManageApiKeys, mayManageConsents, mayManageUsers } from '@chainlift/domain';
import { type Rule, ALLOW, deny, hasRole, signedIn } from './rule';

export const COMPANIES_AND_USERS_POLICY = {
  'company.read': signedIn,
  'company.list': signedIn,
  'event.read': signedIn,
  'consent.list': signedIn,
  /** Who the caller's own company relates to (its chains' leaders, its buyers, banks): its own view. */
  'consent.candidates': signedIn,
  'company.register': (p) =>
    p.platformAdmin
      ? ALLOW
      : deny(
          'only platform admins can register companies; a chain leader invites its suppliers instead',
        ),
  'user.create': (p, t) => mayManageUsers(p, t.companyId, 'create users'),
  'user.manage': (p, t) => mayManageUsers(p, t.companyId, 'manage users'),
  'user.list': (p, t) => mayManageUsers(p, t.companyId, 'list users'),
  'user.issuePasswordReset': (p, t) => mayManageUsers(p, t.companyId, 'issue password reset links'),
  /** One's own password (the current one is the proof). */
  'user.changeOwnPassword': signedIn,
  'consent.manage': (p) => mayManageConsents(p),
  'apikey.manage': (p) => mayManageApiKeys(p),
  'audit.read': (p) => hasRole(p, 'OPERATOR', 'reading the access log'),
} satisfies Record<string, Rule>;
