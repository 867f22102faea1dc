/**
 * Risk views for banks and chain leaders. A bank's views over other companies' trade go through the
 * authorization module company by company (consent expiry honoured, consent reads audited) and are
 * bounded (result cap, read timeout) — finding 13.
 */
import {
  DEFAULT_CURRENCY,
  distinctRings,
  formatPercent,
  RISK_VIEW_CAP,
  shareBp,
} from '@chainlift/domain';
import type { Resolvers } from '../generated';
import { readableOnly } from './receivables';
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
      const candidates = await ctx.risk.subjectCandidates(user.companyId);
      const subjects = await ctx.auth.filter(
        'risk.subject',
        candidates.map((companyId) => ({ companyId })),
        'circular trades',
      );
      if (subjects.length === 0) return [];
      const walked = await ctx.risk.cycles(
        subjects.map((s) => s.companyId!),
        which,
      );
      const rings = distinctRings(walked).slice(0, RISK_VIEW_CAP);
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
      const candidates = await ctx.receivables.receivablesByIds(found.map((f) => f.receivableId));
      const receivables = await readableOnly(ctx, candidates, 'undelivered backing');
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
