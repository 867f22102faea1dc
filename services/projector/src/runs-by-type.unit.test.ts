import { runsByType } from './runs-by-type';

interface E {
  key: string;
  type: string;
  n: number;
}
const plan = (events: E[]) =>
  runsByType(events, { keyOf: (e) => e.key, typeOf: (e) => e.type }).map((run) =>
    run.map((e) => `${e.type}:${e.key}${e.n}`),
  );
const ev = (spec: string): E[] =>
  spec.split(' ').map((s, n) => {
    const [type, key] = s.split(':') as [string, string];
    return { type, key, n };
  });

/** Every key's events appear in the plan in the order they came. */
const keepsKeyOrder = (events: E[]) => {
  const flat = runsByType(events, { keyOf: (e) => e.key, typeOf: (e) => e.type }).flat();
  expect(flat).toHaveLength(events.length);
  const byKey = (list: E[], key: string) => list.filter((e) => e.key === key).map((e) => e.n);
  for (const key of new Set(events.map((e) => e.key)))
    expect(byKey(flat, key)).toEqual(byKey(events, key));
};

describe('runsByType', () => {
  it('puts interleaved placed / acted-on order events into two runs, each order in order', () => {
    const events = ev('P:a A:a P:b A:b A:a P:c A:c A:b');
    expect(plan(events)).toEqual([
      ['P:a0', 'P:b2', 'P:c5'],
      ['A:a1', 'A:b3', 'A:a4', 'A:c6', 'A:b7'],
    ]);
    keepsKeyOrder(events);
  });

  it('never moves an event of a key ahead of an earlier event of that key', () => {
    // Key a alternates types: it needs a run per change; key b's events ride along where they fit.
    const events = ev('S:a L:a S:a S:b L:b');
    expect(plan(events)).toEqual([['S:a0', 'S:b3'], ['L:a1', 'L:b4'], ['S:a2']]);
    keepsKeyOrder(events);
  });

  it('keeps a batch of one key exactly as it came', () => {
    const events = ev('X:k Y:k Y:k X:k');
    expect(plan(events)).toEqual([['X:k0'], ['Y:k1', 'Y:k2'], ['X:k3']]);
  });

  it('starts each run with the type of the earliest event not yet placed', () => {
    const events = ev('B:x A:y A:z B:y');
    expect(plan(events)).toEqual([['B:x0'], ['A:y1', 'A:z2'], ['B:y3']]);
    keepsKeyOrder(events);
  });

  it('keeps every key in order on a random mixed batch, in far fewer runs than as sent', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const types = ['OrderPlaced', 'OrderActedOn', 'StockReported'];
    const events: E[] = Array.from({ length: 500 }, (_, n) => ({
      key: `k${Math.floor(random() * 120)}`,
      type: types[Math.floor(random() * types.length)]!,
      n,
    }));
    keepsKeyOrder(events);
    const asSent = events.filter((e, i) => i === 0 || events[i - 1]!.type !== e.type).length;
    const runs = runsByType(events, { keyOf: (e) => e.key, typeOf: (e) => e.type }).length;
    expect(runs).toBeLessThan(asSent / 5);
  });

  it('plans nothing for an empty batch', () => {
    expect(plan([])).toEqual([]);
  });
});
