/**
 * Market prices (rule: `reportPrice` in `@chainlift/domain`), kept per reporter: a bank's price
 * revalues only the loans that bank lends. Load and write only.
 */
import { reportPrice, type PriceReported, type ReportPriceState } from '@chainlift/domain';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { lastCauseBy, revaluateLoans } from './revaluation';

export const priceReported: Handler<PriceReported, ReportPriceState> = {
  type: 'PriceReported',
  load: async (tx, events) => ({
    kinds: await companyKinds(
      tx,
      events.map((e) => e.payload.reporterId),
    ),
  }),
  decide: (state, { payload }) => reportPrice.decide(state, payload),
  evolve: (state, { payload }) => reportPrice.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MERGE (p:Price {reporterId: r.reporterId, sku: r.sku, currency: r.currency})
       SET p.priceFen = toInteger(r.priceFen), p.reportedAt = datetime(r.reportedAt)`,
      { rows: accepted.map((e) => e.payload) },
    );
    const key = (bankId: string, sku: string) => `${bankId}\u0000${sku}`;
    await revaluateLoans(
      tx,
      { prices: accepted.map((e) => ({ bankId: e.payload.reporterId, sku: e.payload.sku })) },
      lastCauseBy(
        accepted,
        (e) => key(e.payload.reporterId, e.payload.sku),
        (loan) => loan.skus.map((sku) => key(loan.bankId, sku)),
      ),
    );
  },
};
