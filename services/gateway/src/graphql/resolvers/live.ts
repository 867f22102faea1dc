/**
 * Subscriptions: each update is pushed only after the projector applied it, and only to callers
 * the authorization module lets see it. The socket's user was authenticated once, when it opened;
 * per event a decision is taken once per user (however many of its subscriptions ask), over the
 * facts read once per event for every subscriber (LiveScope.authorizer; an order event names its
 * parties, so deciding on it reads nothing), and a row read once per event — orders and stock
 * positions read for a whole burst of events at once (LiveScope.rows) — all counted in
 * chainlift_live_neo4j_reads_total. A stream re-checks itself when something may take its access away: a
 * revoked consent (the ConsentRevoked event itself), a consent's expiry (a timer), the user's role
 * changing — and ends with FORBIDDEN when the answer is no. A deactivated user's socket is closed.
 */
import { DomainFailure, NOTIFYING_EVENT_TYPES, orderPartiesIn } from '@chainlift/domain';
import { metrics } from '@chainlift/platform';
import type { Context } from '../../context';
import { orderReadKnowing, type Action, type Target } from '../../auth/authorize';
import type { UserPrincipal } from '../../auth/principal';
import { isRecheck, type Applied } from '../../live/applied-events';
import type { LiveScope } from '../../live/ws-server';
import type { AlertRow } from '../../reads/inventory-loans';
import { asSeenBy, type NotificationRow } from '../../reads/notifications';
import type { PledgeRow } from '../../reads/pledges';
import type { ReceivableRow } from '../../reads/receivables';
import type { OrderRow } from '../../reads/orders';
import { coveredBy, type StockRow } from '../../reads/inventory';
import type { Resolvers } from '../generated';

/** Yielded in place of data when the caller may no longer see it: the resolver turns it into the error. */
class Refused {
  constructor(readonly failure: DomainFailure) {}
}

const unwrap = <T>(value: T | Refused): T => {
  if (value instanceof Refused) throw value.failure;
  return value;
};

function liveOf(ctx: Context): LiveScope {
  if (!ctx.live)
    throw new DomainFailure({
      code: 'BAD_USER_INPUT',
      message: 'Subscriptions are served over the WebSocket (ws://…/graphql) only.',
    });
  return ctx.live;
}

const userKey = (p: UserPrincipal) => `${p.userId}/${p.role}/${p.platformAdmin}`;

/** Whether this user may see the target, decided once per event for all its subscriptions. */
const allowedOnce = (live: LiveScope, event: Applied, action: Action, target: Target) =>
  live.perEvent.once(
    event.eventId,
    `allows/${userKey(live.session.principal)}/${action}/${JSON.stringify(target)}`,
    () => live.authorizer(event).allows(action, target),
  );

/** `require` (with its audit record) once per event and user: undefined when refused. */
const requiredOnce = (
  live: LiveScope,
  event: Applied,
  action: Action,
  target: Target,
  what: string,
): Promise<UserPrincipal | DomainFailure> =>
  live.perEvent.once(
    event.eventId,
    `require/${userKey(live.session.principal)}/${action}/${JSON.stringify(target)}`,
    () =>
      live
        .authorizer(event)
        .require(action, target, what)
        .catch((error: unknown) => {
          if (error instanceof DomainFailure) return error;
          throw error;
        }),
  );

/** A Neo4j read for an event's push, made once for all its subscribers and counted as `row.<what>`. */
const readOnce = <T>(
  live: LiveScope,
  event: Applied,
  key: string,
  what: string,
  load: () => Promise<T>,
): Promise<T> =>
  live.perEvent.once(event.eventId, key, () => {
    metrics.liveNeo4jReads.inc({ read: `row.${what}` });
    return live.perEvent.read(load);
  });

/** The subscribe-time check asked again: the failure when access is gone. */
async function stillAllowed(
  live: LiveScope,
  action: Action,
  target: Target = {},
): Promise<DomainFailure | undefined> {
  try {
    await live.authorizer().require(action, target, `${action} (subscription re-check)`);
    return undefined;
  } catch (error) {
    if (error instanceof DomainFailure) return error;
    throw error;
  }
}

