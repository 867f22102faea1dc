/**
 * Credentials as events, so every gateway sees the same account state: failed and successful logins
 * (the lockout count), password changes, and one-time reset links issued by an admin.
 *
 *   LoginFailed ──► failedLogins + 1        (≥ LOCKOUT.threshold: locked, backoff doubling per failure)
 *   LoginSucceeded / PasswordChanged / PasswordReset ──► failedLogins = 0
 *   PasswordResetIssued ──► one open reset (its token's SHA-256, an expiry); a newer one replaces it
 *   PasswordReset ──► only with the open reset's token, before it expires; then it is gone (single use)
 */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

/** Lockout with backoff: after `threshold` failures in a row, wait base × 2^(failures − threshold), at most `maxMs`. */
export const LOCKOUT = { threshold: 5, baseMs: 30_000, maxMs: 15 * 60_000 } as const;

export interface LoginRecord {
  failedLogins: number;
  /** ISO date-time of the last failure. */
  lastFailedAt?: string | null;
}

/** Until when the account refuses logins (even the right password), or undefined when it does not. */
export function lockedUntil(
  record: LoginRecord,
  now: Date,
  policy: { threshold: number; baseMs: number; maxMs: number } = LOCKOUT,
): Date | undefined {
  if (record.failedLogins < policy.threshold || !record.lastFailedAt) return undefined;
  const wait = Math.min(
    policy.maxMs,
    policy.baseMs * 2 ** Math.min(30, record.failedLogins - policy.threshold),
  );
  const until = new Date(new Date(record.lastFailedAt).getTime() + wait);
  return until > now ? until : undefined;
}

/** A login is refused while the account is locked, even with the right password (TOO_MANY_REQUESTS). */
export function checkNotLocked(record: LoginRecord, now: Date): Result<true> {
  const until = lockedUntil(record, now);
  return until
    ? fail(
        'TOO_MANY_REQUESTS',
        `too many failed logins for this account: try again after ${until.toISOString()}, or ask your company's admin for a password reset link`,
      )
    : ok(true);
}

/** How long a password reset link stays usable. */
export const PASSWORD_RESET_TTL_MS = 24 * 60 * 60_000;

/** A user's credential facts, as the projector loads them. */
export interface CredentialState {
  companyId: string;
  active: boolean;
  failedLogins: number;
  /** SHA-256 (hex) of the open reset link's token, if one is open. */
  resetTokenHash?: string | null;
  resetExpiresAt?: string | null;
}

export type Credentials = Map<string, CredentialState>;

export interface LoginAttempt {
  userId: string;
  companyId: string;
}

/** A failed login: for an e-mail no account has, without user and company (recorded, counted nowhere). */
export interface LoginFailure {
  email: string;
  userId?: string;
  companyId?: string;
}

export interface PasswordChange extends LoginAttempt {
  passwordHash: string;
}

export interface PasswordResetIssue extends LoginAttempt {
  tokenHash: string;
  expiresAt: string;
}

export interface PasswordResetUse extends PasswordChange {
  tokenHash: string;
  /** When the reset was asked for (the event's time): the link must not have expired then. */
  at: string;
}

function knownUser(users: Credentials, command: LoginAttempt): Result<CredentialState> {
  const user = users.get(command.userId);
  return user && user.companyId === command.companyId
    ? ok(user)
    : fail('NOT_FOUND', `no user ${command.userId} in this company`, 'userId');
}

function activeUser(users: Credentials, command: LoginAttempt): Result<CredentialState> {
  const user = knownUser(users, command);
  if (user.ok && !user.value.active)
    return fail('FORBIDDEN', 'this account is deactivated', 'userId');
  return user;
}

/** The command, once `check` finds its user. */
const accept = <C>(found: Result<CredentialState>, command: C): Result<C> =>
  found.ok ? ok(command) : found;

const update = <C extends LoginAttempt>(
  change: (user: CredentialState, command: C) => void,
): ((users: Credentials, command: C) => Credentials) => {
  return (users, command) => {
    const user = users.get(command.userId);
    if (user) change(user, command);
    return users;
  };
};

export const recordLoginFailure: Decider<Credentials, LoginFailure> = {
  decide: (users, command) =>
    command.userId && command.companyId
      ? accept(knownUser(users, { userId: command.userId, companyId: command.companyId }), command)
      : fail('NOT_FOUND', 'no account has this e-mail: nothing to count', 'email'),
  evolve: (users, command) => {
    const user = command.userId ? users.get(command.userId) : undefined;
    if (user) user.failedLogins += 1;
    return users;
  },
};

export const recordLoginSuccess: Decider<Credentials, LoginAttempt> = {
  decide: (users, command) => accept(activeUser(users, command), command),
  evolve: update((user) => {
    user.failedLogins = 0;
  }),
};

const clearForNewPassword = (user: CredentialState) => {
  user.failedLogins = 0;
  user.resetTokenHash = null;
  user.resetExpiresAt = null;
};

export const changePassword: Decider<Credentials, PasswordChange> = {
  decide: (users, command) => accept(activeUser(users, command), command),
  evolve: update(clearForNewPassword),
};

export const issuePasswordReset: Decider<Credentials, PasswordResetIssue> = {
  decide: (users, command) => accept(activeUser(users, command), command),
  evolve: update((user, command) => {
    user.resetTokenHash = command.tokenHash;
    user.resetExpiresAt = command.expiresAt;
  }),
};

export const resetPassword: Decider<Credentials, PasswordResetUse> = {
  decide(users, command) {
    const found = activeUser(users, command);
    if (!found.ok) return found;
    const user = found.value;
    if (!user.resetTokenHash || user.resetTokenHash !== command.tokenHash)
      return fail(
        'CONFLICT',
        'this reset link was already used or replaced by a newer one: ask your admin for a new link',
        'token',
      );
    if (!user.resetExpiresAt || new Date(user.resetExpiresAt) <= new Date(command.at))
      return fail(
        'FORBIDDEN',
        'this reset link has expired: ask your admin for a new link',
        'token',
      );
    return ok(command);
  },
  evolve: update(clearForNewPassword),
};
