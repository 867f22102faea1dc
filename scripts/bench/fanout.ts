/**
 * npm run bench:fanout [-- --quick] [-- --rate 500 --seconds 60 --warmup 15 --drain 120
 *   --subscriptions 1000 --users 20 --out FILE --cpu-profile DIR]
 *
 * Subscription fan-out against its framework (issue 16 item 5): 1,000 open `stockChanged` and
 * `orderChanged` subscriptions across 20 users while events stream at 500/s, produced straight to
 * Kafka — deliveries/s, push latency (produced → delivered) p50/p95/p99/max, the gateway's CPU and
 * its Neo4j reads per event — beside a bare graphql-ws server (bare-graphql-ws.ts: the same ws,
 * graphql-ws and graphql-js, no authentication, no Neo4j, no projector) pushing the same messages to
 * the same 1,000 subscriptions at the same rate: the framework limit, measured in the same run.
 *
 * The world (through the API): a chain leader and 10 tier-1 suppliers, two users in each supplier
 * (20 users, one socket each). Every user holds subscriptions/users subscriptions, half
 * `stockChanged(its company)` and half `orderChanged`. The stream: half OrderPlaced (the leader
 * orders from a supplier drawn at random), half StockReported (a supplier drawn at random reports
 * its one SKU; the quantity is the event's sequence number) — so each user's filters match a tenth
 * of the stream. Every delivery is checked: an order must be one its user's company supplies, a
 * stock push its own company's; none may be missing (every order of the measured window reaches
 * every subscription of its supplier's users; every stock report is shown by a push).
 *
 * Phases, first for the bare server, then for the gateway: subscribe; untimed probes until every
 * subscription has received something; a warm-up at the rate; the measured window; the wait for
 * its last deliveries. Results go to artifacts/bench/fanout-<time>.json (or --out) after each.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withUsccCheckChar, type EventEnvelope } from '@chainlift/domain';
import {
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  REPO_ROOT,
  routeOf,
  type Driver,
  type EventBus,
  type OutgoingMessage,
} from '@chainlift/platform';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  startEphemeralPlatform,
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../lib/ephemeral-platform';
import { startGatewayProcess } from '../lib/gateway-process';
import { graphqlData } from '../lib/graphql-client';
import { cpuSeconds } from '../lib/proc-cpu';
import type { ServiceProcess } from '../lib/service-process';
import { fatal, say } from '../lib/say';
import { startBareServer } from './bench-kit';
import { parseBenchFlags } from './bench-options';
import { fmt, percentile } from './bench-stats';
import { benchMain } from './bench-main';
import { createRng } from './chain-generator';
import { envelopeMaker } from './ingest-workload';

const ADMIN = { email: 'admin@fanout.chainlift', password: 'bench-admin-password' };
const PASSWORD = 'bench-user-password';
const SUPPLIERS = 10;
const TICK_MS = 50;
/** The bare server's topic: the projector does not read it, so the baseline costs it nothing. */
const BARE_TOPIC = 'bench.fanout.bare';

interface Options {
  rate: number;
  seconds: number;
  warmupSeconds: number;
  subscriptions: number;
  users: number;
  /** How long to wait for the window's last deliveries at most. */
  drainSeconds: number;
  profile: 'quick' | 'full';
  out: string;
  /** --cpu-profile DIR: the gateway runs under V8's CPU profiler and writes its profile there on exit. */
  cpuProfileDir?: string;
}

