import { fmt, percentile, ratio, summarize } from './bench-stats';

describe('bench figures', () => {
  it('percentiles are nearest-rank: given 1..100 ms, p50 is 50, p95 is 95, p99 is 99', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 95, 99, 100].map((p) => percentile(sorted, p))).toEqual([50, 95, 99, 100]);
  });

  it('given few samples, a high percentile is the largest, and none gives NaN', () => {
    expect(percentile([3, 7, 9], 95)).toBe(9);
    expect(percentile([3, 7, 9], 0)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it('a summary sorts the samples itself and counts them', () => {
    expect(summarize([30, 10, 20, 40])).toEqual({ count: 4, p50: 20, p95: 40, p99: 40, max: 40 });
    expect(summarize([]).max).toBeNaN();
  });

  it('ratios read as "n.nn×" of their baseline, and "–" without a usable one', () => {
    expect(ratio(250, 100)).toBe('2.50×');
    expect(ratio(1234, 100, 1)).toBe('12.3×');
    expect(ratio(5, 0)).toBe('–');
    expect(ratio(NaN, 10)).toBe('–');
  });

  it('numbers group thousands and keep their decimals', () => {
    expect(fmt(1234567.891)).toBe('1,234,567.9');
    expect(fmt(42, 0)).toBe('42');
    expect(fmt(Infinity)).toBe('–');
  });
});
