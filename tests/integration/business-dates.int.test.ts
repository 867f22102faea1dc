/**
 * Issue 19: business dates are China's calendar day, not UTC's. The gateway runs on a clock the
 * test sets — 23:59 and 00:01 Beijing time, 07:59 and 08:01, on a month end and on 29 February —
 * over the real Neo4j, Kafka and projector; only the time source is the test's. Each rule answers
 * as a person in Beijing expects (the UTC date is the day before from 00:00 to 08:00 Beijing time).
 */
import { randomUUID } from 'node:crypto';
import { businessCalendar } from '@chainlift/domain';
import { settableClock } from '@chainlift/platform';
import { TEST_PASSWORD } from '../support/accounts';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  registerReceivable,
} from '../support/finance';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

/** Beijing wall-clock time → the instant (UTC+8, no daylight saving). */
const beijing = (local: string) => new Date(`${local}+08:00`);

// Each rule is checked at several times through the real projector: slow on a busy 2-core machine.
jest.setTimeout(180_000);

const clock = settableClock(new Date());
let api: TestApi;
let w: ChainWorld;
let bank: Account;
let productId: string;

beforeAll(async () => {
  api = await startTestApi({ calendar: businessCalendar(clock, 'Asia/Shanghai') });
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
  productId = await defineProduct(bank, { minRemainingDays: 1, maxAgeDays: 400 });
  await grantReceivables(w.t1a, bank.companyId);
}, 180_000);

afterAll(() => api?.close());

let orderNo = 0;
const placeOrder = (promisedDate: string) =>
  w.leader.gql<{ placeOrder: { id: string; placedOn: string; promisedDate: string } }>(
    `mutation ($s: ID!, $n: String!, $d: Date!) { placeOrder(input: { number: $n, supplierId: $s, promisedDate: $d,
       lines: [{ sku: "BD-1", productName: "电机", quantity: 1, unitPrice: "100.00" }] }) { id placedOn promisedDate } }`,
    { s: w.t1a.companyId, n: `BD-${Date.now()}-${++orderNo}`, d: promisedDate },
  );

describe('issue 19: a promised date in the past is judged on the Beijing calendar', () => {
  it('23:59 on a month end: that day is still today; 00:01: it is yesterday (UTC still says today)', async () => {
    clock.set(beijing('2027-01-31T23:59:00'));
    const late = await placeOrder('2027-01-31');
    expect(codeOf(late)).toBe('OK');
    expect(late.data!.placeOrder.placedOn).toBe('2027-01-31');

    clock.set(beijing('2027-02-01T00:01:00'));
    const refused = await placeOrder('2027-01-31');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toMatch(/2027-01-31 is in the past/);
    const accepted = await placeOrder('2027-02-01');
    expect(codeOf(accepted)).toBe('OK');
    expect(accepted.data!.placeOrder.placedOn).toBe('2027-02-01');
  });

  it('07:59 and 08:01: the same Beijing day either side of the UTC midnight', async () => {
    for (const time of ['07:59', '08:01']) {
      clock.set(beijing(`2027-02-01T${time}:00`));
      expect({ time, code: codeOf(await placeOrder('2027-01-31')) }).toEqual({
        time,
        code: 'BAD_USER_INPUT',
      });
      const placed = await placeOrder('2027-02-01');
      expect({ time, placedOn: placed.data?.placeOrder.placedOn }).toEqual({
        time,
        placedOn: '2027-02-01',
      });
    }
  });

  it('on 29 February at 00:01 the 28th is past and the 29th is today', async () => {
    clock.set(beijing('2028-02-29T00:01:00'));
    expect(codeOf(await placeOrder('2028-02-28'))).toBe('BAD_USER_INPUT');
    const placed = await placeOrder('2028-02-29');
    expect(placed.data!.placeOrder.placedOn).toBe('2028-02-29');
    clock.set(beijing('2028-03-01T00:01:00'));
    expect(codeOf(await placeOrder('2028-02-29'))).toBe('BAD_USER_INPUT');
  });
});

