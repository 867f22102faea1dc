/**
 * The figures every bench prints: percentiles of latency samples, and ratios set beside their
 * baselines. Pure (no I/O), so the rules of the tables are unit-tested once.
 */

/** The p-th percentile (nearest rank) of samples sorted ascending; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

/** A number for a table: grouped thousands, fixed decimals, '–' when not a number. */
export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '–';
}

/** `value ÷ baseline` as "2.35×" ('–' without a usable baseline). */
export function ratio(value: number, baseline: number, digits = 2): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return '–';
  return `${fmt(value / baseline, digits)}×`;
}
