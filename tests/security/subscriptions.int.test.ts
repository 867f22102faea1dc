/**
 * Finding 12: live subscriptions re-verified every subscriber's token and re-read its facts on
 * every event, had no cap on sockets or subscriptions, kept pushing finance alerts to a
 * deactivated user, and kept a stock stream open after its consent was revoked (until the next
 * stock report). Through real gateways, graphql-ws, Neo4j, Kafka and the projector.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { TEST_PASSWORD } from '../support/accounts';
import { subscriptions, type Received, type Subscriptions } from '../support/live';
import { startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let live: Subscriptions;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  live = subscriptions(api);
}, 180_000);
afterAll(async () => {
  await live.close();
  await api.close();
});

const STOCK = 'subscription ($c: ID!) { stockChanged(companyId: $c) { sku quantity } }';
const settle = (ms = 1200) => new Promise((r) => setTimeout(r, ms));
const ended = (r: Received) => (r.errors.length > 0 || r.closed ? true : undefined);

async function grantInventory(grantor: Account, grantee: Account, expiresAt?: string) {
  const { grantConsent } = await grantor.data<{ grantConsent: { id: string } }>(
    'mutation ($g: ID!, $e: DateTime) { grantConsent(granteeId: $g, scope: INVENTORY, expiresAt: $e) { id } }',
    { g: grantee.companyId, e: expiresAt ?? null },
  );
  return grantConsent.id;
}

describe('finding 12: subscriptions end when access ends, and are capped', () => {
  it('ends a deactivated user’s financeAlerts: the socket closes 4403 on UserDeactivated', async () => {
    const bankId = await api.company('BANK', '停用测试银行');
    const admin = await api.user(bankId, 'ADMIN');
    const operator = await api.user(bankId, 'OPERATOR');
    const alerts = live.subscribe(operator, 'subscription { financeAlerts { id level } }');
    const colleague = live.subscribe(admin, 'subscription { financeAlerts { id level } }');
    await settle();
    expect(alerts.errors).toEqual([]);
    await admin.data('mutation ($u: ID!) { deactivateUser(userId: $u) { id } }', {
      u: operator.userId,
    });
    await waitFor(async () => ended(alerts), 10_000);
    expect(alerts.closed?.code).toBe(4403);
    expect(alerts.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    // The admin of the same company keeps its stream.
    await settle(500);
    expect(colleague.closed).toBeUndefined();
    expect(colleague.errors).toEqual([]);
  });

  it('ends stockChanged with FORBIDDEN the moment the consent is revoked (no stock report needed)', async () => {
    const consentId = await grantInventory(w.t3, w.leader);
    const stream = live.subscribe(w.leader, STOCK, { c: w.t3.companyId });
    await settle();
    expect(stream.errors).toEqual([]);
    await w.t3.data('mutation ($id: ID!) { revokeConsent(consentId: $id) { status } }', {
      id: consentId,
    });
    await waitFor(async () => ended(stream), 10_000);
    expect(stream.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stream.data).toEqual([]);
  });

  it('ends stockChanged when the consent expires (a timer: expiry is no event)', async () => {
    const expiresAt = new Date(Date.now() + 6000).toISOString();
    await grantInventory(w.t1b, w.leader, expiresAt);
    const stream = live.subscribe(w.leader, STOCK, { c: w.t1b.companyId });
    await settle();
    expect(stream.errors).toEqual([]);
    await waitFor(async () => ended(stream), 15_000);
    expect(stream.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
  });

  it('decides once per event and user, however many subscriptions it holds (one audit record, not five)', async () => {
    await grantInventory(w.t2, w.leader);
    const streams = Array.from({ length: 5 }, () =>
      live.subscribe(w.leader, STOCK, { c: w.t2.companyId }),
    );
    await settle();
    const before = await accessRecords(w.t2.companyId, w.leader.email);
    await w.t2.data(
      'mutation { reportStock(positions: [{ sku: "ONCE", quantity: 1 }]) { status } }',
    );
    await waitFor(async () => (streams.every((s) => s.data.length > 0) ? true : undefined));
    await waitFor(async () =>
      (await accessRecords(w.t2.companyId, w.leader.email)) > before ? true : undefined,
    );
    await settle(1500);
    expect((await accessRecords(w.t2.companyId, w.leader.email)) - before).toBe(1);
  });

  it('caps sockets and subscriptions per user', async () => {
    const capped = await startTestApi({
      live: { maxSocketsPerUser: 2, maxSubscriptionsPerUser: 3 },
    });
    const sockets = subscriptions(capped);
    try {
      const user = await capped.login(w.outsider.email, TEST_PASSWORD);
      const query = 'subscription { orderChanged { id } }';
      const [a, b] = [sockets.subscribe(user, query), sockets.subscribe(user, query)];
      await settle();
      const third = sockets.subscribe(user, query);
      await waitFor(async () => ended(third), 10_000);
      expect(third.closed?.code).toBe(4429);
      expect([a.errors, b.errors]).toEqual([[], []]);
    } finally {
      await sockets.close();
    }
    // A closed socket frees its place: the same user connects again once the server has seen the
    // close (it arrives a moment after the client's, so this waits rather than racing it).
    await waitFor(async () => {
      const again = subscriptions(capped);
      try {
        const user = await capped.login(w.outsider.email, TEST_PASSWORD);
        const query = 'subscription { orderChanged { id } }';
        const streams = [again.subscribe(user, query), again.subscribe(user, query)];
        await settle(500);
        return streams.every((r) => r.errors.length === 0 && !r.closed) ? true : undefined;
      } finally {
        await again.close();
      }
    }, 15_000);
    // The subscription cap, for another user (its sockets are its own, whatever the closes above).
    const one = subscriptions(capped);
    try {
      const user = await capped.login(w.t3.email, TEST_PASSWORD);
      const query = 'subscription { pledgeChanged { id } }';
      const first = Array.from({ length: 3 }, () => one.subscribeOnOneSocket(user, query));
      await settle();
      const fourth = one.subscribeOnOneSocket(user, query);
      await waitFor(async () => ended(fourth), 10_000);
      expect(fourth.errors[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(first.map((r) => r.errors)).toEqual([[], [], []]);
    } finally {
      await one.close();
      await capped.close();
    }
  });

  it('closes the socket when the token expires (4401), with no event to trigger it', async () => {
    const short = await startTestApi({ tokenTtl: '4s' });
    const sockets = subscriptions(short);
    try {
      const user = await short.login(w.t1a.email, TEST_PASSWORD);
      const opened = Date.now();
      const stream = sockets.subscribe(user, 'subscription { receivableChanged { id } }');
      await settle(1000);
      expect(stream.errors).toEqual([]);
      await waitFor(async () => ended(stream), 10_000);
      expect(stream.closed?.code).toBe(4401);
      expect(Date.now() - opened).toBeGreaterThanOrEqual(2000);
    } finally {
      await sockets.close();
      await short.close();
    }
  });
});

async function accessRecords(ownerId: string, viewerEmail: string): Promise<number> {
  const rows = await api.cypher(
    `MATCH (a:AccessLog {ownerId: $ownerId}) WHERE a.viewerUserEmail = $viewerEmail
       AND a.what = 'stock update (subscription)' RETURN count(a) AS n`,
    { ownerId, viewerEmail },
  );
  return Number(rows[0]?.n ?? 0);
}
