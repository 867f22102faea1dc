/**
 * The inbox. Two parts:
 *   - `withNotifications(handler)`: after a handler wrote its accepted events, in the same transaction,
 *     loads what the inbox rule needs (@chainlift/domain notifications) and merges a Notification per
 *     (event, kind, recipient company) — merged by its derived id, so a replay adds nothing;
 *   - the inbox's own events: read marks, preferences, a task falling due.
 */
import {
  markNotificationsRead,
  notificationsFor,
  NOTIFYING_EVENT_TYPES,
  REVALUING_EVENT_TYPES,
  setNotificationPreferences,
  taskFellDue,
  type DueTask,
  type EventEnvelope,
  type InboxOwners,
  type NotificationFacts,
  type NotificationPreferencesSet,
  type NotificationsRead,
  type TaskFellDue,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AnyHandler, Handler } from './handler';
import { rows } from './rows';

const NOTIFYING = new Set(NOTIFYING_EVENT_TYPES);
const REVALUING = new Set<string>(REVALUING_EVENT_TYPES);

/** The facts per event id, one query per kind of fact for the whole run. */
async function loadFacts(
  tx: ManagedTransaction,
  events: EventEnvelope[],
): Promise<Map<string, NotificationFacts>> {
  const facts = new Map<string, NotificationFacts>(events.map((e) => [e.id, {}]));
  const field = (e: EventEnvelope, name: string) =>
    String((e.payload as Record<string, unknown>)[name] ?? '');
  const byType = (type: string) => events.filter((e) => e.type === type);

  /** For the run's events of `type`: the rows `query` returns for their `idField`, given to `attach`. */
  const loadFor = async <R extends { id: string }>(
    type: string,
    idField: string,
    query: string,
    attach: (f: NotificationFacts, row: R) => void,
  ) => {
    const of = byType(type);
    if (of.length === 0) return;
    const found = await rows<R>(tx, query, { ids: of.map((e) => field(e, idField)) });
    const byId = new Map(found.map((r) => [r.id, r]));
    for (const e of of) {
      const row = byId.get(field(e, idField));
      if (row) attach(facts.get(e.id)!, row);
    }
  };
  await loadFor<{ id: string; buyerId: string; supplierId: string; number: string }>(
    'OrderActedOn',
    'orderId',
    `UNWIND $ids AS id MATCH (o:PurchaseOrder {id: id})
     RETURN o.id AS id, o.buyerId AS buyerId, o.supplierId AS supplierId, o.number AS number`,
    (f, order) => (f.order = order),
  );
  await loadFor<{ id: string; bankId: string; applicantId: string; receivableId: string }>(
    'PledgeActedOn',
    'pledgeId',
    `UNWIND $ids AS id MATCH (p:Pledge {id: id})
     RETURN p.id AS id, p.bankId AS bankId, p.requestedBy AS applicantId, p.receivableId AS receivableId`,
    (f, pledge) => (f.pledge = pledge),
  );
  await loadFor<{ id: string; grantorId: string; granteeId: string; scope: string }>(
    'ConsentRevoked',
    'consentId',
    `UNWIND $ids AS id MATCH (c:Consent {id: id})
     RETURN c.id AS id, c.grantorId AS grantorId, c.granteeId AS granteeId, c.scope AS scope`,
    (f, consent) => (f.consent = consent as NotificationFacts['consent']),
  );
  // Alerts the revaluation raised in this transaction name their cause; only revaluing events raise
  // them, so a run of orders or receivables asks nothing (one look-up per event saved).
  const revaluing = events.filter((e) => REVALUING.has(e.type));
  if (revaluing.length === 0) return facts;
  const alerts = await rows<{
    id: string;
    loanId: string;
    borrowerId: string;
    bankId: string;
    level: string;
    causeEventId: string;
  }>(
    tx,
    `UNWIND $ids AS id MATCH (a:Alert {causeEventId: id})
     RETURN a.id AS id, a.loanId AS loanId, a.borrowerId AS borrowerId, a.bankId AS bankId,
            a.level AS level, a.causeEventId AS causeEventId`,
    { ids: revaluing.map((e) => e.id) },
  );
  for (const a of alerts) (facts.get(a.causeEventId)!.alerts ??= []).push(a);
  return facts;
}

