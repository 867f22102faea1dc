/** The network's concentric layout: the leader in the centre, tier N on ring N. */
export interface NetworkNodeView {
  id: string;
  name: string;
  tier: number;
  status: string;
  region: string | null;
}

export interface NetworkLinkView {
  supplierId: string;
  buyerId: string;
}

/** Distance between rings, in graph units. */
export const RING = 170;

/** Concentric layout: ring per tier, each node near the buyers it supplies. */
export function ringLayout(
  leaderId: string,
  nodes: NetworkNodeView[],
  links: NetworkLinkView[],
): Map<string, { x: number; y: number }> {
  const at = new Map<string, { x: number; y: number; angle: number }>();
  at.set(leaderId, { x: 0, y: 0, angle: 0 });
  const tiers = [...new Set(nodes.map((n) => n.tier))].sort((a, b) => a - b);
  for (const tier of tiers) {
    const ring = nodes.filter((n) => n.tier === tier && n.id !== leaderId);
    const parentAngle = (id: string) => {
      const angles = links
        .filter((l) => l.supplierId === id)
        .map((l) => at.get(l.buyerId)?.angle)
        .filter((a): a is number => a !== undefined);
      return angles.length ? angles.reduce((s, a) => s + a, 0) / angles.length : Number.MAX_VALUE;
    };
    const ordered = ring
      .map((n) => ({ n, key: parentAngle(n.id) }))
      .sort((a, b) => a.key - b.key || a.n.name.localeCompare(b.n.name));
    const radius = Math.max(tier, 1) * RING;
    ordered.forEach(({ n }, i) => {
      const angle =
        (2 * Math.PI * i) / Math.max(ordered.length, 1) - Math.PI / 2 + 0.45 + tier * 0.2;
      at.set(n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), angle });
    });
  }
  return new Map([...at].map(([id, p]) => [id, { x: p.x, y: p.y }]));
}
