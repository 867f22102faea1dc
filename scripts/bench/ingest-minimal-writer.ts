/**
 * The minimal writer of `npm run bench:ingest` (its line (b), the limit the projector is measured
 * against): the same domain graph the projector builds from the bench's event stream, written with
 * the fewest statements — ONE Cypher statement per transaction, whatever the mix — and nothing
 * else. It trusts its input: no validation loads, no decisions, no outcomes, no (:Event) records,
 * no stored offsets. What the graph holds is still all there: orders and their lines, products,
 * status dates, stock positions with their warehouses, receivables, the inbox items, the data
 * activity counters and the supplier KPI read model.
 *
 * `minimalPlan` and `minimalStatements` are pure (each statement and its rows); `writeMinimal` runs
 * them. Counters whose change follows from the events alone (activity per company and day, a placed
 * order's KPI) are summed here; what needs the stored order (an action's KPI, the buyer to tell of
 * a shipment) is read by the statement from the order it updates anyway.
 *
 * Only the event types of the bench's stream are known (ingest-workload.ts); another type throws.
 */
import {
  businessDayOf,
  kpiDeltaOfPlacing,
  notificationsFor,
  statusAfter,
  tenorOf,
  type EventEnvelope,
  type OrderActedOn,
  type PlacedOrder,
  type ReceivableRegistered,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';

interface StockReported {
  companyId: string;
  mode: 'UPDATE' | 'SNAPSHOT';
  reportedAt: string;
  positions: { sku: string; productName: string; warehouse: string; quantity: number }[];
}

/** The event types the minimal writer has a part of its statement for. */
export const MINIMAL_TYPES = [
  'OrderPlaced',
  'OrderActedOn',
  'StockReported',
  'ReceivableRegistered',
  'ReceivableConfirmed',
] as const;

/**
 * The statements, one per kind of write, each over all the batch's rows of that kind, run in this
 * order and only when they have rows (orders exist before their actions, receivables before their
 * answers). One statement holding them all as CALL subqueries was tried first: the planner then
 * applies each subquery's clause to every row before the next (Eager), which broke a company's
 * stock reports' order and ran at half the speed of the projector's own statements.
 */
export const MINIMAL_CYPHER = {
  placed: `
  UNWIND $rows AS r
  MATCH (b:Company {id: r.buyerId}) MATCH (s:Company {id: r.supplierId})
  CREATE (b)-[:PLACED]->(o:PurchaseOrder {
    id: r.orderId, number: r.number, status: 'PLACED', buyerId: r.buyerId, supplierId: r.supplierId,
    currency: r.currency, totalFen: toInteger(r.totalFen), placedOn: date(r.placedOn),
    promisedDate: date(r.promisedDate), placedAt: datetime(r.at)})-[:TO]->(s)
  WITH o, r
  UNWIND range(0, size(r.lines) - 1) AS i
  WITH o, i, r.lines[i] AS l
  MERGE (p:Product {sku: l.sku})
  CREATE (o)-[:HAS_LINE]->(:OrderLine {position: i, sku: l.sku, productName: l.productName,
                                       quantity: toInteger(l.quantity), unitPriceFen: toInteger(l.unitPriceFen)})-[:OF]->(p)`,
  acted: `
  UNWIND $rows AS r
  MATCH (o:PurchaseOrder {id: r.orderId})
  SET o.status = r.status, o.updatedAt = datetime(r.at),
      o.confirmedOn = CASE WHEN r.action = 'confirm' THEN date(r.on) ELSE o.confirmedOn END,
      o.shippedOn = CASE WHEN r.action = 'ship' THEN date(r.on) ELSE o.shippedOn END,
      o.deliveredOn = CASE WHEN r.action = 'deliver' THEN date(r.on) ELSE o.deliveredOn END,
      o.invoicedOn = CASE WHEN r.action = 'invoice' THEN date(r.on) ELSE o.invoicedOn END,
      o.cancelledOn = CASE WHEN r.action = 'cancel' THEN date(r.on) ELSE o.cancelledOn END
  FOREACH (_ IN CASE WHEN r.action = 'ship' THEN [1] ELSE [] END |
    CREATE (:Notification {id: r.eventId + ':ORDER_TO_RECEIVE:' + o.buyerId, kind: 'ORDER_TO_RECEIVE',
      recipientId: o.buyerId, causeEventId: r.eventId, subjectId: r.orderId, link: '/orders/' + r.orderId,
      params: '{"number":"' + o.number + '"}', occurredAt: datetime(r.at), projectedAt: datetime(),
      emailAttempts: 0, emailStatus: 'PENDING'}))
  WITH o, r WHERE r.action IN ['cancel', 'deliver']
  WITH o.buyerId AS buyerId, o.supplierId AS supplierId, o.currency AS currency,
       sum(-o.totalFen) AS openValueFen,
       sum(CASE WHEN r.action = 'deliver' THEN 1 ELSE 0 END) AS delivered,
       sum(CASE WHEN r.action = 'deliver' AND date(r.on) <= o.promisedDate THEN 1 ELSE 0 END) AS onTime,
       sum(CASE WHEN r.action = 'deliver' THEN duration.inDays(o.placedOn, date(r.on)).days ELSE 0 END) AS leadDays
  MERGE (k:SupplierKpi {buyerId: buyerId, supplierId: supplierId, currency: currency})
    ON CREATE SET k.orders = 0, k.delivered = 0, k.onTime = 0, k.openValueFen = 0, k.leadDays = 0
  SET k.delivered = k.delivered + delivered, k.onTime = k.onTime + onTime,
      k.openValueFen = k.openValueFen + openValueFen, k.leadDays = k.leadDays + leadDays`,
  // One generation after another, each whole (its resets, then its positions) before the next.
  stock: `
  UNWIND $rows AS g
  CALL (g) {
    CALL (g) {
      UNWIND g.resets AS r
      MATCH (:Company {id: r.companyId})-[:HOLDS]->(sp:StockPosition)
      WHERE sp.warehouse IN r.warehouses AND NOT sp.id IN r.ids
      SET sp.quantity = 0, sp.updatedAt = datetime(r.at)
    }
    CALL (g) {
      UNWIND g.positions AS p
      MATCH (c:Company {id: p.companyId})
      MERGE (sp:StockPosition {id: p.id})
        ON CREATE SET sp.companyId = p.companyId, sp.sku = p.sku, sp.warehouse = p.warehouse
      SET sp.quantity = toInteger(p.quantity), sp.updatedAt = datetime(p.at),
          sp.productName = CASE WHEN p.productName = p.sku THEN coalesce(sp.productName, p.sku) ELSE p.productName END
      MERGE (c)-[:HOLDS]->(sp)
      MERGE (prod:Product {sku: p.sku})
      MERGE (sp)-[:OF]->(prod)
      MERGE (w:Warehouse {id: p.companyId + '/' + p.warehouse}) ON CREATE SET w.code = p.warehouse, w.ownerId = p.companyId
      MERGE (sp)-[:STORED_AT]->(w)
    }
  }`,
  registered: `
  UNWIND $rows AS r
  MATCH (c:Company {id: r.creditorId}) MATCH (d:Company {id: r.debtorId}) MATCH (o:PurchaseOrder {id: r.orderId})
  CREATE (c)-[:HOLDS]->(rec:Receivable {id: r.receivableId, rootId: r.receivableId, orderId: r.orderId,
    invoiceNumber: r.invoiceNumber, creditorId: r.creditorId, debtorId: r.debtorId, holderId: r.creditorId,
    amountFen: toInteger(r.amountFen), currency: r.currency, issuedOn: date(r.issuedOn), dueDate: date(r.dueDate),
    status: 'REGISTERED', longTenor: r.longTenor, registeredAt: datetime(r.at)})-[:OWED_BY]->(d)
  CREATE (rec)-[:ARISES_FROM]->(o)`,
  confirmed: `
  UNWIND $rows AS r
  MATCH (rec:Receivable {id: r.receivableId})
  SET rec.status = 'CONFIRMED', rec.answeredOn = date(r.on)`,
  // Counters and inbox items: nodes no other statement reads, so one statement holds the three.
  counters: `
  CALL () {
    UNWIND $notes AS n
    CREATE (:Notification {id: n.id, kind: n.kind, recipientId: n.recipientId, causeEventId: n.causeEventId,
      subjectId: n.subjectId, link: n.link, params: n.params, occurredAt: datetime(n.occurredAt),
      projectedAt: datetime(), emailAttempts: 0, emailStatus: 'PENDING'})
  }
  CALL () {
    UNWIND $activity AS r
    MERGE (a:DataActivity {companyId: r.companyId, day: date(r.day), kind: r.kind, via: r.via})
      ON CREATE SET a.events = 0
    SET a.events = a.events + toInteger(r.events)
  }
  CALL () {
    UNWIND $kpis AS d
    MERGE (k:SupplierKpi {buyerId: d.buyerId, supplierId: d.supplierId, currency: d.currency})
      ON CREATE SET k.orders = 0, k.delivered = 0, k.onTime = 0, k.openValueFen = 0, k.leadDays = 0
    SET k.orders = k.orders + toInteger(d.orders), k.openValueFen = k.openValueFen + toInteger(d.openValueFen)
  }`,
};

export interface StockGeneration {
  resets: { companyId: string; warehouses: string[]; ids: string[]; at: string }[];
  positions: (StockReported['positions'][number] & { companyId: string; id: string; at: string })[];
}

export interface MinimalParams {
  placed: (PlacedOrder & { at: string })[];
  acted: (OrderActedOn & { eventId: string; status: string; at: string })[];
  stock: StockGeneration[];
  registered: (ReceivableRegistered & { longTenor: boolean; at: string })[];
  confirmed: { receivableId: string; on: string }[];
  notes: {
    id: string;
    kind: string;
    recipientId: string;
    causeEventId: string;
    subjectId: string;
    link: string;
    params: string;
    occurredAt: string;
  }[];
  activity: { companyId: string; day: string; kind: string; via: string; events: number }[];
  kpis: {
    buyerId: string;
    supplierId: string;
    currency: string;
    orders: number;
    openValueFen: number;
  }[];
}

const positionId = (companyId: string, warehouse: string, sku: string) =>
  `${companyId}/${warehouse}/${sku}`;

/**
 * The statements for a batch of events in stream order, with their parameters. Stock reports are
 * written in generations (a company's n-th snapshot in the batch starts its generation n: its
 * resets, then the positions up to its next snapshot), so each company's reports keep their order.
 */
export function minimalPlan(events: readonly EventEnvelope[], timeZone: string): MinimalParams {
  const params: MinimalParams = {
    placed: [],
    acted: [],
    stock: [],
    registered: [],
    confirmed: [],
    notes: [],
    activity: [],
    kpis: [],
  };
  const activity = new Map<string, MinimalParams['activity'][number]>();
  const count = (event: EventEnvelope, kind: string, companyId: string) => {
    const day = businessDayOf(event.occurredAt, timeZone);
    const key = `${companyId}/${day}/${kind}/${event.actor.via}`;
    const row = activity.get(key) ?? { companyId, day, kind, via: event.actor.via, events: 0 };
    row.events += 1;
    activity.set(key, row);
  };
  const kpis = new Map<string, MinimalParams['kpis'][number]>();
  const snapshotsSoFar = new Map<string, number>();
  const generation = (n: number) => (params.stock[n] ??= { resets: [], positions: [] });
  const notify = (event: EventEnvelope) => {
    for (const n of notificationsFor(
      { ...event, payload: event.payload as Record<string, unknown> },
      {},
    ))
      params.notes.push({ ...n, params: JSON.stringify(n.params) });
  };

  for (const event of events) {
    switch (event.type) {
      case 'OrderPlaced': {
        const p = event.payload as PlacedOrder;
        params.placed.push({ ...p, at: event.occurredAt });
        notify(event);
        count(event, 'ORDER_PLACED', p.buyerId);
        const key = `${p.buyerId}\u0000${p.supplierId}\u0000${p.currency}`;
        const k = kpis.get(key) ?? {
          buyerId: p.buyerId,
          supplierId: p.supplierId,
          currency: p.currency,
          orders: 0,
          openValueFen: 0,
        };
        const delta = kpiDeltaOfPlacing(p.totalFen);
        k.orders += delta.orders;
        k.openValueFen += delta.openValueFen;
        kpis.set(key, k);
        break;
      }
      case 'OrderActedOn': {
        const p = event.payload as OrderActedOn;
        params.acted.push({
          ...p,
          eventId: event.id,
          status: statusAfter(p.action),
          at: event.occurredAt,
        });
        count(event, 'ORDER_ACTION', p.actorCompanyId);
        break;
      }
      case 'StockReported': {
        const p = event.payload as StockReported;
        let n = snapshotsSoFar.get(p.companyId) ?? 0;
        if (p.mode === 'SNAPSHOT') {
          snapshotsSoFar.set(p.companyId, (n += 1));
          generation(n).resets.push({
            companyId: p.companyId,
            warehouses: [...new Set(p.positions.map((x) => x.warehouse))],
            ids: p.positions.map((x) => positionId(p.companyId, x.warehouse, x.sku)),
            at: p.reportedAt,
          });
        }
        for (const x of p.positions)
          generation(n).positions.push({
            ...x,
            companyId: p.companyId,
            id: positionId(p.companyId, x.warehouse, x.sku),
            at: p.reportedAt ?? event.occurredAt,
          });
        count(event, 'STOCK', p.companyId);
        break;
      }
      case 'ReceivableRegistered': {
        const p = event.payload as ReceivableRegistered;
        const tenor = tenorOf(p.issuedOn, p.dueDate);
        params.registered.push({
          invoiceNumber: null as unknown as string,
          ...p,
          longTenor: tenor.ok && tenor.value === 'LONG',
          at: event.occurredAt,
        });
        notify(event);
        break;
      }
      case 'ReceivableConfirmed': {
        const p = event.payload as { receivableId: string; on: string };
        params.confirmed.push({ receivableId: p.receivableId, on: p.on });
        break;
      }
      default:
        throw new Error(`the minimal writer has no statement for ${event.type}`);
    }
  }
  // Generation 0 (reports before any snapshot) may be empty while later ones are not.
  params.stock = Array.from(params.stock, (g) => g ?? { resets: [], positions: [] });
  params.activity = [...activity.values()];
  params.kpis = [...kpis.values()];
  return params;
}

/** The batch's statements in the order they must run, each with its rows; none for a kind without rows. */
export function minimalStatements(
  events: readonly EventEnvelope[],
  timeZone: string,
): { query: string; params: Record<string, unknown> }[] {
  const params = minimalPlan(events, timeZone);
  const statements: { query: string; params: Record<string, unknown> }[] = [];
  for (const part of ['placed', 'acted', 'stock', 'registered', 'confirmed'] as const)
    if (params[part].length > 0)
      statements.push({ query: MINIMAL_CYPHER[part], params: { rows: params[part] } });
  if (params.notes.length + params.activity.length + params.kpis.length > 0)
    statements.push({
      query: MINIMAL_CYPHER.counters,
      params: { notes: params.notes, activity: params.activity, kpis: params.kpis },
    });
  return statements;
}

/** Writes a batch with its statements, in the caller's transaction; returns how many it ran. */
export async function writeMinimal(
  tx: ManagedTransaction,
  events: readonly EventEnvelope[],
  timeZone: string,
): Promise<number> {
  const statements = minimalStatements(events, timeZone);
  for (const { query, params } of statements) await tx.run(query, params);
  return statements.length;
}
