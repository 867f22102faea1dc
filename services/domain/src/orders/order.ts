/**
 * Purchase orders between two members: what a valid order is, and its lifecycle.
 *
 *   PLACED ─confirm─► CONFIRMED ─ship─► SHIPPED ─deliver─► DELIVERED ─invoice─► INVOICED
 *     └──────cancel─────┘ (PLACED or CONFIRMED only)
 *
 * The supplier confirms, ships and invoices; the buyer takes delivery; either party may cancel
 * before shipment.
 */
import { isBefore, isIsoDate } from '../calendar/calendar';
import { checkAmountFen, lineAmountFen, parseAmount, parseCurrency } from '../money/money';
import { fail, ok, type Result } from '../shared/errors';

export const ORDER_STATUSES = [
  'PLACED',
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'INVOICED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Orders that still need goods: they count in open value and in what stock must cover. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['PLACED', 'CONFIRMED', 'SHIPPED'];

export type OrderAction = 'confirm' | 'ship' | 'deliver' | 'invoice' | 'cancel';
type Party = 'buyer' | 'supplier';

const ACTIONS: Record<
  OrderAction,
  { from: readonly OrderStatus[]; to: OrderStatus; by: readonly Party[] }
> = {
  confirm: { from: ['PLACED'], to: 'CONFIRMED', by: ['supplier'] },
  ship: { from: ['CONFIRMED'], to: 'SHIPPED', by: ['supplier'] },
  deliver: { from: ['SHIPPED'], to: 'DELIVERED', by: ['buyer'] },
  invoice: { from: ['DELIVERED'], to: 'INVOICED', by: ['supplier'] },
  cancel: { from: ['PLACED', 'CONFIRMED'], to: 'CANCELLED', by: ['buyer', 'supplier'] },
};

export interface OrderLine {
  sku: string;
  productName: string;
  quantity: number;
  unitPriceFen: number;
}

export interface OrderPlaced {
  orderId: string;
  number: string;
  buyerId: string;
  supplierId: string;
  currency: string;
  lines: OrderLine[];
  totalFen: number;
  /** yyyy-MM-dd: the delivery date the supplier is held to. */
  promisedDate: string;
}

export interface OrderLineInput {
  sku: string;
  productName?: string | null;
  quantity: number;
  unitPrice: string;
}

export interface PlaceOrderInput {
  number: string;
  supplierId: string;
  currency?: string | null;
  promisedDate: string;
  lines: OrderLineInput[];
}

export function placeOrder(
  input: PlaceOrderInput,
  buyerId: string,
  orderId: string,
  today: string,
): Result<OrderPlaced> {
  const number = input.number.trim();
  if (!number || number.length > 64)
    return fail('BAD_USER_INPUT', 'the order number must have 1 to 64 characters', 'number');
  if (input.supplierId === buyerId)
    return fail('BAD_USER_INPUT', 'a company cannot order from itself', 'supplierId');
  const currency = parseCurrency(input.currency);
  if (!currency.ok) return currency;
  if (!isIsoDate(input.promisedDate))
    return fail('BAD_USER_INPUT', 'promisedDate must be a date like 2026-12-31', 'promisedDate');
  if (isBefore(input.promisedDate, today))
    return fail(
      'BAD_USER_INPUT',
      `promisedDate ${input.promisedDate} is in the past`,
      'promisedDate',
    );
  if (input.lines.length === 0)
    return fail('BAD_USER_INPUT', 'an order needs at least one line', 'lines');
  if (input.lines.length > 500)
    return fail('BAD_USER_INPUT', 'an order has at most 500 lines', 'lines');
  const lines: OrderLine[] = [];
  let totalFen = 0;
  for (const [i, line] of input.lines.entries()) {
    const at = `lines[${i}]`;
    const sku = line.sku.trim();
    if (!sku || sku.length > 64)
      return fail('BAD_USER_INPUT', `${at}: the SKU must have 1 to 64 characters`, `${at}.sku`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      return fail(
        'BAD_USER_INPUT',
        `${at}: quantity must be a whole number above zero; got ${line.quantity}`,
        `${at}.quantity`,
      );
    }
    const price = parseAmount(line.unitPrice, `${at}.unitPrice`);
    if (!price.ok) return price;
    const lineTotal = lineAmountFen(line.quantity, price.value, at);
    if (!lineTotal.ok) return lineTotal;
    const total = checkAmountFen(totalFen + lineTotal.value, 'lines');
    if (!total.ok) return total;
    totalFen = total.value;
    lines.push({
      sku,
      productName: line.productName?.trim() || sku,
      quantity: line.quantity,
      unitPriceFen: price.value,
    });
  }
  return ok({
    orderId,
    number,
    buyerId,
    supplierId: input.supplierId,
    currency: currency.value,
    lines,
    totalFen,
    promisedDate: input.promisedDate,
  });
}

export interface OrderParties {
  status: OrderStatus;
  buyerId: string;
  supplierId: string;
}

/** Only the buyer and the supplier of an order see it and act on it. */
export const mayUseOrder = (
  parties: { buyerId: string; supplierId: string },
  companyId: string,
  what: 'see' | 'act on',
): Result<true> =>
  parties.buyerId === companyId || parties.supplierId === companyId
    ? ok(true)
    : fail('FORBIDDEN', `only the buyer and the supplier can ${what} an order`);

/** The status after `action` by `actorCompanyId`, or why that party cannot do it now. */
export function transitionOrder(
  order: OrderParties,
  action: OrderAction,
  actorCompanyId: string,
): Result<OrderStatus> {
  const rule = ACTIONS[action];
  const party: Party | undefined =
    actorCompanyId === order.supplierId
      ? 'supplier'
      : actorCompanyId === order.buyerId
        ? 'buyer'
        : undefined;
  if (!party) return mayUseOrder(order, actorCompanyId, 'act on') as Result<never>;
  if (!rule.by.includes(party))
    return fail('FORBIDDEN', `only the ${rule.by.join(' or ')} can ${action} an order`);
  if (!rule.from.includes(order.status)) {
    return fail(
      'CONFLICT',
      `cannot ${action} an order that is ${order.status} (allowed from ${rule.from.join(', ')})`,
    );
  }
  return ok(rule.to);
}

export const ORDER_ACTIONS = Object.keys(ACTIONS) as OrderAction[];

/** The status an action leads to (when it is allowed). */
export const statusAfter = (action: OrderAction): OrderStatus => ACTIONS[action].to;

/**
 * What the projector checks of an OrderPlaced that did not come through `placeOrder` (company
 * systems post them to /ingest): the total is the sum of the lines, amounts stay exact, dates hold.
 */
export function checkPlacedOrder(order: OrderPlaced & { placedOn: string }): Result<OrderPlaced> {
  let total = 0;
  for (const [i, line] of order.lines.entries()) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      return fail(
        'BAD_USER_INPUT',
        `lines[${i}]: quantity must be a whole number above zero`,
        `lines[${i}].quantity`,
      );
    }
    const price = checkAmountFen(line.unitPriceFen, `lines[${i}].unitPriceFen`);
    if (!price.ok) return price;
    const lineTotal = lineAmountFen(line.quantity, line.unitPriceFen, 'totalFen');
    if (!lineTotal.ok) return lineTotal;
    const sum = checkAmountFen(total + lineTotal.value, 'totalFen');
    if (!sum.ok) return sum;
    total = sum.value;
  }
  if (total !== order.totalFen)
    return fail(
      'BAD_USER_INPUT',
      `totalFen ${order.totalFen} is not the sum of the lines (${total})`,
      'totalFen',
    );
  if (order.buyerId === order.supplierId)
    return fail('BAD_USER_INPUT', 'a company cannot order from itself', 'supplierId');
  if (!isIsoDate(order.promisedDate) || !isIsoDate(order.placedOn))
    return fail('BAD_USER_INPUT', 'dates must be like 2026-12-31', 'promisedDate');
  if (isBefore(order.promisedDate, order.placedOn))
    return fail('BAD_USER_INPUT', 'promisedDate is before the order was placed', 'promisedDate');
  return ok(order);
}
