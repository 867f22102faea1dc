/** Stock positions and the open demand that the low-stock signal weighs them against. */
import type { Read } from './graph';

export interface StockRow {
  companyId: string;
  sku: string;
  productName: string;
  warehouse: string;
  quantity: number;
  updatedAt: string;
}

export function inventoryReads(read: Read) {
  /** SKUs (and product names) a buyer gets from a supplier: declared on the link or ordered. */
  const boughtFrom = async (supplierId: string, buyerId: string): Promise<string[]> =>
    (
      await read<string[]>(
        `OPTIONAL MATCH (:Company {id: $supplierId})-[l:SUPPLIES]->(:Company {id: $buyerId})
         WITH coalesce(l.products, []) AS declared
         OPTIONAL MATCH (o:PurchaseOrder {buyerId: $buyerId, supplierId: $supplierId})-[:HAS_LINE]->(line:OrderLine)
         WITH declared, collect(DISTINCT line.sku) AS ordered
         RETURN declared + ordered`,
        { supplierId, buyerId },
      )
    )[0] ?? [];

  return {
    boughtFrom,
    /** Positions of a company; limited to `onlyProducts` (matched on SKU or product name) when given. */
    positions(companyId: string, onlyProducts: string[] | null) {
      return read<StockRow>(
        `MATCH (:Company {id: $companyId})-[:HOLDS]->(sp:StockPosition)-[:OF]->(p:Product)
         WHERE $only IS NULL OR sp.sku IN $only OR p.name IN $only
         RETURN sp { companyId: $companyId, .sku, productName: p.name, .warehouse, .quantity, updatedAt: toString(sp.updatedAt) }
         ORDER BY sp.sku, sp.warehouse`,
        { companyId, only: onlyProducts },
      );
    },
    /** Quantities still to deliver on orders to this supplier that are placed or confirmed. */
    openDemand(supplierId: string) {
      return read<{ sku: string; quantity: number }>(
        `MATCH (o:PurchaseOrder {supplierId: $supplierId})-[:HAS_LINE]->(l:OrderLine)
         WHERE o.status IN ['PLACED', 'CONFIRMED']
         RETURN l.sku AS sku, sum(l.quantity) AS quantity`,
        { supplierId },
      );
    },
  };
}

export type InventoryReads = ReturnType<typeof inventoryReads>;
