/**
 * Supplier KPIs seen by a buyer. The gateway computes them in Cypher over thousands of orders;
 * this is the same rule in plain code, the reference the query is tested against.
 *
 * - on-time rate: delivered (or invoiced) orders whose delivery date ≤ promised date, over all
 *   delivered orders; null when none was delivered yet.
 * - open value: total of orders PLACED, CONFIRMED or SHIPPED, in fen.
 * - lead time: mean days from placing to delivery over delivered orders, one decimal; null if none.
 */
import { OPEN_STATUSES, type OrderStatus } from './order';

export interface OrderFacts {
  status: OrderStatus;
  totalFen: number;
  placedOn: string;
  promisedDate: string;
  deliveredOn: string | null;
}

export interface SupplierKpis {
  orders: number;
  delivered: number;
  onTime: number;
  /** Per mille (‰) to stay an integer: 875 = 87.5 %. */
  onTimePerMille: number | null;
  openValueFen: number;
  leadTimeDaysTenths: number | null;
}

const DAY = 86_400_000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function supplierKpis(orders: readonly OrderFacts[]): SupplierKpis {
  let delivered = 0;
  let onTime = 0;
  let openValueFen = 0;
  let leadDays = 0;
  for (const o of orders) {
    if (OPEN_STATUSES.includes(o.status)) openValueFen += o.totalFen;
    if (o.deliveredOn && (o.status === 'DELIVERED' || o.status === 'INVOICED')) {
      delivered += 1;
      if (o.deliveredOn <= o.promisedDate) onTime += 1;
      leadDays += days(o.placedOn, o.deliveredOn);
    }
  }
  return {
    orders: orders.length,
    delivered,
    onTime,
    onTimePerMille: delivered ? Math.round((onTime * 1000) / delivered) : null,
    openValueFen,
    leadTimeDaysTenths: delivered ? Math.round((leadDays * 10) / delivered) : null,
  };
}