function parseOptions(argv: string[]): Options {
  const shared = { rate: 500, subscriptions: 1000, users: 20 };
  const flags = parseBenchFlags(
    argv,
    {
      quick: { ...shared, seconds: 10, warmup: 3, drain: 20 },
      full: { ...shared, seconds: 60, warmup: 15, drain: 120 },
    },
    ['out', 'cpu-profile'],
  );
  const { rate, subscriptions, users, seconds, warmup, drain } = flags.numbers;
  if (users < SUPPLIERS || users % SUPPLIERS !== 0)
    fatal(`--users must be a multiple of ${SUPPLIERS}`);
  if (rate < 1 || subscriptions < 1 || seconds < 1)
    fatal('--rate, --subscriptions and --seconds must be at least 1');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const profileDir = flags.text['cpu-profile'];
  return {
    rate,
    seconds,
    warmupSeconds: warmup,
    subscriptions,
    users,
    drainSeconds: drain,
    profile: flags.profile,
    cpuProfileDir: profileDir ? path.resolve(profileDir) : undefined,
    out: path.resolve(
      flags.text.out ?? path.join(REPO_ROOT, 'artifacts', 'bench', `fanout-${stamp}.json`),
    ),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── the world ────────────────────────────────────────────────────────────────────────────────────

interface Supplier {
  id: string;
  sku: string;
  product: string;
}

interface World {
  leaderId: string;
  suppliers: Supplier[];
  /** Each user's token and the index of its company in `suppliers`. */
  users: { token: string; supplier: number }[];
}

async function buildWorld(url: string, users: number, driver: Driver) {
  const call = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(url, query, variables, { authorization: `Bearer ${token}` });
  const login = async (email: string, password: string) =>
    (
      await graphqlData<{ login: { token: string } }>(
        url,
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      )
    ).login.token;
  const admin = await login(ADMIN.email, ADMIN.password);
  const stamp = Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '1')
    .slice(-5);
  const uscc = (n: number) => withUsccCheckChar(`91330200${stamp}${String(n).padStart(4, '0')}`);
  const userIn = async (companyId: string, n: number, role: string) => {
    const email = `fanout-${n}@bench.chainlift`;
    await call(admin, 'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { companyId, email, name: `Fan-out ${n}`, role, password: PASSWORD },
    });
    return login(email, PASSWORD);
  };
  const register = async (n: number, kind: string, name: string) =>
    (
      await call<{ registerCompany: { company: { id: string } } }>(
        admin,
        'mutation ($i: RegisterCompanyInput!) { registerCompany(input: $i) { company { id } } }',
        { i: { name, uscc: uscc(n), kind, region: '浙江省宁波市', industry: '家电' } },
      )
    ).registerCompany.company.id;
  const leaderId = await register(0, 'CHAIN_LEADER', '扇出家电');
  const leader = await userIn(leaderId, 0, 'ADMIN');
  const { createChain } = await call<{ createChain: { id: string } }>(
    leader,
    'mutation { createChain(name: "扇出家电供应链") { id } }',
  );
  const suppliers: Supplier[] = [];
  const tokens: World['users'] = [];
  for (let i = 1; i <= SUPPLIERS; i += 1) {
    const product = `扇出部件${i}`;
    await call(
      leader,
      'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
      {
        c: createChain.id,
        s: {
          name: `扇出供应商${i}`,
          uscc: uscc(i),
          email: `supplier-${i}@fanout.chainlift`,
          supplies: [product],
        },
      },
    );
    const { records } = await driver.executeQuery(
      'MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id',
      { uscc: uscc(i) },
    );
    const id = records[0]!.get('id') as string;
    const first = await userIn(id, i * 100, 'ADMIN');
    await call(
      first,
      'mutation ($c: ID!) { respondToInvitation(chainId: $c, accept: true) { status } }',
      { c: createChain.id },
    );
    suppliers.push({ id, sku: `FAN-${i}`, product });
    tokens.push({ token: first, supplier: i - 1 });
  }
  // More users, spread over the suppliers, until there are `users`.
  for (let n = tokens.length; n < users; n += 1) {
    const supplier = n % SUPPLIERS;
    tokens.push({ token: await userIn(suppliers[supplier]!.id, 1000 + n, 'VIEWER'), supplier });
  }
  return { leaderId, suppliers, users: tokens } satisfies World;
}

// ── the stream ───────────────────────────────────────────────────────────────────────────────────

interface Produced {
  at: number;
  supplier: number;
  /** In the measured window (only those are timed and counted). */
  timed: boolean;
}

