/**
 * Market prices (rule: `reportPrice` in `@chainlift/domain`), kept per reporter: a bank's price
 * revalues only the loans that bank lends. Load and write only.
 */
import { reportPrice, type PriceReported, type ReportPriceState } from '@chainlift/domain';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { lastCauseBy, revaluateLoans, wavesOf } from './revaluation';

const priceKey = (bankId: string, sku: string) => `${bankId}\u0000${sku}`;

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
    const key = (e: { payload: PriceReported }) => priceKey(e.payload.reporterId, e.payload.sku);
    // Each price of a SKU moves its loans on its own, live or replayed: two prices of one SKU in one
    // run (a rebuild's chunk, a burst) are written and valued one after the other, so a margin
    // call followed by a liquidation raises both alerts however the events were batched.
    for (const wave of wavesOf(accepted, key)) {
      await tx.run(
        `UNWIND $rows AS r
         MERGE (p:Price {reporterId: r.reporterId, sku: r.sku, currency: r.currency})
         SET p.priceFen = toInteger(r.priceFen), p.reportedAt = datetime(r.reportedAt)`,
        { rows: wave.map((e) => e.payload) },
      );
      await revaluateLoans(
        tx,
        { prices: wave.map((e) => ({ bankId: e.payload.reporterId, sku: e.payload.sku })) },
        lastCauseBy(wave, key, (loan) => loan.skus.map((sku) => priceKey(loan.bankId, sku))),
      );
    }
  },
};
