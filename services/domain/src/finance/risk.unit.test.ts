import { distinctRings, mayWatchForRisk, shareBp } from './risk';

it('shares are basis points of the total, half-up', () => {
  expect(shareBp(1, 3)).toBe(3333);
  expect(shareBp(2, 3)).toBe(6667);
  expect(shareBp(5, 0)).toBe(0);
});

it('a ring and its rotations count once; direction matters', () => {
  expect(
    distinctRings([['b', 'c', 'a'], ['a', 'b', 'c'], ['c', 'a', 'b'], ['a', 'c', 'b'], ['x']]),
  ).toEqual([
    ['a', 'b', 'c'],
    ['a', 'c', 'b'],
  ]);
});

describe('whom a bank’s risk views look at (finding 13)', () => {
  it('its counterparties, and companies whose consent is in force (on that ground)', () => {
    expect(mayWatchForRisk(true, false)).toEqual({ ok: true, value: 'PARTY' });
    expect(mayWatchForRisk(false, true)).toEqual({ ok: true, value: 'CONSENT' });
  });
  it('nobody else: an expired or revoked consent is no consent', () =>
    expect(mayWatchForRisk(false, false)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    }));
});
