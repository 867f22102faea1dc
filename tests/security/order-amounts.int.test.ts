/**
 * Finding 15 (order part): a line total above 2^53 fen (quantity 2147483647 × 41943.05) threw a
 * RangeError and answered INTERNAL_SERVER_ERROR. Amounts are bounded in the domain (at most 10^13
 * fen each, money.ts): such an order is BAD_USER_INPUT and changes nothing.
 */
import { codeOf, startTestApi, uniqueUscc, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let leader: Account;
let supplierId: string;
beforeAll(async () => {
  api = await startTestApi();
  leader = await api.user(await api.company('CHAIN_LEADER', '金额链主'), 'ADMIN');
  const { createChain } = await leader.data<{ createChain: { id: string } }>(
    'mutation { createChain(name: "金额测试链") { id } }',
  );
  const uscc = uniqueUscc();
  await leader.data(
    'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
    {
      c: createChain.id,
      s: { name: '金额供方', uscc, email: `${uscc.toLowerCase()}@test.chainlift` },
    },
  );
  supplierId = (await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', { uscc }))[0]!
    .id as string;
}, 60_000);
afterAll(() => api.close());

const ORDER = `mutation ($s: ID!, $n: String!, $l: [OrderLineInput!]!) {
  placeOrder(input: { number: $n, supplierId: $s, promisedDate: "2099-01-01", lines: $l }) { id total { amount } }
}`;

describe('finding 15: order amounts beyond the safe bound are bad input', () => {
  it('answers a line total above 2^53 fen with BAD_USER_INPUT on the line, and places nothing', async () => {
    const response = await leader.gql(ORDER, {
      s: supplierId,
      n: 'BIG-1',
      l: [{ sku: 'BIG', quantity: 2147483647, unitPrice: '41943.05' }],
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('lines[0]');
    expect(response.errors?.[0]?.message).toMatch(/larger than the platform accepts/);
    expect(
      await api.cypher('MATCH (o:PurchaseOrder {buyerId: $b, number: "BIG-1"}) RETURN o', {
        b: leader.companyId,
      }),
    ).toEqual([]);
  });

  it('answers a total of lines each within the bound but above it together with BAD_USER_INPUT', async () => {
    const line = { sku: 'BIG', quantity: 6, unitPrice: '9000000000' };
    const response = await leader.gql(ORDER, { s: supplierId, n: 'BIG-2', l: [line, line] });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('lines');
  });

  it('still places an order at the bound', async () => {
    const response = await leader.gql(ORDER, {
      s: supplierId,
      n: 'BIG-3',
      l: [{ sku: 'BIG', quantity: 1, unitPrice: '100000000000' }],
    });
    expect(codeOf(response)).toBe('OK');
  });
});