/** What was produced, by order id and by stock sequence number, and each supplier's reports in order. */
class Ledger {
  readonly orders = new Map<string, Produced>();
  readonly stock = new Map<number, Produced>();
  readonly reportsOf: number[][] = Array.from({ length: SUPPLIERS }, () => []);
  seq = 0;
  events = 0;
}

function streamMaker(world: World, ledger: Ledger, seed: number) {
  const rng = createRng(seed);
  const make = envelopeMaker(rng);
  let n = 0;
  return (timed: boolean, at: number): { type: string; event: EventEnvelope } => {
    const supplier = rng.int(0, SUPPLIERS - 1);
    const s = world.suppliers[supplier]!;
    n += 1;
    ledger.events += 1;
    if (n % 2 === 0) {
      const orderId = rng.uuid();
      ledger.orders.set(orderId, { at, supplier, timed });
      const quantity = rng.int(1, 100);
      return {
        type: 'OrderPlaced',
        event: make('OrderPlaced', {
          orderId,
          number: `FAN-${seed}-${n}`,
          buyerId: world.leaderId,
          supplierId: s.id,
          currency: 'CNY',
          lines: [{ sku: s.sku, productName: s.product, quantity, unitPriceFen: 1000 }],
          totalFen: quantity * 1000,
          promisedDate: '2099-01-01',
          placedOn: new Date().toISOString().slice(0, 10),
        }),
      };
    }
    ledger.seq += 1;
    ledger.stock.set(ledger.seq, { at, supplier, timed });
    ledger.reportsOf[supplier]!.push(ledger.seq);
    return {
      type: 'StockReported',
      event: make('StockReported', {
        companyId: s.id,
        mode: 'UPDATE',
        reportedAt: new Date().toISOString(),
        positions: [
          { sku: s.sku, productName: s.product, warehouse: 'WH-1', quantity: ledger.seq },
        ],
      }),
    };
  };
}

/** Sends events, to their own topics (the gateway's run) or all to the bare server's topic. */
function producer(bus: EventBus, topicOf: (type: string) => string) {
  const sending = new Map<string, Promise<void>>();
  return {
    send(items: { type: string; event: EventEnvelope }[]) {
      const byTopic = new Map<string, OutgoingMessage[]>();
      for (const { type, event } of items) {
        const topic = topicOf(type);
        const list = byTopic.get(topic) ?? [];
        byTopic.set(topic, list);
        list.push({
          key: routeOf(type).key(event.payload as Record<string, unknown>),
          value: JSON.stringify(event),
        });
      }
      // Not waiting for the acknowledgement, so a slow send does not delay the next tick; the
      // sends of one topic stay in order.
      for (const [topic, messages] of byTopic)
        sending.set(
          topic,
          (sending.get(topic) ?? Promise.resolve()).then(() => bus.publish(topic, messages)),
        );
    },
    flushed: () => Promise.all(sending.values()),
  };
}

// ── the subscribers ──────────────────────────────────────────────────────────────────────────────

/** The subscription a user of `companyId` opens: the bare server is told the company, the gateway knows it. */
type SubscriptionOf = (
  kind: 'order' | 'stock',
  companyId: string,
) => { query: string; variables: Record<string, unknown> };

const STOCK_FIELDS = '{ sku quantity }';
const ORDER_FIELDS = '{ id number status }';

interface Sub {
  kind: 'order' | 'stock';
  supplier: number;
  received: number;
  ordersSeen: Set<string>;
  /** The highest stock sequence number pushed so far. */
  stockSeen: number;
  /** How many of its company's reports (ledger.reportsOf, ascending) a push has shown. */
  reportsShown: number;
  error?: string;
}

interface Tally {
  latencies: number[];
  timedDeliveries: number;
  wrong: number;
  firstWrong?: string;
  duplicates: number;
  lastDelivery: number;
}

