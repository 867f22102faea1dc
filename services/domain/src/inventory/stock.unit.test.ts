import { lowStock, reportStock } from './stock';

describe('stock reports', () => {
  it('cleans positions and defaults the warehouse', () => {
    expect(reportStock('c', [{ sku: ' M1 ', warehouse: '', quantity: 5 }], 'UPDATE', 't')).toEqual({
      ok: true,
      value: {
        companyId: 'c',
        mode: 'UPDATE',
        reportedAt: 't',
        positions: [{ sku: 'M1', warehouse: 'MAIN', quantity: 5 }],
      },
    });
  });

  it.each([
    [[{ sku: 'M1', warehouse: 'W', quantity: -3 }], 'positions[0].quantity'],
    [[{ sku: 'M1', warehouse: 'W', quantity: 2.5 }], 'positions[0].quantity'],
    [[{ sku: '', warehouse: 'W', quantity: 1 }], 'positions[0].sku'],
    [
      [
        { sku: 'M1', warehouse: 'W', quantity: 1 },
        { sku: 'M1', warehouse: 'W', quantity: 2 },
      ],
      'positions[1].sku',
    ],
  ])('rejects %o', (positions, field) => {
    expect(reportStock('c', positions, 'SNAPSHOT', 't')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('signals SKUs whose stock is below open demand, largest shortfall first', () => {
    expect(
      lowStock(
        [
          { sku: 'A', quantity: 10 },
          { sku: 'A', quantity: 5 },
          { sku: 'B', quantity: 100 },
        ],
        [
          { sku: 'A', quantity: 20 },
          { sku: 'B', quantity: 50 },
          { sku: 'C', quantity: 7 },
        ],
      ),
    ).toEqual([
      { sku: 'C', onHand: 0, openDemand: 7, shortfall: 7 },
      { sku: 'A', onHand: 15, openDemand: 20, shortfall: 5 },
    ]);
  });
});
