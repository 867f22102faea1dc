/**
 * Findings 10 and 15 (ingest): POST /ingest checks the API key before it reads the body, limits each
 * key's rate and body size, stamps the receive time itself, scopes client event ids to the company,
 * bounds and marks backdated business dates; a body over the limit is 413 in JSON, an event over the
 * size an event may have is rejected alone and the good events of its batch are applied.
 */
import { randomUUID } from 'node:crypto';
import { inDays } from '../support/finance';
import { startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let a: Account;
let b: Account;
let keyA: string;
let keyB: string;
beforeAll(async () => {
  api = await startTestApi();
  a = await api.user(await api.company('SME'), 'ADMIN');
  b = await api.user(await api.company('SME'), 'ADMIN');
  const keyOf = async (who: Account) =>
    (
      await who.data<{ createApiKey: { key: string } }>(
        'mutation { createApiKey(name: "WMS") { key } }',
      )
    ).createApiKey.key;
  keyA = await keyOf(a);
  keyB = await keyOf(b);
}, 120_000);
afterAll(() => api?.close());

const ingestUrl = (gateway: TestApi) => gateway.url.replace(/\/graphql$/, '/ingest');
const post = (body: string, key: string, gateway = api, contentType = 'application/json') =>
  fetch(ingestUrl(gateway), {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': contentType },
    body,
  });

interface Answer {
  accepted: number;
  rejected: number;
  results: {
    status: string;
    eventId?: string;
    code?: string;
    error?: string;
    backdated?: { field: string; days: number };
  }[];
}

const stock = (
  companyId: string,
  sku: string,
  quantity: number,
  extra: { id?: string; occurredAt?: string; reportedAt?: string; productName?: string } = {},
) => ({
  ...(extra.id ? { id: extra.id } : {}),
  ...(extra.occurredAt ? { occurredAt: extra.occurredAt } : {}),
  type: 'StockReported',
  payload: {
    companyId,
    mode: 'UPDATE',
    reportedAt: extra.reportedAt ?? new Date().toISOString(),
    positions: [{ sku, productName: extra.productName ?? sku, warehouse: 'W1', quantity }],
  },
});

const stockOf = async (companyId: string, sku: string) =>
  (
    await api.cypher(
      'MATCH (:Company {id: $c})-[:HOLDS]->(s:StockPosition {sku: $sku}) RETURN s.quantity AS q',
      { c: companyId, sku },
    )
  )[0]?.q as number | undefined;

const outcomeOf = async (eventId: string) =>
  (
    await api.data<{ eventOutcome: { status: string } }>(
      'query ($e: ID!) { eventOutcome(eventId: $e) { status } }',
      { e: eventId },
    )
  ).eventOutcome.status;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('finding 10: ingest authenticates first and limits each key', () => {
  it('answers 401 to a request without a valid key before reading its body', async () => {
    const noKey = await fetch(ingestUrl(api), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"not": json',
    });
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
    const wrongKey = await post(
      'x'.repeat(3 * 1024 * 1024),
      `clk_${randomUUID()}_${'A'.repeat(43)}`,
    );
    expect(wrongKey.status).toBe(401);
  });

  it('limits the requests of one key per minute (per gateway) with 429', async () => {
    const gateway = await startTestApi({
      ingest: { maxBodyBytes: 4_194_304, requestsPerMinute: 3, maxBackdateDays: 7 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await post(JSON.stringify([]), keyA, gateway)).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      // Another key is not held back by this one.
      expect((await post(JSON.stringify([]), keyB, gateway)).status).toBe(202);
    } finally {
      await gateway.close();
    }
  });
});

describe('finding 10: the server owns time and ids', () => {
  it('stamps the receive time: a client occurredAt in the past does not date the activity', async () => {
    const sku = `T-${randomUUID().slice(0, 8)}`;
    const response = await post(
      JSON.stringify([stock(a.companyId, sku, 5, { occurredAt: '2020-01-01T00:00:00Z' })]),
      keyA,
    );
    expect(response.status).toBe(202);
    const { results } = (await response.json()) as Answer;
    expect(
      await waitFor(() =>
        outcomeOf(results[0]!.eventId!).then((s) => (s === 'PENDING' ? undefined : s)),
      ),
    ).toBe('APPLIED');
    const days = await api.cypher(
      'MATCH (d:DataActivity {companyId: $c, via: "ingest"}) RETURN toString(d.day) AS day',
      { c: a.companyId },
    );
    expect(days.map((d) => d.day)).not.toContain('2020-01-01');
    expect(days.map((d) => d.day)).toContain(inDays(0));
  });

  it('scopes client event ids to the company: another tenant posting the same id first changes nothing for this one', async () => {
    const id = randomUUID();
    const sku = `ID-${id.slice(0, 8)}`;
    const first = (await (
      await post(JSON.stringify([stock(b.companyId, sku, 1, { id })]), keyB)
    ).json()) as Answer;
    await waitFor(() => stockOf(b.companyId, sku));
    const mine = (await (
      await post(JSON.stringify([stock(a.companyId, sku, 9, { id })]), keyA)
    ).json()) as Answer;
    expect(mine.results[0]!.eventId).not.toBe(first.results[0]!.eventId);
    expect(await waitFor(() => stockOf(a.companyId, sku))).toBe(9);
    // The same company sending its id again is still the same event.
    const again = (await (
      await post(JSON.stringify([stock(a.companyId, sku, 99, { id })]), keyA)
    ).json()) as Answer;
    expect(again.results[0]!.eventId).toBe(mine.results[0]!.eventId);
  });

  it('bounds backdated business dates and marks those within the bound', async () => {
    const sku = `BD-${randomUUID().slice(0, 8)}`;
    const response = await post(
      JSON.stringify([
        stock(a.companyId, sku, 1, { reportedAt: daysAgo(60) }),
        stock(a.companyId, sku, 2, { reportedAt: daysAgo(2) }),
      ]),
      keyA,
    );
    const { results } = (await response.json()) as Answer;
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'BAD_USER_INPUT' });
    expect(results[0]!.error).toMatch(/INGEST_MAX_BACKDATE_DAYS/);
    expect(results[1]).toMatchObject({
      status: 'accepted',
      backdated: { field: 'reportedAt', days: 2 },
    });
  });
});

