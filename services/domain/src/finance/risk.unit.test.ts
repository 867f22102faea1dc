import { distinctRings, shareBp } from './risk';

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
