/**
 * Excel exports (GET /export/<table>.xlsx) are a second door to the same tables: a company must
 * get through it exactly what its GraphQL query shows it and nothing of another tenant's — bank B
 * cannot export bank A's receivable pool or loan book, a company cannot export another's stock
 * without its consent, and a caller cannot widen the query (page size, other filters) through the
 * URL. Through the real gateway, Kafka and projector.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { download, rowsOf } from '../support/exports';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let bankA: Account;
let bankB: Account;
let productA: string;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bankA = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
  bankB = await api.user(await api.company('BANK', '四明银行'), 'ADMIN');
  productA = await defineProduct(bankA);
  await defineProduct(bankB);
  await grantReceivables(w.t1a, bankA.companyId);
  const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '100000.00'));
  await confirmReceivables(w.leader, [r.id]);
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: r.id, p: productA, e: inDays(90) },
  );
  await bankA.data('mutation ($id: ID!) { actOnPledge(id: $id, action: APPROVE) { id } }', {
    id: applyForFinancing.id,
  });
  await w.t1a.data(
    'mutation { reportStock(positions: [{ sku: "SECRET-1", warehouse: "W1", quantity: 5 }]) { status } }',
  );
}, 240_000);
afterAll(() => api?.close());

it("bank B cannot export bank A's receivable pool", async () => {
  const own = await download(api, bankA, 'receivable-pool.xlsx', {
    productId: productA,
    loanEndDate: inDays(90),
  });
  expect(own.status).toBe(200);
  expect(rowsOf(own.book!.getWorksheet('应收账款池')!).length).toBeGreaterThan(0);

  const stolen = await download(api, bankB, 'receivable-pool.xlsx', {
    productId: productA,
    loanEndDate: inDays(90),
  });
  expect(stolen.status).toBe(404);
  expect(stolen.error?.code).toBe('NOT_FOUND');
  expect(stolen.book).toBeUndefined();
});

it("bank B's loan book and exposure hold none of bank A's deals", async () => {
  const a = await download(api, bankA, 'loan-book.xlsx');
  expect(rowsOf(a.book!.getWorksheet('应收账款质押')!)).toHaveLength(1);
  const b = await download(api, bankB, 'loan-book.xlsx');
  expect(rowsOf(b.book!.getWorksheet('应收账款质押')!)).toHaveLength(0);
  expect(rowsOf(b.book!.getWorksheet('存货融资')!)).toHaveLength(0);
  const exposure = await download(api, bankB, 'exposure.xlsx');
  expect(rowsOf(exposure.book!.getWorksheet('按债务人')!)).toHaveLength(0);
  expect(rowsOf(exposure.book!.getWorksheet('按借款企业')!)).toHaveLength(0);
});

it("a company cannot export another company's stock without its consent, nor a bank's table", async () => {
  const stock = await download(api, w.leader, 'stock.xlsx', { companyId: w.t1a.companyId });
  expect(stock.status).toBe(403);
  expect(stock.error?.code).toBe('FORBIDDEN');
  const pool = await download(api, w.t1a, 'receivable-pool.xlsx', {
    productId: productA,
    loanEndDate: inDays(90),
  });
  expect(pool.status).toBe(403);
  const outsider = await download(api, w.outsider, 'receivables.xlsx', { role: 'DEBTOR' });
  expect(rowsOf(outsider.book!.getWorksheet('应收账款')!)).toHaveLength(0);
});

it('the URL cannot widen the query: paging and unknown filters are refused, a bad token is 401', async () => {
  const widen: Record<string, string>[] = [
    { first: '100000' },
    { offset: '5' },
    { holderId: w.t1a.companyId },
  ];
  for (const extra of widen) {
    const answer = await download(api, w.leader, 'receivables.xlsx', { role: 'DEBTOR', ...extra });
    expect(answer.status).toBe(400);
    expect(answer.error?.code).toBe('BAD_USER_INPUT');
  }
  const forged = await download(api, api.client('not-a-token'), 'loan-book.xlsx');
  expect(forged.status).toBe(401);
  expect(forged.error?.code).toBe('UNAUTHENTICATED');
});
