/** Inventory loans, market prices and the alerts raised on loans. */
import { randomUUID } from 'node:crypto';
import {
  checkLoanRequest,
  checkPrice,
  checkReleaseQuantity,
  checkTerms,
  DEFAULT_CURRENCY,
  formatPercent,
  LOAN_DEFAULTS,
  orThrow,
  parseAmount,
  parseCurrency,
  parsePercent,
  type LoanAction,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { actorOf, money, pageArgs } from './shared';

const ACTIONS: Record<string, LoanAction> = {
  CONFIRM_GOODS: 'confirmGoods',
  APPROVE: 'approve',
  REJECT: 'reject',
  WITHDRAW: 'withdraw',
  REPAY: 'repay',
};

const percentOr = (text: string | null | undefined, fallbackBp: number, field: string) =>
  text ? orThrow(parsePercent(text, field)) : fallbackBp;

async function loanAfter(ctx: Context, id: string) {
  return (await ctx.loans.loan(id))!;
}

export const inventoryLoanResolvers: Resolvers = {
  Query: {
    async inventoryLoan(_parent, { id }, ctx) {
      await ctx.auth.require('loan.read', { loanId: id });
      return (await ctx.loans.loan(id)) ?? null;
    },
    async inventoryLoans(_parent, { status }, ctx) {
      const user = await ctx.auth.require('loan.list');
      return ctx.loans.loans(user.companyId, status ?? null);
    },
    async alerts(_parent, { first }, ctx) {
      const user = await ctx.auth.require('alert.list');
      return ctx.loans.alerts(
        user.companyId,
        pageArgs({ first }, { fallback: 50, max: 500 }).first,
      );
    },
  },
  Mutation: {
    async requestInventoryLoan(_parent, { input }, ctx) {
      const user = await ctx.auth.require('loan.request');
      const items = input.goods.map((g, i) => ({
        sku: g.sku.trim(),
        quantity: g.quantity,
        unitCostFen: orThrow(parseAmount(g.unitCost, `goods[${i}].unitCost`)),
      }));
      const principalFen = orThrow(parseAmount(input.principal, 'principal'));
      orThrow(checkLoanRequest(items, principalFen));
      const terms = orThrow(
        checkTerms({
          pledgeRateBp: percentOr(input.pledgeRate, LOAN_DEFAULTS.pledgeRateBp, 'pledgeRate'),
          controlLineFen: input.controlLine
            ? orThrow(parseAmount(input.controlLine, 'controlLine'))
            : 0,
          marginCallLtvBp: percentOr(
            input.marginCallLtv,
            LOAN_DEFAULTS.marginCallLtvBp,
            'marginCallLtv',
          ),
          liquidationLtvBp: percentOr(
            input.liquidationLtv,
            LOAN_DEFAULTS.liquidationLtvBp,
            'liquidationLtv',
          ),
        }),
      );
      const loanId = randomUUID();
      await ctx.events.apply(
        'InventoryLoanRequested',
        {
          loanId,
          borrowerId: user.companyId,
          bankId: input.bankId,
          operatorId: input.operatorId,
          warehouse: input.warehouse.trim(),
          items,
          principalFen,
          currency: DEFAULT_CURRENCY,
          terms,
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return loanAfter(ctx, loanId);
    },
    async actOnInventoryLoan(_parent, { id, action }, ctx) {
      const user = await ctx.auth.require('loan.act', { loanId: id });
      const loan = await loanAfter(ctx, id);
      await ctx.events.apply(
        'InventoryLoanActedOn',
        {
          loanId: id,
          borrowerId: loan.borrowerId,
          action: ACTIONS[action]!,
          actorCompanyId: user.companyId,
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return loanAfter(ctx, id);
    },
    async releaseGoods(_parent, { loanId, sku, quantity }, ctx) {
      const user = await ctx.auth.require('loan.release', { loanId });
      orThrow(checkReleaseQuantity(quantity));
      const loan = await loanAfter(ctx, loanId);
      await ctx.events.apply(
        'GoodsReleased',
        {
          loanId,
          borrowerId: loan.borrowerId,
          sku: sku.trim(),
          quantity,
          actorCompanyId: user.companyId,
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return loanAfter(ctx, loanId);
    },
    async reportPrice(_parent, { sku, price, currency }, ctx) {
      const user = await ctx.auth.require('price.report');
      const priceFen = orThrow(parseAmount(price, 'price'));
      orThrow(checkPrice(sku, priceFen));
      await ctx.events.apply(
        'PriceReported',
        {
          sku: sku.trim(),
          priceFen,
          currency: orThrow(parseCurrency(currency)),
          reporterId: user.companyId,
          reportedAt: ctx.calendar.instant(),
        },
        actorOf(user),
      );
      return true;
    },
  },
  InventoryLoan: {
    borrower: (l, _args, ctx) => ctx.companies.mustGet(l.borrowerId),
    bank: (l, _args, ctx) => ctx.companies.mustGet(l.bankId),
    operator: (l, _args, ctx) => ctx.companies.mustGet(l.operatorId),
    goods: (l, _args, ctx) =>
      ctx.loans.goods(l.id).then((goods) => goods.map((g) => ({ ...g, currency: l.currency }))),
    principal: (l) => money(l.principalFen, l.currency),
    pledgeRate: (l) => formatPercent(l.pledgeRateBp),
    controlLine: (l) => money(l.controlLineFen, l.currency),
    marginCallLtv: (l) => formatPercent(l.marginCallLtvBp),
    liquidationLtv: (l) => formatPercent(l.liquidationLtvBp),
    collateralValue: (l) => money(l.valueFen ?? 0, l.currency),
    ltv: (l) => (l.ltvBp === null ? null : formatPercent(l.ltvBp)),
    alerts: (l, _args, ctx) => ctx.loans.alertsOfLoan(l.id),
  },
  PledgedGoods: {
    unitCost: (g) => money(g.unitCostFen, g.currency ?? DEFAULT_CURRENCY),
    marketPrice: (g) =>
      g.priceFen === null ? null : money(g.priceFen, g.currency ?? DEFAULT_CURRENCY),
  },
  Alert: {
    loan: async (a, _args, ctx) => (await ctx.loans.loan(a.loanId))!,
    collateralValue: (a) => money(a.valueFen, a.currency),
    ltv: (a) => (a.ltvBp === null ? null : formatPercent(a.ltvBp)),
  },
};
