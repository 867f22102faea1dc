/**
 * Tier = shortest supply distance to the chain leader (direct supplier = tier 1). Computed from
 * the chain's supply links each time it is asked for, so it is right however links come and go.
 */
export interface SupplyEdge {
  supplierId: string;
  buyerId: string;
}

/** Breadth-first from the leader against the direction of supply; unreachable companies are absent. */
export function computeTiers(
  leaderId: string,
  edges: readonly SupplyEdge[],
  maxDepth = Number.POSITIVE_INFINITY,
): Map<string, number> {
  const suppliersOf = new Map<string, string[]>();
  for (const { supplierId, buyerId } of edges) {
    const list = suppliersOf.get(buyerId);
    if (list) list.push(supplierId);
    else suppliersOf.set(buyerId, [supplierId]);
  }
  const tiers = new Map<string, number>([[leaderId, 0]]);
  let frontier = [leaderId];
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth += 1) {
    const next: string[] = [];
    for (const buyer of frontier) {
      for (const supplier of suppliersOf.get(buyer) ?? []) {
        if (tiers.has(supplier)) continue;
        tiers.set(supplier, depth);
        next.push(supplier);
      }
    }
    frontier = next;
  }
  tiers.delete(leaderId);
  return tiers;
}

/** One shortest supply path from a supplier up to the leader (supplier first), or undefined. */
export function pathToLeader(
  leaderId: string,
  supplierId: string,
  edges: readonly SupplyEdge[],
): string[] | undefined {
  const buyersOf = new Map<string, string[]>();
  for (const { supplierId: s, buyerId } of edges) {
    const list = buyersOf.get(s);
    if (list) list.push(buyerId);
    else buyersOf.set(s, [buyerId]);
  }
  const previous = new Map<string, string>();
  const seen = new Set([supplierId]);
  let frontier = [supplierId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const buyer of buyersOf.get(node) ?? []) {
        if (seen.has(buyer)) continue;
        seen.add(buyer);
        previous.set(buyer, node);
        if (buyer === leaderId) {
          const path = [buyer];
          let at = buyer;
          while (at !== supplierId) {
            at = previous.get(at)!;
            path.unshift(at);
          }
          return path;
        }
        next.push(buyer);
      }
    }
    frontier = next;
  }
  return supplierId === leaderId ? [leaderId] : undefined;
}
