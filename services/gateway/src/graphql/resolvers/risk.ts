/** Risk views for banks and chain leaders. */
import { DEFAULT_CURRENCY, distinctRings, formatPercent, shareBp } from '@chainlift/domain';
import type { Resolvers } from '../generated';
import { money } from './shared';

const line = (amountFen: number, totalFen: number) => ({
  amount: money(amountFen, DEFAULT_CURRENCY),
  share: formatPercent(shareBp(amountFen, totalFen)),
});

export const riskResolvers: Resolvers = {
  Query: {
    async bankExposure(_parent, _args, ctx) {
      const user = await ctx.auth.require('risk.bank');
      const [byDebtor, byBorrower, byChain, loanTotal] = await Promise.all([
        ctx.risk.byDebtor(user.companyId),
        ctx.risk.byBorrower(user.companyId),
        ctx.risk.byChain(user.companyId),
        ctx.risk.loanTotal(user.companyId),
      ]);
      const pledgeTotal = byDebtor.reduce((sum, d) => sum + d.amountFen, 0);
      const total = pledgeTotal + loanTotal;
      return {
        total: money(total, DEFAULT_CURRENCY),
        byDebtor: await Promise.all(
          byDebtor.map(async (d) => ({
            company: await ctx.companies.mustGet(d.companyId),
            ...line(d.amountFen, total),
          })),
        ),
        byBorrower: await Promise.all(
          byBorrower.map(async (d) => ({
            company: await ctx.companies.mustGet(d.companyId),
            ...line(d.amountFen, total),
          })),
        ),
        byChain: (
          await Promise.all(
            byChain.map(async (c) => {
              const chain = await ctx.chains.byId(c.chainId);
              return chain ? { chain, ...line(c.amountFen, total) } : null;
            }),
          )
        ).filter((c) => c !== null),
        largestDebtorShare: formatPercent(byDebtor[0] ? shareBp(byDebtor[0].amountFen, total) : 0),
      };
    },
    async circularTrades(_parent, { kind }, ctx) {
      const user = await ctx.auth.require('risk.bank');
      const which = kind ?? 'ORDERS';
      const rings = distinctRings(await ctx.risk.cycles(user.companyId, which));
      return Promise.all(
        rings.map(async (ring) => ({
          kind: which,
          companies: await Promise.all(ring.map((id) => ctx.companies.mustGet(id))),
        })),
      );
    },
    async undeliveredBacking(_parent, _args, ctx) {
      const user = await ctx.auth.require('risk.bank');
      const found = await ctx.risk.undelivered(user.companyId);
      const receivables = await ctx.finance.receivablesByIds(found.map((f) => f.receivableId));
      const byId = new Map(receivables.map((r) => [r.id, r]));
      return found
        .filter((f) => byId.has(f.receivableId))
        .map((f) => ({ receivable: byId.get(f.receivableId)!, orderStatus: f.orderStatus }));
    },
    async leaderFinance(_parent, _args, ctx) {
      const user = await ctx.auth.require('risk.leader');
      const t = await ctx.risk.leader(user.companyId, ctx.calendar.today());
      const cny = (fen: number) => money(fen, DEFAULT_CURRENCY);
      return {
        awaitingConfirmation: cny(t.awaitingFen),
        confirmedOutstanding: cny(t.confirmedFen),
        overdue: cny(t.overdueFen),
        financedAgainst: cny(t.financedFen),
        financedReceivables: t.financedCount,
        dueByMonth: t.due.map((d) => ({
          month: d.month,
          amount: cny(d.amountFen),
          receivables: d.receivables,
        })),
      };
    },
  },
};