async function* orderChanges(live: LiveScope): AsyncGenerator<OrderRow | Refused> {
  // Decided as each event arrives (once per user), so only the orders the user may see are queued.
  const mayRead = (event: Applied) => {
    const orderId = event.refs.orderId;
    return orderId ? allowedOnce(live, event, 'order.read', { orderId }) : Promise.resolve(false);
  };
  // An order event names its parties: one whose parties exclude the user's company is dropped at
  // once by the authorization module's own order.read rule on those parties (orderReadKnowing),
  // instead of queueing a decision per stream for it — most of the stream, for most users.
  const mayConcern = (event: Applied) => {
    const parties = orderPartiesIn(event.type, event.refs);
    return !parties || orderReadKnowing(live.session.principal, parties).ok;
  };
  const events = live.feed(['OrderPlaced', 'OrderActedOn'], { about: mayConcern, admit: mayRead });
  try {
    for await (const event of events) {
      if (isRecheck(event)) {
        const refused = await stillAllowed(live, 'order.list');
        if (refused) return yield new Refused(refused);
        continue;
      }
      const orderId = event.refs.orderId;
      if (!orderId || !(await mayRead(event))) continue;
      const order = await live.perEvent.once(event.eventId, `order/${orderId}`, () =>
        live.rows.order(orderId),
      );
      if (order) yield order;
    }
  } finally {
    await events.return?.();
  }
}

/** When the newest active consent from owner to viewer of this scope runs out, if it does (epoch ms). */
async function consentExpiry(ctx: Context, ownerId: string, viewerId: string) {
  const consents = (await ctx.consents.list(viewerId, 'RECEIVED')).filter(
    (c) => c.grantorId === ownerId && c.scope === 'INVENTORY' && c.status === 'ACTIVE',
  );
  if (consents.length === 0 || consents.some((c) => c.expiresAt === null)) return undefined;
  return Math.max(...consents.map((c) => Date.parse(c.expiresAt!)));
}

async function* stockChanges(
  live: LiveScope,
  ctx: Context,
  companyId: string,
): AsyncGenerator<StockRow[] | Refused> {
  // Only this company's reports and its consents' revocations wake the stream.
  const events = live.feed(['StockReported', 'ConsentRevoked'], {
    about: (e) =>
      e.type === 'ConsentRevoked' ? e.refs.grantorId === companyId : e.refs.companyId === companyId,
  });
  let timer: NodeJS.Timeout | undefined;
  // Another company's stock is seen through a consent: re-check when it is due to run out.
  const armExpiry = async () => {
    clearTimeout(timer);
    const viewer = live.session.principal.companyId;
    if (viewer === companyId) return;
    const at = await consentExpiry(ctx, companyId, viewer);
    if (at === undefined) return;
    timer = setTimeout(
      () => events.recheck('consent expired'),
      Math.min(Math.max(at - Date.now(), 0), 2 ** 31 - 1),
    );
    timer.unref();
  };
  try {
    await armExpiry();
    for await (const event of events) {
      if (isRecheck(event) || event.type === 'ConsentRevoked') {
        const refused = await stillAllowed(live, 'stock.read', { companyId });
        if (refused) return yield new Refused(refused);
        await armExpiry();
        continue;
      }
      const user = await requiredOnce(
        live,
        event,
        'stock.read',
        { companyId },
        'stock update (subscription)',
      );
      if (user instanceof DomainFailure) return yield new Refused(user);
      // The company's positions read once for every viewer; what each viewer's company may see
      // of them (its own: all) once per viewing company.
      const viewer = user.companyId;
      const [positions, coverage] = await Promise.all([
        live.perEvent.once(event.eventId, `stock/${companyId}`, () => live.rows.stock(companyId)),
        viewer === companyId
          ? null
          : readOnce(live, event, `coverage/${companyId}/${viewer}`, 'coverage', () =>
              ctx.inventory.coverage(companyId, viewer),
            ),
      ]);
      yield coveredBy(positions, coverage?.products ?? null);
    }
  } finally {
    clearTimeout(timer);
    await events.return?.();
  }
}

/**
 * Events whose projection can move an inventory loan's collateral (and so raise an alert): the
 * operator's warehouse receipts and the lender's prices — never a borrower's own stock report
 * (finding 9) — and the loan's own moves.
 */
const REVALUING = [
  'WarehouseReceiptIssued',
  'PriceReported',
  'InventoryLoanActedOn',
  'GoodsReleased',
  'ReleaseRequestActedOn',
];

