/** Single-source risk: a product a buyer in the chain gets from exactly one supplier. */
import type { SupplyEdge } from './tiers';

export interface SupplyLink extends SupplyEdge {
  products: string[];
}

export interface SingleSourceRisk {
  buyerId: string;
  product: string;
  supplierId: string;
  /** 0 for the leader. */
  buyerTier: number;
}

/** Risks of buyers that reach the leader (tiers known), by buyer tier then product. */
export function singleSourceRisks(
  links: readonly SupplyLink[],
  tiers: ReadonlyMap<string, number>,
  leaderId: string,
): SingleSourceRisk[] {
  const sources = new Map<string, { buyerId: string; product: string; suppliers: Set<string> }>();
  for (const link of links) {
    for (const product of link.products) {
      const key = `${link.buyerId}\u0000${product}`;
      const entry = sources.get(key) ?? {
        buyerId: link.buyerId,
        product,
        suppliers: new Set<string>(),
      };
      entry.suppliers.add(link.supplierId);
      sources.set(key, entry);
    }
  }
  const risks: SingleSourceRisk[] = [];
  for (const { buyerId, product, suppliers } of sources.values()) {
    if (suppliers.size !== 1) continue;
    const buyerTier = buyerId === leaderId ? 0 : tiers.get(buyerId);
    if (buyerTier === undefined) continue;
    risks.push({ buyerId, product, supplierId: [...suppliers][0]!, buyerTier });
  }
  return risks.sort(
    (a, b) =>
      a.buyerTier - b.buyerTier ||
      a.product.localeCompare(b.product, 'zh-CN') ||
      a.buyerId.localeCompare(b.buyerId),
  );
}
