/** Stock positions per company, product and warehouse. */
import { fail, ok } from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordActivity } from './activity';
import type { Handler } from './handler';
import { lastCauseBy, revaluateLoans } from './revaluation';
import { rows, setOf } from './rows';

interface StockReported {
  companyId: string;
  mode: 'UPDATE' | 'SNAPSHOT';
  reportedAt: string;
  positions: { sku: string; productName: string; warehouse: string; quantity: number }[];
}

const positionId = (companyId: string, warehouse: string, sku: string) =>
  `${companyId}/${warehouse}/${sku}`;

export const stockReported: Handler<StockReported, Set<string>> = {
  type: 'StockReported',
  async load(tx, events) {
    return setOf(
      await rows(tx, 'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id', {
        ids: [...new Set(events.map((e) => e.payload.companyId))],
      }),
      'id',
    );
  },
  decide: (companies, { payload }) =>
    companies.has(payload.companyId)
      ? ok(payload)
      : fail('NOT_FOUND', `company ${payload.companyId} does not exist`, 'companyId'),
  evolve: (state) => state,
  async write(tx, accepted) {
    // In order: a snapshot first zeroes the company's other positions in its warehouses, so the
    // positions of the events before it are written first; those between snapshots go in one UNWIND.
    let pending: StockRow[] = [];
    for (const { payload, occurredAt } of accepted) {
      if (payload.mode === 'SNAPSHOT') {
        await writePositions(tx, pending);
        pending = [];
        await tx.run(
          `MATCH (:Company {id: $companyId})-[:HOLDS]->(sp:StockPosition)
           WHERE sp.warehouse IN $warehouses AND NOT sp.id IN $ids
           SET sp.quantity = 0, sp.updatedAt = datetime($at)`,
          {
            companyId: payload.companyId,
            warehouses: [...new Set(payload.positions.map((p) => p.warehouse))],
            ids: payload.positions.map((p) => positionId(payload.companyId, p.warehouse, p.sku)),
            at: payload.reportedAt,
          },
        );
      }
      const at = payload.reportedAt ?? occurredAt;
      for (const p of payload.positions)
        pending.push({
          ...p,
          companyId: payload.companyId,
          id: positionId(payload.companyId, p.warehouse, p.sku),
          at,
        });
    }
    await writePositions(tx, pending);
    await recordActivity(
      tx,
      'STOCK',
      accepted.map((event) => ({ event, companyId: event.payload.companyId })),
    );
    // Stock under pledge moved: revalue the borrowers' active inventory loans now.
    await revaluateLoans(
      tx,
      { borrowerIds: [...new Set(accepted.map((e) => e.payload.companyId))] },
      lastCauseBy(
        accepted,
        (e) => e.payload.companyId,
        (loan) => [loan.borrowerId],
      ),
    );
  },
};

type StockRow = StockReported['positions'][number] & { companyId: string; id: string; at: string };

/** Positions in the order given (a later row for the same position wins). */
async function writePositions(tx: ManagedTransaction, positions: StockRow[]) {
  if (positions.length === 0) return;
  await tx.run(
    `UNWIND $positions AS p
     MATCH (c:Company {id: p.companyId})
     MERGE (sp:StockPosition {id: p.id})
       ON CREATE SET sp.companyId = p.companyId, sp.sku = p.sku, sp.warehouse = p.warehouse
     SET sp.quantity = toInteger(p.quantity), sp.updatedAt = datetime(p.at)
     MERGE (c)-[:HOLDS]->(sp)
     MERGE (prod:Product {sku: p.sku}) ON CREATE SET prod.name = p.productName
     MERGE (sp)-[:OF]->(prod)
     MERGE (w:Warehouse {id: p.companyId + '/' + p.warehouse}) ON CREATE SET w.code = p.warehouse, w.ownerId = p.companyId
     MERGE (sp)-[:STORED_AT]->(w)`,
    { positions },
  );
}