describe('issue 19: a receivable is overdue from 00:00 Beijing time after its due date', () => {
  it('due on a month end: CONFIRMED at 23:59, OVERDUE at 00:01, 07:59 and 08:01 the next day', async () => {
    clock.set(beijing('2027-01-15T10:00:00'));
    const orderId = await deliveredOrder(w.leader, w.t1a, '5000.00');
    const r = await registerReceivable(w.t1a, orderId, '2027-01-31', { issuedOn: '2027-01-15' });
    await confirmReceivables(w.leader, [r.id]);

    const read = async () => {
      const { receivable, receivables, leaderFinance } = await w.leader.data<{
        receivable: { status: string };
        receivables: { id: string }[];
        leaderFinance: { overdue: { amount: string } };
      }>(
        `query ($id: ID!) { receivable(id: $id) { status }
           receivables(role: DEBTOR, status: OVERDUE, first: 1000) { id }
           leaderFinance { overdue { amount } } }`,
        { id: r.id },
      );
      return {
        status: receivable.status,
        listedOverdue: receivables.some((x) => x.id === r.id),
        overdueTotal: Number(leaderFinance.overdue.amount),
      };
    };

    clock.set(beijing('2027-01-31T23:59:00'));
    const lastDay = await read();
    expect(lastDay).toMatchObject({ status: 'CONFIRMED', listedOverdue: false });
    for (const time of ['2027-02-01T00:01:00', '2027-02-01T07:59:00', '2027-02-01T08:01:00']) {
      clock.set(beijing(time));
      const after = await read();
      expect({ time, ...after }).toMatchObject({ time, status: 'OVERDUE', listedOverdue: true });
      expect(after.overdueTotal).toBeGreaterThanOrEqual(lastDay.overdueTotal + 5000);
    }
  });
});

describe('issue 19: interest days of a pledge requested at 00:30 Beijing time', () => {
  it('are counted from the Beijing day of the request (the bank books the 1st, not the 31st)', async () => {
    clock.set(beijing('2027-01-20T10:00:00'));
    const orderId = await deliveredOrder(w.leader, w.t1a, '100000.00');
    const r = await registerReceivable(w.t1a, orderId, '2027-02-28', { issuedOn: '2027-01-20' });
    await confirmReceivables(w.leader, [r.id]);

    clock.set(beijing('2027-02-01T00:30:00')); // 2027-01-31T16:30Z
    const { applyForFinancing } = await w.t1a.data<{
      applyForFinancing: {
        requestedOn: string;
        offer: { days: number; advance: { amount: string }; interest: { amount: string } };
      };
    }>(
      `mutation ($r: ID!, $p: ID!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: "2027-03-01") {
         requestedOn offer { days advance { amount } interest { amount } } } }`,
      { r: r.id, p: productId },
    );
    expect(applyForFinancing.requestedOn).toBe('2027-02-01');
    expect(applyForFinancing.offer.days).toBe(28); // 1 Feb → 1 Mar 2027; the UTC day would give 29
    // 80,000.00 × 4.35 % × 28 / 360 = 270.67
    expect(applyForFinancing.offer.advance.amount).toBe('80000.00');
    expect(applyForFinancing.offer.interest.amount).toBe('270.67');
  });
});

describe('issue 19: six months and one year are calendar months, for receivables and pledges alike', () => {
  const register = async (issuedOn: string | undefined, dueDate: string, amount = '1000.00') => {
    const orderId = await deliveredOrder(w.leader, w.t1a, amount);
    return w.t1a.gql<{ registerReceivable: { id: string; longTenor: boolean; issuedOn: string } }>(
      'mutation ($i: RegisterReceivableInput!) { registerReceivable(input: $i) { id longTenor issuedOn } }',
      { i: { orderId, dueDate, ...(issuedOn ? { issuedOn } : {}) } },
    );
  };

  it('from 31 August, six months end on the last day of February (28th, or 29th in a leap year)', async () => {
    clock.set(beijing('2027-08-31T12:00:00'));
    const tenors = [];
    for (const [issued, due] of [
      ['2026-08-31', '2027-02-28'],
      ['2026-08-31', '2027-03-01'],
      ['2027-08-31', '2028-02-29'],
      ['2027-08-31', '2028-03-01'],
    ] as const)
      tenors.push((await register(issued, due)).data!.registerReceivable.longTenor);
    expect(tenors).toEqual([false, true, false, true]);
  });

  it('issued on 29 February at 00:01 Beijing: today is the 29th, so six months end on 29 August and a year on 28 February', async () => {
    clock.set(beijing('2028-02-29T00:01:00')); // UTC: 2028-02-28T16:01
    const sixMonths = await register(undefined, '2028-08-29');
    expect(sixMonths.data!.registerReceivable).toMatchObject({
      issuedOn: '2028-02-29',
      longTenor: false,
    });
    expect((await register(undefined, '2028-08-30')).data!.registerReceivable.longTenor).toBe(true);
    const oneYear = await register(undefined, '2029-02-28');
    expect(codeOf(oneYear)).toBe('OK');
    const overAYear = await register(undefined, '2029-03-01');
    expect(codeOf(overAYear)).toBe('BAD_USER_INPUT');
    expect(overAYear.errors![0]!.extensions!.field).toBe('dueDate');
  });

  it('a pledge requested on 29 February may run to 28 February, not one day more (366 days allowed 1 March)', async () => {
    clock.set(beijing('2028-02-29T00:01:00'));
    const ids = [];
    for (let i = 0; i < 2; i++) {
      // Within the product's amount limits (10,000.00 at least).
      const r = (await register(undefined, '2028-12-31', '20000.00')).data!.registerReceivable;
      await confirmReceivables(w.leader, [r.id]);
      ids.push(r.id);
    }
    const applyUntil = (id: string, end: string) =>
      w.t1a.gql<{ applyForFinancing: { loanEndDate: string; offer: { days: number } } }>(
        `mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) {
           loanEndDate offer { days } } }`,
        { r: id, p: productId, e: end },
      );
    const tooLong = await applyUntil(ids[0]!, '2029-03-01');
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0]!.message).toMatch(/at most one year/);
    const oneYear = await applyUntil(ids[1]!, '2029-02-28');
    expect({ code: codeOf(oneYear), error: oneYear.errors?.[0]?.message }).toEqual({
      code: 'OK',
      error: undefined,
    });
    expect(oneYear.data!.applyForFinancing.offer.days).toBe(365);
  });
});

