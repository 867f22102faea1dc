/**
 * Small AntV G2 charts (a lazy chunk of their own): bars for KPIs and due dates, a donut for
 * shares, stacked columns for counts per series (grades per tier or month). Values are plain
 * numbers for drawing only; the labels carry the exact, formatted text.
 */
import { Chart as G2Chart } from '@antv/g2';
import { useEffect, useRef } from 'react';

export interface Datum {
  label: string;
  value: number;
  /** What the tooltip shows (exact, formatted). */
  text: string;
  /** The stack a value belongs to (kind "stacked"). */
  series?: string;
}

export default function Chart({
  kind,
  data,
  height = 220,
  colour = '#1f5fbf',
  colours,
}: {
  kind: 'bar' | 'column' | 'donut' | 'stacked';
  data: Datum[];
  height?: number;
  colour?: string;
  /** Series → colour (kind "stacked"). */
  colours?: Record<string, string>;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const chart = new G2Chart({ container: container.current, autoFit: true, height });
    const tooltip = {
      items: [(d: Datum) => ({ name: d.series ?? d.label, value: d.text })],
    };
    if (kind === 'stacked') {
      chart.options({
        type: 'interval',
        data,
        encode: { x: 'label', y: 'value', color: 'series' },
        transform: [{ type: 'stackY' }],
        scale: colours
          ? { color: { domain: Object.keys(colours), range: Object.values(colours) } }
          : {},
        legend: { color: { position: 'top' } },
        axis: { y: { title: false }, x: { title: false } },
        tooltip,
        animate: false,
      });
    } else if (kind === 'donut') {
      chart.options({
        type: 'interval',
        data,
        coordinate: { type: 'theta', innerRadius: 0.6 },
        transform: [{ type: 'stackY' }],
        encode: { y: 'value', color: 'label' },
        legend: { color: { position: 'right' } },
        tooltip,
        animate: false,
      });
    } else {
      chart.options({
        type: 'interval',
        data,
        encode: { x: 'label', y: 'value' },
        style: { fill: colour },
        coordinate: kind === 'bar' ? { transform: [{ type: 'transpose' }] } : {},
        axis: { y: { title: false }, x: { title: false } },
        tooltip,
        animate: false,
      });
    }
    void chart.render().catch(() => undefined);
    return () => chart.destroy();
  }, [kind, data, height, colour, colours]);
  return <div ref={container} style={{ width: '100%', height }} />;
}
