/** Stock positions per company, product and warehouse. */
import { fail, ok } from '@chainlift/domain';
import { recordActivity } from './activity';
import type { Handler } from './handler';
import { causeOf, revaluateLoans } from './revaluation';
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
    // Events are applied in order: each one's snapshot reset, then its positions.
    for (const { payload, occurredAt } of accepted) {
      if (payload.mode === 'SNAPSHOT') {
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
      await tx.run(
        `MATCH (c:Company {id: $companyId})
         UNWIND $positions AS p
         MERGE (sp:StockPosition {id: p.id})
           ON CREATE SET sp.companyId = $companyId, sp.sku = p.sku, sp.warehouse = p.warehouse
         SET sp.quantity = toInteger(p.quantity), sp.updatedAt = datetime($at)
         MERGE (c)-[:HOLDS]->(sp)
         MERGE (prod:Product {sku: p.sku}) ON CREATE SET prod.name = p.productName
         MERGE (sp)-[:OF]->(prod)
         MERGE (w:Warehouse {id: $companyId + '/' + p.warehouse}) ON CREATE SET w.code = p.warehouse, w.ownerId = $companyId
         MERGE (sp)-[:STORED_AT]->(w)`,
        {
          companyId: payload.companyId,
          at: payload.reportedAt ?? occurredAt,
          positions: payload.positions.map((p) => ({
            ...p,
            id: positionId(payload.companyId, p.warehouse, p.sku),
          })),
        },
      );
    }
    await recordActivity(
      tx,
      'STOCK',
      accepted.map((event) => ({ event, companyId: event.payload.companyId })),
    );
    // Stock under pledge moved: revalue the borrowers' active inventory loans now.
    await revaluateLoans(
      tx,
      { borrowerIds: [...new Set(accepted.map((e) => e.payload.companyId))] },
      causeOf(accepted),
    );
  },
};
