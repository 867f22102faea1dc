/**
 * Small AntV G2 charts (a lazy chunk of their own): bars for KPIs and due dates, a donut for
 * shares. Values are plain numbers for drawing only; the labels carry the exact, formatted text.
 */
import { Chart as G2Chart } from '@antv/g2';
import { useEffect, useRef } from 'react';

export interface Datum {
  label: string;
  value: number;
  /** What the tooltip shows (exact, formatted). */
  text: string;
}

export default function Chart({
  kind,
  data,
  height = 220,
  colour = '#1f5fbf',
}: {
  kind: 'bar' | 'column' | 'donut';
  data: Datum[];
  height?: number;
  colour?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const chart = new G2Chart({ container: container.current, autoFit: true, height });
    const tooltip = { items: [(d: Datum) => ({ name: d.label, value: d.text })] };
    if (kind === 'donut') {
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
  }, [kind, data, height, colour]);
  return <div ref={container} style={{ width: '100%', height }} />;
}
