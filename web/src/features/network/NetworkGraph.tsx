/**
 * The supplier network as an AntV G6 graph: the leader in the centre, tier N on ring N, links
 * from supplier to buyer; colour by membership status or by region; a click opens the company card.
 */
import { Graph, NodeEvent, type GraphData } from '@antv/g6';
import { useEffect, useRef } from 'react';
import { ringLayout, RING, type NetworkLinkView, type NetworkNodeView } from './ring-layout';
import { regionColour, RISK_COLOUR, SAFE_COLOUR, STATUS_COLOURS, type ColourBy } from './colours';

const RING_PREFIX = 'ring:';

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
  // The latest onSelect, for the graph's click handler (kept current after each render, not during it).
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

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
