import { wavesOf } from './revaluation';

const keyOf = (e: { sku: string }) => e.sku;

describe('a run of prices cut into waves', () => {
  it('given prices of distinct SKUs, when cut, then they are one wave', () => {
    const run = [{ sku: 'A' }, { sku: 'B' }, { sku: 'C' }];
    expect(wavesOf(run, keyOf)).toEqual([run]);
  });

  it("given a SKU's second price in the run, when cut, then it starts the next wave, in order", () => {
    const run = [
      { sku: 'A', n: 1 },
      { sku: 'B', n: 2 },
      { sku: 'A', n: 3 },
      { sku: 'A', n: 4 },
      { sku: 'B', n: 5 },
    ];
    expect(wavesOf(run, keyOf).map((wave) => wave.map((e) => e.n))).toEqual([[1, 2], [3], [4, 5]]);
  });

  it('given no events, then no waves', () => {
    expect(wavesOf([], keyOf)).toEqual([]);
  });
});
