/**
 * Purchase orders: placed by the buyer, moved along their lifecycle by the right party (rules:
 * `@chainlift/domain` orders/order-deciders, the trade rule chain/supply-links). Load and write only.
 */
import {
  actOnOrder,
  addKpiTotals,
  IN_NETWORK,
  isNoKpiChange,
  kpiDeltaOfAction,
  kpiDeltaOfPlacing,
  placeOrderDecider,
  statusAfter,
  type KpiTotals,
  type OrderActedOn,
  type OrderState,
  type PlaceOrderState,
  type PlacedOrder,
  type TradeFacts,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordActivity } from './activity';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

type KpiDelta = KpiTotals & { buyerId: string; supplierId: string; currency: string };

/**
 * The supplier KPI read model: per (buyer, supplier, currency), the totals the KPIs follow from,
 * kept current in the same transaction as each order event (reads then need no aggregation).
 * A run's deltas are summed per key first: one update per supplier, none for events that change
 * no total.
 */
async function addToKpis(tx: ManagedTransaction, deltas: KpiDelta[]) {
  const byKey = new Map<string, KpiDelta>();
  for (const d of deltas) {
    const key = `${d.buyerId}\u0000${d.supplierId}\u0000${d.currency}`;
    const sum = byKey.get(key);
    byKey.set(key, sum ? { ...sum, ...addKpiTotals(sum, d) } : d);
  }
  const changes = [...byKey.values()].filter((d) => !isNoKpiChange(d));
  if (changes.length === 0) return;
  await tx.run(
    `UNWIND $deltas AS d
     MERGE (k:SupplierKpi {buyerId: d.buyerId, supplierId: d.supplierId, currency: d.currency})
       ON CREATE SET k.orders = 0, k.delivered = 0, k.onTime = 0, k.openValueFen = 0, k.leadDays = 0
     SET k.orders = k.orders + toInteger(d.orders), k.delivered = k.delivered + toInteger(d.delivered),
         k.onTime = k.onTime + toInteger(d.onTime), k.openValueFen = k.openValueFen + toInteger(d.openValueFen),
         k.leadDays = k.leadDays + toInteger(d.leadDays)`,
    { deltas: changes },
  );
}

/** What the trade rule between each buyer and supplier is decided on (one read for the run). */
const TRADE_FACTS = `{ supplierKind: s.kind,
    link: CASE WHEN l IS NULL THEN null WHEN l.confirmed THEN 'CONFIRMED' ELSE 'PENDING' END,
    sameChain: EXISTS { (b)-[mb:MEMBER_OF]->(:Chain)<-[ms:MEMBER_OF]-(s) WHERE mb.status IN $statuses AND ms.status IN $statuses } }`;

