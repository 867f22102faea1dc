/**
 * Stock reads start before the authorization decision is taken (RequestAuthorizer.requireAndRead:
 * the read needs only who asks, so the decision and the read run at once). A read that has run is
 * not an answer: a refused caller gets the refusal and none of the data, and an allowed one only
 * what its consent covers, with its access record written before the answer.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { codeOf, startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  await w.t2.data(
    'mutation { reportStock(positions: [{ sku: "EARLY-A", quantity: 7 }, { sku: "EARLY-B", quantity: 8 }]) { status } }',
  );
  await w.t2.data(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY, products: ["EARLY-A"]) { id } }',
    { g: w.leader.companyId },
  );
}, 120_000);
afterAll(() => api.close());

const READS = {
  stock: '($c: ID!) { stock(companyId: $c) { sku quantity } }',
  stockCoverage:
    '($c: ID!) { stockCoverage(companyId: $c) { products followsOrders emptyReason } }',
  lowStock: '($c: ID!) { lowStock(companyId: $c) { sku } }',
};

describe('security: a stock read started before the decision answers only what the decision allows', () => {
  it.each(Object.entries(READS))(
    'given a company without consent, when it reads %s, then FORBIDDEN and no stock in the answer',
    async (_name, query) => {
      const answer = await w.outsider.gql(`query ${query}`, { c: w.t2.companyId });
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data ?? null).toBeNull();
      expect(JSON.stringify(answer)).not.toMatch(/EARLY-/);
    },
  );

  it('given a consent naming one product, when the leader reads, then only that product, and its read is on record', async () => {
    const { stock } = await w.leader.data<{ stock: { sku: string }[] }>(`query ${READS.stock}`, {
      c: w.t2.companyId,
    });
    expect(stock.map((s) => s.sku)).toEqual(['EARLY-A']);
    const logged = await waitFor(async () => {
      const { accessLog } = await w.t2.data<{
        accessLog: { what: string; viewerUserEmail: string }[];
      }>('{ accessLog(scope: INVENTORY) { what viewerUserEmail } }');
      return accessLog.find(
        (a) => a.what === 'stock positions' && a.viewerUserEmail === w.leader.email,
      );
    });
    expect(logged).toBeDefined();
  });
});
