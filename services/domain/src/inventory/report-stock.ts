/**
 * StockReported: a trading company reports its own stock (by hand, from its WMS through /ingest).
 * What it reports is its own view: it never values collateral (warehouse receipts do).
 */
import type { Decider } from '../shared/decider';
import { noEvolve } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

/** The kinds of company that report their own stock: trading companies. */
export const mayReportStock = (kind: string | undefined): Result<true> =>
  kind === 'CHAIN_LEADER' || kind === 'SME'
    ? ok(true)
    : fail(
        'FORBIDDEN',
        `reporting stock is for chain leaders and suppliers, not ${kind}`,
        'companyId',
      );

export interface StockReportState {
  /** The kind of each reporting company (absent: no such company). */
  kinds: Map<string, string>;
}

export const acceptStockReport: Decider<StockReportState, { companyId: string }> = {
  decide(state, command) {
    const kind = state.kinds.get(command.companyId);
    if (kind === undefined)
      return fail('NOT_FOUND', `company ${command.companyId} does not exist`, 'companyId');
    const may = mayReportStock(kind);
    return may.ok ? ok(command) : may;
  },
  evolve: noEvolve,
};
