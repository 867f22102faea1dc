import {
  checkPlacedOrder,
  placeOrder,
  transitionOrder,
  type OrderAction,
  type OrderStatus,
} from './order';
import {
  kpiDeltaOfAction,
  kpiDeltaOfPlacing,
  kpisFromTotals,
  supplierKpis,
  addKpiTotals,
  isNoKpiChange,
  NO_KPI_CHANGE,
} from './kpis';

const input = {
  number: 'PO-2026-0001',
  supplierId: 'S',
  promisedDate: '2026-12-20',
  lines: [
    { sku: 'MOTOR-220', productName: '220V 电机', quantity: 100, unitPrice: '35.50' },
    { sku: 'FAN-12', quantity: 3, unitPrice: '0.10' },
  ],
};

describe('placing an order', () => {
  it('refuses a line total above the safe bound as bad input, not a crash (finding 15)', () => {
    const huge = { lines: [{ sku: 'X', quantity: 2147483647, unitPrice: '41943.05' }] };
    expect(placeOrder({ ...input, ...huge }, 'B', 'o1', '2026-11-23')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'lines[0]' },
    });
    const many = {
      lines: [1, 2].map(() => ({ sku: 'X', quantity: 6, unitPrice: '9000000000' })),
    };
    expect(placeOrder({ ...input, ...many }, 'B', 'o1', '2026-11-23')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'lines' },
    });
  });

  it('prices lines in fen and totals them', () => {
    const result = placeOrder(input, 'B', 'o1', '2026-11-23');
    expect(result).toEqual({
      ok: true,
      value: {
        orderId: 'o1',
        number: 'PO-2026-0001',
        buyerId: 'B',
        supplierId: 'S',
        currency: 'CNY',
        promisedDate: '2026-12-20',
        lines: [
          { sku: 'MOTOR-220', productName: '220V 电机', quantity: 100, unitPriceFen: 3550 },
          { sku: 'FAN-12', productName: 'FAN-12', quantity: 3, unitPriceFen: 10 },
        ],
        totalFen: 355_030,
      },
    });
  });

  it.each([
    [
      'a negative quantity',
      { lines: [{ sku: 'X', quantity: -1, unitPrice: '1' }] },
      'lines[0].quantity',
    ],
    [
      'a fractional quantity',
      { lines: [{ sku: 'X', quantity: 1.5, unitPrice: '1' }] },
      'lines[0].quantity',
    ],
    [
      'a price with three decimals',
      { lines: [{ sku: 'X', quantity: 1, unitPrice: '1.005' }] },
      'lines[0].unitPrice',
    ],
    ['no lines', { lines: [] }, 'lines'],
    ['a past promise', { promisedDate: '2026-11-01' }, 'promisedDate'],
    ['an impossible date', { promisedDate: '2026-02-30' }, 'promisedDate'],
    ['ordering from oneself', { supplierId: 'B' }, 'supplierId'],
    ['a bad currency', { currency: 'RMB¥' }, 'currency'],
  ])('rejects %s', (_why, change, field) => {
    expect(placeOrder({ ...input, ...change }, 'B', 'o1', '2026-11-23')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });
});

describe('order lifecycle (given an order, when a party acts)', () => {
  const at = (status: OrderStatus) => ({ status, buyerId: 'B', supplierId: 'S' });
  it.each([
    ['PLACED', 'confirm', 'S', 'CONFIRMED'],
    ['CONFIRMED', 'ship', 'S', 'SHIPPED'],
    ['SHIPPED', 'deliver', 'B', 'DELIVERED'],
    ['DELIVERED', 'invoice', 'S', 'INVOICED'],
    ['PLACED', 'cancel', 'B', 'CANCELLED'],
    ['CONFIRMED', 'cancel', 'S', 'CANCELLED'],
  ] as [OrderStatus, OrderAction, string, OrderStatus][])(
    '%s + %s by %s → %s',
    (from, action, actor, to) => {
      expect(transitionOrder(at(from), action, actor)).toEqual({ ok: true, value: to });
    },
  );

  it.each([
    ['PLACED', 'confirm', 'B', 'FORBIDDEN'],
    ['SHIPPED', 'deliver', 'S', 'FORBIDDEN'],
    ['PLACED', 'ship', 'S', 'CONFLICT'],
    ['SHIPPED', 'cancel', 'B', 'CONFLICT'],
    ['INVOICED', 'invoice', 'S', 'CONFLICT'],
    ['PLACED', 'confirm', 'X', 'FORBIDDEN'],
  ] as [OrderStatus, OrderAction, string, string][])(
    '%s + %s by %s is refused with %s',
    (from, action, actor, code) => {
      expect(transitionOrder(at(from), action, actor)).toMatchObject({
        ok: false,
        error: { code },
      });
    },
  );
});

