/**
 * The pledge register (应收账款质押) and the bank products it prices by: the pool, applications for
 * financing, the pledge's steps. A pledge exists only on the holder's application (finding 7).
 */
import { randomUUID } from 'node:crypto';
import {
  checkPledgeRegistration,
  checkProduct,
  DEFAULT_CURRENCY,
  fail,
  formatPercent,
  ineligibilities,
  offerFor,
  orThrow,
  parseAmount,
  parsePercent,
  registrationFormOf,
  registrationRiskOf,
  type Offer,
  type PledgeAction,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { readableOnly } from './receivables';
import { actorOf, money, page } from './shared';

const offerOf = (o: Offer, currency: string) => ({
  advance: money(o.advanceFen, currency),
  interest: money(o.interestFen, currency),
  net: money(o.netFen, currency),
  days: o.days,
});

async function pledgeAfter(ctx: Context, pledgeId: string) {
  return (await ctx.pledges.pledge(pledgeId))!;
}

export const pledgeResolvers: Resolvers = {
  Query: {
    async financeProducts(_parent, { bankId }, ctx) {
      await ctx.auth.require('product.list');
      return ctx.pledges.products(bankId ?? null);
    },
    async receivablePool(_parent, { productId, loanEndDate }, ctx) {
      const user = await ctx.auth.require('pledge.pool');
      const product = await ctx.pledges.product(productId);
      if (!product || product.bankId !== user.companyId)
        orThrow(fail('NOT_FOUND', `your bank has no product ${productId}`, 'productId'));
      const on = ctx.calendar.today();
      const entries = [];
      // Each entry passes the authorization module (and is audited for the holder) before it is shown.
      const candidates = await ctx.receivables.poolCandidates(user.companyId);
      for (const r of await readableOnly(ctx, candidates, 'receivable pool')) {
        const unmet = ineligibilities({ receivable: r, product: product!, loanEndDate, today: on });
        entries.push({
          receivable: r,
          eligible: unmet.length === 0,
          reasons: unmet.map((u) => `${u.rule}: ${u.message}`),
          ineligibilities: unmet.map((u) => ({ code: u.rule, message: u.message })),
          offer:
            unmet.length === 0
              ? offerOf(offerFor(r.amountFen, product!, on, loanEndDate), r.currency)
              : null,
        });
      }
      return entries;
    },
    async pledge(_parent, { id }, ctx) {
      await ctx.auth.require('pledge.read', { pledgeId: id });
      return (await ctx.pledges.pledge(id)) ?? null;
    },
    async pledges(_parent, { status, first, offset }, ctx) {
      const user = await ctx.auth.require('pledge.list');
      return ctx.pledges.pledges(user.companyId, status ?? null, page(first), offset ?? 0);
    },
    async pledgeRegistrationForms(_parent, { unregisteredOnly }, ctx) {
      const user = await ctx.auth.require('pledge.registration.forms');
      const today = ctx.calendar.today();
      const rows = await ctx.pledges.registrationForms(user.companyId, unregisteredOnly ?? false);
      return rows.map(({ pledge: p, pledgor, pledgee, debtor, invoiceNumber, dueDate }) => {
        const form = registrationFormOf(
          {
            pledgeId: p.id,
            status: p.status,
            pledgor,
            pledgee,
            receivableId: p.receivableId,
            invoiceNumber,
            debtor,
            outstandingFen: p.outstandingFen,
            currency: p.currency,
            dueDate,
            advanceFen: p.advanceFen,
            loanEndDate: p.loanEndDate,
            registration: p.registration,
          },
          today,
        );
        return {
          pledgeId: p.id,
          registerNumber: p.registerNumber,
          status: p.status,
          pledgor,
          pledgee,
          description: form.description,
          receivableId: p.receivableId,
          debtor,
          receivableAmount: money(p.outstandingFen, p.currency),
          dueDate,
          amount: money(form.amountFen, form.currency),
          termMonths: form.termMonths,
          registrationNumber: form.registrationNumber,
          registrationRisk: registrationRiskOf(p, today),
        };
      });
    },
  },
  Mutation: {
    async defineFinanceProduct(_parent, { input }, ctx) {
      const user = await ctx.auth.require('product.define');
      const product = orThrow(
        checkProduct({
          productId: input.productId ?? randomUUID(),
          bankId: user.companyId,
          name: input.name.trim(),
          advanceRateBp: orThrow(parsePercent(input.advanceRate, 'advanceRate')),
          annualRateBp: orThrow(parsePercent(input.annualRate, 'annualRate')),
          minRemainingDays: input.minRemainingDays ?? 15,
          maxAgeDays: input.maxAgeDays ?? 90,
          minAmountFen: orThrow(parseAmount(input.minAmount ?? '10000.00', 'minAmount')),
          maxAmountFen: orThrow(parseAmount(input.maxAmount ?? '50000000.00', 'maxAmount')),
          blockedDebtorIds: [...new Set(input.blockedDebtorIds ?? [])],
        }),
      );
      await ctx.events.apply('FinanceProductDefined', product, actorOf(user));
      return (await ctx.pledges.product(product.productId))!;
    },
    async applyForFinancing(_parent, { receivableId, productId, loanEndDate }, ctx) {
      const user = await ctx.auth.require('receivable.dispose', { receivableId });
      return requestPledge(ctx, user, receivableId, productId, loanEndDate);
    },
    /** Kept for old clients: the holder's application, like applyForFinancing; a bank alone is FORBIDDEN (finding 7). */
    async registerPledge(_parent, { receivableId, productId, loanEndDate }, ctx) {
      const user = await ctx.auth.require('pledge.register', { receivableId });
      return requestPledge(ctx, user, receivableId, productId, loanEndDate);
    },
    async actOnPledge(_parent, { id, action, reason }, ctx) {
      const user = await ctx.auth.require('pledge.act', { pledgeId: id });
      const pledge = (await ctx.pledges.pledge(id))!;
      await ctx.events.apply(
        'PledgeActedOn',
        {
          rootId: pledge.rootId,
          pledgeId: id,
          action: action.toLowerCase() as PledgeAction,
          actorCompanyId: user.companyId,
          on: ctx.calendar.today(),
          ...(reason?.trim() ? { reason: reason.trim() } : {}),
        },
        actorOf(user),
      );
      return pledgeAfter(ctx, id);
    },
    async recordPledgeRegistration(_parent, args, ctx) {
      const user = await ctx.auth.require('pledge.registration.record', {
        pledgeId: args.pledgeId,
      });
      const pledge = (await ctx.pledges.pledge(args.pledgeId))!;
      const today = ctx.calendar.today();
      const amountFen = orThrow(parseAmount(args.amount, 'amount'));
      const instant = Date.parse(args.registeredAt);
      // Refused before publishing by the same rule the projector applies when the event lands.
      const registration = orThrow(
        checkPledgeRegistration(
          { status: pledge.status, outstandingFen: pledge.outstandingFen },
          {
            number: args.registrationNumber,
            registeredAt: args.registeredAt,
            registeredOn: Number.isNaN(instant) ? '' : ctx.calendar.dayOf(instant),
            amountFen,
            termMonths: args.termMonths ?? null,
            expiresOn: args.expiresAt ?? null,
          },
          today,
        ),
      );
      await ctx.events.apply(
        'PledgeRegistrationRecorded',
        {
          rootId: pledge.rootId,
          pledgeId: pledge.id,
          bankId: user.companyId,
          registrationNumber: registration.number,
          registeredAt: registration.registeredAt,
          registeredOn: registration.registeredOn,
          amountFen: registration.amountFen,
          ...(registration.termMonths === null
            ? { expiresOn: registration.expiresOn }
            : { termMonths: registration.termMonths }),
          on: today,
        },
        actorOf(user),
      );
      return pledgeAfter(ctx, pledge.id);
    },
  },
  FinanceProduct: {
    id: (p) => p.productId,
    bank: (p, _args, ctx) => ctx.companies.mustGet(p.bankId),
    advanceRate: (p) => formatPercent(p.advanceRateBp),
    annualRate: (p) => formatPercent(p.annualRateBp),
    minAmount: (p) => money(p.minAmountFen, DEFAULT_CURRENCY),
    maxAmount: (p) => money(p.maxAmountFen, DEFAULT_CURRENCY),
  },
  Pledge: {
    /** The receivable a pledge is on, to the pledge's parties (its own fields are authorized again, finding 5). */
    receivable: async (p, _args, ctx) => {
      await ctx.auth.require('pledge.read', { pledgeId: p.id });
      return (await ctx.receivables.receivable(p.receivableId))!;
    },
    bank: (p, _args, ctx) => ctx.companies.mustGet(p.bankId),
    holder: (p, _args, ctx) => ctx.companies.mustGet(p.holderId),
    requestedBy: (p, _args, ctx) => ctx.companies.mustGet(p.requestedBy),
    product: async (p, _args, ctx) => (await ctx.pledges.product(p.productId))!,
    outstanding: (p) => money(p.outstandingFen, p.currency),
    /** Public in the registry, but here only to the pledge's parties (authorized again, finding 5). */
    registration: async (p, _args, ctx) => {
      await ctx.auth.require('pledge.read', { pledgeId: p.id });
      if (!p.registration) return null;
      const { amountFen, ...r } = p.registration;
      return { ...r, amount: money(amountFen, p.currency) };
    },
    registrationRisk: async (p, _args, ctx) => {
      await ctx.auth.require('pledge.read', { pledgeId: p.id });
      return registrationRiskOf(p, ctx.calendar.today());
    },
    offer: (p) =>
      offerOf(
        {
          advanceFen: p.advanceFen,
          interestFen: p.interestFen,
          netFen: p.netFen,
          days: p.interestDays,
        },
        p.currency,
      ),
  },
};

async function requestPledge(
  ctx: Context,
  user: Awaited<ReturnType<Context['auth']['require']>>,
  receivableId: string,
  productId: string,
  loanEndDate: string,
) {
  const [r, product] = await Promise.all([
    ctx.receivables.receivable(receivableId),
    ctx.pledges.product(productId),
  ]);
  if (!product)
    orThrow(fail('NOT_FOUND', `finance product ${productId} does not exist`, 'productId'));
  const pledgeId = randomUUID();
  await ctx.events.apply(
    'PledgeRequested',
    {
      rootId: r!.rootId,
      pledgeId,
      receivableId,
      bankId: product!.bankId,
      productId,
      requestedBy: user.companyId,
      loanEndDate,
      on: ctx.calendar.today(),
    },
    actorOf(user),
  );
  return pledgeAfter(ctx, pledgeId);
}
