/**
 * The Neo4j Connector for Kafka's sink with the Cypher strategy, re-created for `npm run
 * bench:ingest` (its line (s)): the peer a team would pick instead of writing a projector. The
 * connector is configured with one Cypher statement per topic (`neo4j.cypher.topic.<topic>`) that
 * it runs for every message, the message bound as `__value` (and `__key`); it applies the records
 * of a topic in batches, one transaction and one `UNWIND $events AS message …` statement per
 * batch, one batch after another (serially), in the topic's order. Here the batches are sent to
 * Neo4j by this process (no Kafka Connect worker, and no Kafka: the re-creation does not pay for
 * consuming, which favours the sink).
 *
 * The statements below are what a competent team would configure to build the SAME graph as the
 * projector, so the bench can check it by the graph hash. Cypher can express every write of the
 * bench's stream, but only by restating the domain's rules in Cypher (the order status table, the
 * KPI deltas, the long-tenor rule, the business day of an instant, the inbox items' text), and it
 * checks none of them: a sink trusts its input (no duplicate, state or permission checks, no
 * outcome to the sender, no dead letters for a refused event).
 */
import type { EventEnvelope } from '@chainlift/domain';
import { TOPIC } from '@chainlift/platform';

/** The day of an instant on the business calendar, in Cypher (the zone is fixed in the configuration). */
const dayOf = (zone: string) =>
  `date(datetime({datetime: datetime(e.occurredAt), timezone: '${zone.replace(/'/g, '')}'}))`;

const countActivity = (zone: string, kind: string, company: string) => `
  MERGE (a:DataActivity {companyId: ${company}, day: ${dayOf(zone)}, kind: '${kind}', via: e.actor.via})
    ON CREATE SET a.events = 0
  SET a.events = a.events + 1`;

const KPI_NODE = (buyer: string, supplier: string, currency: string) => `
  MERGE (k:SupplierKpi {buyerId: ${buyer}, supplierId: ${supplier}, currency: ${currency}})
    ON CREATE SET k.orders = 0, k.delivered = 0, k.onTime = 0, k.openValueFen = 0, k.leadDays = 0`;

const NOTIFICATION = (
  id: string,
  kind: string,
  recipient: string,
  subject: string,
  link: string,
  params: string,
) => `
  CREATE (:Notification {id: ${id}, kind: '${kind}', recipientId: ${recipient}, causeEventId: e.id,
    subjectId: ${subject}, link: ${link}, params: ${params}, occurredAt: datetime(e.occurredAt),
    projectedAt: datetime(), emailAttempts: 0, emailStatus: 'PENDING'})`;

