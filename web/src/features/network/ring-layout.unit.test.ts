import { RING, ringLayout } from './ring-layout';

const node = (id: string, tier: number) => ({ id, name: id, tier, status: 'ACTIVE', region: null });

it('puts the leader in the centre and tier N on ring N, next to the buyers it supplies', () => {
  const nodes = [node('L', 0), node('a', 1), node('b', 1), node('a2', 2), node('b2', 2)];
  const links = [
    { supplierId: 'a', buyerId: 'L' },
    { supplierId: 'b', buyerId: 'L' },
    { supplierId: 'a2', buyerId: 'a' },
    { supplierId: 'b2', buyerId: 'b' },
  ];
  const at = ringLayout('L', nodes, links);
  expect(at.get('L')).toEqual({ x: 0, y: 0 });
  const radius = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
  expect(radius('a')).toBeCloseTo(RING);
  expect(radius('b')).toBeCloseTo(RING);
  expect(radius('a2')).toBeCloseTo(2 * RING);
  const distance = (p: string, q: string) =>
    Math.hypot(at.get(p)!.x - at.get(q)!.x, at.get(p)!.y - at.get(q)!.y);
  // Each tier-2 supplier sits nearer its own buyer than the other tier-1 company.
  expect(distance('a2', 'a')).toBeLessThan(distance('a2', 'b'));
  expect(distance('b2', 'b')).toBeLessThan(distance('b2', 'a'));
});
