/** Orders and the supplier KPIs a buyer sees. */
import {
  kpisFromTotals,
  OPEN_STATUSES,
  type OrderStatus,
  type SupplierKpis,
} from '@chainlift/domain';
import DataLoader from 'dataloader';
import type { Read } from './graph';

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
  return {
    async byId(id: string): Promise<OrderRow | undefined> {
      return (await read<OrderRow>(`MATCH (o:PurchaseOrder {id: $id}) RETURN ${ORDER}`, { id }))[0];
    },
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
        `MATCH (o:PurchaseOrder) WHERE o.${key} = $companyId AND ($status IS NULL OR o.status = $status)
         RETURN ${ORDER} ORDER BY o.placedOn DESC, o.number DESC SKIP toInteger($offset) LIMIT toInteger($first)`,
        { companyId, status, first, offset },
      );
    },
    /** One aggregation over the buyer's orders, grouped by supplier and currency. */
    async supplierKpis(buyerId: string, supplierId: string | null): Promise<SupplierKpiRow[]> {
      const totals = await read<{
        supplierId: string;
        currency: string;
        orders: number;
        delivered: number;
        onTime: number;
        openValueFen: number;
        leadDays: number;
      }>(
        `MATCH (o:PurchaseOrder) WHERE o.buyerId = $buyerId AND ($supplierId IS NULL OR o.supplierId = $supplierId)
         WITH o, o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn IS NOT NULL AS done
         RETURN o.supplierId AS supplierId, o.currency AS currency, count(*) AS orders,
                count(CASE WHEN done THEN 1 END) AS delivered,
                count(CASE WHEN done AND o.deliveredOn <= o.promisedDate THEN 1 END) AS onTime,
                sum(CASE WHEN o.status IN $open THEN o.totalFen ELSE 0 END) AS openValueFen,
                sum(CASE WHEN done THEN duration.inDays(o.placedOn, o.deliveredOn).days ELSE 0 END) AS leadDays
         ORDER BY supplierId, currency`,
        { buyerId, supplierId, open: OPEN_STATUSES },
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
