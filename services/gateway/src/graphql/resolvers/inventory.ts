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
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

/**
 * The products the caller may see of `companyId`'s stock: all of its own; of another's, what its
 * INVENTORY consents name, or what the caller buys for a consent naming none (domain consent-products).
 */
async function visibleProducts(
  ctx: Context,
  viewerId: string,
  companyId: string,
): Promise<string[] | null> {
  return (await ctx.inventory.coverage(companyId, viewerId))?.products ?? null;
}

export const inventoryResolvers: Resolvers = {
  Query: {
    async warehouseReceipts(_parent, _args, ctx) {
      const user = await ctx.auth.require('receipt.list');
      return ctx.inventory.receipts(user.companyId);
    },
    async stock(_parent, { companyId }, ctx) {
      return ctx.auth.requireAndRead('stock.read', { companyId }, 'stock positions', async (user) =>
        ctx.inventory.positions(companyId, await visibleProducts(ctx, user.companyId, companyId)),
      );
    },
    stockCoverage(_parent, { companyId }, ctx) {
      return ctx.auth.requireAndRead(
        'stock.read',
        { companyId },
        'stock coverage',
        async (user) => {
          const coverage = await ctx.inventory.coverage(companyId, user.companyId);
          const products = coverage?.products ?? null;
          const positions = await ctx.inventory.positions(companyId, products);
          const why = whyNoStock({
            own: coverage === null,
            positions: positions.length,
            covered: products ?? [],
          });
          return {
            products: products ?? [],
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
          const only = await visibleProducts(ctx, user.companyId, companyId);
          // Another company sees only its own open orders weighed against the stock it may see.
          const viewer = only === null ? null : user.companyId;
          const [positions, demand] = await Promise.all([
            ctx.inventory.positions(companyId, only),
            ctx.inventory.openDemand(companyId, viewer),
          ]);
          // Covered products may be named by product name: the SKUs are those named or in the visible positions.
          const skus = new Set([...(only ?? []), ...positions.map((p) => p.sku)]);
          return lowStock(
            positions,
            only === null ? demand : demand.filter((d) => skus.has(d.sku)),
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