function subscribeAll(
  url: string,
  world: World,
  options: Options,
  ledger: Ledger,
  subscriptionOf: SubscriptionOf,
) {
  const subs: Sub[] = [];
  const clients: WsClient[] = [];
  const tally: Tally = {
    latencies: [],
    timedDeliveries: 0,
    wrong: 0,
    duplicates: 0,
    lastDelivery: 0,
  };
  const wrong = (why: string) => {
    tally.wrong += 1;
    tally.firstWrong ??= why;
  };
  const perUser = Math.ceil(options.subscriptions / world.users.length);
  for (const [u, user] of world.users.entries()) {
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${user.token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    for (let i = 0; i < perUser && subs.length < options.subscriptions; i += 1) {
      const kind: Sub['kind'] = i % 2 === 0 ? 'stock' : 'order';
      const sub: Sub = {
        kind,
        supplier: user.supplier,
        received: 0,
        ordersSeen: new Set(),
        stockSeen: 0,
        reportsShown: 0,
      };
      subs.push(sub);
      client.subscribe<Record<string, unknown>>(
        subscriptionOf(kind, world.suppliers[user.supplier]!.id),
        {
          next: ({ data, errors }) => {
            const arrived = performance.now();
            if (errors?.length) return wrong(`user ${u}: ${errors[0]!.message}`);
            sub.received += 1;
            tally.lastDelivery = arrived;
            if (kind === 'order') {
              const order = (data as { orderChanged: { id: string } }).orderChanged;
              const produced = ledger.orders.get(order.id);
              if (!produced) return wrong(`user ${u} got an order the bench never produced`);
              if (produced.supplier !== sub.supplier)
                return wrong(`user ${u} got another company's order`);
              if (sub.ordersSeen.has(order.id)) return void (tally.duplicates += 1);
              sub.ordersSeen.add(order.id);
              if (produced.timed) {
                tally.latencies.push(arrived - produced.at);
                tally.timedDeliveries += 1;
              }
              return;
            }
            const rows = (data as { stockChanged: { sku: string; quantity: number }[] })
              .stockChanged;
            const own = world.suppliers[sub.supplier]!.sku;
            if (rows.length !== 1 || rows[0]!.sku !== own)
              return wrong(`user ${u} got stock rows ${JSON.stringify(rows)}, not its own ${own}`);
            const q = rows[0]!.quantity;
            if (ledger.stock.get(q)?.supplier !== sub.supplier)
              return wrong(`user ${u} got a stock quantity its company never reported`);
            if (produced(ledger, sub, q, arrived, tally)) tally.timedDeliveries += 1;
          },
          error: (error) =>
            (sub.error ??= Array.isArray(error)
              ? JSON.stringify(error)
              : error instanceof Error
                ? error.message
                : JSON.stringify(error)),
          complete: () => (sub.error ??= 'the server completed the subscription'),
        },
      );
    }
  }
  return {
    subs,
    tally,
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

/**
 * A stock push shows the company's current quantity: every report of the company up to it is
 * visible now (a later push may show a quantity already shown: two reports applied together).
 * Times each report newly shown; whether the push showed a timed one.
 */
function produced(ledger: Ledger, sub: Sub, quantity: number, arrived: number, tally: Tally) {
  let timed = false;
  const reports = ledger.reportsOf[sub.supplier]!;
  for (; sub.reportsShown < reports.length; sub.reportsShown += 1) {
    const seq = reports[sub.reportsShown]!;
    if (seq > quantity) break;
    const report = ledger.stock.get(seq)!;
    if (report.timed) {
      tally.latencies.push(arrived - report.at);
      timed = true;
    }
  }
  sub.stockSeen = Math.max(sub.stockSeen, quantity);
  return timed;
}

// ── one run (bare or gateway) ────────────────────────────────────────────────────────────────────

interface Run {
  name: string;
  subscriptions: number;
  eventsPerSecond: number;
  events: number;
  seconds: number;
  deliveries: number;
  deliveriesPerSecond: number;
  expected: number;
  missing: number;
  wrong: number;
  firstWrong?: string;
  duplicates: number;
  failedSubscriptions: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Latency samples (one per order delivered and per stock report shown). */
  samples: number;
  cpu: Record<string, number>;
  neo4jReadsPerEvent?: number;
  readsByKind?: Record<string, number>;
  /** Events produced but not yet recorded by the projector, when the window ended and when the wait ended. */
  projectorBacklog?: { windowEnd: number; end: number; rejected: number };
}

/** A local server's pid from the platform's state folder (none with NEO4J_URI / KAFKA_BROKERS set). */
function pidIn(stateDir: string, name: string): number | undefined {
  try {
    return Number(readFileSync(path.join(stateDir, `${name}.pid`), 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** What the projector has recorded so far: every event (Event nodes) and the rejected ones. */
async function recorded(driver: Driver): Promise<{ events: number; rejected: number }> {
  const count = async (query: string) =>
    Number((await driver.executeQuery(query)).records[0]!.get('n'));
  return {
    events: await count('MATCH (e:Event) RETURN count(e) AS n'),
    rejected: await count("MATCH (e:Event {status: 'REJECTED'}) RETURN count(e) AS n"),
  };
}

async function liveReads(metricsUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(metricsUrl)).text();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^chainlift_live_neo4j_reads_total\{read="([^"]+)"\} (\S+)$/gm))
    out[m[1]!] = Number(m[2]);
  return out;
}

async function runOne(args: {
  name: string;
  url: string;
  world: World;
  options: Options;
  bus: EventBus;
  topicOf: (type: string) => string;
  subscriptionOf: SubscriptionOf;
  pids: Record<string, number | undefined>;
  metricsUrl?: string;
  /** The platform's Neo4j, when the run goes through the projector (its backlog is measured). */
  driver?: Driver;
  seed: number;
}): Promise<Run> {
  const { name, world, options } = args;
  const ledger = new Ledger();
  const next = streamMaker(world, ledger, args.seed);
  const out = producer(args.bus, args.topicOf);
  say(`${name}: opening ${options.subscriptions} subscriptions for ${world.users.length} users…`);
  const base = args.driver ? await recorded(args.driver) : undefined;
  const backlog = async () =>
    args.driver && base
      ? ledger.events - ((await recorded(args.driver)).events - base.events)
      : NaN;
  const clients = subscribeAll(args.url, world, options, ledger, args.subscriptionOf);
  // Untimed probes (an order and a report for every supplier) until every subscription has
  // received something: all are live then.
  const liveBy = performance.now() + 120_000;
  while (clients.subs.some((s) => s.received === 0 && !s.error)) {
    if (performance.now() > liveBy) throw new Error(`${name}: subscriptions not live within 120 s`);
    const probes = [];
    for (let i = 0; i < 2 * SUPPLIERS; i += 1) probes.push(next(false, performance.now()));
    out.send(probes);
    await sleep(2000);
  }
  const failed = clients.subs.filter((s) => s.error);
  if (failed.length) say(`${name}: ${failed.length} subscriptions failed: ${failed[0]!.error}`);
  const perTick = (options.rate * TICK_MS) / 1000;
  const stream = async (seconds: number, timed: boolean) => {
    const started = performance.now();
    let sent = 0;
    for (let tick = 0; tick < (seconds * 1000) / TICK_MS; tick += 1) {
      const wait = started + tick * TICK_MS - performance.now();
      if (wait > 0) await sleep(wait);
      const due = Math.round((tick + 1) * perTick) - sent;
      const at = performance.now();
      out.send(Array.from({ length: due }, () => next(timed, at)));
      sent += due;
    }
    return { sent, seconds: (performance.now() - started) / 1000 };
  };
  say(`${name}: warm-up, ${options.rate} events/s for ${options.warmupSeconds} s…`);
  await stream(options.warmupSeconds, false);
  const readsBefore = args.metricsUrl ? await liveReads(args.metricsUrl) : undefined;
  const cpuBefore = Object.fromEntries(
    Object.entries(args.pids).map(([k, pid]) => [k, cpuSeconds(pid)]),
  );
  const selfBefore = process.cpuUsage();
  say(`${name}: measuring, ${options.rate} events/s for ${options.seconds} s…`);
  const window = await stream(options.seconds, true);
  await out.flushed();
  const backlogAtWindowEnd = await backlog();
  if (args.driver)
    say(`${name}: projector backlog when the window ended: ${backlogAtWindowEnd} events`);
  const timedOrders = [...ledger.orders.values()].filter((o) => o.timed);
  const timedReports = [...ledger.stock.values()].filter((r) => r.timed);
  // Every order of the window reaches every order subscription of its supplier; every report is
  // shown by some push to every stock subscription of its company.
  const orderSubs = (supplier: number) =>
    clients.subs.filter((s) => s.kind === 'order' && s.supplier === supplier && !s.error).length;
  const stockSubs = (supplier: number) =>
    clients.subs.filter((s) => s.kind === 'stock' && s.supplier === supplier && !s.error).length;
  const expected =
    timedOrders.reduce((n, o) => n + orderSubs(o.supplier), 0) +
    timedReports.reduce((n, r) => n + stockSubs(r.supplier), 0);
  const delivered = () => {
    let n = 0;
    for (const s of clients.subs) {
      if (s.kind === 'order') {
        for (const id of s.ordersSeen) if (ledger.orders.get(id)?.timed) n += 1;
      } else {
        const reports = ledger.reportsOf[s.supplier]!;
        for (let i = 0; i < s.reportsShown; i += 1)
          if (ledger.stock.get(reports[i]!)!.timed) n += 1;
      }
    }
    return n;
  };
  // The last deliveries: until all arrived, or nothing arrived for 5 s (at most --drain seconds).
  const drainBy = performance.now() + options.drainSeconds * 1000;
  while (delivered() < expected && performance.now() < drainBy) {
    if (performance.now() - clients.tally.lastDelivery > 5000) break;
    await sleep(250);
  }
  const cpu: Record<string, number> = {};
  for (const [k, pid] of Object.entries(args.pids))
    cpu[k] = (cpuSeconds(pid) - cpuBefore[k]!) / window.seconds;
  const self = process.cpuUsage(selfBefore);
  cpu['bench process'] = (self.user + self.system) / 1e6 / window.seconds;
  const readsAfter = args.metricsUrl ? await liveReads(args.metricsUrl) : undefined;
  const shown = delivered();
  const projectorBacklog =
    args.driver && base
      ? {
          windowEnd: backlogAtWindowEnd,
          end: await backlog(),
          rejected: (await recorded(args.driver)).rejected - base.rejected,
        }
      : undefined;
  await clients.close();
  const sorted = clients.tally.latencies.sort((a, b) => a - b);
  const readsByKind =
    readsBefore && readsAfter
      ? Object.fromEntries(
          Object.entries(readsAfter).map(([k, v]) => [
            k,
            (v - (readsBefore[k] ?? 0)) / window.sent,
          ]),
        )
      : undefined;
  return {
    name,
    subscriptions: clients.subs.length,
    eventsPerSecond: window.sent / window.seconds,
    events: window.sent,
    seconds: window.seconds,
    deliveries: clients.tally.timedDeliveries,
    deliveriesPerSecond: clients.tally.timedDeliveries / window.seconds,
    expected,
    missing: expected - shown,
    wrong: clients.tally.wrong,
    firstWrong: clients.tally.firstWrong,
    duplicates: clients.tally.duplicates,
    failedSubscriptions: failed.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    samples: sorted.length,
    cpu,
    ...(projectorBacklog ? { projectorBacklog } : {}),
    ...(readsByKind
      ? {
          neo4jReadsPerEvent: Object.values(readsByKind).reduce((a, b) => a + b, 0),
          readsByKind,
        }
      : {}),
  };
}

// ── report ───────────────────────────────────────────────────────────────────────────────────────

function printReport(runs: Run[]) {
  const bare = runs.find((r) => r.name.startsWith('bare'));
  console.log(
    `\n  ${'series'.padEnd(36)} ${'subs'.padStart(5)} ${'events/s'.padStart(8)} ${'deliv/s'.padStart(8)} ${'÷ bare'.padStart(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(8)} ${'CPU %'.padStart(6)} ${'reads/ev'.padStart(8)} ${'missing'.padStart(7)} ${'wrong'.padStart(5)}`,
  );
  for (const r of runs) {
    const server = r.cpu.gateway ?? r.cpu['bare server'] ?? NaN;
    console.log(
      `  ${r.name.padEnd(36)} ${String(r.subscriptions).padStart(5)} ${fmt(r.eventsPerSecond, 0).padStart(8)} ${fmt(r.deliveriesPerSecond, 0).padStart(8)} ${(bare ? fmt(r.deliveriesPerSecond / bare.deliveriesPerSecond, 2) : '–').padStart(6)} ${fmt(r.p50).padStart(7)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)} ${fmt(r.max).padStart(8)} ${fmt(100 * server, 0).padStart(6)} ${(r.neo4jReadsPerEvent === undefined ? '–' : fmt(r.neo4jReadsPerEvent, 2)).padStart(8)} ${String(r.missing).padStart(7)} ${String(r.wrong).padStart(5)}`,
    );
  }
  console.log(
    '  (latency in ms, event produced to Kafka → delivered to the subscriber; CPU % of one core of the server process)',
  );
  const gateway = runs.find((r) => !r.name.startsWith('bare'));
  if (bare && gateway) {
    console.log(
      `  gateway ÷ bare: deliveries/s ${fmt(gateway.deliveriesPerSecond / bare.deliveriesPerSecond, 2)} · p50 ${fmt(gateway.p50 / bare.p50, 1)}× · p99 ${fmt(gateway.p99 / bare.p99, 1)}× · CPU ${fmt((gateway.cpu.gateway ?? NaN) / (bare.cpu['bare server'] ?? NaN), 1)}×`,
    );
    const cpuLine = Object.entries(gateway.cpu)
      .map(([k, v]) => `${k} ${fmt(100 * v, 0)} %`)
      .join(' · ');
    console.log(`  CPU during the gateway's window: ${cpuLine} (% of one core)`);
    if (gateway.projectorBacklog)
      console.log(
        `  projector: ${gateway.projectorBacklog.windowEnd} events not yet recorded when the window ended, ${gateway.projectorBacklog.end} when the wait ended; ${gateway.projectorBacklog.rejected} rejected`,
      );
    if (gateway.readsByKind)
      console.log(
        `  gateway Neo4j reads per event: ${Object.entries(gateway.readsByKind)
          .map(([k, v]) => `${k} ${fmt(v, 2)}`)
          .join(' · ')}`,
      );
  }
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

interface Resources {
  platform?: EphemeralPlatform;
  gateway?: ServiceProcess;
  bare?: ServiceProcess;
  bus?: EventBus;
  driver?: Driver;
}

async function run(options: Options, res: Resources): Promise<string[]> {
  const command = `npm run bench:fanout -- ${process.argv.slice(2).join(' ')}`.trim();
  say(
    `${command} (${options.profile}): ${options.subscriptions} subscriptions across ${options.users} users, ${options.rate} events/s, ${options.seconds} s measured after ${options.warmupSeconds} s of warm-up; machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  res.platform = await startEphemeralPlatform(ADMIN, { name: 'bench-fanout', say });
  const { gateway, url } = await startGatewayProcess(
    res.platform.stateDir,
    { LIVE_MAX_SUBSCRIPTIONS_PER_USER: String(Math.ceil(options.subscriptions / options.users)) },
    options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
  );
  res.gateway = gateway;
  const config = loadConfig();
  res.driver = createDriver({
    uri: process.env.NEO4J_URI!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  res.bus = createEventBus({
    brokers: config.kafka.brokers!,
    clientId: 'bench-fanout',
    log: createLogger('bench-fanout', 'warn'),
    security: config.kafka.security,
  });
  await res.bus.ensureTopics([
    { name: BARE_TOPIC, core: false, partitions: 6, key: 'id', config: {} },
  ]);
  const bareServer = await startBareServer(res.platform.stateDir, {
    name: 'bare graphql-ws',
    entry: 'scripts/bench/bare-graphql-ws.ts',
    env: { FANOUT_TOPIC: BARE_TOPIC },
  });
  res.bare = bareServer.bare;
  say('building the world through the API (a leader, 10 suppliers, their users)…');
  const world = await buildWorld(url, options.users, res.driver);

  const runs: Run[] = [];
  const save = () => {
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(
      options.out,
      JSON.stringify(
        {
          bench: 'fanout',
          command,
          profile: options.profile,
          at: new Date().toISOString(),
          machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
          options: { ...options, out: undefined },
          runs,
        },
        null,
        2,
      ),
    );
  };
  const report = (r: Run) => {
    say(
      `${r.name}: ${fmt(r.deliveriesPerSecond, 0)} deliveries/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, ${r.missing} missing, ${r.wrong} wrong`,
    );
    runs.push(r);
    save();
  };
  report(
    await runOne({
      name: 'bare graphql-ws (framework limit)',
      url: bareServer.url,
      world,
      options,
      bus: res.bus,
      topicOf: () => BARE_TOPIC,
      subscriptionOf: (kind, c) => ({
        query:
          kind === 'stock'
            ? `subscription ($c: ID!) { stockChanged(companyId: $c) ${STOCK_FIELDS} }`
            : `subscription ($c: ID!) { orderChanged(companyId: $c) ${ORDER_FIELDS} }`,
        variables: { c },
      }),
      pids: { 'bare server': bareServer.bare.child.pid },
      seed: 1,
    }),
  );
  await res.bare.stop();
  res.bare = undefined;
  report(
    await runOne({
      name: 'ChainLift gateway',
      url,
      world,
      options,
      bus: res.bus,
      topicOf: (type) => routeOf(type).topic,
      // The gateway's orderChanged takes no argument: the authorization module decides.
      subscriptionOf: (kind, c) =>
        kind === 'stock'
          ? {
              query: `subscription ($c: ID!) { stockChanged(companyId: $c) ${STOCK_FIELDS} }`,
              variables: { c },
            }
          : { query: `subscription { orderChanged ${ORDER_FIELDS} }`, variables: {} },
      pids: {
        gateway: gateway.child.pid,
        projector: res.platform.projector.child.pid,
        neo4j: pidIn(res.platform.stateDir, 'neo4j'),
        kafka: pidIn(res.platform.stateDir, 'kafka'),
      },
      metricsUrl: url.replace(/\/graphql$/, '/metrics'),
      driver: res.driver,
      seed: 2,
    }),
  );
  printReport(runs);
  say(`results written to ${path.relative(process.cwd(), options.out)}`);
  return runs.flatMap((r) => [
    ...(r.wrong
      ? [`${r.name}: ${r.wrong} deliveries the subscriber may not see (first: ${r.firstWrong})`]
      : []),
    ...(r.missing ? [`${r.name}: ${r.missing} of ${r.expected} deliveries missing`] : []),
    ...(r.failedSubscriptions ? [`${r.name}: ${r.failedSubscriptions} subscriptions failed`] : []),
  ]);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const res: Resources = {};
  await benchMain({
    run: () => run(options, res),
    platformUp: () => res.platform !== undefined,
    problemsTitle: 'wrong or missing deliveries',
    cleanup: async () => {
      await res.bare?.stop();
      await res.gateway?.stop();
      await res.bus?.close();
      await res.driver?.close();
      if (res.platform) await stopEphemeralPlatform(res.platform);
    },
  });
}

main().catch(fatal);
