/**
 * What an order event's applied outcome says about the order: its buyer and supplier, fixed when it
 * is placed and never changed after. The projector puts them in the refs of every order event (an
 * action's payload names only the order); a live view then decides who may see the order from them,
 * without reading the order again for each event.
 */

/** The events whose applied outcome names the order's parties. */
export const ORDER_PARTY_EVENTS: readonly string[] = ['OrderPlaced', 'OrderActedOn'];

/** The order an applied outcome is about, with its parties — when it is an order event that carries them. */
export function orderPartiesIn(
  type: string,
  refs: Readonly<Record<string, string>>,
): { orderId: string; buyerId: string; supplierId: string } | undefined {
  // Another event's `buyerId` need not be an order's buyer: only order events are read this way.
  if (!ORDER_PARTY_EVENTS.includes(type)) return undefined;
  const { orderId, buyerId, supplierId } = refs;
  if (!orderId || !buyerId || !supplierId) return undefined;
  return { orderId, buyerId, supplierId };
}
