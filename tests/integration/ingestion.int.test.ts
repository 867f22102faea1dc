/** Company systems post events with an API key: JSON or NDJSON, per-event results, only about themselves; the CLI. */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { inDays } from '../support/finance';
import { codeOf, startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let key: string;
let ingestUrl: string;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  const { createApiKey } = await w.t1a.data<{ createApiKey: { key: string } }>(
    'mutation { createApiKey(name: "WMS") { key apiKey { id active } } }',
  );
  key = createApiKey.key;
  ingestUrl = api.url.replace(/\/graphql$/, '/ingest');
}, 120_000);
afterAll(() => api.close());

const post = (body: string, contentType: string, token = key) =>
  fetch(ingestUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });

const stockEvent = (companyId: string, sku: string, quantity: number, id = randomUUID()) => ({
  id,
  type: 'StockReported',
  payload: {
    companyId,
    mode: 'UPDATE',
    reportedAt: new Date().toISOString(),
    positions: [{ sku, productName: sku, warehouse: 'WMS-1', quantity }],
  },
});

const stockOf = async (sku: string) =>
  (
    await api.cypher(
      'MATCH (:Company {id: $c})-[:HOLDS]->(s:StockPosition {sku: $sku}) RETURN s.quantity AS q',
      { c: w.t1a.companyId, sku },
    )
  )[0]?.q;

it('accepts a JSON batch of the company’s own events and rejects, one by one, what it may not write', async () => {
  const own = stockEvent(w.t1a.companyId, 'ING-A', 7);
  const foreign = stockEvent(w.t1b.companyId, 'ING-A', 9);
  const broken = { ...stockEvent(w.t1a.companyId, 'ING-B', -1) };
  const response = await post(
    JSON.stringify([own, foreign, broken, { type: 'CompanyRegistered', payload: {} }]),
    'application/json',
  );
  expect(response.status).toBe(202);
  const body = (await response.json()) as {
    accepted: number;
    rejected: number;
    results: { status: string; code?: string; error?: string }[];
  };
  expect(body).toMatchObject({ accepted: 1, rejected: 3 });
  expect(body.results.map((r) => [r.status, r.code])).toEqual([
    ['accepted', undefined],
    ['rejected', 'FORBIDDEN'],
    ['rejected', 'BAD_USER_INPUT'],
    ['rejected', 'BAD_USER_INPUT'],
  ]);
  expect(body.results[2]!.error).toContain('payload/positions/0/quantity');
  expect(await waitFor(async () => await stockOf('ING-A'))).toBe(7);
  expect(
    await api.cypher(
      'MATCH (:Company {id: $c})-[:HOLDS]->(s:StockPosition {sku: "ING-A"}) RETURN s',
      { c: w.t1b.companyId },
    ),
  ).toEqual([]);
});

it('accepts an order for a stranger at the door, and the projector refuses it by the trade rule', async () => {
  const orderId = randomUUID();
  const order = {
    id: randomUUID(),
    type: 'OrderPlaced',
    payload: {
      orderId,
      number: `ING-${Date.now()}`,
      buyerId: w.t1a.companyId,
      supplierId: w.outsider.companyId,
      currency: 'CNY',
      lines: [{ sku: 'X', productName: 'X', quantity: 2, unitPriceFen: 150 }],
      totalFen: 300,
      promisedDate: '2099-01-01',
      placedOn: inDays(0),
    },
  };
  const response = await post(JSON.stringify([order]), 'application/json');
  const answer = (await response.json()) as { accepted: number; results: { eventId: string }[] };
  expect(answer.accepted).toBe(1);
  const outcome = await waitFor(
    async () =>
      (
        await api.cypher('MATCH (e:Event {id: $id}) RETURN e.status AS status, e.code AS code', {
          id: answer.results[0]!.eventId,
        })
      )[0],
  );
  expect(outcome).toEqual({ status: 'REJECTED', code: 'FORBIDDEN' });
  expect(await api.cypher('MATCH (o:PurchaseOrder {id: $id}) RETURN o', { id: orderId })).toEqual(
    [],
  );
});

it('takes NDJSON, and a repeated event (same id) changes nothing', async () => {
  const first = stockEvent(w.t1a.companyId, 'ING-C', 3);
  const lines = [first, stockEvent(w.t1a.companyId, 'ING-D', 4)]
    .map((e) => JSON.stringify(e))
    .join('\n');
  expect((await post(lines, 'application/x-ndjson')).status).toBe(202);
  await waitFor(async () => await stockOf('ING-D'));
  const again = {
    ...first,
    payload: {
      ...first.payload,
      positions: [{ sku: 'ING-C', productName: 'ING-C', warehouse: 'WMS-1', quantity: 999 }],
    },
  };
  expect((await post(JSON.stringify(again), 'application/x-ndjson')).status).toBe(202);
  const marker = stockEvent(w.t1a.companyId, 'ING-E', 1);
  await post(JSON.stringify([marker]), 'application/json');
  await waitFor(async () => await stockOf('ING-E'));
  expect(await stockOf('ING-C')).toBe(3);
});

