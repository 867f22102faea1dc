/**
 * Warehouse receipts (仓单; rule: `issueWarehouseReceipt` in `@chainlift/domain`): the operator's
 * latest receipt for a holder, warehouse and product is what it holds; the holder's inventory loans
 * supervised by that operator are revalued in the same transaction. Load and write only.
 */
import {
  holdingId,
  issueWarehouseReceipt,
  type IssueWarehouseReceiptState,
  type WarehouseReceiptIssued,
} from '@chainlift/domain';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { lastCauseBy, revaluateLoans } from './revaluation';

export const warehouseReceiptIssued: Handler<WarehouseReceiptIssued, IssueWarehouseReceiptState> = {
  type: 'WarehouseReceiptIssued',
  load: async (tx, events) => ({
    kinds: await companyKinds(
      tx,
      events.flatMap((e) => [e.payload.operatorId, e.payload.holderId]),
    ),
  }),
  decide: (state, { payload }) => issueWarehouseReceipt.decide(state, payload),
  evolve: (state, { payload }) => issueWarehouseReceipt.evolve(state, payload),
  async write(tx, accepted) {
    // In order: a later receipt for the same holding replaces an earlier one of the run.
    await tx.run(
      `UNWIND $rows AS r
         MATCH (op:Company {id: r.operatorId}) MATCH (holder:Company {id: r.holderId})
         MERGE (w:WarehouseReceipt {id: r.id})
           ON CREATE SET w.operatorId = r.operatorId, w.holderId = r.holderId, w.warehouse = r.warehouse, w.sku = r.sku
         SET w.quantity = toInteger(r.quantity), w.receiptId = r.receiptId, w.issuedAt = datetime(r.issuedAt)
         MERGE (op)-[:ISSUED]->(w)
         MERGE (w)-[:HELD_FOR]->(holder)`,
      { rows: accepted.map((e) => ({ ...e.payload, id: holdingId(e.payload) })) },
    );
    await revaluateLoans(
      tx,
      { borrowerIds: [...new Set(accepted.map((e) => e.payload.holderId))] },
      lastCauseBy(
        accepted,
        (e) => e.payload.holderId,
        (loan) => [loan.borrowerId],
      ),
    );
  },
};