async function* alertsRaised(
  live: LiveScope,
  ctx: Context,
  companyId: string,
): AsyncGenerator<AlertRow | Refused> {
  const events = live.feed(REVALUING);
  try {
    for await (const event of events) {
      if (isRecheck(event)) {
        const refused = await stillAllowed(live, 'alert.list');
        if (refused) return yield new Refused(refused);
        continue;
      }
      // The alerts this event raised on the company's loans, read once for all its subscribers.
      const raised = await readOnce(live, event, `alerts/${companyId}`, 'alerts', async () => {
        const since = new Date(Date.now() - 10 * 60_000).toISOString();
        return (await ctx.loans.alerts(companyId, 100, since))
          .filter((a) => a.causeEventId === event.eventId)
          .reverse();
      });
      for (const alert of raised) yield alert;
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

async function* receivableChanges(live: LiveScope): AsyncGenerator<ReceivableRow | Refused> {
  const events = live.feed(RECEIVABLE_EVENTS);
  try {
    for await (const event of events) {
      if (isRecheck(event)) {
        const refused = await stillAllowed(live, 'receivable.list');
        if (refused) return yield new Refused(refused);
        continue;
      }
      const ids = [
        ...new Set([event.refs.receivableId, event.refs.rootId].filter((x): x is string => !!x)),
      ];
      for (const receivableId of ids) {
        // A read like any other: the authorization module decides (and audits a consent read).
        const user = await requiredOnce(
          live,
          event,
          'receivable.read',
          { receivableId },
          'receivable update (subscription)',
        );
        if (user instanceof DomainFailure) continue;
        const receivable = await live.perEvent.once(
          event.eventId,
          `receivable/${receivableId}`,
          () => live.rows.receivable(receivableId),
        );
        if (receivable) yield receivable;
      }
    }
  } finally {
    await events.return?.();
  }
}

async function* pledgeChanges(live: LiveScope): AsyncGenerator<PledgeRow | Refused> {
  const events = live.feed(['PledgeRequested', 'PledgeActedOn', 'PledgeRegistrationRecorded']);
  try {
    for await (const event of events) {
      if (isRecheck(event)) {
        const refused = await stillAllowed(live, 'pledge.live');
        if (refused) return yield new Refused(refused);
        continue;
      }
      const pledgeId = event.refs.pledgeId;
      // Only the pledge's parties, decided per event (a part passed on changes the holder).
      if (!pledgeId || !(await allowedOnce(live, event, 'pledge.read', { pledgeId }))) continue;
      const pledge = await live.perEvent.once(event.eventId, `pledge/${pledgeId}`, () =>
        live.rows.pledge(pledgeId),
      );
      if (pledge) yield pledge;
    }
  } finally {
    await events.return?.();
  }
}

/**
 * The caller's new inbox items: per event that may notify, its items for every company (with each
 * recipient company's users' read marks and mutes) read once for all subscribers; each takes its
 * own company's items as its own user sees them.
 */
async function* notificationsAdded(
  live: LiveScope,
  ctx: Context,
): AsyncGenerator<NotificationRow | Refused> {
  const events = live.feed(NOTIFYING_EVENT_TYPES);
  try {
    for await (const event of events) {
      if (isRecheck(event)) {
        const refused = await stillAllowed(live, 'notification.live');
        if (refused) return yield new Refused(refused);
        continue;
      }
      // Only the caller's own company's items, with the caller's own read marks and preferences.
      const { userId, companyId } = live.session.principal;
      const items = await readOnce(live, event, 'notifications', 'notifications', () =>
        ctx.notifications.byCauseForAll(event.eventId),
      );
      for (const item of asSeenBy(items, userId, companyId)) yield item;
    }
  } finally {
    await events.return?.();
  }
}

export const liveResolvers: Resolvers = {
  Subscription: {
    orderChanged: {
      subscribe: async (_parent, _args, ctx) => {
        const live = liveOf(ctx);
        await ctx.auth.require('order.list');
        return orderChanges(live);
      },
      resolve: (order: OrderRow | Refused) => unwrap(order),
    },
    stockChanged: {
      subscribe: async (_parent, { companyId }, ctx) => {
        const live = liveOf(ctx);
        await ctx.auth.require('stock.read', { companyId }, 'stock updates (subscription)');
        return stockChanges(live, ctx, companyId);
      },
      resolve: (rows: StockRow[] | Refused) => unwrap(rows),
    },
    financeAlerts: {
      subscribe: async (_parent, _args, ctx) => {
        const live = liveOf(ctx);
        const user = await ctx.auth.require('alert.list');
        return alertsRaised(live, ctx, user.companyId);
      },
      resolve: (alert: AlertRow | Refused) => unwrap(alert),
    },
    pledgeChanged: {
      subscribe: async (_parent, _args, ctx) => {
        const live = liveOf(ctx);
        await ctx.auth.require('pledge.live');
        return pledgeChanges(live);
      },
      resolve: (pledge: PledgeRow | Refused) => unwrap(pledge),
    },
    notificationAdded: {
      subscribe: async (_parent, _args, ctx) => {
        const live = liveOf(ctx);
        await ctx.auth.require('notification.live');
        return notificationsAdded(live, ctx);
      },
      resolve: (item: NotificationRow | Refused) => unwrap(item),
    },
    receivableChanged: {
      subscribe: async (_parent, _args, ctx) => {
        const live = liveOf(ctx);
        await ctx.auth.require('receivable.list');
        return receivableChanges(live);
      },
      resolve: (receivable: ReceivableRow | Refused) => unwrap(receivable),
    },
  },
};
