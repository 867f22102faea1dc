import { growthTable, parseScales, type ScaleResult } from './network-report';

const series = (name: string, p95: number) => ({
  name,
  bytes: 100,
  count: 20,
  p50: p95 / 2,
  p95,
  p99: p95,
  max: p95,
});

const scale = (suppliers: number, orders: number, p95s: number[]): ScaleResult => ({
  suppliers,
  orders,
  events: 0,
  load: [],
  series: p95s.map((p, i) => series(['me (baseline)', 'network, all', 'supplierKpis'][i]!, p)),
  readLayer: [],
});

describe("bench:network's sizes and growth table", () => {
  it('reads suppliers:orders pairs, smallest first', () => {
    expect(parseScales('50000:2000000,5000:200000')).toEqual([
      { suppliers: 5000, orders: 200_000 },
      { suppliers: 50_000, orders: 2_000_000 },
    ]);
  });

  it('refuses a pair that is not two whole numbers', () => {
    expect(() => parseScales('5000')).toThrow(/suppliers:orders/);
    expect(() => parseScales('5000:x')).toThrow(/suppliers:orders/);
  });

  it("given two sizes, each query's p95 growth is largest ÷ smallest, judged at the largest size", () => {
    const lines = growthTable([
      scale(5000, 200_000, [10, 50, 80]),
      scale(50_000, 2_000_000, [12, 400, 96]),
    ]);
    expect(lines[1]).toContain('10×');
    const network = lines.find((l) => l.includes('network, all'))!;
    expect(network).toContain('8.00×');
    expect(network).toContain('MISSED');
    const kpis = lines.find((l) => l.includes('supplierKpis'))!;
    expect(kpis).toContain('1.20×');
    expect(kpis).toContain('MET');
    expect(lines.find((l) => l.includes('me (baseline)'))).toContain('(baseline)');
  });
});