/** Merges the notifications the accepted events give, in the batch's transaction. */
export async function writeNotifications(
  tx: ManagedTransaction,
  accepted: EventEnvelope[],
): Promise<void> {
  const events = accepted.filter((e) => NOTIFYING.has(e.type));
  if (events.length === 0) return;
  const facts = await loadFacts(tx, events);
  const items = events.flatMap((e) =>
    notificationsFor(
      {
        id: e.id,
        type: e.type,
        occurredAt: e.occurredAt,
        payload: e.payload as Record<string, unknown>,
      },
      facts.get(e.id) ?? {},
    ),
  );
  if (items.length === 0) return;
  await tx.run(
    `UNWIND $items AS i
     MERGE (n:Notification {id: i.id})
     ON CREATE SET n.kind = i.kind, n.recipientId = i.recipientId, n.causeEventId = i.causeEventId,
       n.subjectId = i.subjectId, n.link = i.link, n.params = i.params,
       n.occurredAt = datetime(i.occurredAt), n.projectedAt = datetime(), n.emailAttempts = 0,
       // An item projected a day or more after its event (a rebuild, a replay) is not mailed again.
       n.emailStatus = CASE WHEN datetime(i.occurredAt) < datetime() - duration('P1D') THEN 'SKIPPED' ELSE 'PENDING' END`,
    { items: items.map((i) => ({ ...i, params: JSON.stringify(i.params) })) },
  );
}

/** The handler, with the inbox items of what it applied written after it (same transaction). */
export const withNotifications = (handler: AnyHandler): AnyHandler =>
  NOTIFYING.has(handler.type)
    ? {
        ...handler,
        async write(tx, accepted, state) {
          await handler.write(tx, accepted, state);
          await writeNotifications(tx, accepted);
        },
      }
    : handler;

async function loadOwners(
  tx: ManagedTransaction,
  events: EventEnvelope<string, { userId: string }>[],
): Promise<InboxOwners> {
  const found = await rows<{ id: string; companyId: string; active: boolean }>(
    tx,
    `UNWIND $ids AS id MATCH (u:User {id: id})-[:WORKS_AT]->(c:Company)
     RETURN u.id AS id, c.id AS companyId, coalesce(u.active, true) AS active`,
    { ids: [...new Set(events.map((e) => e.payload.userId))] },
  );
  return { users: new Map(found.map((u) => [u.id, u])) };
}

export const notificationsRead: Handler<NotificationsRead, InboxOwners> = {
  type: 'NotificationsRead',
  load: loadOwners,
  decide: (state, { payload }) => markNotificationsRead.decide(state, payload),
  evolve: (state, { payload }) => markNotificationsRead.evolve(state, payload),
  async write(tx, accepted) {
    const marks = accepted.map((e) => ({
      userId: e.payload.userId,
      companyId: e.payload.companyId,
      ids: e.payload.ids ?? [],
      allBefore: e.payload.allBefore ?? null,
      at: e.occurredAt,
    }));
    await tx.run(
      `UNWIND $marks AS m
       MATCH (u:User {id: m.userId})
       FOREACH (_ IN CASE WHEN m.allBefore IS NULL THEN [] ELSE [1] END |
         SET u.notificationsReadBefore = CASE
           WHEN u.notificationsReadBefore IS NULL OR u.notificationsReadBefore < datetime(m.allBefore)
           THEN datetime(m.allBefore) ELSE u.notificationsReadBefore END)
       WITH u, m
       UNWIND m.ids AS id
       MATCH (n:Notification {id: id}) WHERE n.recipientId = m.companyId
       MERGE (u)-[r:READ]->(n) ON CREATE SET r.at = datetime(m.at)`,
      { marks },
    );
  },
};

export const notificationPreferencesSet: Handler<NotificationPreferencesSet, InboxOwners> = {
  type: 'NotificationPreferencesSet',
  load: loadOwners,
  decide: (state, { payload }) => setNotificationPreferences.decide(state, payload),
  evolve: (state, { payload }) => setNotificationPreferences.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (u:User {id: r.userId}) SET u.notificationsMuted = r.muted`,
      {
        rows: accepted.map((e) => ({
          userId: e.payload.userId,
          muted: e.payload.muted.map((m) => `${m.kind}/${m.channel}`),
        })),
      },
    );
  },
};

export const taskFellDueHandler: Handler<TaskFellDue, Map<string, DueTask>> = {
  type: 'TaskFellDue',
  async load(tx, events) {
    const found = await rows<DueTask>(
      tx,
      `UNWIND $ids AS id MATCH (t:ImprovementTask {id: id})
       RETURN t.id AS taskId, t.planId AS planId, t.companyId AS companyId,
              t.ownerCompanyId AS ownerCompanyId, toString(t.dueDate) AS dueDate, t.status AS status`,
      { ids: events.map((e) => e.payload.taskId) },
    );
    return new Map(found.map((t) => [t.taskId, t]));
  },
  decide: (tasks, { payload }) => taskFellDue.decide(tasks, payload),
  evolve: (tasks, { payload }) => taskFellDue.evolve(tasks, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (t:ImprovementTask {id: r.taskId}) SET t.fellDueOn = date(r.dueDate)`,
      { rows: accepted.map((e) => e.payload) },
    );
  },
};
