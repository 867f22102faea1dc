/**
 * The per-request face of the authorization module: resolvers call `require(action, target)` and
 * get the user back, or a FORBIDDEN / UNAUTHENTICATED / NOT_FOUND failure. When a decision
 * carries an audit obligation (a read of another company's shared data), the access record is
 * written to the audit topic before the resolver may return the data.
 */
import { randomUUID } from 'node:crypto';
import { DomainFailure, orThrow, type ConsentScope } from '@chainlift/domain';
import type { EventBus } from '@chainlift/platform';
import { buildEvent, type BuiltEvent } from '../writes/envelope';
import { authorize, type Action, type PublicAction, type Target } from './authorize';
import type { AccessFacts } from './facts';
import type { Principal, UserPrincipal } from './principal';

/** The DataAccessed event recording that `user` read `audit.ownerId`'s shared data, built like every other event. */
function accessRecord(
  user: UserPrincipal,
  audit: { ownerId: string; scope: ConsentScope },
  what: string,
): BuiltEvent {
  return orThrow(
    buildEvent(
      'DataAccessed',
      {
        accessId: randomUUID(),
        ownerId: audit.ownerId,
        viewerCompanyId: user.companyId,
        viewerUserId: user.userId,
        viewerUserEmail: user.email,
        scope: audit.scope,
        what,
        at: new Date().toISOString(),
      },
      { via: 'graphql', userId: user.userId, companyId: user.companyId },
    ),
  );
}

/** Publishes access records, to their route's topic. */
async function publishRecords(bus: EventBus, records: BuiltEvent[]): Promise<void> {
  const byTopic = new Map<string, BuiltEvent['message'][]>();
  for (const { topic, message } of records)
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
  for (const [topic, messages] of byTopic) await bus.publish(topic, messages);
}

export class RequestAuthorizer {
  constructor(
    readonly principal: Principal,
    private readonly facts: AccessFacts,
    private readonly bus: EventBus,
  ) {}

  async require(
    action: Action,
    target: Target = {},
    what = action as string,
  ): Promise<UserPrincipal> {
    const decision = await authorize(this.principal, action, target, this.facts);
    if (!decision.ok) throw new DomainFailure(decision.error);
    const user = this.principal as UserPrincipal;
    if (decision.audit) await publishRecords(this.bus, [accessRecord(user, decision.audit, what)]);
    return user;
  }

  /**
   * `require` and `read` at once: the read (which needs only who asks) starts with the decision,
   * and the access record (if the decision carries one) is written while it runs. The data is
   * returned only if the decision allows it and once the record is written — never to a refused
   * caller, who gets the refusal whatever the read did — and not at all if writing the record fails.
   * The path of a read costs the slower of the decision and the read, not their sum.
   */
  async requireAndRead<R>(
    action: Action,
    target: Target,
    what: string,
    read: (user: UserPrincipal) => Promise<R>,
  ): Promise<R> {
    const asker = this.principal.kind === 'user' ? this.principal : undefined;
    // Called on a later turn: a read that throws at once is settled like any other, never thrown here.
    const early = asker ? settled(Promise.resolve().then(() => read(asker))) : undefined;
    const decision = await authorize(this.principal, action, target, this.facts);
    if (!decision.ok) throw new DomainFailure(decision.error);
    const user = this.principal as UserPrincipal;
    const [, data] = await Promise.all([
      decision.audit ? publishRecords(this.bus, [accessRecord(user, decision.audit, what)]) : null,
      early ? early.then(unsettle) : read(user),
    ]);
    return data;
  }

  /**
   * The targets the action is allowed on (the others are left out, not failed), with every access
   * record published in one batch before the caller may use the data: for aggregate views over
   * many companies, such as a leader's chain dashboard.
   */
  async filter<T extends Target>(
    action: Action,
    targets: readonly T[],
    what: string,
  ): Promise<T[]> {
    const allowed: T[] = [];
    const records: BuiltEvent[] = [];
    for (const target of targets) {
      const decision = await authorize(this.principal, action, target, this.facts);
      if (!decision.ok) continue;
      allowed.push(target);
      if (decision.audit)
        records.push(accessRecord(this.principal as UserPrincipal, decision.audit, what));
    }
    if (records.length > 0) await publishRecords(this.bus, records);
    return allowed;
  }

  /** A public action (no login needed), decided by the module like every other. */
  async requirePublic(action: PublicAction): Promise<void> {
    const decision = await authorize(this.principal, action, {}, this.facts);
    if (!decision.ok) throw new DomainFailure(decision.error);
  }

  /** Whether the action is allowed, without failing or auditing (for filtering live updates). */
  async allows(action: Action, target: Target = {}): Promise<boolean> {
    return (await authorize(this.principal, action, target, this.facts)).ok;
  }

  /** The signed-in user, or UNAUTHENTICATED. */
  user(): Promise<UserPrincipal> {
    return this.require('company.read');
  }
}

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** A promise that never rejects (a refused caller's early read may fail with nobody waiting for it). */
const settled = <R>(promise: Promise<R>): Promise<Settled<R>> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

const unsettle = <R>(result: Settled<R>): R => {
  if (result.ok) return result.value;
  throw result.error;
};
