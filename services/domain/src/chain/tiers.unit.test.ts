import { computeTiers, pathToLeader } from './tiers';

// L ← A ← C ← E ;  L ← B ← C ;  D ← C (D supplies C);  X isolated
const edges = [
  { supplierId: 'A', buyerId: 'L' },
  { supplierId: 'B', buyerId: 'L' },
  { supplierId: 'C', buyerId: 'A' },
  { supplierId: 'C', buyerId: 'B' },
  { supplierId: 'E', buyerId: 'C' },
  { supplierId: 'D', buyerId: 'C' },
];

describe('tiers (shortest supply distance to the leader)', () => {
  it('assigns tier 1 to direct suppliers and counts up the chain', () => {
    expect(Object.fromEntries(computeTiers('L', edges))).toEqual({ A: 1, B: 1, C: 2, D: 3, E: 3 });
  });

  it('takes the shortest route when a supplier also sells deeper in the chain', () => {
    // E now also supplies the leader directly: it becomes tier 1.
    expect(computeTiers('L', [...edges, { supplierId: 'E', buyerId: 'L' }]).get('E')).toBe(1);
  });

  it('drops companies whose only link to the leader is removed', () => {
    const without = edges.filter((e) => !(e.supplierId === 'C'));
    expect(Object.fromEntries(computeTiers('L', without))).toEqual({ A: 1, B: 1 });
  });

  it('stops at the depth limit and survives cycles', () => {
    expect([...computeTiers('L', edges, 2).keys()].sort()).toEqual(['A', 'B', 'C']);
    const cyclic = [...edges, { supplierId: 'L', buyerId: 'E' }];
    expect(computeTiers('L', cyclic).get('E')).toBe(3);
  });

  it('finds a shortest path from a supplier to the leader', () => {
    expect(pathToLeader('L', 'E', edges)).toEqual(['E', 'C', 'A', 'L']);
    expect(pathToLeader('L', 'X', edges)).toBeUndefined();
  });
});
