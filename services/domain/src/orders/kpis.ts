/**
 * Supplier KPIs seen by a buyer. The gateway computes them in Cypher over thousands of orders;
 * this is the same rule in plain code, the reference the query is tested against.
 *
 * - on-time rate: delivered (or invoiced) orders whose delivery date ≤ promised date, over all
 *   delivered orders; null when none was delivered yet.
 * - open value: total of orders PLACED, CONFIRMED or SHIPPED, in fen.
 * - lead time: mean days from placing to delivery over delivered orders, one decimal; null if none.
 */
import { daysBetween } from '../calendar/calendar';
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

const days = daysBetween;

/** Sums a database can compute in one aggregation; the rates follow from them by `kpisFromTotals`. */
export interface KpiTotals {
  orders: number;
  delivered: number;
  onTime: number;
  openValueFen: number;
  leadDays: number;
}

export function kpisFromTotals(t: KpiTotals): SupplierKpis {
  return {
    orders: t.orders,
    delivered: t.delivered,
    onTime: t.onTime,
    onTimePerMille: t.delivered ? Math.round((t.onTime * 1000) / t.delivered) : null,
    openValueFen: t.openValueFen,
    leadTimeDaysTenths: t.delivered ? Math.round((t.leadDays * 10) / t.delivered) : null,
  };
}

export function supplierKpis(orders: readonly OrderFacts[]): SupplierKpis {
  const totals: KpiTotals = {
    orders: orders.length,
    delivered: 0,
    onTime: 0,
    openValueFen: 0,
    leadDays: 0,
  };
  for (const o of orders) {
    if (OPEN_STATUSES.includes(o.status)) totals.openValueFen += o.totalFen;
    if (o.deliveredOn && (o.status === 'DELIVERED' || o.status === 'INVOICED')) {
      totals.delivered += 1;
      if (o.deliveredOn <= o.promisedDate) totals.onTime += 1;
      totals.leadDays += days(o.placedOn, o.deliveredOn);
    }
  }
  return kpisFromTotals(totals);
}

export const NO_KPI_CHANGE: KpiTotals = Object.freeze({
  orders: 0,
  delivered: 0,
  onTime: 0,
  openValueFen: 0,
  leadDays: 0,
});

/** Two deltas (or totals) as one: a run of order events updates each supplier's totals once. */
export function addKpiTotals(a: KpiTotals, b: KpiTotals): KpiTotals {
  return {
    orders: a.orders + b.orders,
    delivered: a.delivered + b.delivered,
    onTime: a.onTime + b.onTime,
    openValueFen: a.openValueFen + b.openValueFen,
    leadDays: a.leadDays + b.leadDays,
  };
}

export const isNoKpiChange = (t: KpiTotals): boolean =>
  t.orders === 0 && t.delivered === 0 && t.onTime === 0 && t.openValueFen === 0 && t.leadDays === 0;

/**
 * How one event changes a buyer's totals for a supplier, so a read model can keep them current
 * instead of aggregating every order on each read. Same rule as `supplierKpis`.
 */
export function kpiDeltaOfPlacing(totalFen: number): KpiTotals {
  return { orders: 1, delivered: 0, onTime: 0, openValueFen: totalFen, leadDays: 0 };
}

export function kpiDeltaOfAction(
  action: 'confirm' | 'ship' | 'deliver' | 'invoice' | 'cancel',
  order: { totalFen: number; placedOn: string; promisedDate: string },
  on: string,
): KpiTotals {
  const none = NO_KPI_CHANGE;
  if (action === 'cancel') return { ...none, openValueFen: -order.totalFen };
  if (action !== 'deliver') return none;
  return {
    ...none,
    openValueFen: -order.totalFen,
    delivered: 1,
    onTime: on <= order.promisedDate ? 1 : 0,
    leadDays: days(order.placedOn, on),
  };
}
