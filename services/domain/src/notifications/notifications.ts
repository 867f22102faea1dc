/**
 * The inbox: what an event means for the companies it needs or concerns. Pure — the projector loads
 * the facts an event's payload does not carry (an order's buyer, a pledge's applicant, the alerts a
 * revaluation raised) and writes what this returns in the event's own transaction.
 *
 *   event + facts ──notificationsFor──► Notification[] (one per kind and recipient company)
 *
 * A notification's id is derived from (event id, kind, recipient): a replayed or redelivered event
 * yields the same ids, so the inbox never shows it twice and a mailer sends it once.
 */
import type { ConsentScope } from '../access/access';
import { fail, ok, type Result } from '../shared/errors';

export const NOTIFICATION_KINDS = [
  'INVITATION_RECEIVED',
  'ORDER_TO_CONFIRM',
  'ORDER_TO_RECEIVE',
  'RECEIVABLE_TO_CONFIRM',
  'PLEDGE_APPLIED',
  'PLEDGE_DECIDED',
  'MARGIN_CALL',
  'LIQUIDATION',
  'CONSENT_GRANTED',
  'CONSENT_REVOKED',
  'ASSESSMENT_SHARED',
  'TASK_DUE',
  'ENGAGEMENT_PROPOSED',
  'ENGAGEMENT_UPDATED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface Notification {
  id: string;
  kind: NotificationKind;
  /** The company whose users see it. */
  recipientId: string;
  causeEventId: string;
  /** What it is about (order, receivable, pledge, loan, consent, task, engagement id). */
  subjectId: string;
  /** Where the user acts, in the web app (hash route). */
  link: string;
  /** Values the message templates fill in (order number, pledge decision, alert level …). */
  params: Record<string, string>;
  occurredAt: string;
}

/** The facts an event's payload does not carry; the projector loads those its type needs. */
export interface NotificationFacts {
  order?: { buyerId: string; supplierId: string; number: string };
  pledge?: { bankId: string; applicantId: string; receivableId: string };
  consent?: { grantorId: string; granteeId: string; scope: ConsentScope };
  /** Alerts this event raised on inventory loans (the revaluation in the same transaction). */
  alerts?: { id: string; loanId: string; borrowerId: string; bankId: string; level: string }[];
}

