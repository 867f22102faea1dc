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

export function inventoryReads(read: Read) {
  /**
   * SKUs a buyer gets from a supplier: lines of its orders that the supplier accepted (confirmed or
   * later). Only the supplier's own acts count, so a viewer cannot widen what it sees by itself.
   */
  const boughtFrom = async (supplierId: string, buyerId: string): Promise<string[]> =>
    read<string>(
      `MATCH (o:PurchaseOrder {buyerId: $buyerId, supplierId: $supplierId})-[:HAS_LINE]->(line:OrderLine)
       WHERE o.status IN ['CONFIRMED', 'SHIPPED', 'DELIVERED', 'INVOICED']
       RETURN DISTINCT line.sku`,
      { supplierId, buyerId },
    );

  return {
    boughtFrom,
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
    /** Positions of a company; limited to the SKUs in `onlyProducts` when given. */
    positions(companyId: string, onlyProducts: string[] | null) {
      return read<StockRow>(
        `MATCH (:Company {id: $companyId})-[:HOLDS]->(sp:StockPosition)-[:OF]->(p:Product)
         WHERE $only IS NULL OR sp.sku IN $only
         RETURN sp { companyId: $companyId, .sku, productName: p.name, .warehouse, .quantity, updatedAt: toString(sp.updatedAt) }
         ORDER BY sp.sku, sp.warehouse`,
        { companyId, only: onlyProducts },
      );
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

export type InventoryReads = ReturnType<typeof inventoryReads>;
