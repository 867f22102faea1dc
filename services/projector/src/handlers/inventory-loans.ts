/** Inventory loans: requested by the borrower, goods confirmed by the operator, approved and repaid by the bank; goods released; market prices. */
import {
  checkLoanRequest,
  checkPrincipal,
  checkRelease,
  checkTerms,
  collateralValueFen,
  fail,
  loanStatusAfter,
  ok,
  transitionLoan,
  type LoanAction,
  type LoanStatus,
  type LoanTerms,
  type PledgedItem,
  type EventEnvelope,
  type Result,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { lastCauseBy, revaluateLoans } from './revaluation';
import { rows } from './rows';

interface Requested {
  loanId: string;
  borrowerId: string;
  bankId: string;
  operatorId: string;
  warehouse: string;
  items: PledgedItem[];
  principalFen: number;
  currency: string;
  terms: LoanTerms;
  on: string;
}

export const inventoryLoanRequested: Handler<
  Requested,
  { kinds: Map<string, string>; ids: Set<string> }
> = {
  type: 'InventoryLoanRequested',
  async load(tx, events) {
    const companies = await rows<{ id: string; kind: string }>(
      tx,
      'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id, c.kind AS kind',
      {
        ids: [
          ...new Set(
            events.flatMap((e) => [e.payload.borrowerId, e.payload.bankId, e.payload.operatorId]),
          ),
        ],
      },
    );
    const taken = await rows<{ id: string }>(
      tx,
      'UNWIND $ids AS id MATCH (l:InventoryLoan {id: id}) RETURN l.id AS id',
      {
        ids: events.map((e) => e.payload.loanId),
      },
    );
    return {
      kinds: new Map(companies.map((c) => [c.id, c.kind])),
      ids: new Set(taken.map((t) => t.id)),
    };
  },
  decide(state, { payload }) {
    if (state.ids.has(payload.loanId))
      return fail('CONFLICT', `loan id ${payload.loanId} is already in use`);
    if (state.kinds.get(payload.bankId) !== 'BANK')
      return fail('BAD_USER_INPUT', 'the lender must be a bank on the platform', 'bankId');
    if (state.kinds.get(payload.operatorId) !== 'WAREHOUSE_OPERATOR')
      return fail(
        'BAD_USER_INPUT',
        'the goods must be held by a third-party warehouse operator (监管方) on the platform',
        'operatorId',
      );
    if (!state.kinds.has(payload.borrowerId))
      return fail('NOT_FOUND', `company ${payload.borrowerId} does not exist`);
    const request = checkLoanRequest(payload.items, payload.principalFen);
    if (!request.ok) return request;
    return checkTerms(payload.terms);
  },
  evolve(state, { payload }) {
    state.ids.add(payload.loanId);
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (b:Company {id: r.borrowerId}) MATCH (bank:Company {id: r.bankId}) MATCH (op:Company {id: r.operatorId})
       CREATE (b)-[:BORROWS]->(l:InventoryLoan {id: r.loanId, borrowerId: r.borrowerId, bankId: r.bankId, operatorId: r.operatorId,
         warehouse: r.warehouse, principalFen: toInteger(r.principalFen), currency: r.currency, status: 'REQUESTED',
         pledgeRateBp: toInteger(r.terms.pledgeRateBp), controlLineFen: toInteger(r.terms.controlLineFen),
         marginCallLtvBp: toInteger(r.terms.marginCallLtvBp), liquidationLtvBp: toInteger(r.terms.liquidationLtvBp),
         level: 'NONE', requestedOn: date(r.on), requestedAt: datetime(r.at)})
       CREATE (bank)-[:LENDS]->(l)
       CREATE (op)-[:SUPERVISES]->(l)
       WITH l, r UNWIND r.items AS i
       CREATE (l)-[:PLEDGES]->(:PledgedGoods {loanId: r.loanId, sku: i.sku, quantity: toInteger(i.quantity), unitCostFen: toInteger(i.unitCostFen)})`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

export interface LoanFacts {
  id: string;
  status: LoanStatus;
  borrowerId: string;
  bankId: string;
  operatorId: string;
  warehouse: string;
  currency: string;
  principalFen: number;
  terms: LoanTerms;
  items: PledgedItem[];
  stock: Record<string, number>;
  prices: Record<string, number>;
}

export async function loadLoans(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, LoanFacts>> {
  const found = await rows<LoanFacts>(
    tx,
    `UNWIND $ids AS id MATCH (l:InventoryLoan {id: id})
     CALL (l) {
       MATCH (l)-[:PLEDGES]->(g:PledgedGoods)
       OPTIONAL MATCH (sp:StockPosition {id: l.borrowerId + '/' + l.warehouse + '/' + g.sku})
       OPTIONAL MATCH (p:Price {sku: g.sku, currency: l.currency})
       RETURN collect(g { .sku, .quantity, .unitCostFen }) AS items,
              collect([g.sku, coalesce(sp.quantity, 0)]) AS stock, collect([g.sku, p.priceFen]) AS prices
     }
     RETURN l.id AS id, l.status AS status, l.borrowerId AS borrowerId, l.bankId AS bankId, l.operatorId AS operatorId,
            l.warehouse AS warehouse, l.currency AS currency, l.principalFen AS principalFen,
            { pledgeRateBp: l.pledgeRateBp, controlLineFen: l.controlLineFen, marginCallLtvBp: l.marginCallLtvBp,
              liquidationLtvBp: l.liquidationLtvBp } AS terms,
            items, stock, prices`,
    { ids: [...new Set(ids)] },
  );
  return new Map(
    found.map((l) => {
      const pairs = (list: unknown): Record<string, number> =>
        Object.fromEntries(
          (list as [string, number | null][]).filter((p): p is [string, number] => p[1] !== null),
        );
      return [l.id, { ...l, stock: pairs(l.stock), prices: pairs(l.prices) }];
    }),
  );
}

/** The loan an event names, when it belongs to the borrower the event is keyed by. */
export function loanOf(
  loans: Map<string, LoanFacts>,
  payload: { loanId: string; borrowerId: string },
): Result<LoanFacts> {
  const loan = loans.get(payload.loanId);
  return loan && loan.borrowerId === payload.borrowerId
    ? ok(loan)
    : fail('NOT_FOUND', `loan ${payload.loanId} does not exist`, 'loanId');
}

export const valueOf = (loan: LoanFacts, items = loan.items) =>
  collateralValueFen(
    items,
    new Map(Object.entries(loan.stock)),
    new Map(Object.entries(loan.prices)),
  );

interface ActedOn {
  loanId: string;
  borrowerId: string;
  action: LoanAction;
  actorCompanyId: string;
  on: string;
}

export const inventoryLoanActedOn: Handler<ActedOn, Map<string, LoanFacts>> = {
  type: 'InventoryLoanActedOn',
  load: (tx, events) =>
    loadLoans(
      tx,
      events.map((e) => e.payload.loanId),
    ),
  decide(loans, { payload }) {
    const found = loanOf(loans, payload);
    if (!found.ok) return found;
    const loan = found.value;
    const next = transitionLoan(loan, payload.action, payload.actorCompanyId);
    if (!next.ok) return next;
    if (payload.action === 'confirmGoods') {
      // The operator confirms the goods are there: every pledged quantity in stock at the warehouse.
      const short = loan.items.find((i) => (loan.stock[i.sku] ?? 0) < i.quantity);
      if (short)
        return fail(
          'CONFLICT',
          `the warehouse holds ${loan.stock[short.sku] ?? 0} of ${short.sku}, less than the ${short.quantity} pledged`,
          'loanId',
        );
    }
    if (payload.action === 'approve')
      return checkPrincipal(loan.principalFen, valueOf(loan), loan.terms.pledgeRateBp);
    return next;
  },
  evolve(loans, { payload }) {
    loans.get(payload.loanId)!.status = loanStatusAfter(payload.action);
    return loans;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (l:InventoryLoan {id: r.loanId})
       SET l.status = r.status, l.updatedAt = datetime(r.at),
           l.goodsConfirmedOn = CASE WHEN r.action = 'confirmGoods' THEN date(r.on) ELSE l.goodsConfirmedOn END,
           l.approvedOn = CASE WHEN r.action = 'approve' THEN date(r.on) ELSE l.approvedOn END,
           l.closedOn = CASE WHEN r.status IN ['REPAID', 'CLOSED'] THEN date(r.on) ELSE l.closedOn END`,
      {
        rows: accepted.map((e) => ({
          ...e.payload,
          status: loanStatusAfter(e.payload.action),
          at: e.occurredAt,
        })),
      },
    );
    const approved = accepted.filter((e) => e.payload.action === 'approve');
    if (approved.length > 0)
      await revaluateLoans(
        tx,
        { loanIds: approved.map((e) => e.payload.loanId) },
        lastCauseBy(
          approved,
          (e) => e.payload.loanId,
          (loan) => [loan.id],
        ),
      );
  },
};