describe('finding 15: oversized ingest bodies and events', () => {
  it('answers a 4.8 MB body with 413 and a JSON error', async () => {
    const body = JSON.stringify([
      stock(a.companyId, 'BIG', 1, { productName: 'x'.repeat(200) }),
    ]).padEnd(4_800_000, ' ');
    const response = await post(body, keyA);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('rejects an event over the size an event may have by itself, and applies the good events of its batch', async () => {
    const sku = `OK-${randomUUID().slice(0, 8)}`;
    const huge = stock(a.companyId, 'HUGE', 1);
    // 10,000 positions of ~250 bytes: about 2.5 MB, more than the broker takes as one message.
    huge.payload.positions = Array.from({ length: 10_000 }, (_, i) => ({
      sku: `HUGE-${i}`,
      productName: 'p'.repeat(180),
      warehouse: 'W1',
      quantity: 1,
    }));
    const response = await post(
      JSON.stringify([stock(a.companyId, sku, 4), huge, stock(a.companyId, `${sku}-2`, 6)]),
      keyA,
    );
    expect(response.status).toBe(202);
    const { results } = (await response.json()) as Answer;
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['accepted', undefined],
      ['rejected', 'BAD_USER_INPUT'],
      ['accepted', undefined],
    ]);
    expect(results[1]!.error).toMatch(/bytes/);
    expect(await waitFor(() => stockOf(a.companyId, sku))).toBe(4);
    expect(await waitFor(() => stockOf(a.companyId, `${sku}-2`))).toBe(6);
    for (const r of [results[0]!, results[2]!])
      expect(
        await waitFor(() => outcomeOf(r.eventId!).then((s) => (s === 'PENDING' ? undefined : s))),
      ).toBe('APPLIED');
  });
});
