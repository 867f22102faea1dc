/**
 * Logging in with e-mail and password, and checking a password again (changing one's own):
 *
 *   1. the client address may not have failed too often on this gateway (in memory, per instance);
 *   2. the account may not be locked (users/credentials `checkNotLocked`, over the count every
 *      gateway reads from Neo4j);
 *   3. scrypt runs whether or not the e-mail exists (a dummy hash for unknown ones), and a failure is
 *      a LoginFailed event either way, awaited until projected: equal work, so the answer's timing
 *      does not tell which e-mails have accounts, and the next attempt on any gateway sees the count;
 *   4. a success after failures is a LoginSucceeded event (the count starts again);
 *   5. outside demo mode a password the demo publishes does not log in (users/published-passwords).
 */
import {
  checkLoginPassword,
  checkNotLocked,
  DomainFailure,
  orThrow,
  type Actor,
} from '@chainlift/domain';
import type { Logger } from '@chainlift/platform';
import type { LoginRow, UserReads } from '../reads/users';
import type { EventSubmitter } from '../writes/submit';
import { hashPassword, verifyPassword } from './passwords';
import { WindowLimiter } from './rate-limit';

const WRONG = 'the e-mail or the password is wrong';
const ADDRESS_WINDOW_MS = 15 * 60_000;

export interface LoginDeps {
  users: UserReads;
  events: EventSubmitter;
  log: Logger;
}

let dummyHash: Promise<string> | undefined;
/** A hash of a random password with the same scrypt cost, checked for e-mails no account has. */
const dummy = () => (dummyHash ??= hashPassword(`dummy-${Math.random()}`));

export class PasswordLogins {
  private readonly failuresByAddress: WindowLimiter;

  constructor(
    private readonly deps: LoginDeps,
    maxFailuresPerAddress: number,
    /** Demo mode: the demo's published passwords log in. */
    private readonly demoLogins = false,
  ) {
    this.failuresByAddress = new WindowLimiter(maxFailuresPerAddress, ADDRESS_WINDOW_MS);
  }

  /** The user whose password this is, or a DomainFailure (UNAUTHENTICATED, TOO_MANY_REQUESTS). */
  async logIn(emailTyped: string, password: string, address: string): Promise<LoginRow> {
    const wait = this.failuresByAddress.blocked(address);
    if (wait !== undefined)
      throw new DomainFailure({
        code: 'TOO_MANY_REQUESTS',
        message: `too many failed logins from your address: try again in ${Math.ceil(wait / 60_000)} minute(s)`,
      });
    const email = emailTyped.trim().toLowerCase();
    const row = await this.deps.users.byEmail(email);
    if (row) orThrow(checkNotLocked(row, new Date()));
    if (!(await verifyPassword(password, row?.passwordHash ?? (await dummy())))) {
      this.failuresByAddress.hit(address);
      await this.recordFailure(email, row);
      throw new DomainFailure({ code: 'UNAUTHENTICATED', message: WRONG });
    }
    const user = row!;
    if (!user.active)
      throw new DomainFailure({
        code: 'UNAUTHENTICATED',
        message: "this account is deactivated: ask your company's admin",
      });
    orThrow(checkLoginPassword(password, this.demoLogins));
    if (user.failedLogins > 0) await this.recordSuccess(user);
    return user;
  }

  /** Checks the signed-in user's current password (changePassword), counting a wrong one like a failed login. */
  async confirmPassword(userId: string, password: string): Promise<LoginRow> {
    const row = await this.deps.users.loginById(userId);
    if (!row) throw new DomainFailure({ code: 'UNAUTHENTICATED', message: 'log in again' });
    orThrow(checkNotLocked(row, new Date()));
    if (!(await verifyPassword(password, row.passwordHash))) {
      await this.recordFailure(row.email, row);
      throw new DomainFailure({
        code: 'BAD_USER_INPUT',
        message: 'the current password is wrong',
        field: 'currentPassword',
      });
    }
    return row;
  }

  private recordFailure(email: string, row: LoginRow | undefined) {
    const payload = row
      ? { email: row.email, userId: row.id, companyId: row.companyId }
      : { email: email.slice(0, 254) || '-' };
    return this.quietly(() => this.deps.events.submit('LoginFailed', payload, actorOf(row)));
  }

  private recordSuccess(row: LoginRow) {
    return this.quietly(() =>
      this.deps.events.submit(
        'LoginSucceeded',
        { userId: row.id, companyId: row.companyId },
        actorOf(row),
      ),
    );
  }

  /** Publishes and waits for the projector; its answer (an unknown e-mail is NOT_FOUND) changes nothing here. */
  private async quietly(submit: () => Promise<unknown>) {
    try {
      await submit();
    } catch (error) {
      this.deps.log.warn({ err: error }, 'recording a login attempt failed');
    }
  }
}

const actorOf = (row: LoginRow | undefined): Actor =>
  row ? { via: 'graphql', userId: row.id, companyId: row.companyId } : { via: 'graphql' };