export interface Released {
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  actorCompanyId: string;
  on: string;
}

export const goodsReleased: Handler<Released, Map<string, LoanFacts>> = {
  type: 'GoodsReleased',
  load: (tx, events) =>
    loadLoans(
      tx,
      events.map((e) => e.payload.loanId),
    ),
  decide(loans, { payload }) {
    const found = loanOf(loans, payload);
    if (!found.ok) return found;
    const loan = found.value;
    const actor =
      payload.actorCompanyId === loan.bankId
        ? 'BANK'
        : payload.actorCompanyId === loan.operatorId
          ? 'OPERATOR'
          : null;
    if (!actor)
      return fail(
        'FORBIDDEN',
        'only the bank or the warehouse operator releases pledged goods',
        'loanId',
      );
    if (loan.status !== 'ACTIVE')
      return fail(
        'CONFLICT',
        `the loan is ${loan.status}; goods are under pledge only while it is ACTIVE`,
        'loanId',
      );
    const item = loan.items.find((i) => i.sku === payload.sku);
    if (!item)
      return fail('BAD_USER_INPUT', `${payload.sku} is not pledged under this loan`, 'sku');
    if (payload.quantity > item.quantity)
      return fail(
        'BAD_USER_INPUT',
        `only ${item.quantity} of ${payload.sku} are under pledge`,
        'quantity',
      );
    const after = loan.items.map((i) =>
      i.sku === payload.sku ? { ...i, quantity: i.quantity - payload.quantity } : i,
    );
    return checkRelease(actor, loan.principalFen, valueOf(loan, after), loan.terms);
  },
  evolve(loans, { payload }) {
    const item = loans.get(payload.loanId)!.items.find((i) => i.sku === payload.sku)!;
    item.quantity -= payload.quantity;
    return loans;
  },
  write: (tx, accepted) => writeReleases(tx, accepted),
};

