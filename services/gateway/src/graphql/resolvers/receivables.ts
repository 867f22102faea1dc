/**
 * Receivables (应收账款): register, confirm (确权), dispute, split, transfer, settle; thin resolvers over
 * the domain's receivable rules. Every field that crosses a company boundary (parts, transfers,
 * payments, the active pledge) is authorized through the authorization module, like the root query.
 */
import { randomUUID } from 'node:crypto';
import { fail, orThrow, parseAmount, viewOf } from '@chainlift/domain';
import type { Context } from '../../context';
import type { ReceivableRow } from '../../reads/receivables';
import type { Resolvers } from '../generated';
import { actorOf, money, page } from './shared';

/** The receivable as the caller may see it (after the authorization module said yes). */
async function readable(ctx: Context, id: string, what = 'receivable'): Promise<ReceivableRow> {
  await ctx.auth.require('receivable.read', { receivableId: id }, what);
  return (await ctx.receivables.receivable(id))!;
}

/**
 * Those of these receivables the caller may read (each through the authorization module; a read on
 * a holder's consent is audited): for fields that lead from one receivable to others.
 */
export async function readableOnly(
  ctx: Context,
  rows: ReceivableRow[],
  what: string,
): Promise<ReceivableRow[]> {
  const allowed = await ctx.auth.filter(
    'receivable.read',
    rows.map((row) => ({ receivableId: row.id, row })),
    what,
  );
  return allowed.map((a) => a.row);
}

/** Whether the caller may read this receivable's own details (its transfers and payments). */
const mayRead = async (ctx: Context, r: ReceivableRow, what: string) =>
  (await readableOnly(ctx, [r], what)).length > 0;

export const receivableResolvers: Resolvers = {
  Query: {
    async receivable(_parent, { id }, ctx) {
      return readable(ctx, id);
    },
    async receivables(_parent, { role, status, first, offset }, ctx) {
      const user = await ctx.auth.require('receivable.list');
      const stored = status === 'OVERDUE' ? 'CONFIRMED' : (status ?? null);
      const pastDue = status === 'OVERDUE' ? true : status === 'CONFIRMED' ? false : null;
      return ctx.receivables.list(
        user.companyId,
        role,
        stored,
        pastDue,
        ctx.calendar.today(),
        page(first),
        offset ?? 0,
      );
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
      return (await ctx.receivables.receivable(receivableId))!;
    },
    async confirmReceivables(_parent, { ids }, ctx) {
      if (ids.length === 0 || ids.length > 500)
        orThrow(fail('BAD_USER_INPUT', 'confirm between 1 and 500 receivables at a time', 'ids'));
      const unique = [...new Set(ids)];
      let user;
      for (const id of unique)
        user = await ctx.auth.require('receivable.confirm', { receivableId: id });
      const found = await ctx.receivables.receivablesByIds(unique);
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
      return ctx.receivables.receivablesByIds(unique);
    },
    async disputeReceivable(_parent, { id, reason }, ctx) {
      const user = await ctx.auth.require('receivable.confirm', { receivableId: id });
      if (!reason.trim())
        orThrow(fail('BAD_USER_INPUT', 'say why the receivable is disputed', 'reason'));
      const r = (await ctx.receivables.receivable(id))!;
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
      return (await ctx.receivables.receivable(id))!;
    },
    async splitReceivable(_parent, { id, amounts }, ctx) {
      const user = await ctx.auth.require('receivable.dispose', { receivableId: id });
      const parts = amounts.map((a, i) => ({
        receivableId: randomUUID(),
        amountFen: orThrow(parseAmount(a, `amounts[${i}]`)),
      }));
      const r = (await ctx.receivables.receivable(id))!;
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
      return ctx.receivables.parts(id);
    },
    async transferReceivable(_parent, { id, toCompanyId }, ctx) {
      const user = await ctx.auth.require('receivable.dispose', { receivableId: id });
      const r = (await ctx.receivables.receivable(id))!;
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
      return (await ctx.receivables.receivable(id))!;
    },
    async settleReceivable(_parent, { id }, ctx) {
      const user = await ctx.auth.require('receivable.settle', { receivableId: id });
      const r = (await ctx.receivables.receivable(id))!;
      await ctx.events.apply(
        'ReceivableSettled',
        { rootId: r.rootId, debtorId: user.companyId, on: ctx.calendar.today() },
        actorOf(user),
      );
      return {
        receivable: (await ctx.receivables.receivable(id))!,
        payments: await ctx.receivables.paymentsOfRoot(r.rootId),
      };
    },
  },
  Receivable: {
    status: (r, _args, ctx) => viewOf(r.status, r.dueDate, ctx.calendar.today()),
    debtor: (r, _args, ctx) => ctx.companies.mustGet(r.debtorId),
    creditor: (r, _args, ctx) => ctx.companies.mustGet(r.creditorId),
    holder: (r, _args, ctx) => ctx.companies.mustGet(r.holderId),
    amount: (r) => money(r.amountFen, r.currency),
    // Finding 5: each part is its own receivable (another holder's, maybe); each is authorized.
    parts: async (r, _args, ctx) =>
      readableOnly(ctx, await ctx.receivables.parts(r.id), 'receivable parts'),
    transfers: async (r, _args, ctx) =>
      (await mayRead(ctx, r, 'receivable transfers')) ? ctx.receivables.transfers(r.id) : [],
    payments: async (r, _args, ctx) =>
      (await mayRead(ctx, r, 'receivable payments')) ? ctx.receivables.payments(r.id) : [],
    /** The pledge's parties only: a bank that was refused does not see a competitor's later deal. */
    activePledge: async (r, _args, ctx) =>
      r.activePledgeId && (await ctx.auth.allows('pledge.read', { pledgeId: r.activePledgeId }))
        ? ((await ctx.pledges.pledge(r.activePledgeId)) ?? null)
        : null,
  },
  ReceivableTransfer: {
    from: (t, _args, ctx) => ctx.companies.mustGet(t.fromId),
    to: (t, _args, ctx) => ctx.companies.mustGet(t.toId),
  },
  Payment: {
    payee: (p, _args, ctx) => ctx.companies.mustGet(p.payeeId),
    amount: (p) => money(p.amountFen, p.currency),
  },
};
