/** Orders and the supplier KPIs a buyer sees. */
import {
  kpisFromTotals,
  type KpiTotals,
  type OrderStatus,
  type SupplierKpis,
} from '@chainlift/domain';
import DataLoader from 'dataloader';
import { byIdOf, type Read } from './graph';

export interface OrderLineRow {
  sku: string;
  productName: string;
  quantity: number;
  unitPriceFen: number;
}

export interface OrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  buyerId: string;
  supplierId: string;
  currency: string;
  totalFen: number;
  placedOn: string;
  promisedDate: string;
  confirmedOn: string | null;
  shippedOn: string | null;
  deliveredOn: string | null;
  invoicedOn: string | null;
  cancelledOn: string | null;
}

export interface SupplierKpiRow extends SupplierKpis {
  supplierId: string;
  currency: string;
}

const ORDER = `o { .id, .number, .status, .buyerId, .supplierId, .currency, .totalFen,
  placedOn: toString(o.placedOn), promisedDate: toString(o.promisedDate), confirmedOn: toString(o.confirmedOn),
  shippedOn: toString(o.shippedOn), deliveredOn: toString(o.deliveredOn), invoicedOn: toString(o.invoicedOn),
  cancelledOn: toString(o.cancelledOn) }`;

export function orderReads(read: Read) {
  const lines = new DataLoader<string, OrderLineRow[]>(async (ids) => {
    const rows = await read<{ id: string; lines: OrderLineRow[] }>(
      `UNWIND $ids AS id MATCH (o:PurchaseOrder {id: id})-[:HAS_LINE]->(l:OrderLine)
       WITH id, l ORDER BY l.position
       RETURN id, collect(l { .sku, .productName, .quantity, .unitPriceFen }) AS lines`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.lines]));
    return ids.map((id) => byId.get(id) ?? []);
  });
  /** Many orders' rows in one read, by id (those that exist). */
  const byIds = async (ids: readonly string[]): Promise<Map<string, OrderRow>> => {
    const rows = await read<OrderRow>(
      `UNWIND $ids AS id MATCH (o:PurchaseOrder {id: id}) RETURN ${ORDER}`,
      { ids },
    );
    return byIdOf(rows);
  };
  return {
    byId: async (id: string): Promise<OrderRow | undefined> => (await byIds([id])).get(id),
    byIds,
    lines: (orderId: string) => lines.load(orderId),
    list(
      companyId: string,
      role: 'BUYER' | 'SUPPLIER',
      status: OrderStatus | null,
      first: number,
      offset: number,
    ) {
      const key = role === 'BUYER' ? 'buyerId' : 'supplierId';
      return read<OrderRow>(
        // Sorted and cut on the stored values first: only the page's rows are projected.
        `MATCH (o:PurchaseOrder) WHERE o.${key} = $companyId AND ($status IS NULL OR o.status = $status)
         WITH o ORDER BY o.placedOn DESC, o.number DESC SKIP toInteger($offset) LIMIT toInteger($first)
         RETURN ${ORDER}`,
        { companyId, status, first, offset },
      );
    },
    /**
     * A page of the buyer's KPI read model rows (kept current by the projector), per supplier and
     * currency, in supplier order; `first` Infinity: all from `offset`. Sorted and cut in Neo4j: a
     * leader of 50,000 suppliers has thousands of rows, and a page projects and sends only its own.
     */
    async supplierKpis(
      buyerId: string,
      supplierId: string | null,
      { first, offset }: { first: number; offset: number },
    ): Promise<SupplierKpiRow[]> {
      const totals = await read<KpiTotals & { supplierId: string; currency: string }>(
        `MATCH (k:SupplierKpi {buyerId: $buyerId}) WHERE $supplierId IS NULL OR k.supplierId = $supplierId
         WITH k ORDER BY k.supplierId, k.currency SKIP toInteger($offset) ${Number.isFinite(first) ? 'LIMIT toInteger($first)' : ''}
         RETURN k { .supplierId, .currency, .orders, .delivered, .onTime, .openValueFen, .leadDays }`,
        { buyerId, supplierId, offset, first: Number.isFinite(first) ? first : null },
      );
      return totals.map((t) => ({
        supplierId: t.supplierId,
        currency: t.currency,
        ...kpisFromTotals(t),
      }));
    },
  };
}

export type OrderReads = ReturnType<typeof orderReads>;
