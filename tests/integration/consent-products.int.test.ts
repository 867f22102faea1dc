/**
 * Issue 17 item 5: a leader granted an INVENTORY consent saw `[]` until an order was confirmed, with
 * no hint why. The SME may name the products a consent covers (default: what it supplies to the
 * grantee); a consent naming none follows what the grantee buys, and the viewer is told why a list
 * is empty (stockCoverage.emptyReason).
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { codeOf, startTestApi, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  // 象山精铜 (t3) supplies 汇通线束 (t2), nothing to the leader; 甬华电机 (t1a) supplies it 电机.
  await w.t3.data(
    `mutation { reportStock(positions: [
       { sku: "CU-WIRE", productName: "铜线", warehouse: "XS-01", quantity: 500 },
       { sku: "CU-ROD", productName: "铜杆", warehouse: "XS-01", quantity: 70 }
     ]) { status } }`,
  );
  await w.t1a.data(
    `mutation { reportStock(positions: [
       { sku: "MOTOR-380", productName: "电机", warehouse: "NB-01", quantity: 12 },
       { sku: "FAN-9", productName: "风扇", warehouse: "NB-01", quantity: 3 }
     ]) { status } }`,
  );
}, 120_000);
afterAll(() => api?.close());

const GRANT = `mutation ($g: ID!, $p: [String!]) {
  grantConsent(granteeId: $g, scope: INVENTORY, products: $p) { id status products }
}`;
const STOCK = 'query ($c: ID!) { stock(companyId: $c) { sku quantity } }';
const COVERAGE =
  'query ($c: ID!) { stockCoverage(companyId: $c) { products followsOrders emptyReason message } }';
type Coverage = {
  stockCoverage: {
    products: string[];
    followsOrders: boolean;
    emptyReason: string | null;
    message: string | null;
  };
};

it('a consent naming no products from a company that supplies nothing yet: empty, and says why', async () => {
  const { grantConsent } = await w.t3.data<{ grantConsent: { products: string[] | null } }>(GRANT, {
    g: w.leader.companyId,
    p: null,
  });
  expect(grantConsent.products).toBeNull();
  expect((await w.leader.data<{ stock: unknown[] }>(STOCK, { c: w.t3.companyId })).stock).toEqual(
    [],
  );
  const { stockCoverage } = await w.leader.data<Coverage>(COVERAGE, { c: w.t3.companyId });
  expect(stockCoverage).toEqual({
    products: [],
    followsOrders: true,
    emptyReason: 'NO_PRODUCTS_COVERED',
    message: expect.stringMatching(
      /^the consent names no products: it covers what you bought on orders the supplier confirmed — none yet\. Ask the supplier/,
    ),
  });
});

it('an explicit empty product list is refused and grants nothing', async () => {
  const before = await api.cypher(
    "MATCH (c:Consent {grantorId: $g, scope: 'INVENTORY'}) RETURN count(c) AS n",
    { g: w.t3.companyId },
  );
  const refused = await w.t3.gql(GRANT, { g: w.leader.companyId, p: [] });
  expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.extensions?.field).toBe('products');
  expect(
    await api.cypher("MATCH (c:Consent {grantorId: $g, scope: 'INVENTORY'}) RETURN count(c) AS n", {
      g: w.t3.companyId,
    }),
  ).toEqual(before);
});

it('the SME names the products: the leader sees those at once, and only those', async () => {
  const { grantConsent } = await w.t3.data<{ grantConsent: { products: string[] | null } }>(GRANT, {
    g: w.leader.companyId,
    p: ['CU-WIRE'],
  });
  expect(grantConsent.products).toEqual(['CU-WIRE']);
  expect((await w.leader.data<{ stock: unknown[] }>(STOCK, { c: w.t3.companyId })).stock).toEqual([
    { sku: 'CU-WIRE', quantity: 500 },
  ]);
  const { stockCoverage } = await w.leader.data<Coverage>(COVERAGE, { c: w.t3.companyId });
  expect(stockCoverage).toMatchObject({ products: ['CU-WIRE'], emptyReason: null, message: null });
});

it('without a choice, the consent covers what the SME supplies to the grantee', async () => {
  const { grantConsent } = await w.t1a.data<{ grantConsent: { products: string[] | null } }>(
    GRANT,
    { g: w.leader.companyId },
  );
  // The leader invited 甬华电机 as supplier of 电机 (its supply link's products).
  expect(grantConsent.products).toEqual(['电机']);
  expect((await w.leader.data<{ stock: unknown[] }>(STOCK, { c: w.t1a.companyId })).stock).toEqual([
    { sku: 'MOTOR-380', quantity: 12 },
  ]);
  // Its own stock: everything, no reason.
  const own = await w.t1a.data<Coverage>(COVERAGE, { c: w.t1a.companyId });
  expect(own.stockCoverage).toMatchObject({ products: [], emptyReason: null });
});
