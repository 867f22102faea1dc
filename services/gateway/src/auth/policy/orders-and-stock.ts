/** Orders, supplier KPIs, stock and warehouse receipts: who may trade and who may see stock. */
import {
  fail,
  mayTrade,
  mayUseOrder,
  mayIssueWarehouseReceipts,
  mayReportStock,
} from '@chainlift/domain';
import type { UserPrincipal } from '../principal';
import {
  type Decision,
  type Rule,
  ALLOW,
  all,
  decided,
  deny,
  hasRole,
  need,
  signedIn,
  tradingCompany,
} from './rule';

/**
 * `order.read` once the order's parties are known: synchronous, so that the live path can drop an
 * order event for a stream at once from the parties its outcome names (no decision queued per stream).
 */
export const orderReadKnowing = (
  p: UserPrincipal,
  parties: { buyerId: string; supplierId: string },
): Decision => decided(mayUseOrder(parties, p.companyId, 'see'));

export const ORDERS_AND_STOCK_POLICY = {
  'order.place': async (p, t, facts) => {
    const basic = all(
      tradingCompany(p, 'placing orders'),
      hasRole(p, 'OPERATOR', 'placing orders'),
    );
    if (!basic.ok) return basic;
    return decided(mayTrade(await facts.tradeFacts(p.companyId, need(t, 'supplierId'))));
  },
  'order.read': async (p, t, facts) => {
    const parties = await facts.orderParties(need(t, 'orderId'));
    if (!parties) return fail('NOT_FOUND', `order ${t.orderId} does not exist`);
    return orderReadKnowing(p, parties);
  },
  'order.act': async (p, t, facts) => {
    const parties = await facts.orderParties(need(t, 'orderId'));
    if (!parties) return fail('NOT_FOUND', `order ${t.orderId} does not exist`);
    return all(
      decided(mayUseOrder(parties, p.companyId, 'act on')),
      hasRole(p, 'OPERATOR', 'acting on orders'),
    );
  },
  'order.list': (p) => tradingCompany(p, 'orders'),
  'kpi.read': (p) => tradingCompany(p, 'supplier KPIs'),
  'stock.report': (p) =>
    all(decided(mayReportStock(p.companyKind)), hasRole(p, 'OPERATOR', 'reporting stock')),
  /** Receipts the caller's company issued or holds: its own. */
  'receipt.list': signedIn,
  /** The warehouse operator states what it holds for a company (仓单): what inventory loans are valued from. */
  'receipt.issue': (p) =>
    all(
      decided(mayIssueWarehouseReceipts(p.companyKind)),
      hasRole(p, 'OPERATOR', 'issuing warehouse receipts'),
    ),
  'stock.read': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    if (owner === p.companyId) return ALLOW;
    return (await facts.consent(owner, p.companyId, 'INVENTORY'))
      ? { ok: true, audit: { ownerId: owner, scope: 'INVENTORY' } }
      : deny(
          "you have not been given access to this supplier's inventory: it must grant your company an INVENTORY consent",
        );
  },
} satisfies Record<string, Rule>;
