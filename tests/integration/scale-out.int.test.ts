/**
 * Scale out, shown (issue 15, item 8): two gateways and two projectors on one Kafka and one Neo4j.
 * A write through gateway A reads back through gateway B (and A); a subscription on B sees A's write
 * live; killing a projector loses nothing; reads after a write carry the Neo4j bookmark the
 * projector returned in the outcome; a gateway's outcome consumer group is gone once it stops.
 */
import path from 'node:path';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import type { Outcome } from '@chainlift/domain';
import { loadConfig, REPO_ROOT, TOPIC, type Subscription } from '@chainlift/platform';
import { subscriptions, type Subscriptions } from '../support/live';
import { TEST_PASSWORD } from '../support/accounts';
import { startTestApi, uniqueUscc, waitFor, type Client, type TestApi } from '../support/platform';

let a: TestApi;
let b: TestApi;
let second: ServiceProcess;
let live: Subscriptions;
let outcomeFeed: Subscription;
const applied = new Map<string, Outcome>();
const group = loadConfig().projector.group;

beforeAll(async () => {
  // Long enough for a rebalance after a projector dies (the session timeout is 30 s).
  [a, b] = await Promise.all([
    startTestApi({ outcomeWaitMs: 90_000 }),
    startTestApi({ outcomeWaitMs: 90_000 }),
  ]);
  live = subscriptions(b);
  outcomeFeed = await a.bus.consume({
    groupId: `test-scale-outcomes-${Date.now()}`,
    ephemeral: true,
    topics: [TOPIC.outcomes],
    fromBeginning: false,
    eachBatch: async (batch) => {
      for (const m of batch.messages) {
        const outcome = JSON.parse(m.value!.toString('utf8')) as Outcome;
        applied.set(outcome.eventId, outcome);
      }
    },
  });
  second = startService({
    name: `projector-scale-${Date.now()}`,
    entry: 'services/projector/src/main.ts',
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info' },
    logDir: path.join(process.env.CHAINLIFT_TEST_STATE_DIR!, 'logs'),
    readyWhen: /"msg":"projector ready"/,
  });
  await second.ready;
  await waitFor(async () => ((await a.bus.groupMembers(group)) === 2 ? true : undefined), 90_000);
}, 240_000);

afterAll(async () => {
  await second?.stop();
  await live?.close();
  await outcomeFeed?.stop();
  await Promise.all([a?.close(), b?.close()]);
});

const companyQuery = 'query ($id: ID!) { company(id: $id) { id name } }';
const register = (via: Client, name: string) =>
  via
    .data<{ registerCompany: { company: { id: string } } }>(
      'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
      {
        input: {
          name,
          uscc: uniqueUscc(),
          kind: 'SME',
          region: '浙江省宁波市',
          industry: '测试',
        },
      },
    )
    .then((r) => r.registerCompany.company.id);

it('reads a write through A back through B (and A) at once, and B’s subscriber sees A’s write live', async () => {
  const id = await register(a.admin, '扩容写A读B');
  const onB = await b.admin.data<{ company: { id: string; name: string } | null }>(companyQuery, {
    id,
  });
  expect(onB.company).toEqual({ id, name: '扩容写A读B' });
  const onA = await a.admin.data<{ company: { id: string } | null }>(companyQuery, { id });
  expect(onA.company?.id).toBe(id);
  // And the other way round.
  const back = await register(b.admin, '扩容写B读A');
  expect(
    (await a.admin.data<{ company: { id: string } | null }>(companyQuery, { id: back })).company
      ?.id,
  ).toBe(back);

  // A user of that company logs in on each gateway (each signs its own tokens).
  const user = await a.user(id, 'ADMIN');
  const onGatewayB = await b.login(user.email, TEST_PASSWORD);
  const seen = live.subscribe(
    onGatewayB,
    'subscription ($c: ID!) { stockChanged(companyId: $c) { sku quantity } }',
    {
      c: id,
    },
  );
  await new Promise((r) => setTimeout(r, 1500));
  await user.data(
    'mutation { reportStock(positions: [{ sku: "SCALE-1", quantity: 7 }]) { status } }',
  );
  await waitFor(async () => (seen.data.length ? true : undefined), 20_000);
  expect(seen.errors).toEqual([]);
  expect(seen.data[0]).toEqual({ stockChanged: [{ sku: 'SCALE-1', quantity: 7 }] });
}, 90_000);

it('carries the projector’s Neo4j bookmark from the outcome into the reads after the write', async () => {
  const reads: string[][] = [];
  const driver = a.driver;
  const original = driver.executeQuery.bind(driver);
  driver.executeQuery = (async (...args: Parameters<typeof original>) => {
    const manager = args[2]?.bookmarkManager;
    if (manager && args[2]?.routing === 'READ') reads.push([...(await manager.getBookmarks())]);
    return original(...args);
  }) as typeof driver.executeQuery;
  let id: string;
  try {
    id = await register(a.admin, '书签测试');
  } finally {
    driver.executeQuery = original;
  }
  const outcome = await waitFor(
    async () =>
      [...applied.values()].find(
        (o) => o.status === 'APPLIED' && o.refs && Object.values(o.refs).includes(id),
      ),
    20_000,
  );
  expect(outcome.status).toBe('APPLIED');
  const bookmarks = (outcome as Extract<Outcome, { status: 'APPLIED' }>).bookmarks;
  expect(bookmarks?.length).toBeGreaterThan(0);
  // The mutation read the company back in a read session that carried the write's bookmark.
  expect(reads.some((r) => bookmarks!.every((bm) => r.includes(bm)))).toBe(true);
}, 60_000);

it('loses nothing when one projector is killed while writes go through both gateways', async () => {
  const names = Array.from({ length: 12 }, (_, i) => `扩容杀进程${Date.now()}-${i}`);
  const writes = names.map((name, i) => register(i % 2 ? b.admin : a.admin, name));
  await new Promise((r) => setTimeout(r, 300));
  second.child.kill('SIGKILL');
  const ids = await Promise.all(writes);
  expect(new Set(ids).size).toBe(12);
  for (const [i, id] of ids.entries()) {
    const via = i % 2 ? a.admin : b.admin;
    expect(
      (await via.data<{ company: { name: string } | null }>(companyQuery, { id })).company?.name,
    ).toBe(names[i]);
  }
  // More writes after the kill: the surviving projector has every partition.
  const after = await register(a.admin, '扩容杀进程之后');
  expect(
    (await b.admin.data<{ company: { id: string } | null }>(companyQuery, { id: after })).company
      ?.id,
  ).toBe(after);
}, 180_000);

it('leaves no consumer group behind when a gateway starts and stops', async () => {
  const before = new Set(await a.bus.listGroups());
  const c = await startTestApi();
  const during = (await a.bus.listGroups()).filter((g) => !before.has(g));
  expect(during.some((g) => g.startsWith('chainlift-gateway-'))).toBe(true);
  await c.close();
  const left = (await a.bus.listGroups()).filter((g) => !before.has(g));
  expect(left).toEqual([]);
}, 60_000);
