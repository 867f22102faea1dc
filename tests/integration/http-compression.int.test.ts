/**
 * The gateway compresses HTTP answers for clients that accept it (the web app's assets from the
 * copies the build compressed); subscriptions keep working.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { subscriptions } from '../support/live';
import { startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** A raw HTTP exchange: the headers as sent and the body as bytes (not decoded). */
function exchange(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const INTROSPECTION = JSON.stringify({ query: '{ __schema { types { name description } } }' });

it('gzips a large GraphQL answer when the client accepts it, and not otherwise', async () => {
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${api.admin.token}`,
  };
  const gz = await exchange(api.url, {
    method: 'POST',
    headers: { ...headers, 'accept-encoding': 'gzip' },
    body: INTROSPECTION,
  });
  expect(gz.status).toBe(200);
  expect(gz.headers['content-encoding']).toBe('gzip');
  const plain = await exchange(api.url, { method: 'POST', headers, body: INTROSPECTION });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(gunzipSync(gz.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  expect(gz.body.length).toBeLessThan(plain.body.length / 3);
  expect(JSON.parse(plain.body.toString('utf8')).data.__schema.types.length).toBeGreaterThan(50);
});

it("sends the web app's scripts as the brotli or gzip copy built beside them", async () => {
  const dist = path.resolve(__dirname, '../../web/dist/index.html');
  const page = await exchange(api.url.replace(/\/graphql$/, '/'), {
    headers: { 'accept-encoding': 'gzip' },
  });
  if (!existsSync(dist)) {
    // Without a build (only when the e2e project, which builds it, is left out) the gateway
    // answers a one-line hint: too small to be worth compressing.
    expect(page.status).toBe(503);
    return;
  }
  expect(page.status).toBe(200);
  const html = page.headers['content-encoding'] === 'gzip' ? gunzipSync(page.body) : page.body;
  expect(html.toString('utf8')).toMatch(/<html/i);
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html.toString('utf8'))?.[1];
  expect(script).toBeDefined();
  const asset = (encoding?: string) =>
    exchange(api.url.replace(/\/graphql$/, script!), {
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });
  const [plain, br, gz] = await Promise.all([asset(), asset('gzip, deflate, br'), asset('gzip')]);
  expect([plain.status, br.status, gz.status]).toEqual([200, 200, 200]);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(br.headers['content-encoding']).toBe('br');
  expect(gz.headers['content-encoding']).toBe('gzip');
  for (const r of [plain, br, gz]) {
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['cache-control']).toMatch(/immutable/);
  }
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  expect(br.body.length).toBeLessThan(gz.body.length);
});

it('keeps graphql-ws subscriptions working beside it', async () => {
  const live = subscriptions(api);
  try {
    const company = await api.company('SME', '压缩测试');
    const account = await api.user(company, 'ADMIN');
    const stock = live.subscribe(
      account,
      'subscription ($c: ID!) { stockChanged(companyId: $c) { sku quantity } }',
      { c: company },
    );
    await new Promise((r) => setTimeout(r, 1000));
    await account.data(
      'mutation { reportStock(positions: [{ sku: "GZ", quantity: 3 }]) { status } }',
    );
    await waitFor(async () => (stock.data.length ? true : undefined));
    expect(stock.data[0]).toEqual({ stockChanged: [{ sku: 'GZ', quantity: 3 }] });
    expect(stock.errors).toEqual([]);
  } finally {
    await live.close();
  }
});
