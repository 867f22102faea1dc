/**
 * Stock positions per company, product and warehouse (rule: `acceptStockReport` in
 * `@chainlift/domain`). A company's own stock report values no collateral: loans are valued from
 * the warehouse operator's receipts (warehouse-receipts.ts). Load and write only.
 */
import { acceptStockReport, type StockReportState } from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordActivity } from './activity';
import type { Handler } from './handler';
import { companyKinds } from './kinds';

interface StockReported {
  companyId: string;
  mode: 'UPDATE' | 'SNAPSHOT';
  reportedAt: string;
  positions: { sku: string; productName: string; warehouse: string; quantity: number }[];
}

const positionId = (companyId: string, warehouse: string, sku: string) =>
  `${companyId}/${warehouse}/${sku}`;

export const stockReported: Handler<StockReported, StockReportState> = {
  type: 'StockReported',
  load: async (tx, events) => ({
    kinds: await companyKinds(
      tx,
      events.map((e) => e.payload.companyId),
    ),
  }),
  decide: (state, { payload }) => acceptStockReport.decide(state, payload),
  evolve: (state, { payload }) => acceptStockReport.evolve(state, payload),
  async write(tx, accepted) {
    // Per company in order: a snapshot zeroes the company's other positions in its warehouses, so
    // what came before it is written first. Companies do not affect each other, so the run is
    // written in generations (a company's n-th snapshot starts its generation n): each generation's
    // resets in one statement, then its positions in one UNWIND.
    const snapshotsSoFar = new Map<string, number>();
    const generations: { resets: SnapshotReset[]; positions: StockRow[] }[] = [];
    const generation = (n: number) => (generations[n] ??= { resets: [], positions: [] });
    for (const { payload, occurredAt } of accepted) {
      let n = snapshotsSoFar.get(payload.companyId) ?? 0;
      if (payload.mode === 'SNAPSHOT') {
        snapshotsSoFar.set(payload.companyId, (n += 1));
        generation(n).resets.push({
          companyId: payload.companyId,
          warehouses: [...new Set(payload.positions.map((p) => p.warehouse))],
          ids: payload.positions.map((p) => positionId(payload.companyId, p.warehouse, p.sku)),
          at: payload.reportedAt,
        });
      }
      const at = payload.reportedAt ?? occurredAt;
      for (const p of payload.positions)
        generation(n).positions.push({
          ...p,
          companyId: payload.companyId,
          id: positionId(payload.companyId, p.warehouse, p.sku),
          at,
        });
    }
    for (const g of generations) {
      if (!g) continue;
      await resetForSnapshots(tx, g.resets);
      await writePositions(tx, g.positions);
    }
    await recordActivity(
      tx,
      'STOCK',
      accepted.map((event) => ({ event, companyId: event.payload.companyId })),
    );
  },
};

type StockRow = StockReported['positions'][number] & { companyId: string; id: string; at: string };

interface SnapshotReset {
  companyId: string;
  warehouses: string[];
  ids: string[];
  at: string;
}

/** Positions of the snapshots' companies in their warehouses that the snapshots do not list: now 0. */
async function resetForSnapshots(tx: ManagedTransaction, resets: SnapshotReset[]) {
  if (resets.length === 0) return;
  await tx.run(
    `UNWIND $resets AS r
     MATCH (:Company {id: r.companyId})-[:HOLDS]->(sp:StockPosition)
     WHERE sp.warehouse IN r.warehouses AND NOT sp.id IN r.ids
     SET sp.quantity = 0, sp.updatedAt = datetime(r.at)`,
    { resets },
  );
}

/**
 * Positions in the order given (a later row for the same position wins). A position keeps the name
 * its holder gave the product (a report that names none carries the SKU, and keeps the name given
 * before): the Product node is shared by every company that holds or orders the SKU, so it carries the SKU
 * alone (docs/security.md finding 20).
 */
async function writePositions(tx: ManagedTransaction, positions: StockRow[]) {
  if (positions.length === 0) return;
  await tx.run(
    `UNWIND $positions AS p
     MATCH (c:Company {id: p.companyId})
     MERGE (sp:StockPosition {id: p.id})
       ON CREATE SET sp.companyId = p.companyId, sp.sku = p.sku, sp.warehouse = p.warehouse
     SET sp.quantity = toInteger(p.quantity), sp.updatedAt = datetime(p.at),
         sp.productName = CASE WHEN p.productName = p.sku THEN coalesce(sp.productName, p.sku) ELSE p.productName END
     MERGE (c)-[:HOLDS]->(sp)
     MERGE (prod:Product {sku: p.sku})
     MERGE (sp)-[:OF]->(prod)
     MERGE (w:Warehouse {id: p.companyId + '/' + p.warehouse}) ON CREATE SET w.code = p.warehouse, w.ownerId = p.companyId
     MERGE (sp)-[:STORED_AT]->(w)`,
    { positions },
  );
}
