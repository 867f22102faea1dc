/**
 * Subscriptions: each update is pushed only after the projector applied it, and only to callers
 * the authorization module lets see it — asked again for every update, so a revoked consent ends
 * the stream with FORBIDDEN.
 */
import { DomainFailure } from '@chainlift/domain';
import type { Context } from '../../context';
import { appliedEvents } from '../../live/applied-events';
import type { AlertRow, PledgeRow, ReceivableRow } from '../../reads/finance';
import type { OrderRow } from '../../reads/orders';
import type { StockRow } from '../../reads/inventory';
import type { Resolvers } from '../generated';

/** Yielded in place of data when the caller may no longer see it: the resolver turns it into the error. */
class Refused {
  constructor(readonly failure: DomainFailure) {}
}

const unwrap = <T>(value: T | Refused): T => {
  if (value instanceof Refused) throw value.failure;
  return value;
};

async function* orderChanges(ctx: Context): AsyncGenerator<OrderRow> {
  const events = appliedEvents(ctx.outcomes, ['OrderPlaced', 'OrderActedOn']);
  try {
    for await (const event of events) {
      const orderId = event.refs.orderId;
      if (!orderId || !(await (await ctx.authorizer()).allows('order.read', { orderId }))) continue;
      const order = await ctx.orders.byId(orderId);
      if (order) yield order;
    }
  } finally {
    await events.return?.();
  }
}

async function* stockChanges(
  ctx: Context,
  companyId: string,
): AsyncGenerator<StockRow[] | Refused> {
  const events = appliedEvents(ctx.outcomes, ['StockReported']);
  try {
    for await (const event of events) {
      if (event.refs.companyId !== companyId) continue;
      let user;
      try {
        const auth = await ctx.authorizer();
        user = await auth.require('stock.read', { companyId }, 'stock update (subscription)');
      } catch (error) {
        if (error instanceof DomainFailure) {
          yield new Refused(error);
          return;
        }
        throw error;
      }
      const only =
        user.companyId === companyId
          ? null
          : await ctx.inventory.boughtFrom(companyId, user.companyId);
      yield await ctx.inventory.positions(companyId, only);
    }
  } finally {
    await events.return?.();
  }
}

/** Events whose projection can move an inventory loan's collateral (and so raise an alert). */
const REVALUING = [
  'StockReported',
  'PriceReported',
  'InventoryLoanActedOn',
  'GoodsReleased',
  'ReleaseRequestActedOn',
];

async function* alertsRaised(ctx: Context, companyId: string): AsyncGenerator<AlertRow> {
  const events = appliedEvents(ctx.outcomes, REVALUING);
  let since = new Date(Date.now() - 1000).toISOString();
  const seen = new Set<string>();
  try {
    for await (const _event of events) {
      const fresh = (await ctx.loans.alerts(companyId, 100, since)).reverse();
      for (const alert of fresh) {
        if (seen.has(alert.id)) continue;
        seen.add(alert.id);
        yield alert;
      }
      if (seen.size > 10_000) seen.clear();
      since = new Date(Date.now() - 1000).toISOString();
    }
  } finally {
    await events.return?.();
  }
}

const RECEIVABLE_EVENTS = [
  'ReceivableRegistered',
  'ReceivableConfirmed',
  'ReceivableDisputed',
  'ReceivableSplit',
  'ReceivableTransferred',
  'ReceivableSettled',
  'PledgeRequested',
  'PledgeActedOn',
];

async function* receivableChanges(ctx: Context): AsyncGenerator<ReceivableRow> {
  const events = appliedEvents(ctx.outcomes, RECEIVABLE_EVENTS);
  try {
    for await (const event of events) {
      const ids = [
        ...new Set([event.refs.receivableId, event.refs.rootId].filter((x): x is string => !!x)),
      ];
      for (const receivableId of ids) {
        try {
          // A read like any other: the authorization module decides (and audits a consent read).
          await (
            await ctx.authorizer()
          ).require('receivable.read', { receivableId }, 'receivable update (subscription)');
        } catch (error) {
          if (error instanceof DomainFailure) continue;
          throw error;
        }
        const receivable = await ctx.finance.receivable(receivableId);
        if (receivable) yield receivable;
      }
    }
  } finally {
    await events.return?.();
  }
}

async function* pledgeChanges(ctx: Context): AsyncGenerator<PledgeRow> {
  const events = appliedEvents(ctx.outcomes, ['PledgeRequested', 'PledgeActedOn']);
  try {
    for await (const event of events) {
      const pledgeId = event.refs.pledgeId;
      // Only the pledge's parties, asked afresh for every update (a part passed on changes the holder).
      if (!pledgeId || !(await (await ctx.authorizer()).allows('pledge.read', { pledgeId })))
        continue;
      const pledge = await ctx.finance.pledge(pledgeId);
      if (pledge) yield pledge;
    }
  } finally {
    await events.return?.();
  }
}

export const liveResolvers: Resolvers = {
  Subscription: {
    orderChanged: {
      subscribe: async (_parent, _args, ctx) => {
        await ctx.auth.require('order.list');
        return orderChanges(ctx);
      },
      resolve: (order: OrderRow) => order,
    },
    stockChanged: {
      subscribe: async (_parent, { companyId }, ctx) => {
        await ctx.auth.require('stock.read', { companyId }, 'stock updates (subscription)');
        return stockChanges(ctx, companyId);
      },
      resolve: (rows: StockRow[] | Refused) => unwrap(rows),
    },
    financeAlerts: {
      subscribe: async (_parent, _args, ctx) => {
        const user = await ctx.auth.require('alert.list');
        return alertsRaised(ctx, user.companyId);
      },
      resolve: (alert: AlertRow) => alert,
    },
    pledgeChanged: {
      subscribe: async (_parent, _args, ctx) => {
        await ctx.auth.require('pledge.live');
        return pledgeChanges(ctx);
      },
      resolve: (pledge: PledgeRow) => pledge,
    },
    receivableChanged: {
      subscribe: async (_parent, _args, ctx) => {
        await ctx.auth.require('receivable.list');
        return receivableChanges(ctx);
      },
      resolve: (receivable: ReceivableRow) => receivable,
    },
  },
};
