/**
 * bench:network's figures across chain sizes: which sizes to run (--scales) and how each query's
 * p95 grows between them. Pure, so the table's rules are unit-tested.
 */
import { fmt, ratio, type LatencySummary } from './bench-stats';
import type { PhaseResult } from './chain-load';

/** The aim for every network read, at every size: p95 under 200 ms. */
export const TARGET_P95_MS = 200;

export const verdict = (p95: number) => (p95 < TARGET_P95_MS ? 'MET' : 'MISSED');

export interface Scale {
  suppliers: number;
  orders: number;
}

/** "5000:200000,50000:2000000" → scales, smallest first. */
export function parseScales(text: string): Scale[] {
  const scales = text.split(',').map((pair) => {
    const [suppliers, orders] = pair.split(':').map(Number);
    if (!Number.isSafeInteger(suppliers) || !Number.isSafeInteger(orders) || orders! < 0)
      throw new Error(
        `--scales takes suppliers:orders pairs, e.g. 5000:200000,50000:2000000 (not "${pair}")`,
      );
    return { suppliers: suppliers!, orders: orders! };
  });
  return scales.sort((a, b) => a.suppliers - b.suppliers || a.orders - b.orders);
}

export interface ScaleResult extends Scale {
  events: number;
  load: PhaseResult[];
  series: (LatencySummary & { name: string; bytes: number })[];
  readLayer: (LatencySummary & { name: string })[];
}

/** Each query's p95 per scale and its growth (largest ÷ smallest) beside the chain's. */
export function growthTable(results: readonly ScaleResult[]): string[] {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const head = results.map((r) => `${fmt(r.suppliers, 0)} / ${fmt(r.orders, 0)}`);
  const lines = [
    `  ${'p95 ms at suppliers / orders'.padEnd(28)} ${head.map((h) => h.padStart(20)).join(' ')} ${'growth'.padStart(8)}  p95 < ${TARGET_P95_MS} ms at the largest`,
    `  ${'(the chain)'.padEnd(28)} ${results.map(() => ''.padStart(20)).join(' ')} ${ratio(last.suppliers, first.suppliers, 0).padStart(8)}`,
  ];
  for (const [i, s] of first.series.entries()) {
    const p95s = results.map((r) => r.series[i]!.p95);
    const grown = ratio(p95s[p95s.length - 1]!, p95s[0]!);
    lines.push(
      `  ${s.name.padEnd(28)} ${p95s.map((p) => fmt(p).padStart(20)).join(' ')} ${grown.padStart(8)}  ${i === 0 ? '(baseline)' : verdict(p95s[p95s.length - 1]!)}`,
    );
  }
  return lines;
}
