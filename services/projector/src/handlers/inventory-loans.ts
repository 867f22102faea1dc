/**
 * Inventory loans (rules: `@chainlift/domain` inventory-finance): requested by the borrower, goods
 * confirmed by the operator, approved and repaid by the bank; goods released. Load and write only.
 */
import {
  actOnInventoryLoan,
  loanStatusAfter,
  releaseGoods,
  requestInventoryLoan,
  type EventEnvelope,
  type GoodsReleased,
  type InventoryLoanActedOn,
  type InventoryLoanFacts,
  type InventoryLoanRequested,
  type InventoryLoans,
  type RequestInventoryLoanState,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { COLLATERAL_FACTS, lastCauseBy, revaluateLoans } from './revaluation';
import { rows } from './rows';

export const inventoryLoanRequested: Handler<InventoryLoanRequested, RequestInventoryLoanState> = {
  type: 'InventoryLoanRequested',
  async load(tx, events) {
    const kinds = await companyKinds(
      tx,
      events.flatMap((e) => [e.payload.borrowerId, e.payload.bankId, e.payload.operatorId]),
    );
    const taken = await rows<{ id: string }>(
      tx,
      'UNWIND $ids AS id MATCH (l:InventoryLoan {id: id}) RETURN l.id AS id',
      { ids: events.map((e) => e.payload.loanId) },
    );
    return { kinds, loanIds: new Set(taken.map((t) => t.id)) };
  },
  decide: (state, { payload }) => requestInventoryLoan.decide(state, payload),
  evolve: (state, { payload }) => requestInventoryLoan.evolve(state, payload),
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

/** The loans these ids name, with what values their collateral (the operator's receipts, the lender's prices). */
export async function loadLoans(tx: ManagedTransaction, ids: string[]): Promise<InventoryLoans> {
  const found = await rows<
    Omit<InventoryLoanFacts, 'held' | 'prices'> & { held: unknown; prices: unknown }
  >(
    tx,
    `UNWIND $ids AS id MATCH (l:InventoryLoan {id: id})
     CALL (l) {
       MATCH (l)-[:PLEDGES]->(g:PledgedGoods)
       ${COLLATERAL_FACTS}
       RETURN collect(g { .sku, .quantity, .unitCostFen }) AS items,
              collect([g.sku, coalesce(held.quantity, 0)]) AS held, collect([g.sku, price.priceFen]) AS prices
     }
     RETURN l.id AS id, l.status AS status, l.borrowerId AS borrowerId, l.bankId AS bankId, l.operatorId AS operatorId,
            l.warehouse AS warehouse, l.currency AS currency, l.principalFen AS principalFen,
            { pledgeRateBp: l.pledgeRateBp, controlLineFen: l.controlLineFen, marginCallLtvBp: l.marginCallLtvBp,
              liquidationLtvBp: l.liquidationLtvBp } AS terms,
            items, held, prices`,
    { ids: [...new Set(ids)] },
  );
  const pairs = (list: unknown): Record<string, number> =>
    Object.fromEntries(
      (list as [string, number | null][]).filter((p): p is [string, number] => p[1] !== null),
    );
  return new Map(found.map((l) => [l.id, { ...l, held: pairs(l.held), prices: pairs(l.prices) }]));
}

const loadNamedLoans = (
  tx: ManagedTransaction,
  events: EventEnvelope<string, { loanId: string }>[],
) =>
  loadLoans(
    tx,
    events.map((e) => e.payload.loanId),
  );

export const inventoryLoanActedOn: Handler<InventoryLoanActedOn, InventoryLoans> = {
  type: 'InventoryLoanActedOn',
  load: loadNamedLoans,
  decide: (loans, { payload }) => actOnInventoryLoan.decide(loans, payload),
  evolve: (loans, { payload }) => actOnInventoryLoan.evolve(loans, payload),
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

export const goodsReleased: Handler<GoodsReleased, InventoryLoans> = {
  type: 'GoodsReleased',
  load: loadNamedLoans,
  decide: (loans, { payload }) => releaseGoods.decide(loans, payload),
  evolve: (loans, { payload }) => releaseGoods.evolve(loans, payload),
  write: (tx, accepted) => writeReleases(tx, accepted),
};

/**
 * Goods leave the pledge (a direct release, or an executed release request naming `requestId`):
 * the pledged quantity falls, a Release records it, and the loans are revalued in the same transaction.
 */
export async function writeReleases(
  tx: ManagedTransaction,
  releases: EventEnvelope<string, GoodsReleased & { requestId?: string }>[],
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
