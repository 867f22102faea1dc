import { singleSourceRisks } from './risks';
import { computeTiers } from './tiers';

describe('single-source risks', () => {
  const links = [
    { supplierId: 'A', buyerId: 'L', products: ['电机', '外壳'] },
    { supplierId: 'B', buyerId: 'L', products: ['外壳'] },
    { supplierId: 'C', buyerId: 'A', products: ['铜线'] },
    { supplierId: 'X', buyerId: 'Y', products: ['螺丝'] },
  ];

  it('lists products with exactly one supplier, at any tier, skipping buyers outside the chain', () => {
    expect(singleSourceRisks(links, computeTiers('L', links), 'L')).toEqual([
      { buyerId: 'L', product: '电机', supplierId: 'A', buyerTier: 0 },
      { buyerId: 'A', product: '铜线', supplierId: 'C', buyerTier: 1 },
    ]);
  });

  it('clears a risk once a second supplier is linked', () => {
    const more = [...links, { supplierId: 'D', buyerId: 'L', products: ['电机'] }];
    expect(singleSourceRisks(more, computeTiers('L', more), 'L').map((r) => r.product)).toEqual([
      '铜线',
    ]);
  });
});
