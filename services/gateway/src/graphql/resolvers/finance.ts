/** Receivables, the pledge register and bank products: thin resolvers over the finance rules. */
import { randomUUID } from 'node:crypto';
import {
  checkProduct,
  DEFAULT_CURRENCY,
  fail,
  formatPercent,
  ineligibilities,
  offerFor,
  orThrow,
  parseAmount,
  parsePercent,
  viewOf,
  type Offer,
  type PledgeAction,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { ReceivableRow } from '../../reads/finance';
import type { Resolvers } from '../generated';
import { actorOf, money } from './shared';

const offerOf = (o: Offer, currency: string) => ({
  advance: money(o.advanceFen, currency),
  interest: money(o.interestFen, currency),
  net: money(o.netFen, currency),
  days: o.days,
});

const page = (first: number | null | undefined) => {
  const limit = first ?? 100;
  if (limit < 0 || limit > 1000)
    orThrow(fail('BAD_USER_INPUT', 'first must be between 0 and 1000', 'first'));
  return limit;
};

/** The receivable as the caller may see it (after the authorization module said yes). */
async function readable(ctx: Context, id: string, what = 'receivable'): Promise<ReceivableRow> {
  await ctx.auth.require('receivable.read', { receivableId: id }, what);
  return (await ctx.finance.receivable(id))!;
}

async function pledgeAfter(ctx: Context, pledgeId: string) {
  return (await ctx.finance.pledge(pledgeId))!;
}

export const financeResolvers: Resolvers = {
  Query: {
    async receivable(_parent, { id }, ctx) {
      return readable(ctx, id);
    },
    async receivables(_parent, { role, status, first, offset }, ctx) {
      const user = await ctx.auth.require('receivable.list');
      const stored = status === 'OVERDUE' ? 'CONFIRMED' : (status ?? null);
      const pastDue = status === 'OVERDUE' ? true : status === 'CONFIRMED' ? false : null;
      return ctx.finance.list(
        user.companyId,
        role,
        stored,
        pastDue,
        ctx.calendar.today(),
        page(first),
        offset ?? 0,
      );
    },
    async financeProducts(_parent, { bankId }, ctx) {
      await ctx.auth.require('product.list');
      return ctx.finance.products(bankId ?? null);
    },
    async receivablePool(_parent, { productId, loanEndDate }, ctx) {
      const user = await ctx.auth.require('pledge.pool');
      const product = await ctx.finance.product(productId);
      if (!product || product.bankId !== user.companyId)
        orThrow(fail('NOT_FOUND', `your bank has no product ${productId}`, 'productId'));
      const on = ctx.calendar.today();
      const entries = [];
      for (const r of await ctx.finance.poolCandidates(user.companyId)) {
        // Each entry passes the authorization module (and is audited for the holder) before it is shown.
        if (!(await ctx.auth.allows('receivable.read', { receivableId: r.id }))) continue;
        await ctx.auth.require('receivable.read', { receivableId: r.id }, 'receivable pool');
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
      return (await ctx.finance.pledge(id)) ?? null;
    },
    async pledges(_parent, { status, first, offset }, ctx) {
      const user = await ctx.auth.require('pledge.list');
      return ctx.finance.pledges(user.companyId, status ?? null, page(first), offset ?? 0);
    },
  },
  Mutation: {
    async registerReceivable(_parent, { input }, ctx) {
      const user = await ctx.auth.require('receivable.register', { orderId: input.orderId });
      const order = (await ctx.orders.byId(input.orderId))!;
      const amountFen = input.amount
        ? orThrow(parseAmount(input.amount, 'amount'))
        : order.totalFen;
      const receivableId = randomUUID();
      await ctx.events.apply(
        'ReceivableRegistered',
        {
          receivableId,
          orderId: order.id,
          ...(input.invoiceNumber?.trim() ? { invoiceNumber: input.invoiceNumber.trim() } : {}),
          creditorId: user.companyId,
          debtorId: order.buyerId,
          amountFen,
          currency: order.currency,
          issuedOn: input.issuedOn ?? ctx.calendar.today(),
          dueDate: input.dueDate,
        },
        actorOf(user),
      );
      return (await ctx.finance.receivable(receivableId))!;
    },
    async confirmReceivables(_parent, { ids }, ctx) {
      if (ids.length === 0 || ids.length > 500)
        orThrow(fail('BAD_USER_INPUT', 'confirm between 1 and 500 receivables at a time', 'ids'));
      const unique = [...new Set(ids)];
      let user;
      for (const id of unique)
        user = await ctx.auth.require('receivable.confirm', { receivableId: id });
      const found = await ctx.finance.receivablesByIds(unique);
      // Each root is its own key (ordered with its other events); the batch is published together.
      await Promise.all(
        found.map((r) =>
          ctx.events.apply(
            'ReceivableConfirmed',
            {
              rootId: r.rootId,
              receivableId: r.id,
              debtorId: user!.companyId,
              on: ctx.calendar.today(),
            },
            actorOf(user!),
          ),
        ),
      );
      return ctx.finance.receivablesByIds(unique);
    },
    async disputeReceivable(_parent, { id, reason }, ctx) {
      const user = await ctx.auth.require('receivable.confirm', { receivableId: id });
      if (!reason.trim())
        orThrow(fail('BAD_USER_INPUT', 'say why the receivable is disputed', 'reason'));
      const r = (await ctx.finance.receivable(id))!;
      await ctx.events.apply(
        'ReceivableDisputed',
        {
          rootId: r.rootId,
          receivableId: id,
          debtorId: user.companyId,
          reason: reason.trim(),
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return (await ctx.finance.receivable(id))!;
    },
    async splitReceivable(_parent, { id, amounts }, ctx) {
      const user = await ctx.auth.require('receivable.dispose', { receivableId: id });
      const parts = amounts.map((a, i) => ({
        receivableId: randomUUID(),
        amountFen: orThrow(parseAmount(a, `amounts[${i}]`)),
      }));
      const r = (await ctx.finance.receivable(id))!;
      await ctx.events.apply(
        'ReceivableSplit',
        {
          rootId: r.rootId,
          receivableId: id,
          holderId: user.companyId,
          parts,
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return ctx.finance.parts(id);
    },
    async transferReceivable(_parent, { id, toCompanyId }, ctx) {
      const user = await ctx.auth.require('receivable.dispose', { receivableId: id });
      const r = (await ctx.finance.receivable(id))!;
      await ctx.events.apply(
        'ReceivableTransferred',
        {
          rootId: r.rootId,
          receivableId: id,
          fromId: user.companyId,
          toId: toCompanyId,
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return (await ctx.finance.receivable(id))!;
    },
    async settleReceivable(_parent, { id }, ctx) {
      const user = await ctx.auth.require('receivable.settle', { receivableId: id });
      const r = (await ctx.finance.receivable(id))!;
      await ctx.events.apply(
        'ReceivableSettled',
        { rootId: r.rootId, debtorId: user.companyId, on: ctx.calendar.today() },
        actorOf(user),
      );
      return {
        receivable: (await ctx.finance.receivable(id))!,
        payments: await ctx.finance.paymentsOfRoot(r.rootId),
      };
    },
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
      return (await ctx.finance.product(product.productId))!;
    },
    async applyForFinancing(_parent, { receivableId, productId, loanEndDate }, ctx) {
      const user = await ctx.auth.require('receivable.dispose', { receivableId });
      return requestPledge(ctx, user, receivableId, productId, loanEndDate);
    },
    async registerPledge(_parent, { receivableId, productId, loanEndDate }, ctx) {
      const user = await ctx.auth.require('pledge.register', { receivableId });
      return requestPledge(ctx, user, receivableId, productId, loanEndDate);
    },
    async actOnPledge(_parent, { id, action, reason }, ctx) {
      const user = await ctx.auth.require('pledge.act', { pledgeId: id });
      const pledge = (await ctx.finance.pledge(id))!;
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
  },
  Receivable: {
    status: (r, _args, ctx) => viewOf(r.status, r.dueDate, ctx.calendar.today()),
    debtor: (r, _args, ctx) => ctx.companies.mustGet(r.debtorId),
    creditor: (r, _args, ctx) => ctx.companies.mustGet(r.creditorId),
    holder: (r, _args, ctx) => ctx.companies.mustGet(r.holderId),
    amount: (r) => money(r.amountFen, r.currency),
    parts: (r, _args, ctx) => ctx.finance.parts(r.id),
    transfers: (r, _args, ctx) => ctx.finance.transfers(r.id),
    activePledge: async (r, _args, ctx) =>
      r.activePledgeId ? ((await ctx.finance.pledge(r.activePledgeId)) ?? null) : null,
    payments: (r, _args, ctx) => ctx.finance.payments(r.id),
  },
  ReceivableTransfer: {
    from: (t, _args, ctx) => ctx.companies.mustGet(t.fromId),
    to: (t, _args, ctx) => ctx.companies.mustGet(t.toId),
  },
  Payment: {
    payee: (p, _args, ctx) => ctx.companies.mustGet(p.payeeId),
    amount: (p) => money(p.amountFen, p.currency),
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
    receivable: async (p, _args, ctx) => (await ctx.finance.receivable(p.receivableId))!,
    bank: (p, _args, ctx) => ctx.companies.mustGet(p.bankId),
    holder: (p, _args, ctx) => ctx.companies.mustGet(p.holderId),
    requestedBy: (p, _args, ctx) => ctx.companies.mustGet(p.requestedBy),
    product: async (p, _args, ctx) => (await ctx.finance.product(p.productId))!,
    outstanding: (p) => money(p.outstandingFen, p.currency),
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
    ctx.finance.receivable(receivableId),
    ctx.finance.product(productId),
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
