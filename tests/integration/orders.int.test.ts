/** Purchase orders between members: money in fen, the lifecycle by the right party, KPIs. */
import { supplierKpis, type OrderStatus } from '@chainlift/domain';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
}, 120_000);
afterAll(() => api.close());

const PLACE = `mutation ($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id number status total { amount currency } lines { sku quantity unitPrice { amount } total { amount } } buyer { id } supplier { id } placedOn promisedDate }
}`;
const ACT =
  'mutation ($id: ID!, $a: OrderAction!) { actOnOrder(orderId: $id, action: $a) { status confirmedOn shippedOn deliveredOn invoicedOn cancelledOn } }';
let seq = 0;
type Line = { sku: string; productName?: string; quantity: number; unitPrice: string };
const order = (
  supplierId: string,
  lines: Line[] = [
    { sku: 'MOTOR-220', productName: '220V 电机', quantity: 100, unitPrice: '35.50' },
  ],
) => ({
  number: `PO-${Date.now()}-${++seq}`,
  supplierId,
  promisedDate: '2099-12-31',
  lines,
});
const place = async (buyer: Account, supplierId: string, lines?: Line[]) =>
  (
    await buyer.data<{ placeOrder: { id: string; status: string } }>(PLACE, {
      input: order(supplierId, lines),
    })
  ).placeOrder;
const act = (who: Account, id: string, a: string) =>
  who.gql<{ actOnOrder: { status: OrderStatus } }>(ACT, { id, a });

