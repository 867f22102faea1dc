/** Stock positions and the open demand that the low-stock signal weighs them against. */
import { coveredProducts } from '@chainlift/domain';
import type { Read } from './graph';

export interface StockRow {
  companyId: string;
  sku: string;
  productName: string;
  warehouse: string;
  quantity: number;
  updatedAt: string;
}

/** A warehouse receipt: what an operator states it holds for a company at one of its warehouses. */
export interface ReceiptRow {
  id: string;
  operatorId: string;
  holderId: string;
  warehouse: string;
  sku: string;
  quantity: number;
  issuedAt: string;
}

const RECEIPT = `w { .id, .operatorId, .holderId, .warehouse, .sku, .quantity, issuedAt: toString(w.issuedAt) }`;

/** Lines a buyer bought from a supplier that the supplier accepted (confirmed or later): only its own acts count. */
const BOUGHT = `MATCH (o:PurchaseOrder {buyerId: $buyerId, supplierId: $supplierId})-[:HAS_LINE]->(line:OrderLine)
       WHERE o.status IN ['CONFIRMED', 'SHIPPED', 'DELIVERED', 'INVOICED']`;

/** The active, unexpired INVENTORY consents from owner to viewer. */
const CONSENTED = `MATCH (c:Consent {granteeId: $viewerId, scope: 'INVENTORY'})
       WHERE c.grantorId = $ownerId AND c.status = 'ACTIVE' AND (c.expiresAt IS NULL OR c.expiresAt > datetime())`;

/**
 * The consents (`consents`) and, only when there is one, the SKUs bought (`bought`) that decide what
 * a viewer may see of an owner's stock (`coveredProducts`): one statement; the parameters of CONSENTED and BOUGHT.
 */
const COVERAGE_PARTS = `CALL () { ${CONSENTED} RETURN collect(c { .products }) AS consents }
         CALL (consents) { WITH consents WHERE size(consents) > 0
           ${BOUGHT} RETURN collect(DISTINCT line.sku) AS bought }`;

/** The stock positions (`sp`) of the company whose id is `id` (a parameter or a variable), and the row each becomes (under the holder's own product name). */
const POSITIONS_OF = (id: string) => `MATCH (:Company {id: ${id}})-[:HOLDS]->(sp:StockPosition)`;
const POSITION_ROW_OF = (id: string) =>
  `sp { companyId: ${id}, .sku, .productName, .warehouse, .quantity, updatedAt: toString(sp.updatedAt) }`;
const POSITIONS = POSITIONS_OF('$companyId');
const POSITION_ROW = POSITION_ROW_OF('$companyId');

/** What a viewer may see of an owner's stock: which products (null: its own, everything) and those positions. */
export interface StockView {
  coverage: { products: string[]; followsOrders: boolean } | null;
  positions: StockRow[];
}

