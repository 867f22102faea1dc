/**
 * Whom a company may order from, as the API allows it (`order.place`): its own upstream suppliers
 * (mySuppliers, a supply link whatever their standing in a chain) and the other members of a chain it
 * belongs to (invited, active or suspended) — of those the API lets an SME see only each chain's leader.
 */

/** A chain membership that still counts as being in the chain's network. */
export const IN_NETWORK = ['INVITED', 'ACTIVE', 'SUSPENDED'] as const;

export interface OwnSupplierLike {
  supplier: { id: string; name: string };
  products: readonly string[];
}

export interface MembershipLike {
  status: string;
  chain: { id: string; name: string; leader: { id: string; name: string } };
}

export interface OrderPartners {
  /** Its own suppliers, by name. */
  suppliers: { id: string; name: string; products: readonly string[] }[];
  /** Leaders of its chains that are not already among its suppliers, with the chains they lead. */
  leaders: { id: string; name: string; chains: string[] }[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');

export function orderPartners(
  own: readonly OwnSupplierLike[],
  chains: readonly MembershipLike[],
  selfId: string,
): OrderPartners {
  const suppliers = new Map<string, OrderPartners['suppliers'][number]>();
  for (const s of own)
    if (s.supplier.id !== selfId && !suppliers.has(s.supplier.id))
      suppliers.set(s.supplier.id, { ...s.supplier, products: s.products });
  const leaders = new Map<string, OrderPartners['leaders'][number]>();
  for (const m of chains) {
    const leader = m.chain.leader;
    if (!(IN_NETWORK as readonly string[]).includes(m.status)) continue;
    if (leader.id === selfId || suppliers.has(leader.id)) continue;
    const entry = leaders.get(leader.id) ?? { id: leader.id, name: leader.name, chains: [] };
    if (!entry.chains.includes(m.chain.name)) entry.chains.push(m.chain.name);
    leaders.set(leader.id, entry);
  }
  return {
    suppliers: [...suppliers.values()].sort(byName),
    leaders: [...leaders.values()].sort(byName),
  };
}
