/** Stock a company reports per product and warehouse, and the low-stock signal. */
import { fail, ok, type Result } from '../shared/errors';

export interface StockLine {
  sku: string;
  warehouse: string;
  quantity: number;
}

export interface StockReported {
  companyId: string;
  /** A snapshot replaces all of the company's positions in the warehouses it names; an update changes one position. */
  mode: 'UPDATE' | 'SNAPSHOT';
  positions: StockLine[];
  reportedAt: string;
}

export function reportStock(
  companyId: string,
  positions: StockLine[],
  mode: 'UPDATE' | 'SNAPSHOT',
  reportedAt: string,
): Result<StockReported> {
  if (positions.length === 0 && mode === 'UPDATE')
    return fail('BAD_USER_INPUT', 'nothing to report', 'positions');
  if (positions.length > 10_000)
    return fail('BAD_USER_INPUT', 'at most 10,000 positions per report', 'positions');
  const seen = new Set<string>();
  const clean: StockLine[] = [];
  for (const [i, p] of positions.entries()) {
    const at = `positions[${i}]`;
    const sku = p.sku.trim();
    const warehouse = p.warehouse.trim() || 'MAIN';
    if (!sku || sku.length > 64)
      return fail('BAD_USER_INPUT', `${at}: the SKU must have 1 to 64 characters`, `${at}.sku`);
    if (!Number.isSafeInteger(p.quantity) || p.quantity < 0) {
      return fail(
        'BAD_USER_INPUT',
        `${at}: quantity must be a whole number, zero or more; got ${p.quantity}`,
        `${at}.quantity`,
      );
    }
    const key = `${warehouse}\u0000${sku}`;
    if (seen.has(key))
      return fail('BAD_USER_INPUT', `${at}: ${sku} in ${warehouse} is listed twice`, `${at}.sku`);
    seen.add(key);
    clean.push({ sku, warehouse, quantity: p.quantity });
  }
  return ok({ companyId, mode, positions: clean, reportedAt });
}

export interface LowStock {
  sku: string;
  onHand: number;
  openDemand: number;
  shortfall: number;
}

/** SKUs whose stock (over all warehouses) is below what open orders to this company still need. */
export function lowStock(
  stock: readonly { sku: string; quantity: number }[],
  demand: readonly { sku: string; quantity: number }[],
): LowStock[] {
  const onHand = new Map<string, number>();
  for (const s of stock) onHand.set(s.sku, (onHand.get(s.sku) ?? 0) + s.quantity);
  const needed = new Map<string, number>();
  for (const d of demand) needed.set(d.sku, (needed.get(d.sku) ?? 0) + d.quantity);
  return [...needed.entries()]
    .map(([sku, openDemand]) => ({
      sku,
      onHand: onHand.get(sku) ?? 0,
      openDemand,
      shortfall: openDemand - (onHand.get(sku) ?? 0),
    }))
    .filter((l) => l.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall || a.sku.localeCompare(b.sku));
}
