/** Receivables: registered by the creditor, confirmed or disputed by the debtor, split, transferred, settled. */
import {
  checkReceivableRegistration,
  confirmReceivable,
  disputeReceivable,
  fail,
  mayTrade,
  settleReceivable,
  splitReceivable,
  tenorOf,
  transferReceivable,
  type OrderForReceivable,
  type Payment,
  type ReceivableRegistered,
  type TradeFacts,
} from '@chainlift/domain';
import type { Handler } from './handler';
import { entryOf, leavesOf, loadLedger, type Ledger } from './ledger';
import { rows, setOf } from './rows';

const NOT_FOUND = (id: string) =>
  fail('NOT_FOUND', `receivable ${id} does not exist`, 'receivableId');

export const receivableRegistered: Handler<
  ReceivableRegistered,
  {
    orders: Map<string, OrderForReceivable>;
    backed: Set<string>;
    invoices: Set<string>;
    ids: Set<string>;
  }
> = {
  type: 'ReceivableRegistered',
  async load(tx, events) {
    const orders = await rows<OrderForReceivable & { id: string }>(
      tx,
      `UNWIND $ids AS id MATCH (o:PurchaseOrder {id: id})
       RETURN o.id AS id, o.status AS status, o.buyerId AS buyerId, o.supplierId AS supplierId,
              o.totalFen AS totalFen, o.currency AS currency`,
      { ids: [...new Set(events.map((e) => e.payload.orderId))] },
    );
    const taken = await rows(
      tx,
      `UNWIND $items AS i
       OPTIONAL MATCH (byOrder:Receivable {orderId: i.orderId})
       OPTIONAL MATCH (byInvoice:Receivable {creditorId: i.creditorId, invoiceNumber: i.invoiceNumber})
       OPTIONAL MATCH (byId:Receivable {id: i.receivableId})
       RETURN CASE WHEN byOrder IS NULL THEN null ELSE i.orderId END AS orderId,
              CASE WHEN byInvoice IS NULL THEN null ELSE i.creditorId + '/' + i.invoiceNumber END AS invoice,
              CASE WHEN byId IS NULL THEN null ELSE i.receivableId END AS id`,
      {
        items: events.map(({ payload: p }) => ({
          orderId: p.orderId,
          creditorId: p.creditorId,
          invoiceNumber: p.invoiceNumber ?? '',
          receivableId: p.receivableId,
        })),
      },
    );
    const present = (key: string) =>
      new Set(taken.map((t) => t[key] as string | null).filter((v): v is string => v !== null));
    return {
      orders: new Map(orders.map((o) => [o.id, o])),
      backed: present('orderId'),
      invoices: present('invoice'),
      ids: present('id'),
    };
  },
  decide(state, { payload }) {
    if (state.ids.has(payload.receivableId))
      return fail('CONFLICT', `receivable id ${payload.receivableId} is already in use`);
    if (state.backed.has(payload.orderId))
      return fail(
        'CONFLICT',
        'this order already backs a receivable; one order backs at most one',
        'orderId',
      );
    if (
      payload.invoiceNumber &&
      state.invoices.has(`${payload.creditorId}/${payload.invoiceNumber}`)
    )
      return fail(
        'CONFLICT',
        `invoice ${payload.invoiceNumber} already backs a receivable`,
        'invoiceNumber',
      );
    return checkReceivableRegistration(payload, state.orders.get(payload.orderId));
  },
  evolve(state, { payload }) {
    state.ids.add(payload.receivableId);
    state.backed.add(payload.orderId);
    if (payload.invoiceNumber) state.invoices.add(`${payload.creditorId}/${payload.invoiceNumber}`);
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.creditorId}) MATCH (d:Company {id: r.debtorId}) MATCH (o:PurchaseOrder {id: r.orderId})
       CREATE (c)-[:HOLDS]->(rec:Receivable {id: r.receivableId, rootId: r.receivableId, orderId: r.orderId,
         invoiceNumber: r.invoiceNumber, creditorId: r.creditorId, debtorId: r.debtorId, holderId: r.creditorId,
         amountFen: toInteger(r.amountFen), currency: r.currency, issuedOn: date(r.issuedOn), dueDate: date(r.dueDate),
         status: 'REGISTERED', longTenor: r.longTenor, registeredAt: datetime(r.at)})-[:OWED_BY]->(d)
       CREATE (rec)-[:ARISES_FROM]->(o)`,
      {
        rows: accepted.map((e) => {
          const tenor = tenorOf(e.payload.issuedOn, e.payload.dueDate);
          return {
            invoiceNumber: null,
            ...e.payload,
            longTenor: tenor.ok && tenor.value === 'LONG',
            at: e.occurredAt,
          };
        }),
      },
    );
  },
};

type Answer = {
  rootId: string;
  receivableId: string;
  debtorId: string;
  on: string;
  reason?: string;
};

const answered = (type: 'ReceivableConfirmed' | 'ReceivableDisputed'): Handler<Answer, Ledger> => {
  const rule = type === 'ReceivableConfirmed' ? confirmReceivable : disputeReceivable;
  const status = type === 'ReceivableConfirmed' ? 'CONFIRMED' : 'DISPUTED';
  return {
    type,
    load: (tx, events) =>
      loadLedger(
        tx,
        events.map((e) => e.payload.rootId),
      ),
    decide(ledger, { payload }) {
      const entry = entryOf(ledger, payload.rootId, payload.receivableId);
      return entry ? rule(entry, payload.debtorId) : NOT_FOUND(payload.receivableId);
    },
    evolve(ledger, { payload }) {
      ledger.receivables.get(payload.receivableId)!.status = status;
      return ledger;
    },
    async write(tx, accepted) {
      await tx.run(
        `UNWIND $rows AS r MATCH (rec:Receivable {id: r.receivableId})
         SET rec.status = $status, rec.answeredOn = date(r.on), rec.disputeReason = r.reason`,
        { status, rows: accepted.map((e) => ({ reason: null, ...e.payload })) },
      );
    },
  };
};

export const receivableConfirmed = answered('ReceivableConfirmed');
export const receivableDisputed = answered('ReceivableDisputed');

interface Split {
  rootId: string;
  receivableId: string;
  holderId: string;
  parts: { receivableId: string; amountFen: number }[];
  on: string;
}

export const receivableSplit: Handler<Split, Ledger & { usedIds: Set<string> }> = {
  type: 'ReceivableSplit',
  async load(tx, events) {
    const ledger = await loadLedger(
      tx,
      events.map((e) => e.payload.rootId),
    );
    const used = await rows(
      tx,
      'UNWIND $ids AS id MATCH (r:Receivable {id: id}) RETURN r.id AS id',
      {
        ids: events.flatMap((e) => e.payload.parts.map((p) => p.receivableId)),
      },
    );
    return { ...ledger, usedIds: setOf(used, 'id') };
  },
  decide(state, { payload }) {
    const entry = entryOf(state, payload.rootId, payload.receivableId);
    if (!entry) return NOT_FOUND(payload.receivableId);
    const ids = payload.parts.map((p) => p.receivableId);
    if (new Set(ids).size !== ids.length || ids.some((id) => state.usedIds.has(id)))
      return fail('CONFLICT', 'part ids must be new and distinct');
    return splitReceivable(
      entry,
      payload.parts.map((p) => p.amountFen),
      payload.holderId,
      payload.on,
    );
  },
  evolve(state, { payload }) {
    const parent = state.receivables.get(payload.receivableId)!;
    parent.status = 'SPLIT';
    for (const part of payload.parts) {
      state.usedIds.add(part.receivableId);
      state.receivables.set(part.receivableId, {
        ...parent,
        id: part.receivableId,
        status: 'CONFIRMED',
        amountFen: part.amountFen,
        parentId: parent.id,
        activePledgeId: null,
      });
    }
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (parent:Receivable {id: r.receivableId}) MATCH (h:Company {id: r.holderId}) MATCH (d:Company {id: parent.debtorId})
       SET parent.status = 'SPLIT', parent.splitOn = date(r.on)
       WITH parent, h, d, r
       MATCH (h)-[held:HOLDS]->(parent) DELETE held
       WITH parent, h, d, r
       UNWIND range(0, size(r.parts) - 1) AS i
       WITH parent, h, d, r, i, r.parts[i] AS part
       CREATE (h)-[:HOLDS]->(p:Receivable {id: part.receivableId, rootId: parent.rootId, parentId: parent.id, position: i,
         debtorId: parent.debtorId, holderId: r.holderId, amountFen: toInteger(part.amountFen), currency: parent.currency,
         issuedOn: parent.issuedOn, dueDate: parent.dueDate, status: 'CONFIRMED', longTenor: parent.longTenor,
         registeredAt: datetime(r.at)})-[:SPLIT_FROM]->(parent)
       CREATE (p)-[:OWED_BY]->(d)`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