/** The per-topic statements (`neo4j.cypher.topic.<topic>`), for a business calendar in `zone`. */
export function sinkCypher(zone: string): Record<string, string> {
  return {
    [TOPIC.orders]: `
WITH __value AS e, __value.payload AS p
CALL (e, p) {
  WITH e, p WHERE e.type = 'OrderPlaced'
  MATCH (b:Company {id: p.buyerId}) MATCH (s:Company {id: p.supplierId})
  CREATE (b)-[:PLACED]->(o:PurchaseOrder {
    id: p.orderId, number: p.number, status: 'PLACED', buyerId: p.buyerId, supplierId: p.supplierId,
    currency: p.currency, totalFen: toInteger(p.totalFen), placedOn: date(p.placedOn),
    promisedDate: date(p.promisedDate), placedAt: datetime(e.occurredAt)})-[:TO]->(s)
  ${NOTIFICATION(`e.id + ':ORDER_TO_CONFIRM:' + p.supplierId`, 'ORDER_TO_CONFIRM', 'p.supplierId', 'p.orderId', `'/orders/' + p.orderId`, `'{"number":"' + p.number + '"}'`)}
  ${KPI_NODE('p.buyerId', 'p.supplierId', 'p.currency')}
  SET k.orders = k.orders + 1, k.openValueFen = k.openValueFen + toInteger(p.totalFen)
  ${countActivity(zone, 'ORDER_PLACED', 'p.buyerId')}
  WITH o, p
  UNWIND range(0, size(p.lines) - 1) AS i
  WITH o, i, p.lines[i] AS l
  MERGE (prod:Product {sku: l.sku})
  CREATE (o)-[:HAS_LINE]->(:OrderLine {position: i, sku: l.sku, productName: l.productName,
                                       quantity: toInteger(l.quantity), unitPriceFen: toInteger(l.unitPriceFen)})-[:OF]->(prod)
}
CALL (e, p) {
  WITH e, p WHERE e.type = 'OrderActedOn'
  MATCH (o:PurchaseOrder {id: p.orderId})
  SET o.status = CASE p.action WHEN 'confirm' THEN 'CONFIRMED' WHEN 'ship' THEN 'SHIPPED'
                   WHEN 'deliver' THEN 'DELIVERED' WHEN 'invoice' THEN 'INVOICED' WHEN 'cancel' THEN 'CANCELLED' END,
      o.updatedAt = datetime(e.occurredAt),
      o.confirmedOn = CASE WHEN p.action = 'confirm' THEN date(p.on) ELSE o.confirmedOn END,
      o.shippedOn = CASE WHEN p.action = 'ship' THEN date(p.on) ELSE o.shippedOn END,
      o.deliveredOn = CASE WHEN p.action = 'deliver' THEN date(p.on) ELSE o.deliveredOn END,
      o.invoicedOn = CASE WHEN p.action = 'invoice' THEN date(p.on) ELSE o.invoicedOn END,
      o.cancelledOn = CASE WHEN p.action = 'cancel' THEN date(p.on) ELSE o.cancelledOn END
  FOREACH (_ IN CASE WHEN p.action = 'ship' THEN [1] ELSE [] END |
    ${NOTIFICATION(`e.id + ':ORDER_TO_RECEIVE:' + o.buyerId`, 'ORDER_TO_RECEIVE', 'o.buyerId', 'p.orderId', `'/orders/' + p.orderId`, `'{"number":"' + o.number + '"}'`)})
  ${countActivity(zone, 'ORDER_ACTION', 'p.actorCompanyId')}
  WITH e, p, o WHERE p.action IN ['cancel', 'deliver']
  ${KPI_NODE('o.buyerId', 'o.supplierId', 'o.currency')}
  SET k.openValueFen = k.openValueFen - o.totalFen
  WITH e, p, o, k WHERE p.action = 'deliver'
  SET k.delivered = k.delivered + 1,
      k.onTime = k.onTime + CASE WHEN date(p.on) <= o.promisedDate THEN 1 ELSE 0 END,
      k.leadDays = k.leadDays + duration.inDays(o.placedOn, date(p.on)).days
}`,
    [TOPIC.inventory]: `
WITH __value AS e, __value.payload AS p
CALL (e, p) {
  WITH e, p WHERE p.mode = 'SNAPSHOT'
  MATCH (:Company {id: p.companyId})-[:HOLDS]->(sp:StockPosition)
  WHERE sp.warehouse IN [x IN p.positions | x.warehouse]
    AND NOT sp.id IN [x IN p.positions | p.companyId + '/' + x.warehouse + '/' + x.sku]
  SET sp.quantity = 0, sp.updatedAt = datetime(p.reportedAt)
}
CALL (e, p) {
  UNWIND p.positions AS x
  MATCH (c:Company {id: p.companyId})
  MERGE (sp:StockPosition {id: p.companyId + '/' + x.warehouse + '/' + x.sku})
    ON CREATE SET sp.companyId = p.companyId, sp.sku = x.sku, sp.warehouse = x.warehouse
  SET sp.quantity = toInteger(x.quantity), sp.updatedAt = datetime(coalesce(p.reportedAt, e.occurredAt)),
      sp.productName = CASE WHEN x.productName = x.sku THEN coalesce(sp.productName, x.sku) ELSE x.productName END
  MERGE (c)-[:HOLDS]->(sp)
  MERGE (prod:Product {sku: x.sku})
  MERGE (sp)-[:OF]->(prod)
  MERGE (w:Warehouse {id: p.companyId + '/' + x.warehouse}) ON CREATE SET w.code = x.warehouse, w.ownerId = p.companyId
  MERGE (sp)-[:STORED_AT]->(w)
}
CALL (e, p) {
  ${countActivity(zone, 'STOCK', 'p.companyId')}
}`,
    [TOPIC.receivables]: `
WITH __value AS e, __value.payload AS p
CALL (e, p) {
  WITH e, p WHERE e.type = 'ReceivableRegistered'
  MATCH (c:Company {id: p.creditorId}) MATCH (d:Company {id: p.debtorId}) MATCH (o:PurchaseOrder {id: p.orderId})
  CREATE (c)-[:HOLDS]->(rec:Receivable {id: p.receivableId, rootId: p.receivableId, orderId: p.orderId,
    invoiceNumber: p.invoiceNumber, creditorId: p.creditorId, debtorId: p.debtorId, holderId: p.creditorId,
    amountFen: toInteger(p.amountFen), currency: p.currency, issuedOn: date(p.issuedOn), dueDate: date(p.dueDate),
    status: 'REGISTERED', longTenor: date(p.dueDate) > date(p.issuedOn) + duration({months: 6}),
    registeredAt: datetime(e.occurredAt)})-[:OWED_BY]->(d)
  CREATE (rec)-[:ARISES_FROM]->(o)
  ${NOTIFICATION(`e.id + ':RECEIVABLE_TO_CONFIRM:' + p.debtorId`, 'RECEIVABLE_TO_CONFIRM', 'p.debtorId', 'p.receivableId', `'/receivables/' + p.receivableId`, `'{"amountFen":"' + toString(toInteger(p.amountFen)) + '"}'`)}
}
CALL (e, p) {
  WITH e, p WHERE e.type = 'ReceivableConfirmed'
  MATCH (rec:Receivable {id: p.receivableId})
  SET rec.status = 'CONFIRMED', rec.answeredOn = date(p.on)
}`,
  };
}

/** How the connector runs a topic's statement over a batch: every message through it, in order. */
export const sinkStatement = (topicCypher: string) => `
UNWIND $events AS message
WITH message.value AS __value, message.key AS __key
CALL (__value, __key) {
${topicCypher}
}`;

export interface SinkMessage {
  key: string;
  value: EventEnvelope;
}

/**
 * The batches the sink applies, in order: each topic's messages in its order, at most `size` per
 * batch; a batch goes out when it is full (and the rest at the end, in the order the topics first
 * appeared), as a consumer polling the topics would hand them over.
 */
export function* sinkBatches(
  items: Iterable<{ topic: string; key: string; event: EventEnvelope }>,
  size: number,
): Generator<{ topic: string; messages: SinkMessage[] }> {
  const open = new Map<string, SinkMessage[]>();
  for (const { topic, key, event } of items) {
    const list = open.get(topic) ?? [];
    open.set(topic, list);
    list.push({ key, value: event });
    if (list.length >= size) {
      open.set(topic, []);
      yield { topic, messages: list };
    }
  }
  for (const [topic, messages] of open) if (messages.length > 0) yield { topic, messages };
}
