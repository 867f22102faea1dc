/**
 * Shared inventory: a company's own stock, a supplier's stock seen with its INVENTORY consent, and
 * the warehouse receipts (仓单) an operator issues for the goods it holds.
 */
import { randomUUID } from 'node:crypto';
import {
  checkWarehouseReceipt,
  holdingId,
  lowStock,
  orThrow,
  reportStock,
  whyNoStock,
} from '@chainlift/domain';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

export const inventoryResolvers: Resolvers = {
  Query: {
    async warehouseReceipts(_parent, _args, ctx) {
      const user = await ctx.auth.require('receipt.list');
      return ctx.inventory.receipts(user.companyId);
    },
    // What the caller may see of a company's stock (all of its own; of another's, what its INVENTORY
    // consents cover: domain consent-products) is read with the positions in one read (inventory.view).
    stock(_parent, { companyId }, ctx) {
      return ctx.auth.requireAndRead(
        'stock.read',
        { companyId },
        'stock positions',
        async (user) => (await ctx.inventory.view(companyId, user.companyId)).positions,
      );
    },
    stockCoverage(_parent, { companyId }, ctx) {
      return ctx.auth.requireAndRead(
        'stock.read',
        { companyId },
        'stock coverage',
        async (user) => {
          const { coverage, positions } = await ctx.inventory.view(companyId, user.companyId);
          const products = coverage?.products ?? [];
          const why = whyNoStock({
            own: coverage === null,
            positions: positions.length,
            covered: products,
          });
          return {
            products,
            followsOrders: coverage?.followsOrders ?? false,
            emptyReason: why?.code ?? null,
            message: why?.message ?? null,
          };
        },
      );
    },
    lowStock(_parent, { companyId }, ctx) {
      return ctx.auth.requireAndRead(
        'stock.read',
        { companyId },
        'low-stock signals',
        async (user) => {
          // Another company sees only its own open orders weighed against the stock it may see.
          const own = companyId === user.companyId;
          const [{ coverage, positions }, demand] = await Promise.all([
            ctx.inventory.view(companyId, user.companyId),
            ctx.inventory.openDemand(companyId, own ? null : user.companyId),
          ]);
          if (coverage === null) return lowStock(positions, demand);
          // Covered products may be named by product name: the SKUs are those named or in the visible positions.
          const skus = new Set([...coverage.products, ...positions.map((p) => p.sku)]);
          return lowStock(
            positions,
            demand.filter((d) => skus.has(d.sku)),
          );
        },
      );
    },
  },
  Mutation: {
    async issueWarehouseReceipt(_parent, { input }, ctx) {
      const user = await ctx.auth.require('receipt.issue');
      const receipt = orThrow(checkWarehouseReceipt(input));
      const payload = {
        receiptId: randomUUID(),
        operatorId: user.companyId,
        ...receipt,
        issuedAt: ctx.calendar.instant(),
      };
      await ctx.events.apply('WarehouseReceiptIssued', payload, actorOf(user));
      return (await ctx.inventory.receipt(holdingId(payload)))!;
    },
    async reportStock(_parent, { positions, snapshot }, ctx) {
      const user = await ctx.auth.require('stock.report');
      const report = orThrow(
        reportStock(
          user.companyId,
          positions.map((p) => ({
            sku: p.sku,
            warehouse: p.warehouse ?? '',
            quantity: p.quantity,
          })),
          snapshot ? 'SNAPSHOT' : 'UPDATE',
          ctx.calendar.instant(),
        ),
      );
      const names = new Map(
        positions.map((p) => [p.sku.trim(), p.productName?.trim() || p.sku.trim()]),
      );
      const payload = {
        ...report,
        positions: report.positions.map((p) => ({ ...p, productName: names.get(p.sku) ?? p.sku })),
      };
      const eventId = await ctx.events.apply('StockReported', payload, actorOf(user));
      return { eventId, status: 'APPLIED' };
    },
  },
  StockPosition: {
    company: (s, _args, ctx) => ctx.companies.mustGet(s.companyId),
  },
  WarehouseReceipt: {
    operator: (w, _args, ctx) => ctx.companies.mustGet(w.operatorId),
    holder: (w, _args, ctx) => ctx.companies.mustGet(w.holderId),
  },
};
