/**
 * Who a session token's user is, without a Neo4j read on every request. The user rows behind
 * principals are kept per user id, and:
 *
 *   dropped    the moment an outcome says a user of that company changed (deactivated, role changed,
 *              created, password reset) — on the gateway that wrote the change before its mutation
 *              answers, on the others as soon as their outcome consumer sees it (milliseconds);
 *   bypassed   while the outcome consumer is not running (no outcome could drop an entry);
 *   bounded    `ttlMs` at most in any case, and `maxEntries` users (the oldest go first).
 *
 * A read that started before a change and ends after it is not kept (the generation check), so a
 * deactivation can never be undone by a slow read. OIDC principals (matched by e-mail) are not cached.
 */
import type { Outcome } from '@chainlift/domain';
import type { UserReads } from '../reads/users';

/** Outcomes after which a company's users may no longer be who the cache says. */
export const USER_CHANGES: ReadonlySet<string> = new Set([
  'UserCreated',
  'UserDeactivated',
  'UserRoleChanged',
  'PasswordChanged',
  'PasswordReset',
  'InvitationAcceptedWithSignUp',
]);

export interface PrincipalCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Whether the outcome consumer runs: while it does not, every lookup reads Neo4j. */
  outcomesHealthy: () => boolean;
  now?: () => number;
}

export const DEFAULT_PRINCIPAL_CACHE = { ttlMs: 30_000, maxEntries: 10_000 };

type UserById = NonNullable<Awaited<ReturnType<UserReads['byId']>>>;

export class PrincipalCache {
  private readonly entries = new Map<string, { user: UserById; at: number }>();
  private generation = 0;
  private readonly now: () => number;

  constructor(
    private readonly users: Pick<UserReads, 'byId' | 'byEmail'>,
    private readonly options: PrincipalCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The reads `principalFrom` needs, with `byId` answered from the cache when it may be. */
  reads(): Pick<UserReads, 'byId' | 'byEmail'> {
    return {
      byId: (id) => this.byId(id),
      byEmail: (email) => this.users.byEmail(email),
    };
  }

  async byId(id: string): Promise<UserById | undefined> {
    if (!this.options.outcomesHealthy()) return this.users.byId(id);
    const hit = this.entries.get(id);
    if (hit && this.now() - hit.at < this.options.ttlMs) return hit.user;
    const generation = this.generation;
    const user = await this.users.byId(id);
    if (user && generation === this.generation && this.options.outcomesHealthy()) {
      this.entries.delete(id);
      this.entries.set(id, { user, at: this.now() });
      if (this.entries.size > this.options.maxEntries)
        this.entries.delete(this.entries.keys().next().value!);
    }
    return user;
  }

  /** Feed every outcome here (OutcomeWaiter.listen). */
  observe(outcome: Outcome): void {
    if (outcome.status !== 'APPLIED' || !outcome.type || !USER_CHANGES.has(outcome.type)) return;
    this.generation += 1;
    const companyId = outcome.refs?.companyId;
    if (!companyId) {
      this.entries.clear();
      return;
    }
    for (const [id, entry] of this.entries)
      if (entry.user.companyId === companyId) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
