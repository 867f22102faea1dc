/** Shared inventory under consent: grant → read (audited) → revoke → FORBIDDEN; low stock; snapshots. */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { codeOf, startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  // The leader buys motors from t1a; t1a also stocks things the leader does not buy.
  await w.t1a.data(
    `mutation { reportStock(positions: [
       { sku: "MOTOR-220", productName: "电机", warehouse: "NB-01", quantity: 40 },
       { sku: "MOTOR-220", productName: "电机", warehouse: "NB-02", quantity: 15 },
       { sku: "SECRET-X", productName: "给别家的零件", warehouse: "NB-01", quantity: 999 }
     ]) { status } }`,
  );
  const { placeOrder } = await w.leader.data<{ placeOrder: { id: string } }>(
    `mutation ($s: ID!) { placeOrder(input: { number: "INV-T-1", supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "MOTOR-220", productName: "电机", quantity: 80, unitPrice: "35.00" }] }) { id } }`,
    { s: w.t1a.companyId },
  );
  // What the leader "buys" from t1a is what t1a accepted: its confirmed order lines.
  await w.t1a.data('mutation ($o: ID!) { actOnOrder(orderId: $o, action: CONFIRM) { status } }', {
    o: placeOrder.id,
  });
}, 120_000);
afterAll(() => api.close());

const STOCK = 'query ($c: ID!) { stock(companyId: $c) { sku warehouse quantity } }';
const LOW = 'query ($c: ID!) { lowStock(companyId: $c) { sku onHand openDemand shortfall } }';

it('a leader sees a supplier’s stock only while the supplier consents, only what it buys, and every read is logged', async () => {
  const denied = await w.leader.gql(STOCK, { c: w.t1a.companyId });
  expect(codeOf(denied)).toBe('FORBIDDEN');
  expect(denied.errors?.[0]?.message).toBe(
    "you have not been given access to this supplier's inventory: it must grant your company an INVENTORY consent",
  );

  const { grantConsent } = await w.t1a.data<{ grantConsent: { id: string; status: string } }>(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id status } }',
    { g: w.leader.companyId },
  );
  expect(grantConsent.status).toBe('ACTIVE');

  const { stock } = await w.leader.data<{
    stock: { sku: string; warehouse: string; quantity: number }[];
  }>(STOCK, { c: w.t1a.companyId });
  expect(stock).toEqual([
    { sku: 'MOTOR-220', warehouse: 'NB-01', quantity: 40 },
    { sku: 'MOTOR-220', warehouse: 'NB-02', quantity: 15 },
  ]);
  const { lowStock } = await w.leader.data<{ lowStock: unknown[] }>(LOW, { c: w.t1a.companyId });
  expect(lowStock).toEqual([{ sku: 'MOTOR-220', onHand: 55, openDemand: 80, shortfall: 25 }]);

  const log = await waitFor(async () => {
    const { accessLog } = await w.t1a.data<{
      accessLog: { viewer: { id: string }; scope: string; what: string; viewerUserEmail: string }[];
    }>('{ accessLog(scope: INVENTORY) { viewer { id } scope what viewerUserEmail } }');
    return accessLog.length >= 2 ? accessLog : undefined;
  });
  expect(log).toEqual(
    expect.arrayContaining([
      {
        viewer: { id: w.leader.companyId },
        scope: 'INVENTORY',
        what: 'stock positions',
        viewerUserEmail: w.leader.email,
      },
      {
        viewer: { id: w.leader.companyId },
        scope: 'INVENTORY',
        what: 'low-stock signals',
        viewerUserEmail: w.leader.email,
      },
    ]),
  );

  await w.t1a.data('mutation ($id: ID!) { revokeConsent(consentId: $id) { status } }', {
    id: grantConsent.id,
  });
  expect(codeOf(await w.leader.gql(STOCK, { c: w.t1a.companyId }))).toBe('FORBIDDEN');
  const { consents } = await w.t1a.data<{
    consents: { status: string; revokedAt: string | null }[];
  }>('{ consents(direction: GRANTED) { status revokedAt } }');
  expect(consents[0]).toMatchObject({ status: 'REVOKED', revokedAt: expect.any(String) });
});

it('a company sees all of its own stock; a snapshot zeroes positions it no longer lists', async () => {
  await w.t2.data(
    'mutation { reportStock(positions: [{ sku: "A", warehouse: "W1", quantity: 5 }, { sku: "B", warehouse: "W1", quantity: 6 }]) { status } }',
  );
  await w.t2.data(
    'mutation { reportStock(snapshot: true, positions: [{ sku: "A", warehouse: "W1", quantity: 7 }]) { status } }',
  );
  const { stock } = await w.t2.data<{ stock: unknown[] }>(STOCK, { c: w.t2.companyId });
  expect(stock).toEqual([
    { sku: 'A', warehouse: 'W1', quantity: 7 },
    { sku: 'B', warehouse: 'W1', quantity: 0 },
  ]);
});

it('refuses a negative quantity with BAD_USER_INPUT and an expired or foreign consent with FORBIDDEN', async () => {
  const bad = await w.t2.gql(
    'mutation { reportStock(positions: [{ sku: "A", warehouse: "W1", quantity: -1 }]) { status } }',
  );
  expect(bad.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'positions[0].quantity',
  });
  const past = await w.t2.gql(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY, expiresAt: "2020-01-01T00:00:00Z") { id } }',
    {
      g: w.leader.companyId,
    },
  );
  expect(past.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'expiresAt',
  });
  // A consent to the leader does not open the data to an outsider.
  await w.t2.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }', {
    g: w.leader.companyId,
  });
  expect(codeOf(await w.outsider.gql(STOCK, { c: w.t2.companyId }))).toBe('FORBIDDEN');
  // Only the grantor can revoke.
  const { consents } = await w.leader.data<{ consents: { id: string }[] }>(
    '{ consents(direction: RECEIVED) { id } }',
  );
  expect(
    codeOf(
      await w.leader.gql('mutation ($id: ID!) { revokeConsent(consentId: $id) { status } }', {
        id: consents[0]!.id,
      }),
    ),
  ).toBe('NOT_FOUND');
});
