/**
 * Engagements: a company engages a provider's product for one of its improvement-plan tasks
 * (陪伴式 service from plan to rollout), and the two sides move it along.
 *
 *   PROPOSED ─accept─► ACTIVE ─deliver─► DELIVERED
 *      └────────cancel───┴──────────────► CANCELLED   (either side, before delivery)
 *
 * The company (the plan's own) proposes; the provider accepts and delivers, on business dates. A
 * task has at most one engagement that is not cancelled: a delivered one has done the task, an open
 * one is doing it.
 */
import type { EngagementActedOnV1, EngagementProposedV1 } from '../events/catalogue';
import { isIsoDate } from '../calendar/calendar';
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import type { ServiceProductStatus } from './product';

export type EngagementProposed = EngagementProposedV1;
export type EngagementActedOn = EngagementActedOnV1;

export const ENGAGEMENT_STATUSES = ['PROPOSED', 'ACTIVE', 'DELIVERED', 'CANCELLED'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/** Engagements that hold their task: no second one may be proposed for it. */
export const HOLDING_STATUSES: readonly EngagementStatus[] = ['PROPOSED', 'ACTIVE', 'DELIVERED'];

export type EngagementAction = EngagementActedOn['action'];
type Party = 'company' | 'provider';

const ACTIONS: Record<
  EngagementAction,
  { from: readonly EngagementStatus[]; to: EngagementStatus; by: readonly Party[] }
> = {
  accept: { from: ['PROPOSED'], to: 'ACTIVE', by: ['provider'] },
  deliver: { from: ['ACTIVE'], to: 'DELIVERED', by: ['provider'] },
  cancel: { from: ['PROPOSED', 'ACTIVE'], to: 'CANCELLED', by: ['company', 'provider'] },
};

export const ENGAGEMENT_ACTIONS = Object.keys(ACTIONS) as EngagementAction[];

export interface EngagementParties {
  /** The engaging company (the plan's). */
  companyId: string;
  providerId: string;
}

/** Only the engaging company and the provider see an engagement and act on it. */
export const mayUseEngagement = (
  parties: EngagementParties,
  companyId: string,
  what: 'see' | 'act on',
): Result<true> =>
  parties.companyId === companyId || parties.providerId === companyId
    ? ok(true)
    : fail('FORBIDDEN', `only the engaging company and the provider can ${what} an engagement`);

/** Only the plan's own company engages a provider for one of its tasks (not its leader, not the task's owner). */
export const mayProposeEngagement = (
  task: { companyId: string },
  companyId: string,
): Result<true> =>
  task.companyId === companyId
    ? ok(true)
    : fail(
        'FORBIDDEN',
        'only the company whose improvement plan it is engages a provider for its task',
      );

/** The status after `action` by `actorCompanyId`, or why that party cannot do it now. */
export function transitionEngagement(
  engagement: EngagementParties & { status: EngagementStatus },
  action: EngagementAction,
  actorCompanyId: string,
): Result<EngagementStatus> {
  const rule = ACTIONS[action];
  const party: Party | undefined =
    actorCompanyId === engagement.providerId
      ? 'provider'
      : actorCompanyId === engagement.companyId
        ? 'company'
        : undefined;
  if (!party) return mayUseEngagement(engagement, actorCompanyId, 'act on') as Result<never>;
  if (!rule.by.includes(party))
    return fail(
      'FORBIDDEN',
      `only the ${rule.by.map((b) => (b === 'company' ? 'engaging company' : b)).join(' or ')} can ${action} an engagement`,
    );
  if (!rule.from.includes(engagement.status))
    return fail(
      'CONFLICT',
      `cannot ${action} an engagement that is ${engagement.status} (allowed from ${rule.from.join(', ')})`,
    );
  return ok(rule.to);
}

export interface EngagedTask {
  planId: string;
  companyId: string;
  status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
  /** Its engagement that is not cancelled, if any. */
  holdingEngagementId?: string;
}

export interface EngagedProduct {
  providerId: string;
  status: ServiceProductStatus;
  version: number;
  monthlyPriceFen: number;
}

export interface ProposeEngagementState {
  tasks: Map<string, EngagedTask>;
  products: Map<string, EngagedProduct>;
  /** Engagement ids in use. */
  engagements: Set<string>;
}

export const proposeEngagement: Decider<ProposeEngagementState, EngagementProposed> = {
  decide(state, command) {
    if (state.engagements.has(command.engagementId))
      return fail('CONFLICT', `engagement id ${command.engagementId} is already in use`);
    const task = state.tasks.get(command.taskId);
    if (!task || task.planId !== command.planId)
      return fail('NOT_FOUND', `improvement task ${command.taskId} does not exist`, 'taskId');
    const proposer = mayProposeEngagement(task, command.companyId);
    if (!proposer.ok) return proposer;
    if (task.status === 'DONE' || task.status === 'DROPPED')
      return fail(
        'CONFLICT',
        `the task is ${task.status}: engage a provider for an open task`,
        'taskId',
      );
    if (task.holdingEngagementId)
      return fail(
        'CONFLICT',
        `the task already has engagement ${task.holdingEngagementId}: cancel it first`,
        'taskId',
      );
    const product = state.products.get(command.productId);
    if (!product)
      return fail('NOT_FOUND', `service product ${command.productId} does not exist`, 'productId');
    if (product.status !== 'ACTIVE')
      return fail('CONFLICT', 'the product is withdrawn: it cannot be engaged', 'productId');
    if (product.providerId !== command.providerId)
      return fail('BAD_USER_INPUT', 'the provider is not the product’s', 'providerId');
    if (
      product.version !== command.productVersion ||
      product.monthlyPriceFen !== command.monthlyPriceFen
    )
      return fail(
        'CONFLICT',
        `the product is now at version ${product.version}: look at it again and engage that version`,
        'productId',
      );
    if (command.providerId === command.companyId)
      return fail('BAD_USER_INPUT', 'a company cannot engage itself', 'productId');
    if (!isIsoDate(command.on)) return fail('BAD_USER_INPUT', 'on must be a date', 'on');
    return ok(command);
  },
  evolve(state, command) {
    state.engagements.add(command.engagementId);
    state.tasks.get(command.taskId)!.holdingEngagementId = command.engagementId;
    return state;
  },
};

export interface EngagementState extends EngagementParties {
  status: EngagementStatus;
}

export const actOnEngagement: Decider<Map<string, EngagementState>, EngagementActedOn> = {
  decide(engagements, command) {
    const engagement = engagements.get(command.engagementId);
    if (
      !engagement ||
      engagement.companyId !== command.companyId ||
      engagement.providerId !== command.providerId
    )
      return fail('NOT_FOUND', `engagement ${command.engagementId} does not exist`, 'engagementId');
    if (!isIsoDate(command.on)) return fail('BAD_USER_INPUT', 'on must be a date', 'on');
    const next = transitionEngagement(engagement, command.action, command.actorCompanyId);
    return next.ok ? ok(command) : next;
  },
  evolve(engagements, command) {
    engagements.get(command.engagementId)!.status = ACTIONS[command.action].to;
    return engagements;
  },
};

/** The status an action leads to (when it is allowed). */
export const engagementStatusAfter = (action: EngagementAction): EngagementStatus =>
  ACTIONS[action].to;
