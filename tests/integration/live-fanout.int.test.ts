/**
 * Issue 16 item 5: live updates fan out to many subscribers at the cost of one event. The facts an
 * event's authorization decisions need are read once per event and shared by every subscriber's
 * decision (audit records stay per user), and each pushed row is read once per event. Counted
 * with chainlift_live_neo4j_reads_total, which the gateway (in this process) increments per read.
 */
import { metrics } from '@chainlift/platform';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { placedOrder } from '../support/finance';
import { subscriptions, type Received, type Subscriptions } from '../support/live';
import { startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let live: Subscriptions;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  live = subscriptions(api);
}, 120_000);
afterEach(async () => {
  // Each test counts the reads of its own subscribers only.
  await live.close();
  live = subscriptions(api);
});
afterAll(async () => {
  await live.close();
  await api.close();
});

/** Reads counted so far, by label (`facts.order`, `row.stock`, …). */
async function reads(): Promise<Record<string, number>> {
  const { values } = await metrics.liveNeo4jReads.get();
  return Object.fromEntries(values.map((v) => [String(v.labels.read), v.value]));
}

/** The reads made since `before`, without the labels that did not move. */
async function readsSince(before: Record<string, number>): Promise<Record<string, number>> {
  const now = await reads();
  return Object.fromEntries(
    Object.entries(now)
      .map(([label, n]) => [label, n - (before[label] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
}

/** More users of a company, each on its own socket. */
const usersOf = async (companyId: string, n: number): Promise<Account[]> => {
  const users: Account[] = [];
  for (let i = 0; i < n; i += 1) users.push(await api.user(companyId, 'VIEWER'));
  return users;
};

/** Subscribed once the server answers: an untimed event reaches every stream, then counting starts. */
const settle = () => new Promise((r) => setTimeout(r, 1500));

it('an order event’s outcome names its parties: no read to decide, and pushed to each party’s users only', async () => {
  const query = 'subscription { orderChanged { id status } }';
  const buyers = (await usersOf(w.leader.companyId, 3)).map((u) => live.subscribe(u, query));
  const sellers = (await usersOf(w.t1a.companyId, 2)).map((u) => live.subscribe(u, query));
  const strangers = (await usersOf(w.outsider.companyId, 2)).map((u) => live.subscribe(u, query));
  await settle();

  const before = await reads();
  const orderId = await placedOrder(w.leader, w.t1a, '1.00');
  const statuses = (r: Received) =>
    r.data
      .map((d) => (d as { orderChanged: { id: string; status: string } }).orderChanged)
      .filter((o) => o.id === orderId)
      .map((o) => o.status);
  const parties = [...buyers, ...sellers];
  // A pushed row is the order as it is when read: confirmed before the placement's push was read,
  // both pushes would say CONFIRMED. Each party has the placement before the confirmation is sent.
  await waitFor(async () => (parties.every((r) => statuses(r).length >= 1) ? true : undefined));
  await w.t1a.data('mutation ($o: ID!) { actOnOrder(orderId: $o, action: CONFIRM) { status } }', {
    o: orderId,
  });
  await waitFor(async () => (parties.every((r) => statuses(r).length >= 2) ? true : undefined));
  await settle();
  for (const r of parties) expect(statuses(r)).toEqual(['PLACED', 'CONFIRMED']);
  for (const r of strangers) expect(r.data).toEqual([]);
  // Two events, seven users deciding on each: the order's parties come with each event's outcome
  // (no read at all, where 7 users once read them 7×, then once per event); the pushed order is
  // read once per event.
  expect(await readsSince(before)).toEqual({ 'row.order': 2 });
});

it('a stock report reads the consents once for every viewing company, and audits each viewer', async () => {
  const { grantConsent: toLeader } = await w.t2.data<{ grantConsent: { id: string } }>(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY, products: ["FAN-A"]) { id } }',
    { g: w.leader.companyId },
  );
  await w.t2.data(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY, products: ["FAN-A", "FAN-B"]) { id } }',
    { g: w.t1a.companyId },
  );
  const query = 'subscription ($c: ID!) { stockChanged(companyId: $c) { sku quantity } }';
  const leaders = await usersOf(w.leader.companyId, 3);
  const t1as = await usersOf(w.t1a.companyId, 2);
  const sub = (u: Account) => live.subscribe(u, query, { c: w.t2.companyId });
  const [leaderStreams, t1aStreams, ownStreams] = [
    leaders.map(sub),
    t1as.map(sub),
    (await usersOf(w.t2.companyId, 2)).map(sub),
  ];
  const stranger = live.subscribe(w.outsider, query, { c: w.t2.companyId });
  await settle();

  const before = await reads();
  await w.t2.data(
    'mutation { reportStock(positions: [{ sku: "FAN-A", quantity: 1 }, { sku: "FAN-B", quantity: 2 }, { sku: "FAN-C", quantity: 3 }]) { status } }',
  );
  const all = [...leaderStreams, ...t1aStreams, ...ownStreams];
  await waitFor(async () => (all.every((r) => r.data.length >= 1) ? true : undefined));
  await settle();
  const skus = (r: Received) =>
    (r.data[0] as { stockChanged: { sku: string }[] }).stockChanged.map((p) => p.sku);
  for (const r of leaderStreams) expect(skus(r)).toEqual(['FAN-A']);
  for (const r of t1aStreams) expect(skus(r)).toEqual(['FAN-A', 'FAN-B']);
  for (const r of ownStreams) expect(skus(r)).toEqual(['FAN-A', 'FAN-B', 'FAN-C']);
  for (const r of all) expect(r.data).toHaveLength(1);
  expect(stranger.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  // Seven users, two viewing companies: t2's consents read once (not once per viewer), its
  // positions once, what each viewing company may see of them once per company.
  expect(await readsSince(before)).toEqual({
    'facts.grantees': 1,
    'row.stock': 1,
    'row.coverage': 2,
  });

  // Each viewing user's read is audited as its own, though the facts were shared.
  const viewers = [...leaders, ...t1as].map((u) => u.email).sort();
  const audited = await waitFor(async () => {
    const { accessLog } = await w.t2.data<{
      accessLog: { what: string; viewerUserEmail: string }[];
    }>('{ accessLog(scope: INVENTORY) { what viewerUserEmail } }');
    const emails = accessLog
      .filter((a) => a.what === 'stock update (subscription)')
      .map((a) => a.viewerUserEmail)
      .filter((e) => viewers.includes(e))
      .sort();
    return emails.length >= viewers.length ? emails : undefined;
  });
  expect(audited).toEqual(viewers);

  // A revoked consent still ends the leader's streams: the re-check reads afresh.
  await w.t2.data('mutation ($id: ID!) { revokeConsent(consentId: $id) { status } }', {
    id: toLeader.id,
  });
  await waitFor(async () => (leaderStreams.every((r) => r.errors.length) ? true : undefined));
  for (const r of leaderStreams) expect(r.errors[0]!.extensions?.code).toBe('FORBIDDEN');
});

it('an inbox event is read once for every subscriber, each user of the recipient seeing it unless muted', async () => {
  const query = 'subscription { notificationAdded { kind subjectId read } }';
  const [reader, muter, other] = await usersOf(w.t1b.companyId, 3);
  await muter!.data(
    'mutation { setNotificationPreferences(preferences: [{ kind: ORDER_TO_CONFIRM, channel: IN_APP, enabled: false }]) { kind } }',
  );
  const [readerStream, muterStream, otherStream] = [reader!, muter!, other!].map((u) =>
    live.subscribe(u, query),
  );
  const buyerStream = live.subscribe(w.leader, query);
  await settle();

  const before = await reads();
  const orderId = await placedOrder(w.leader, w.t1b, '1.00');
  const items = (r: Received) =>
    r.data.map(
      (d) => (d as { notificationAdded: { kind: string; subjectId: string } }).notificationAdded,
    );
  await waitFor(async () =>
    items(readerStream!).length && items(otherStream!).length ? true : undefined,
  );
  await settle();
  const item = { kind: 'ORDER_TO_CONFIRM', subjectId: orderId, read: false };
  expect(items(readerStream!)).toEqual([item]);
  expect(items(otherStream!)).toEqual([item]);
  expect(items(muterStream!)).toEqual([]);
  expect(items(buyerStream)).toEqual([]);
  expect(await readsSince(before)).toEqual({ 'row.notifications': 1 });
});