it('refuses a missing, a wrong and a revoked key with 401, and explains a bad body', async () => {
  expect(
    (
      await fetch(ingestUrl, {
        method: 'POST',
        body: '[]',
        headers: { 'content-type': 'application/json' },
      })
    ).status,
  ).toBe(401);
  expect((await post('[]', 'application/json', `${key.slice(0, -3)}xyz`)).status).toBe(401);
  const badBody = await post('{"a":1}\n{nope', 'application/x-ndjson');
  expect(badBody.status).toBe(400);
  expect(((await badBody.json()) as { error: { message: string } }).error.message).toMatch(
    /^line 2 is not JSON/,
  );

  const { createApiKey } = await w.t1a.data<{
    createApiKey: { key: string; apiKey: { id: string } };
  }>('mutation { createApiKey(name: "ERP") { key apiKey { id } } }');
  const { revokeApiKey } = await w.t1a.data<{ revokeApiKey: { active: boolean } }>(
    'mutation ($id: ID!) { revokeApiKey(id: $id) { active } }',
    {
      id: createApiKey.apiKey.id,
    },
  );
  expect(revokeApiKey.active).toBe(false);
  const revoked = await post('[]', 'application/json', createApiKey.key);
  expect(revoked.status).toBe(401);
  expect(((await revoked.json()) as { error: { message: string } }).error.message).toMatch(
    /revoked/,
  );
  // Ingestion is for chain leaders' and suppliers' systems.
  const bank = await api.user(await api.company('BANK'), 'ADMIN');
  const { createApiKey: bankKey } = await bank.data<{ createApiKey: { key: string } }>(
    'mutation { createApiKey(name: "core banking") { key } }',
  );
  expect((await post('[]', 'application/json', bankKey.key)).status).toBe(403);
  // Only a company ADMIN manages keys.
  const operator = await api.user(w.t1a.companyId, 'OPERATOR');
  expect(codeOf(await operator.gql('mutation { createApiKey(name: "x") { key } }'))).toBe(
    'FORBIDDEN',
  );
});

it('the CLI streams a stock CSV and an orders CSV with a progress bar and a final count', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
  const stockCsv = path.join(dir, 'stock.csv');
  writeFileSync(
    stockCsv,
    [
      'sku,warehouse,quantity,product_name',
      ...Array.from({ length: 250 }, (_, i) => `CLI-${i},NB-01,${i},零件${i}`),
    ].join('\n'),
  );
  // Asynchronously: the gateway answering the CLI runs in this very process.
  const run = (file: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/ingest.ts',
          '--file',
          file,
          '--url',
          ingestUrl,
          '--batch',
          '100',
        ],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, CHAINLIFT_API_KEY: key },
          encoding: 'utf8',
          timeout: 60_000,
        },
        (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
      );
    });
  const stock = await run(stockCsv);
  expect(stock.status).toBe(0);
  expect(stock.stdout).toContain('250 accepted, 0 rejected');
  expect(stock.stderr).toContain('100% 250/250 events');
  expect(await waitFor(async () => await stockOf('CLI-249'))).toBe(249);

  const ordersCsv = path.join(dir, 'orders.csv');
  writeFileSync(
    ordersCsv,
    [
      'number,supplier_id,promised_date,sku,quantity,unit_price,product_name',
      `WMS-1,${w.t2.companyId},2099-01-01,H-1,10,2.50,线束`,
      `WMS-1,${w.t2.companyId},2099-01-01,H-2,1,0.99,线束B`,
      `WMS-2,${w.t2.companyId},2099-01-01,H-1,-3,2.50,线束`,
    ].join('\n'),
  );
  const orders = await run(ordersCsv);
  expect(orders.status).toBe(1);
  expect(orders.stdout).toContain('1 accepted, 1 rejected');
  expect(orders.stdout).toMatch(/line 4: order WMS-2: .*quantity/);
  const placed = await waitFor(
    async () =>
      (
        await api.cypher(
          'MATCH (o:PurchaseOrder {buyerId: $b, number: "WMS-1"}) RETURN o.totalFen AS fen',
          { b: w.t1a.companyId },
        )
      )[0],
  );
  expect(placed).toEqual({ fen: 2599 });
});