describe('supplier KPIs', () => {
  it('computes on-time rate, open value and lead time from hand-worked orders', () => {
    const kpis = supplierKpis([
      {
        status: 'DELIVERED',
        totalFen: 1000,
        placedOn: '2026-10-01',
        promisedDate: '2026-10-10',
        deliveredOn: '2026-10-09',
      },
      {
        status: 'INVOICED',
        totalFen: 2000,
        placedOn: '2026-10-01',
        promisedDate: '2026-10-10',
        deliveredOn: '2026-10-12',
      },
      {
        status: 'DELIVERED',
        totalFen: 500,
        placedOn: '2026-10-05',
        promisedDate: '2026-10-20',
        deliveredOn: '2026-10-20',
      },
      {
        status: 'CONFIRMED',
        totalFen: 700,
        placedOn: '2026-11-01',
        promisedDate: '2026-12-01',
        deliveredOn: null,
      },
      {
        status: 'SHIPPED',
        totalFen: 300,
        placedOn: '2026-11-01',
        promisedDate: '2026-12-01',
        deliveredOn: null,
      },
      {
        status: 'CANCELLED',
        totalFen: 9999,
        placedOn: '2026-11-01',
        promisedDate: '2026-12-01',
        deliveredOn: null,
      },
    ]);
    // on time: 2 of 3 → 667 ‰; lead days 8 + 11 + 15 = 34 / 3 = 11.33 → 113 tenths
    expect(kpis).toEqual({
      orders: 6,
      delivered: 3,
      onTime: 2,
      onTimePerMille: 667,
      openValueFen: 1000,
      leadTimeDaysTenths: 113,
    });
  });

  it('has no rates before the first delivery', () => {
    expect(supplierKpis([])).toEqual({
      orders: 0,
      delivered: 0,
      onTime: 0,
      onTimePerMille: null,
      openValueFen: 0,
      leadTimeDaysTenths: null,
    });
  });
});

describe('KPI deltas (the read model kept current per event)', () => {
  it('add up to the same KPIs as aggregating the orders', () => {
    const o1 = { totalFen: 1000, placedOn: '2026-10-01', promisedDate: '2026-10-10' };
    const o2 = { totalFen: 2000, placedOn: '2026-10-01', promisedDate: '2026-10-10' };
    const o3 = { totalFen: 700, placedOn: '2026-11-01', promisedDate: '2026-12-01' };
    const o4 = { totalFen: 9999, placedOn: '2026-11-01', promisedDate: '2026-12-01' };
    const deltas = [
      kpiDeltaOfPlacing(1000),
      kpiDeltaOfPlacing(2000),
      kpiDeltaOfPlacing(700),
      kpiDeltaOfPlacing(9999),
      kpiDeltaOfAction('confirm', o1, '2026-10-02'),
      kpiDeltaOfAction('ship', o1, '2026-10-05'),
      kpiDeltaOfAction('deliver', o1, '2026-10-09'),
      kpiDeltaOfAction('deliver', o2, '2026-10-12'),
      kpiDeltaOfAction('invoice', o2, '2026-10-20'),
      kpiDeltaOfAction('confirm', o3, '2026-11-02'),
      kpiDeltaOfAction('cancel', o4, '2026-11-03'),
    ];
    const total = deltas.reduce(addKpiTotals, NO_KPI_CHANGE);
    expect(kpisFromTotals(total)).toEqual(
      supplierKpis([
        { status: 'DELIVERED', ...o1, deliveredOn: '2026-10-09' },
        { status: 'INVOICED', ...o2, deliveredOn: '2026-10-12' },
        { status: 'CONFIRMED', ...o3, deliveredOn: null },
        { status: 'CANCELLED', ...o4, deliveredOn: null },
      ]),
    );
  });

  it('says when an event changes no total (confirm, ship, invoice)', () => {
    const o = { totalFen: 1000, placedOn: '2026-10-01', promisedDate: '2026-10-10' };
    expect(isNoKpiChange(kpiDeltaOfAction('confirm', o, '2026-10-02'))).toBe(true);
    expect(isNoKpiChange(kpiDeltaOfAction('invoice', o, '2026-10-20'))).toBe(true);
    expect(isNoKpiChange(kpiDeltaOfAction('deliver', o, '2026-10-09'))).toBe(false);
    expect(isNoKpiChange(kpiDeltaOfPlacing(1000))).toBe(false);
  });
});

describe('an OrderPlaced from a company system', () => {
  const placed = placeOrder(input, 'B', 'o1', '2026-11-23');
  const order = { ...(placed.ok ? placed.value : ({} as never)), placedOn: '2026-11-23' };

  it('passes when its total is the sum of its lines', () => {
    expect(checkPlacedOrder(order)).toMatchObject({ ok: true });
  });

  it.each([
    ['a total that is not the sum of the lines', { totalFen: 0 }, 'totalFen'],
    [
      'a total beyond the exact range',
      { lines: [{ sku: 'X', productName: 'X', quantity: 1e9, unitPriceFen: 1e9 }], totalFen: 1e18 },
      'totalFen',
    ],
    ['a promise before the order date', { promisedDate: '2026-11-01' }, 'promisedDate'],
    [
      'a fractional quantity',
      { lines: [{ sku: 'X', productName: 'X', quantity: 0.5, unitPriceFen: 10 }], totalFen: 5 },
      'lines[0].quantity',
    ],
  ])('refuses %s', (_why, change, field) => {
    expect(checkPlacedOrder({ ...order, ...change })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });
});