/**
 * Goods leave the pledge (a direct release, or an executed release request naming `requestId`):
 * the pledged quantity falls, a Release records it, and the loans are revalued in the same transaction.
 */
export async function writeReleases(
  tx: ManagedTransaction,
  releases: EventEnvelope<string, Released & { requestId?: string }>[],
): Promise<void> {
  for (const { payload, occurredAt } of releases) {
    await tx.run(
      `MATCH (:InventoryLoan {id: $loanId})-[:PLEDGES]->(g:PledgedGoods {sku: $sku})
       SET g.quantity = g.quantity - toInteger($quantity)
       CREATE (g)-[:RELEASED]->(:Release {quantity: toInteger($quantity), by: $actorCompanyId, on: date($on), at: datetime($at),
         requestId: $requestId})`,
      { ...payload, requestId: payload.requestId ?? null, at: occurredAt },
    );
  }
  await revaluateLoans(
    tx,
    { loanIds: releases.map((e) => e.payload.loanId) },
    lastCauseBy(
      releases,
      (e) => e.payload.loanId,
      (loan) => [loan.id],
    ),
  );
}

interface PriceReported {
  sku: string;
  priceFen: number;
  currency: string;
  reporterId: string;
  reportedAt: string;
}

export const priceReported: Handler<PriceReported, Set<string>> = {
  type: 'PriceReported',
  async load(tx, events) {
    const found = await rows<{ id: string }>(
      tx,
      "UNWIND $ids AS id MATCH (c:Company {id: id}) WHERE c.kind IN ['BANK', 'PLATFORM_OPERATOR'] RETURN c.id AS id",
      { ids: [...new Set(events.map((e) => e.payload.reporterId))] },
    );
    return new Set(found.map((f) => f.id));
  },
  decide: (reporters, { payload }) =>
    reporters.has(payload.reporterId)
      ? ok(payload)
      : fail('FORBIDDEN', 'prices come from banks or the platform operator', 'reporterId'),
  evolve: (state) => state,
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MERGE (p:Price {sku: r.sku, currency: r.currency})
       SET p.priceFen = toInteger(r.priceFen), p.reportedAt = datetime(r.reportedAt), p.reporterId = r.reporterId`,
      { rows: accepted.map((e) => e.payload) },
    );
    await revaluateLoans(
      tx,
      { skus: [...new Set(accepted.map((e) => e.payload.sku))] },
      lastCauseBy(
        accepted,
        (e) => e.payload.sku,
        (loan) => loan.skus,
      ),
    );
  },
};
