/**
 * The order events as deciders: OrderPlaced (from the web through `placeOrder`, or from a company
 * system through /ingest) and OrderActedOn. The trade rule is the one the gateway asks before
 * publishing (`mayTrade`), asked again here because events also arrive from other producers.
 */
import { mayTrade, type TradeFacts } from '../chain/supply-links';
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';
import {
  checkPlacedOrder,
  statusAfter,
  transitionOrder,
  type OrderAction,
  type OrderPlaced,
  type OrderStatus,
} from './order';

export type PlacedOrder = OrderPlaced & { placedOn: string };

export interface PlaceOrderState {
  /** Companies that exist. */
  companies: Set<string>;
  /** `${buyerId}>${supplierId}` → the trade facts between them. */
  trade: Map<string, TradeFacts>;
  /** Order ids in use. */
  ids: Set<string>;
  /** `${buyerId}/${number}` in use (order numbers are the buyer's). */
  numbers: Set<string>;
}

const NO_TRADE: TradeFacts = { supplierKind: undefined, link: undefined, sameChain: false };

export const placeOrderDecider: Decider<PlaceOrderState, PlacedOrder> = {
  decide(state, order) {
    const valid = checkPlacedOrder(order);
    if (!valid.ok) return valid;
    if (!state.companies.has(order.buyerId))
      return fail('NOT_FOUND', `buyer ${order.buyerId} does not exist`);
    if (!state.companies.has(order.supplierId))
      return fail('NOT_FOUND', `supplier ${order.supplierId} does not exist`, 'supplierId');
    const trade = mayTrade(state.trade.get(`${order.buyerId}>${order.supplierId}`) ?? NO_TRADE);
    if (!trade.ok) return trade;
    if (state.ids.has(order.orderId))
      return fail('CONFLICT', `order id ${order.orderId} is already in use`);
    if (state.numbers.has(`${order.buyerId}/${order.number}`))
      return fail(
        'CONFLICT',
        `order number ${order.number} is already used by this buyer`,
        'number',
      );
    return ok(order);
  },
  evolve(state, order) {
    state.ids.add(order.orderId);
    state.numbers.add(`${order.buyerId}/${order.number}`);
    return state;
  },
};

export interface OrderState {
  id: string;
  status: OrderStatus;
  buyerId: string;
  supplierId: string;
  currency: string;
  totalFen: number;
  placedOn: string;
  promisedDate: string;
}

export interface OrderActedOn {
  orderId: string;
  action: OrderAction;
  actorCompanyId: string;
  on: string;
}

export const actOnOrder: Decider<Map<string, OrderState>, OrderActedOn> = {
  decide(orders, command) {
    const order = orders.get(command.orderId);
    if (!order) return fail('NOT_FOUND', `order ${command.orderId} does not exist`, 'orderId');
    const moved = transitionOrder(order, command.action, command.actorCompanyId);
    return moved.ok ? ok(command) : moved;
  },
  evolve(orders, acted) {
    const order = orders.get(acted.orderId);
    if (order) order.status = statusAfter(acted.action);
    return orders;
  },
};
