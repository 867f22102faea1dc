/**
 * Finding 13: the bank's risk views (`circularTrades`, `undeliveredBacking`) bypassed the authorization
 * module: an expired RECEIVABLES consent still counted, the read left no record in the holder's access
 * log, and the 2–4 hop walks were unbounded. Now each company a view looks at passes the module
 * ('risk.subject', each receivable 'receivable.read'): expiry honoured, consent reads audited; results
 * are capped and every read transaction times out (20 s). Through the real gateway, Kafka and projector.
 */
import { linkSuppliers } from '../support/chain-world';
import { deliveredOrder } from '../support/finance';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 180_000);
afterAll(() => api?.close());

const RINGS = '{ circularTrades(kind: ORDERS) { kind companies { id } } }';
type Rings = { circularTrades: { companies: { id: string }[] }[] };

/** Three companies ordering from each other in a ring: a buys from c, c from b, b from a. */
async function ring(tag: string): Promise<[Account, Account, Account]> {
  const [a, b, c] = [
    await api.user(await api.company('SME', `环甲${tag}`), 'ADMIN'),
    await api.user(await api.company('SME', `环乙${tag}`), 'ADMIN'),
    await api.user(await api.company('SME', `环丙${tag}`), 'ADMIN'),
  ];
  for (const [buyer, supplier] of [
    [b, a],
    [c, b],
    [a, c],
  ] as const) {
    // A confirmed link (finding 6): the buyer declares, the supplier confirms, then they trade.
    await linkSuppliers(buyer, supplier);
    await deliveredOrder(buyer, supplier, '1000.00');
  }
  return [a, b, c];
}

const ringsOf = async (bank: Account, member: Account) =>
  (await bank.data<Rings>(RINGS)).circularTrades.filter((t) =>
    t.companies.some((c) => c.id === member.companyId),
  );

describe('finding 13: risk views go through the authorization module', () => {
  it('a consent-based ring read is audited in the holder’s access log, and stops when the consent expires', async () => {
    const bank = await api.user(await api.company('BANK', '风控银行'), 'ADMIN');
    const [a] = await ring('风控');
    const expiresAt = new Date(Date.now() + 15_000).toISOString();
    await a.data(
      'mutation ($g: ID!, $e: DateTime) { grantConsent(granteeId: $g, scope: RECEIVABLES, expiresAt: $e) { id } }',
      { g: bank.companyId, e: expiresAt },
    );

    expect(await ringsOf(bank, a)).toHaveLength(1);
    const record = await waitFor(async () => {
      const { accessLog } = await a.data<{
        accessLog: { what: string; scope: string; viewer: { id: string } }[];
      }>('{ accessLog(scope: RECEIVABLES) { what scope viewer { id } } }');
      return accessLog.find((r) => r.what === 'circular trades');
    }, 20_000);
    expect(record).toEqual({
      what: 'circular trades',
      scope: 'RECEIVABLES',
      viewer: { id: bank.companyId },
    });

    // Past its expiry the consent is no ground: the ring is gone from the bank's view.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(expiresAt) - Date.now() + 500)));
    expect(await ringsOf(bank, a)).toEqual([]);
  }, 90_000);

  it('a bank with no dealings and no consent sees no ring; non-banks are refused', async () => {
    const bank = await api.user(await api.company('BANK', '旁观银行'), 'ADMIN');
    const [a, b] = await ring('旁观');
    expect(await ringsOf(bank, a)).toEqual([]);
    expect(codeOf(await b.gql(RINGS))).toBe('FORBIDDEN');
    expect(codeOf(await b.gql('{ undeliveredBacking { orderStatus } }'))).toBe('FORBIDDEN');
  }, 90_000);
});
