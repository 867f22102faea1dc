/**
 * PriceReported: a market price per unit of a product. Prices are kept per reporter: a bank's price
 * values that bank's own loans only, so no bank can move another bank's borrowers into a margin call.
 */
import { noEvolve, type Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { mayReportPrices } from './permissions';

export interface PriceReported {
  sku: string;
  priceFen: number;
  currency: string;
  reporterId: string;
  reportedAt: string;
}

export interface ReportPriceState {
  /** The kind of each reporting company (absent: no such company). */
  kinds: Map<string, string>;
}

/** A price is a positive whole number of fen per unit, for a named product. */
export function checkPrice(sku: string, priceFen: number): Result<true> {
  if (!sku.trim() || sku.trim().length > 64)
    return fail('BAD_USER_INPUT', 'name the product (sku), at most 64 characters', 'sku');
  if (!Number.isSafeInteger(priceFen) || priceFen <= 0)
    return fail('BAD_USER_INPUT', 'a price must be a positive amount', 'price');
  return ok(true);
}

export const reportPrice: Decider<ReportPriceState, PriceReported> = {
  decide(state, command) {
    const reporter = mayReportPrices(state.kinds.get(command.reporterId));
    if (!reporter.ok) return reporter;
    const price = checkPrice(command.sku, command.priceFen);
    return price.ok ? ok(command) : price;
  },
  evolve: noEvolve,
};
