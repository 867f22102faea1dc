/**
 * Live sessions: one per authenticated WebSocket. The token is verified once, when the socket
 * opens (not per event); the socket closes when the token expires (a timer: expiry produces no
 * event) and when the user is deactivated (on the UserDeactivated outcome itself). A role change
 * re-reads the user and asks every open subscription to re-check itself. Sockets and subscriptions
 * are capped per user.
 */
import type { UserPrincipal } from '../auth/principal';
import type { UserReads } from '../reads/users';
import type { OutcomeWaiter } from '../writes/outcomes';
import type { Feed } from './applied-events';

/** Close codes the web app and the tests read (4401/4403 as graphql-ws uses them; 4429 a cap). */
export const CLOSE = {
  unauthenticated: 4401,
  forbidden: 4403,
  tooManyConnections: 4429,
} as const;

export interface LiveLimits {
  maxSocketsPerUser: number;
  maxSubscriptionsPerUser: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxSocketsPerUser: 8,
  maxSubscriptionsPerUser: 32,
};

/** The largest delay setTimeout keeps (about 24.8 days); a later expiry is re-armed then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SocketLike {
  close(code: number, reason: string): void;
}

export class LiveSession {
  readonly feeds = new Set<Feed>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    public principal: UserPrincipal,
    private readonly socket: SocketLike,
    /** Counts the socket's open subscriptions (graphql-ws keeps them). */
    readonly openSubscriptions: () => number,
  ) {}

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  /** Closes the socket at `at` (epoch ms): a token's expiry. */
  expireAt(at: number): void {
    clearTimeout(this.timer);
    const delay = at - Date.now();
    if (delay <= 0) return this.close(CLOSE.unauthenticated, 'Token expired');
    this.timer = setTimeout(
      () =>
        delay > MAX_TIMER_MS
          ? this.expireAt(at)
          : this.close(CLOSE.unauthenticated, 'Token expired'),
      Math.min(delay, MAX_TIMER_MS),
    );
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const feed of this.feeds) feed.end();
    this.feeds.clear();
  }
}

export class LiveSessions {
  private readonly byUser = new Map<string, Set<LiveSession>>();
  private readonly stopListening: () => void;

  constructor(
    private readonly limits: LiveLimits,
    private readonly users: UserReads,
    outcomes: OutcomeWaiter,
    private readonly onError: (error: unknown) => void,
  ) {
    // One listener per gateway (not per subscriber) for the events that change who may listen.
    this.stopListening = outcomes.listen((outcome) => {
      if (outcome.status !== 'APPLIED') return;
      if (outcome.type !== 'UserDeactivated' && outcome.type !== 'UserRoleChanged') return;
      const companyId = outcome.refs?.companyId;
      if (companyId) this.refreshCompany(companyId).catch(onError);
    });
  }

  /** Registers a socket, or says why it may not open. */
  open(session: LiveSession): { ok: true } | { ok: false; reason: string } {
    const mine = this.byUser.get(session.principal.userId) ?? new Set<LiveSession>();
    if (mine.size >= this.limits.maxSocketsPerUser)
      return {
        ok: false,
        reason: `At most ${this.limits.maxSocketsPerUser} live connections per user`,
      };
    mine.add(session);
    this.byUser.set(session.principal.userId, mine);
    return { ok: true };
  }

  /** Releases a socket's place and ends its feeds (idempotent: the socket's close and onClose both call it). */
  closed(session: LiveSession): void {
    session.dispose();
    const mine = this.byUser.get(session.principal.userId);
    mine?.delete(session);
    if (mine?.size === 0) this.byUser.delete(session.principal.userId);
  }

  /** Whether one more subscription (already counted by graphql-ws) keeps the user within the cap. */
  mayAddSubscription(session: LiveSession): boolean {
    let open = 0;
    for (const s of this.byUser.get(session.principal.userId) ?? []) open += s.openSubscriptions();
    return open <= this.limits.maxSubscriptionsPerUser;
  }

  /** Subscriptions open on this gateway, all users together (the chainlift_subscriptions_open gauge). */
  subscriptionsOpen(): number {
    let open = 0;
    for (const set of this.byUser.values()) for (const s of set) open += s.openSubscriptions();
    return open;
  }

  get maxSubscriptionsPerUser(): number {
    return this.limits.maxSubscriptionsPerUser;
  }

  /** Re-reads each connected user of the company: gone or inactive closes; otherwise streams re-check. */
  private async refreshCompany(companyId: string): Promise<void> {
    const sessions = [...this.byUser.values()]
      .flatMap((set) => [...set])
      .filter((s) => s.principal.companyId === companyId);
    const seen = new Map<string, Awaited<ReturnType<UserReads['byId']>>>();
    for (const session of sessions) {
      const id = session.principal.userId;
      if (!seen.has(id)) seen.set(id, await this.users.byId(id));
      const user = seen.get(id);
      if (!user || !user.active) {
        session.close(CLOSE.forbidden, 'User deactivated');
        continue;
      }
      if (
        user.role !== session.principal.role ||
        user.platformAdmin !== session.principal.platformAdmin
      ) {
        session.principal = {
          ...session.principal,
          role: user.role,
          platformAdmin: user.platformAdmin,
        };
        for (const feed of session.feeds) feed.recheck('role changed');
      }
    }
  }

  close(): void {
    this.stopListening();
    for (const set of this.byUser.values()) for (const s of set) s.dispose();
    this.byUser.clear();
  }
}
