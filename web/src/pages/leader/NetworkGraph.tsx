/**
 * The supplier network as an AntV G6 graph: the leader in the centre, tier N on ring N, links
 * from supplier to buyer; colour by membership status or by region; a click opens the company card.
 */
import { Graph, NodeEvent, type GraphData } from '@antv/g6';
import { useEffect, useRef } from 'react';
import { regionColour, RISK_COLOUR, SAFE_COLOUR, STATUS_COLOURS, type ColourBy } from './colours';

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

const RING = 170;
const RING_PREFIX = 'ring:';

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
      const angle = (2 * Math.PI * i) / Math.max(ordered.length, 1) - Math.PI / 2 + tier * 0.2;
      at.set(n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), angle });
    });
  }
  return new Map([...at].map(([id, p]) => [id, { x: p.x, y: p.y }]));
}

export default function NetworkGraph({
  leader,
  nodes,
  links,
  colourBy,
  riskyIds,
  ringLabel,
  onSelect,
}: {
  leader: { id: string; name: string; region: string | null };
  nodes: NetworkNodeView[];
  links: NetworkLinkView[];
  colourBy: ColourBy;
  /** Suppliers that are the only source of some product (coloured when colourBy is 'risk'). */
  riskyIds: Set<string>;
  /** The ring's caption, e.g. "tier 2 suppliers". */
  ringLabel(tier: number): string;
  onSelect(id: string): void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const all: NetworkNodeView[] = [
      { id: leader.id, name: leader.name, tier: 0, status: 'LEADER', region: leader.region },
      ...nodes.filter((n) => n.id !== leader.id),
    ];
    const regions = [...new Set(all.map((n) => n.region).filter((r): r is string => !!r))].sort();
    const positions = ringLayout(leader.id, all, links);
    const ids = new Set(all.map((n) => n.id));
    // Faint rings behind the nodes: tier N sits on ring N.
    const rings = [...new Set(all.map((n) => n.tier))].filter((tier) => tier > 0);
    const data: GraphData = {
      nodes: [
        ...rings.map((tier) => ({
          id: `${RING_PREFIX}${tier}`,
          style: {
            x: 0,
            y: 0,
            size: 2 * tier * RING,
            fill: 'transparent',
            stroke: '#dbe3ef',
            lineDash: [4, 4],
            lineWidth: 1,
            zIndex: -1,
            labelText: ringLabel(tier),
            labelPlacement: 'top' as const,
            labelFill: '#9aa7b8',
            labelFontSize: 11,
          },
        })),
        ...all.map((n) => ({
          id: n.id,
          data: { ...n },
          style: {
            x: positions.get(n.id)?.x ?? 0,
            y: positions.get(n.id)?.y ?? 0,
            size: n.tier === 0 ? 48 : 30,
            fill:
              colourBy === 'status' || n.tier === 0
                ? (STATUS_COLOURS[n.status] ?? '#bfbfbf')
                : colourBy === 'risk'
                  ? riskyIds.has(n.id)
                    ? RISK_COLOUR
                    : SAFE_COLOUR
                  : regionColour(n.region, regions),
            stroke: '#fff',
            lineWidth: 2,
            labelText: n.name.length > 8 ? `${n.name.slice(0, 8)}…` : n.name,
            labelFontSize: 11,
            cursor: 'pointer' as const,
          },
        })),
      ],
      edges: links
        .filter((l) => ids.has(l.supplierId) && ids.has(l.buyerId))
        .map((l) => ({
          id: `${l.supplierId}->${l.buyerId}`,
          source: l.supplierId,
          target: l.buyerId,
          style: { stroke: '#c7d1e0', endArrow: true, endArrowSize: 6 },
        })),
    };
    const graph = new Graph({
      container: container.current,
      autoFit: 'view',
      padding: 24,
      animation: false,
      data,
      behaviors: ['drag-canvas', 'zoom-canvas'],
    });
    graph.on(NodeEvent.CLICK, (event) => {
      const id = (event as unknown as { target?: { id?: string } }).target?.id;
      if (id && !id.startsWith(RING_PREFIX)) select.current(id);
    });
    let alive = true;
    void graph.render().catch(() => undefined);
    const resize = new ResizeObserver(() => {
      if (alive && container.current)
        graph.setSize(container.current.clientWidth, container.current.clientHeight);
    });
    resize.observe(container.current);
    return () => {
      alive = false;
      resize.disconnect();
      graph.destroy();
    };
  }, [leader, nodes, links, colourBy, riskyIds, ringLabel]);

  return <div ref={container} className="network-canvas" data-testid="network-graph" />;
}