describe('placing orders', () => {
  it('prices the lines exactly and reads back the same amounts', async () => {
    const { placeOrder } = await w.leader.data<{ placeOrder: Record<string, unknown> }>(PLACE, {
      input: order(w.t1a.companyId, [
        { sku: 'MOTOR-220', productName: '220V 电机', quantity: 3, unitPrice: '0.10' },
        { sku: 'FAN-12', productName: '风扇', quantity: 7, unitPrice: '19.99' },
      ]),
    });
    expect(placeOrder).toMatchObject({
      status: 'PLACED',
      total: { amount: '140.23', currency: 'CNY' },
      lines: [
        { sku: 'MOTOR-220', quantity: 3, unitPrice: { amount: '0.10' }, total: { amount: '0.30' } },
        { sku: 'FAN-12', quantity: 7, unitPrice: { amount: '19.99' }, total: { amount: '139.93' } },
      ],
      buyer: { id: w.leader.companyId },
      supplier: { id: w.t1a.companyId },
    });
    const [stored] = await api.cypher(
      'MATCH (o:PurchaseOrder {id: $id}) RETURN o.totalFen AS fen, valueType(o.totalFen) AS type',
      { id: placeOrder.id },
    );
    expect(stored).toEqual({ fen: 14023, type: 'INTEGER NOT NULL' });
  });

  it.each([
    ['a negative quantity', [{ sku: 'X', quantity: -5, unitPrice: '1.00' }], 'lines[0].quantity'],
    [
      'a price with three decimals',
      [{ sku: 'X', quantity: 1, unitPrice: '1.005' }],
      'lines[0].unitPrice',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_why, lines, field) => {
    const input = order(w.t1a.companyId, lines);
    const result = await w.leader.gql(PLACE, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(
      await api.cypher('MATCH (o:PurchaseOrder {number: $n}) RETURN o', { n: input.number }),
    ).toEqual([]);
  });

  it('refuses a reused order number with CONFLICT', async () => {
    const input = order(w.t1a.companyId);
    await w.leader.data(PLACE, { input });
    const again = await w.leader.gql(PLACE, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'number' });
  });

  it('only lets a company order from its suppliers or fellow members', async () => {
    expect(codeOf(await w.outsider.gql(PLACE, { input: order(w.t1a.companyId) }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await w.leader.gql(PLACE, { input: order(w.outsider.companyId) }))).toBe(
      'FORBIDDEN',
    );
    const viewer = await api.user(w.leader.companyId, 'VIEWER');
    expect(codeOf(await viewer.gql(PLACE, { input: order(w.t1a.companyId) }))).toBe('FORBIDDEN');
  });
});

describe('the order lifecycle', () => {
  it('goes PLACED → CONFIRMED → SHIPPED → DELIVERED → INVOICED, each step by the right party', async () => {
    const { id } = await place(w.leader, w.t1a.companyId);
    expect(codeOf(await act(w.leader, id, 'CONFIRM'))).toBe('FORBIDDEN');
    expect(codeOf(await act(w.t1a, id, 'SHIP'))).toBe('CONFLICT');
    expect((await act(w.t1a, id, 'CONFIRM')).data?.actOnOrder.status).toBe('CONFIRMED');
    expect((await act(w.t1a, id, 'SHIP')).data?.actOnOrder.status).toBe('SHIPPED');
    expect(codeOf(await act(w.t1a, id, 'DELIVER'))).toBe('FORBIDDEN');
    expect(codeOf(await act(w.leader, id, 'CANCEL'))).toBe('CONFLICT');
    expect((await act(w.leader, id, 'DELIVER')).data?.actOnOrder.status).toBe('DELIVERED');
    const invoiced = await act(w.t1a, id, 'INVOICE');
    expect(invoiced.data?.actOnOrder).toMatchObject({
      status: 'INVOICED',
      confirmedOn: expect.any(String),
      deliveredOn: expect.any(String),
    });
  });

  it('lets either party cancel before shipment, and nobody else see or touch the order', async () => {
    const { id } = await place(w.leader, w.t1b.companyId);
    expect(codeOf(await act(w.outsider, id, 'CANCEL'))).toBe('FORBIDDEN');
    expect(codeOf(await w.outsider.gql('query ($id: ID!) { order(id: $id) { id } }', { id }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await w.t1a.gql('query ($id: ID!) { order(id: $id) { id } }', { id }))).toBe(
      'FORBIDDEN',
    );
    expect((await act(w.t1b, id, 'CANCEL')).data?.actOnOrder.status).toBe('CANCELLED');
  });

  it('lists a company’s orders by role', async () => {
    const { orders } = await w.t1b.data<{ orders: { supplier: { id: string } }[] }>(
      '{ orders(role: SUPPLIER) { supplier { id } } }',
    );
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => o.supplier.id === w.t1b.companyId)).toBe(true);
  });
});

describe('supplier KPIs', () => {
  it('match the reference rule over the buyer’s real orders', async () => {
    // t2 sells to t1a: one delivered, one open, one cancelled.
    const delivered = await place(w.t1a, w.t2.companyId, [
      { sku: 'H-1', quantity: 10, unitPrice: '2.50' },
    ]);
    for (const [who, a] of [
      [w.t2, 'CONFIRM'],
      [w.t2, 'SHIP'],
      [w.t1a, 'DELIVER'],
    ] as const)
      await act(who, delivered.id, a);
    await place(w.t1a, w.t2.companyId, [{ sku: 'H-1', quantity: 4, unitPrice: '2.50' }]);
    const cancelled = await place(w.t1a, w.t2.companyId, [
      { sku: 'H-2', quantity: 1, unitPrice: '99.00' },
    ]);
    await act(w.t1a, cancelled.id, 'CANCEL');

    const {
      supplierKpis: [kpi],
    } = await w.t1a.data<{ supplierKpis: Record<string, unknown>[] }>(
      'query ($s: ID) { supplierKpis(supplierId: $s) { supplier { id } orders delivered onTime onTimePerMille openValue { amount currency } leadTimeDaysTenths } }',
      { s: w.t2.companyId },
    );
    const facts = await api.cypher(
      `MATCH (o:PurchaseOrder {buyerId: $b, supplierId: $s})
       RETURN o.status AS status, o.totalFen AS totalFen, toString(o.placedOn) AS placedOn, toString(o.promisedDate) AS promisedDate, toString(o.deliveredOn) AS deliveredOn`,
      { b: w.t1a.companyId, s: w.t2.companyId },
    );
    const expected = supplierKpis(facts as never);
    expect(kpi).toEqual({
      supplier: { id: w.t2.companyId },
      orders: 3,
      delivered: 1,
      onTime: 1,
      onTimePerMille: expected.onTimePerMille,
      openValue: { amount: '10.00', currency: 'CNY' },
      leadTimeDaysTenths: expected.leadTimeDaysTenths,
    });
    expect(expected).toMatchObject({ orders: 3, delivered: 1, onTime: 1, openValueFen: 1000 });
  });

  it('come in pages in supplier order, cut in Neo4j: the pages make the whole list', async () => {
    await place(w.leader, w.t1a.companyId);
    await place(w.leader, w.t1b.companyId);
    const kpis = async (args: { first?: number; offset?: number }) =>
      (
        await w.leader.data<{ supplierKpis: { supplier: { id: string }; orders: number }[] }>(
          'query ($f: Int, $o: Int) { supplierKpis(first: $f, offset: $o) { supplier { id } orders } }',
          { f: args.first, o: args.offset },
        )
      ).supplierKpis;
    const whole = await kpis({});
    expect(whole.map((k) => k.supplier.id)).toEqual(
      [w.t1a.companyId, w.t1b.companyId].sort((a, b) => (a < b ? -1 : 1)),
    );
    const pages = [
      await kpis({ first: 1 }),
      await kpis({ first: 1, offset: 1 }),
      await kpis({ offset: 2 }),
    ];
    expect(pages.map((p) => p.length)).toEqual([1, 1, 0]);
    expect(pages.flat()).toEqual(whole);
    const refused = await w.leader.gql('{ supplierKpis(offset: -1) { orders } }');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });
});
