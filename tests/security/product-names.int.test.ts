/**
 * A product's name is what the company holding the stock calls it. Products are one node per SKU
 * across the platform (the join key of consents and bought lines), and the name was set on that
 * node by whichever company first reported or ordered the SKU: another company's stock, its
 * exports, its takeaway archive and its consent matching then showed the first company's name — a
 * cross-tenant leak and a wrong answer. Each stock position now keeps the name its holder gave.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
const sku = `PN-${Date.now()}`;
const stockOf = async (viewer: ChainWorld['leader'], companyId: string) =>
  (
    await viewer.data<{ stock: { sku: string; productName: string }[] }>(
      'query ($c: ID!) { stock(companyId: $c) { sku productName } }',
      { c: companyId },
    )
  ).stock.filter((s) => s.sku === sku);

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  // An outsider reports the SKU first, under a name of its own.
  await w.outsider.data(
    'mutation ($s: String!) { reportStock(positions: [{ sku: $s, productName: "局外机密型号", quantity: 1 }]) { status } }',
    { s: sku },
  );
  await waitFor(async () =>
    (await stockOf(w.outsider, w.outsider.companyId)).length ? true : undefined,
  );
  await w.t2.data(
    'mutation ($s: String!) { reportStock(positions: [{ sku: $s, productName: "线束总成", quantity: 5 }]) { status } }',
    { s: sku },
  );
  await waitFor(async () => ((await stockOf(w.t2, w.t2.companyId)).length ? true : undefined));
}, 120_000);
afterAll(() => api.close());

describe('security: a stock position shows its holder’s product name, never another company’s', () => {
  it('given an outsider named the SKU first, when the holder reads its own stock, then its own name', async () => {
    expect(await stockOf(w.t2, w.t2.companyId)).toEqual([{ sku, productName: '线束总成' }]);
  });

  it('given a consent naming the holder’s product name, when the leader reads, then the position under the holder’s name', async () => {
    await w.t2.data(
      'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY, products: ["线束总成"]) { id } }',
      { g: w.leader.companyId },
    );
    const seen = await stockOf(w.leader, w.t2.companyId);
    expect(seen).toEqual([{ sku, productName: '线束总成' }]);
    expect(JSON.stringify(seen)).not.toMatch(/局外机密型号/);
  });

  it('given a later report without a name, when the holder reads, then the name it gave stays', async () => {
    await w.t2.data(
      'mutation ($s: String!) { reportStock(positions: [{ sku: $s, quantity: 6 }]) { status } }',
      { s: sku },
    );
    const quantity = async () =>
      (
        await w.t2.data<{ stock: { sku: string; quantity: number }[] }>(
          'query ($c: ID!) { stock(companyId: $c) { sku quantity } }',
          { c: w.t2.companyId },
        )
      ).stock.find((s) => s.sku === sku)?.quantity;
    await waitFor(async () => ((await quantity()) === 6 ? true : undefined));
    expect(await stockOf(w.t2, w.t2.companyId)).toEqual([{ sku, productName: '线束总成' }]);
  });
});
