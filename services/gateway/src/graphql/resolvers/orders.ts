/** Purchase orders: placing, acting on them, reading them, and the buyer's supplier KPIs. */
import { randomUUID } from 'node:crypto';
import { orThrow, placeOrder, type OrderAction } from '@chainlift/domain';
import type { Resolvers } from '../generated';
import { actorOf, money, pageArgs, WHOLE_LIST } from './shared';

export const orderResolvers: Resolvers = {
  Query: {
    async order(_parent, { id }, ctx) {
      await ctx.auth.require('order.read', { orderId: id });
      return (await ctx.orders.byId(id)) ?? null;
    },
    async orders(_parent, { role, status, first, offset }, ctx) {
      const user = await ctx.auth.require('order.list');
      const at = pageArgs({ first, offset });
      return ctx.orders.list(user.companyId, role, status ?? null, at.first, at.offset);
    },
    async supplierKpis(_parent, { supplierId, first, offset }, ctx) {
      const user = await ctx.auth.require('kpi.read');
      const at = pageArgs({ first, offset }, WHOLE_LIST);
      return ctx.orders.supplierKpis(user.companyId, supplierId ?? null, at);
    },
  },
  Mutation: {
    async placeOrder(_parent, { input }, ctx) {
      const user = await ctx.auth.require('order.place', { supplierId: input.supplierId });
      const on = ctx.calendar.today();
      const order = orThrow(placeOrder(input, user.companyId, randomUUID(), on));
      await ctx.events.apply('OrderPlaced', { ...order, placedOn: on }, actorOf(user));
      return (await ctx.orders.byId(order.orderId))!;
    },
    async actOnOrder(_parent, { orderId, action }, ctx) {
      const user = await ctx.auth.require('order.act', { orderId });
      const payload = {
        orderId,
        action: action.toLowerCase() as OrderAction,
        actorCompanyId: user.companyId,
        on: ctx.calendar.today(),
      };
      await ctx.events.apply('OrderActedOn', payload, actorOf(user));
      return (await ctx.orders.byId(orderId))!;
    },
  },
  PurchaseOrder: {
    buyer: (o, _args, ctx) => ctx.companies.mustGet(o.buyerId),
    supplier: (o, _args, ctx) => ctx.companies.mustGet(o.supplierId),
    total: (o) => money(o.totalFen, o.currency),
    lines: async (o, _args, ctx) =>
      (await ctx.orders.lines(o.id)).map((l) => ({
        sku: l.sku,
        productName: l.productName,
        quantity: l.quantity,
        unitPrice: money(l.unitPriceFen, o.currency),
        total: money(l.quantity * l.unitPriceFen, o.currency),
      })),
  },
  SupplierKpi: {
    supplier: (k, _args, ctx) => ctx.companies.mustGet(k.supplierId),
    openValue: (k) => money(k.openValueFen, k.currency),
  },
};