export function inventoryReads(read: Read) {
  /** SKUs a buyer gets from a supplier (BOUGHT): a viewer cannot widen what it sees by itself. */
  const boughtFrom = async (supplierId: string, buyerId: string): Promise<string[]> =>
    read<string>(`${BOUGHT} RETURN DISTINCT line.sku`, { supplierId, buyerId });

  /** Positions of a company; limited to the products (SKU or product name) in `onlyProducts` when given (`coveredBy` on rows already read). */
  const positions = (companyId: string, onlyProducts: string[] | null) =>
    read<StockRow>(
      `${POSITIONS}
       WHERE $only IS NULL OR sp.sku IN $only OR sp.productName IN $only
       RETURN ${POSITION_ROW}
       ORDER BY sp.sku, sp.warehouse`,
      { companyId, only: onlyProducts },
    );

  return {
    boughtFrom,
    /** What the viewer may see of the owner's stock (its own: everything, null). */
    async coverage(ownerId: string, viewerId: string) {
      if (ownerId === viewerId) return null;
      const [found] = await read<{ consents: { products: string[] | null }[]; bought: string[] }>(
        `${COVERAGE_PARTS} RETURN { consents: consents, bought: bought }`,
        { ownerId, viewerId, buyerId: viewerId, supplierId: ownerId },
      );
      return coveredProducts(found!.consents, found!.bought);
    },
    /** What the grantor supplies to the grantee now: its supply link's products and what it confirmed on orders. */
    async suppliedTo(grantorId: string, granteeId: string): Promise<string[]> {
      const [linked, bought] = await Promise.all([
        read<string[]>(
          `OPTIONAL MATCH (:Company {id: $grantorId})-[l:SUPPLIES]->(:Company {id: $granteeId})
           RETURN coalesce(l.products, [])`,
          { grantorId, granteeId },
        ),
        boughtFrom(grantorId, granteeId),
      ]);
      return [...(linked[0] ?? []), ...bought];
    },
    async receipt(id: string): Promise<ReceiptRow | undefined> {
      return (
        await read<ReceiptRow>(`MATCH (w:WarehouseReceipt {id: $id}) RETURN ${RECEIPT}`, { id })
      )[0];
    },
    /** Receipts a company issued (a warehouse operator) or holds. */
    receipts: (companyId: string) =>
      read<ReceiptRow>(
        `MATCH (w:WarehouseReceipt) WHERE w.operatorId = $companyId OR w.holderId = $companyId
         RETURN ${RECEIPT} ORDER BY w.holderId, w.warehouse, w.sku`,
        { companyId },
      ),
    positions,
    /** Every position of many companies in one read, by company (an empty list for one with none). */
    async positionsOf(companyIds: readonly string[]): Promise<Map<string, StockRow[]>> {
      const found = await read<{ companyId: string; rows: StockRow[] }>(
        `UNWIND $companyIds AS companyId
         CALL (companyId) {
           ${POSITIONS_OF('companyId')}
           WITH sp ORDER BY sp.sku, sp.warehouse
           RETURN collect(${POSITION_ROW_OF('companyId')}) AS rows
         }
         RETURN { companyId: companyId, rows: rows }`,
        { companyIds },
      );
      return new Map(found.map((f) => [f.companyId, f.rows]));
    },
    /**
     * `coverage` and the positions it lets the viewer see, in one read: the consents, what the
     * viewer bought and the owner's positions are read together; the products are decided by the
     * domain's rule (`coveredProducts`) and the positions cut to them (`coveredBy`) here.
     */
    async view(ownerId: string, viewerId: string): Promise<StockView> {
      if (ownerId === viewerId)
        return { coverage: null, positions: await positions(ownerId, null) };
      const [found] = await read<{
        consents: { products: string[] | null }[];
        bought: string[];
        rows: StockRow[];
      }>(
        // Without a consent nothing more is read: the read may start before the authorization
        // decision (requireAndRead), and a refused caller must cost no more than the decision.
        `${COVERAGE_PARTS}
         CALL (consents) { WITH consents WHERE size(consents) > 0
           ${POSITIONS} WITH sp ORDER BY sp.sku, sp.warehouse RETURN collect(${POSITION_ROW}) AS rows }
         RETURN { consents: consents, bought: bought, rows: rows }`,
        { ownerId, viewerId, buyerId: viewerId, supplierId: ownerId, companyId: ownerId },
      );
      const coverage = coveredProducts(found!.consents, found!.bought);
      return { coverage, positions: coveredBy(found!.rows, coverage.products) };
    },
    /** Quantities still to deliver on orders to this supplier that are placed or confirmed (of one buyer, when given). */
    openDemand(supplierId: string, buyerId: string | null) {
      return read<{ sku: string; quantity: number }>(
        `MATCH (o:PurchaseOrder {supplierId: $supplierId})-[:HAS_LINE]->(l:OrderLine)
         WHERE o.status IN ['PLACED', 'CONFIRMED'] AND ($buyerId IS NULL OR o.buyerId = $buyerId)
         RETURN l.sku AS sku, sum(l.quantity) AS quantity`,
        { supplierId, buyerId },
      );
    },
  };
}

/** The positions among `rows` that name a product (SKU or product name) in `only`; all when null — as `positions` filters. */
export const coveredBy = (rows: readonly StockRow[], only: readonly string[] | null): StockRow[] =>
  only === null
    ? [...rows]
    : rows.filter((r) => only.includes(r.sku) || only.includes(r.productName));

export type InventoryReads = ReturnType<typeof inventoryReads>;