describe("issue 19: the evidence window's first and last day are Beijing days", () => {
  it('counts activity from 00:00 Beijing on the first day to 23:59 on the last, and nothing outside', async () => {
    const sme = w.t1b;
    const { createApiKey } = await sme.data<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "WMS") { key } }',
    );
    // The gateway stamps when an event arrived (finding 10: a client's occurredAt is only declared),
    // so each report is posted with the gateway's clock at the moment it stands for.
    const stock = (at: Date, quantity: number) => ({
      id: randomUUID(),
      type: 'StockReported',
      payload: {
        companyId: sme.companyId,
        mode: 'UPDATE',
        reportedAt: at.toISOString(),
        positions: [{ sku: 'BD-WIN', productName: '外壳', warehouse: 'WMS-1', quantity }],
      },
    });
    // Today is 2027-02-01 (00:30 Beijing); the 90-day window runs 2026-11-04 … 2027-02-01.
    const moments = [
      beijing('2026-11-03T23:30:00'), // the day before the window (UTC: 11-03 15:30)
      beijing('2026-11-04T00:30:00'), // its first day (UTC still says 11-03)
      beijing('2027-02-01T00:10:00'), // its last day (UTC still says 01-31)
      beijing('2027-02-02T00:30:00'), // tomorrow (UTC says 02-01)
    ];
    for (const [i, at] of moments.entries()) {
      clock.set(at);
      const response = await fetch(api.url.replace(/\/graphql$/, '/ingest'), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${createApiKey.key}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify([stock(at, i + 1)]),
      });
      expect(response.status).toBe(202);
      expect(((await response.json()) as { accepted: number }).accepted).toBe(1);
    }
    await waitFor(async () => {
      const [row] = await api.cypher(
        'MATCH (a:DataActivity {companyId: $id, kind: "STOCK"}) RETURN sum(a.events) AS n',
        { id: sme.companyId },
      );
      return Number(row?.n) >= 4 ? true : undefined;
    });
    const days = await api.cypher(
      'MATCH (a:DataActivity {companyId: $id, kind: "STOCK"}) RETURN toString(a.day) AS day ORDER BY day',
      { id: sme.companyId },
    );
    expect(days.map((d) => d.day)).toEqual([
      '2026-11-03',
      '2026-11-04',
      '2027-02-01',
      '2027-02-02',
    ]);

    clock.set(beijing('2027-02-01T00:30:00'));
    const { evidence } = await sme.data<{
      evidence: { windowDays: number; facts: { stockReports: number; stockReportDays: number } };
    }>(
      'query ($c: ID!) { evidence(companyId: $c) { windowDays facts { stockReports stockReportDays } } }',
      {
        c: sme.companyId,
      },
    );
    expect(evidence.windowDays).toBe(90);
    expect(evidence.facts).toEqual({ stockReports: 2, stockReportDays: 2 });
  });
});

describe('issue 19: the clock comes from CHAINLIFT_TEST_CLOCK when a test gateway is configured with it', () => {
  it('a gateway whose clock reads 00:01 Beijing (16:01 UTC the day before) refuses yesterday', async () => {
    const other = await startTestApi({
      env: { CHAINLIFT_MODE: 'demo', CHAINLIFT_TEST_CLOCK: '2027-02-01T00:01:00+08:00' },
    });
    try {
      const leader = await other.login(w.leader.email, TEST_PASSWORD);
      const order = (d: string) =>
        leader.gql<{ placeOrder: { placedOn: string } }>(
          `mutation ($s: ID!, $n: String!, $d: Date!) { placeOrder(input: { number: $n, supplierId: $s, promisedDate: $d,
             lines: [{ sku: "BD-2", quantity: 1, unitPrice: "1.00" }] }) { placedOn } }`,
          { s: w.t1a.companyId, n: `BD-ENV-${Date.now()}-${++orderNo}`, d },
        );
      expect(codeOf(await order('2027-01-31'))).toBe('BAD_USER_INPUT');
      expect((await order('2027-02-01')).data!.placeOrder.placedOn).toBe('2027-02-01');
    } finally {
      await other.close();
    }
  });
});
