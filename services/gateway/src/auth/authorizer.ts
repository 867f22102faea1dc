/**
 * The per-request face of the authorization module: resolvers call `require(action, target)` and
 * get the user back, or a FORBIDDEN / UNAUTHENTICATED / NOT_FOUND failure. When a decision
 * carries an audit obligation (a read of another company's shared data), the access record is
 * written to the audit topic before the resolver may return the data.
 */
import { randomUUID } from 'node:crypto';
import { DomainFailure } from '@chainlift/domain';
import { TOPIC, type EventBus } from '@chainlift/platform';
import { authorize, type Action, type Target } from './authorize';
import type { AccessFacts } from './facts';
import type { Principal, UserPrincipal } from './principal';

export class Authorizer {
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
    if (decision.audit) {
      const event = {
        id: randomUUID(),
        type: 'DataAccessed',
        version: 1,
        occurredAt: new Date().toISOString(),
        actor: { via: 'graphql' as const, userId: user.userId, companyId: user.companyId },
        payload: {
          accessId: randomUUID(),
          ownerId: decision.audit.ownerId,
          viewerCompanyId: user.companyId,
          viewerUserId: user.userId,
          viewerUserEmail: user.email,
          scope: decision.audit.scope,
          what,
          at: new Date().toISOString(),
        },
      };
      await this.bus.publish(TOPIC.audit, [
        { key: decision.audit.ownerId, value: JSON.stringify(event) },
      ]);
    }
    return user;
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