export interface NotifyingEvent {
  id: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** The deterministic id: the same event, kind and recipient always give the same notification. */
export const notificationId = (eventId: string, kind: NotificationKind, recipientId: string) =>
  `${eventId}:${kind}:${recipientId}`;

/** Events that raise inventory-loan alerts when their projection revalues a loan. */
export const REVALUING_EVENT_TYPES = [
  'WarehouseReceiptIssued',
  'PriceReported',
  'InventoryLoanActedOn',
  'GoodsReleased',
  'ReleaseRequestActedOn',
] as const;

/** Every event type that may notify someone (the live feed listens to these). */
export const NOTIFYING_EVENT_TYPES: readonly string[] = [
  'SuppliersInvited',
  'OrderPlaced',
  'OrderActedOn',
  'ReceivableRegistered',
  'PledgeRequested',
  'PledgeActedOn',
  'ConsentGranted',
  'ConsentRevoked',
  'TaskFellDue',
  'EngagementProposed',
  'EngagementActedOn',
  ...REVALUING_EVENT_TYPES,
];

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function notificationsFor(event: NotifyingEvent, facts: NotificationFacts): Notification[] {
  const p = event.payload;
  const out: Notification[] = [];
  const add = (
    kind: NotificationKind,
    recipientId: string,
    subjectId: string,
    link: string,
    params: Record<string, string> = {},
  ) => {
    if (!recipientId) return;
    const id = notificationId(event.id, kind, recipientId);
    if (out.some((n) => n.id === id)) return;
    out.push({
      id,
      kind,
      recipientId,
      causeEventId: event.id,
      subjectId,
      link,
      params,
      occurredAt: event.occurredAt,
    });
  };
  switch (event.type) {
    case 'SuppliersInvited': {
      const suppliers = Array.isArray(p.suppliers)
        ? (p.suppliers as { companyId?: unknown }[])
        : [];
      for (const s of suppliers)
        add('INVITATION_RECEIVED', str(s.companyId), str(p.chainId), '/invitations', {
          chainId: str(p.chainId),
        });
      break;
    }
    case 'OrderPlaced':
      add('ORDER_TO_CONFIRM', str(p.supplierId), str(p.orderId), `/orders/${str(p.orderId)}`, {
        number: str(p.number),
      });
      break;
    case 'OrderActedOn':
      // Shipped: the buyer takes delivery.
      if (p.action === 'ship' && facts.order)
        add('ORDER_TO_RECEIVE', facts.order.buyerId, str(p.orderId), `/orders/${str(p.orderId)}`, {
          number: facts.order.number,
        });
      break;
    case 'ReceivableRegistered':
      add(
        'RECEIVABLE_TO_CONFIRM',
        str(p.debtorId),
        str(p.receivableId),
        `/receivables/${str(p.receivableId)}`,
        { amountFen: String(p.amountFen ?? '') },
      );
      break;
    case 'PledgeRequested':
      add('PLEDGE_APPLIED', str(p.bankId), str(p.pledgeId), `/pledges/${str(p.pledgeId)}`);
      break;
    case 'PledgeActedOn':
      if ((p.action === 'approve' || p.action === 'reject') && facts.pledge)
        add(
          'PLEDGE_DECIDED',
          facts.pledge.applicantId,
          str(p.pledgeId),
          `/pledges/${str(p.pledgeId)}`,
          { decision: str(p.action) },
        );
      break;
    case 'ConsentGranted':
      add(
        p.scope === 'ASSESSMENT' ? 'ASSESSMENT_SHARED' : 'CONSENT_GRANTED',
        str(p.granteeId),
        str(p.consentId),
        p.scope === 'ASSESSMENT' ? `/assessments/${str(p.grantorId)}` : '/consents',
        { scope: str(p.scope), grantorId: str(p.grantorId) },
      );
      break;
    case 'ConsentRevoked':
      if (facts.consent)
        add('CONSENT_REVOKED', facts.consent.granteeId, str(p.consentId), '/consents', {
          scope: facts.consent.scope,
          grantorId: facts.consent.grantorId,
        });
      break;
    case 'TaskFellDue':
      add('TASK_DUE', str(p.companyId), str(p.taskId), `/improvement/${str(p.planId)}`, {
        planId: str(p.planId),
        dueDate: str(p.dueDate),
      });
      if (p.ownerCompanyId !== p.companyId)
        add('TASK_DUE', str(p.ownerCompanyId), str(p.taskId), `/improvement/${str(p.planId)}`, {
          planId: str(p.planId),
          dueDate: str(p.dueDate),
        });
      break;
    case 'EngagementProposed':
      add(
        'ENGAGEMENT_PROPOSED',
        str(p.providerId),
        str(p.engagementId),
        `/engagements/${str(p.engagementId)}`,
        { companyId: str(p.companyId), productId: str(p.productId) },
      );
      break;
    case 'EngagementActedOn': {
      // The other side hears of it: the provider's moves go to the company, the company's to the provider.
      const other = p.actorCompanyId === p.providerId ? str(p.companyId) : str(p.providerId);
      add('ENGAGEMENT_UPDATED', other, str(p.engagementId), `/engagements/${str(p.engagementId)}`, {
        action: str(p.action),
        actorCompanyId: str(p.actorCompanyId),
      });
      break;
    }
    default:
      break;
  }
  for (const alert of facts.alerts ?? []) {
    const kind: NotificationKind | undefined =
      alert.level === 'LIQUIDATION'
        ? 'LIQUIDATION'
        : alert.level === 'MARGIN_CALL'
          ? 'MARGIN_CALL'
          : undefined;
    if (!kind) continue;
    for (const recipient of [alert.bankId, alert.borrowerId])
      add(kind, recipient, alert.loanId, `/loans/${alert.loanId}`, { level: alert.level });
  }
  return out;
}

/**
 * A user's choices: per kind and channel, off when listed. Everything is on by default (an empty
 * preference set); the in-app inbox and e-mail are chosen separately.
 */
export interface NotificationPreferences {
  muted: { kind: NotificationKind; channel: NotificationChannel }[];
}

export const wantsNotification = (
  prefs: NotificationPreferences | undefined,
  kind: NotificationKind,
  channel: NotificationChannel,
): boolean => !(prefs?.muted ?? []).some((m) => m.kind === kind && m.channel === channel);

export const isNotificationKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);

/**
 * The muted set after a user's choices: each (kind, channel) named at most once, at least one named;
 * those not named keep their current setting.
 */
export function preferencesAfter(
  current: NotificationPreferences,
  choices: readonly { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[],
): Result<NotificationPreferences> {
  if (choices.length === 0)
    return fail(
      'BAD_USER_INPUT',
      'name at least one kind and channel to turn on or off',
      'preferences',
    );
  const chosen = new Map<string, boolean>();
  for (const c of choices) {
    const key = `${c.kind}/${c.channel}`;
    if (chosen.has(key))
      return fail('BAD_USER_INPUT', `${c.kind} on ${c.channel} is named twice`, 'preferences');
    chosen.set(key, c.enabled);
  }
  const muted = NOTIFICATION_KINDS.flatMap((kind) =>
    NOTIFICATION_CHANNELS.map((channel) => ({ kind, channel })),
  ).filter(({ kind, channel }) => {
    const key = `${kind}/${channel}`;
    return chosen.has(key) ? !chosen.get(key) : !wantsNotification(current, kind, channel);
  });
  return ok({ muted });
}