interface Transferred {
  rootId: string;
  receivableId: string;
  fromId: string;
  toId: string;
  on: string;
}

export const receivableTransferred: Handler<Transferred, Ledger & { supplies: Set<string> }> = {
  type: 'ReceivableTransferred',
  async load(tx, events) {
    const ledger = await loadLedger(
      tx,
      events.map((e) => e.payload.rootId),
    );
    // A part passes to the holder's own supplier: a link the supplier confirmed (finding 6).
    const links = await rows<{ pair: string; facts: TradeFacts }>(
      tx,
      `UNWIND $pairs AS p MATCH (to:Company {id: p.toId})-[l:SUPPLIES]->(:Company {id: p.fromId})
       RETURN p.toId + '>' + p.fromId AS pair,
              { supplierKind: to.kind, link: CASE WHEN l.confirmed THEN 'CONFIRMED' ELSE 'PENDING' END, sameChain: false } AS facts`,
      { pairs: events.map((e) => ({ fromId: e.payload.fromId, toId: e.payload.toId })) },
    );
    return {
      ...ledger,
      supplies: new Set(links.filter((l) => mayTrade(l.facts).ok).map((l) => l.pair)),
    };
  },
  decide(state, { payload }) {
    const entry = entryOf(state, payload.rootId, payload.receivableId);
    if (!entry) return NOT_FOUND(payload.receivableId);
    return transferReceivable(
      entry,
      payload.toId,
      payload.fromId,
      payload.on,
      state.supplies.has(`${payload.toId}>${payload.fromId}`),
    );
  },
  evolve(state, { payload }) {
    state.receivables.get(payload.receivableId)!.holderId = payload.toId;
    return state;
  },
  async write(tx, accepted) {
    // One event at a time: a part passed twice in one batch must move holder in order.
    for (const { payload, occurredAt } of accepted) {
      await tx.run(
        `MATCH (r:Receivable {id: $receivableId}) MATCH (to:Company {id: $toId})
         MATCH (:Company {id: $fromId})-[held:HOLDS]->(r)
         DELETE held
         CREATE (to)-[:HOLDS]->(r)
         CREATE (r)-[:TRANSFERRED {fromId: $fromId, toId: $toId, on: date($on), at: datetime($at)}]->(to)
         SET r.holderId = $toId`,
        { ...payload, at: occurredAt },
      );
    }
  },
};