export const orderPlaced: Handler<PlacedOrder, PlaceOrderState> = {
  type: 'OrderPlaced',
  async load(tx, events) {
    const companies = await rows(
      tx,
      'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
      {
        ids: [...new Set(events.flatMap((e) => [e.payload.buyerId, e.payload.supplierId]))],
      },
    );
    const taken = await rows(
      tx,
      `UNWIND $orders AS o
       OPTIONAL MATCH (byId:PurchaseOrder {id: o.orderId})
       OPTIONAL MATCH (byNumber:PurchaseOrder {buyerId: o.buyerId, number: o.number})
       RETURN CASE WHEN byId IS NULL THEN null ELSE o.orderId END AS id,
              CASE WHEN byNumber IS NULL THEN null ELSE o.buyerId + '/' + o.number END AS number`,
      {
        orders: events.map((e) => ({
          orderId: e.payload.orderId,
          buyerId: e.payload.buyerId,
          number: e.payload.number,
        })),
      },
    );
    const trade = await rows<{ pair: string; facts: TradeFacts }>(
      tx,
      `UNWIND $pairs AS p
       MATCH (b:Company {id: p.buyerId}), (s:Company {id: p.supplierId})
       OPTIONAL MATCH (s)-[l:SUPPLIES]->(b)
       RETURN p.buyerId + '>' + p.supplierId AS pair, ${TRADE_FACTS} AS facts`,
      {
        pairs: events.map((e) => ({
          buyerId: e.payload.buyerId,
          supplierId: e.payload.supplierId,
        })),
        statuses: IN_NETWORK,
      },
    );
    return {
      trade: new Map(trade.map((t) => [t.pair, { ...t.facts, link: t.facts.link ?? undefined }])),
      companies: setOf(companies, 'id'),
      ids: new Set(taken.map((t) => t.id as string | null).filter((x): x is string => x !== null)),
      numbers: new Set(
        taken.map((t) => t.number as string | null).filter((x): x is string => x !== null),
      ),
    };
  },
  decide: (state, { payload }) => placeOrderDecider.decide(state, payload),
  evolve: (state, { payload }) => placeOrderDecider.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
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
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
    await recordActivity(
      tx,
      'ORDER_PLACED',
      accepted.map((event) => ({ event, companyId: event.payload.buyerId })),
    );
    await addToKpis(
      tx,
      accepted.map(({ payload: p }) => ({
        buyerId: p.buyerId,
        supplierId: p.supplierId,
        currency: p.currency,
        ...kpiDeltaOfPlacing(p.totalFen),
      })),
    );
  },
};

export const orderActedOn: Handler<OrderActedOn, Map<string, OrderState>> = {
  type: 'OrderActedOn',
  async load(tx, events) {
    const found = await rows<OrderState>(
      tx,
      `UNWIND $ids AS id MATCH (o:PurchaseOrder {id: id})
       RETURN o.id AS id, o.status AS status, o.buyerId AS buyerId, o.supplierId AS supplierId, o.currency AS currency,
              o.totalFen AS totalFen, toString(o.placedOn) AS placedOn, toString(o.promisedDate) AS promisedDate`,
      { ids: [...new Set(events.map((e) => e.payload.orderId))] },
    );
    return new Map(found.map((o) => [o.id, o]));
  },
  decide: (orders, { payload }) => actOnOrder.decide(orders, payload),
  evolve: (orders, { payload }) => actOnOrder.evolve(orders, payload),
  // The order's parties: who may see the change is decided from them (orderPartiesIn).
  refs: (orders, { payload }): Record<string, string> => {
    const order = orders.get(payload.orderId);
    return order ? { buyerId: order.buyerId, supplierId: order.supplierId } : {};
  },
  async write(tx, accepted, orders) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (o:PurchaseOrder {id: r.orderId})
       SET o.status = r.status, o.updatedAt = datetime(r.at),
           o.confirmedOn = CASE WHEN r.action = 'confirm' THEN date(r.on) ELSE o.confirmedOn END,
           o.shippedOn = CASE WHEN r.action = 'ship' THEN date(r.on) ELSE o.shippedOn END,
           o.deliveredOn = CASE WHEN r.action = 'deliver' THEN date(r.on) ELSE o.deliveredOn END,
           o.invoicedOn = CASE WHEN r.action = 'invoice' THEN date(r.on) ELSE o.invoicedOn END,
           o.cancelledOn = CASE WHEN r.action = 'cancel' THEN date(r.on) ELSE o.cancelledOn END`,
      {
        rows: accepted.map((e) => ({
          ...e.payload,
          status: statusAfter(e.payload.action),
          at: e.occurredAt,
        })),
      },
    );
    await recordActivity(
      tx,
      'ORDER_ACTION',
      accepted.map((event) => ({ event, companyId: event.payload.actorCompanyId })),
    );
    await addToKpis(
      tx,
      accepted.map(({ payload: p }) => {
        const o = orders.get(p.orderId)!;
        return {
          buyerId: o.buyerId,
          supplierId: o.supplierId,
          currency: o.currency,
          ...kpiDeltaOfAction(p.action, o, p.on),
        };
      }),
    );
  },
};