interface Settled {
  rootId: string;
  debtorId: string;
  on: string;
}

export const receivableSettled: Handler<Settled, Ledger & { payments: Map<string, Payment[]> }> = {
  type: 'ReceivableSettled',
  async load(tx, events) {
    return {
      ...(await loadLedger(
        tx,
        events.map((e) => e.payload.rootId),
      )),
      payments: new Map(),
    };
  },
  decide(state, { payload }) {
    const root = entryOf(state, payload.rootId, payload.rootId);
    if (!root) return NOT_FOUND(payload.rootId);
    const leaves = leavesOf(state, payload.rootId).map((leaf) => {
      const pledge = leaf.activePledgeId ? state.pledges.get(leaf.activePledgeId) : undefined;
      return { ...leaf, financedBy: pledge?.status === 'DISBURSED' ? pledge.bankId : null };
    });
    const settled = settleReceivable(root, leaves, payload.debtorId);
    if (settled.ok) state.payments.set(payload.rootId, settled.value);
    return settled;
  },
  evolve(state, { payload }) {
    for (const r of state.receivables.values()) {
      if (r.rootId !== payload.rootId) continue;
      if (r.status !== 'SPLIT') r.status = 'SETTLED';
      r.activePledgeId = null;
    }
    const root = state.receivables.get(payload.rootId)!;
    root.status = 'SETTLED';
    return state;
  },
  async write(tx, accepted, state) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (rec:Receivable {rootId: r.rootId})
       SET rec.status = CASE WHEN rec.status = 'SPLIT' AND rec.id <> r.rootId THEN 'SPLIT' ELSE 'SETTLED' END,
           rec.settledOn = date(r.on), rec.activePledgeId = null
       WITH r, rec
       OPTIONAL MATCH (claim:PledgeClaim {receivableId: rec.id}) DELETE claim
       WITH DISTINCT r
       MATCH (p:Pledge {rootId: r.rootId}) WHERE p.status IN ['REQUESTED', 'APPROVED', 'DISBURSED']
       SET p.status = CASE WHEN p.status = 'DISBURSED' THEN 'REPAID' ELSE 'RELEASED' END,
           p.closedOn = date(r.on), p.closedBy = 'settlement'`,
      { rows: accepted.map((e) => e.payload) },
    );
    await tx.run(
      `UNWIND $payments AS pay
       MATCH (r:Receivable {id: pay.receivableId}) MATCH (payee:Company {id: pay.payeeId})
       CREATE (r)-[:PAID]->(:Payment {receivableId: pay.receivableId, rootId: pay.rootId, payeeId: pay.payeeId,
         amountFen: toInteger(pay.amountFen), pledgeId: pay.pledgeId, on: date(pay.on)})-[:TO]->(payee)`,
      {
        payments: accepted.flatMap(({ payload }) =>
          (state.payments.get(payload.rootId) ?? []).map((p) => ({
            ...p,
            rootId: payload.rootId,
            on: payload.on,
          })),
        ),
      },
    );
  },
};
