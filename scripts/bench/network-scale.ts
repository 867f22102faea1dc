/**
 * npm run bench:network [-- --suppliers 5000 --orders 200000 --runs 100 --seed 42]
 *
 * Does the platform meet the target of the issue — "the N-tier network query and the supplier KPI
 * query each answer in under 200 ms at p95" — on a chain of thousands of suppliers and hundreds
 * of thousands of orders?
 *
 * 1. Starts a throw-away platform (fresh Neo4j + Kafka on free ports, migrations, topics, one
 *    projector child process, a platform admin): nothing is shared with `npm start` or the tests.
 * 2. Loads a generated chain (chain-generator.ts, deterministic from --seed) by publishing the
 *    platform's own events straight to Kafka, in dependency order, phase by phase: companies, the
 *    chain, invitations and acceptances tier by tier (each tier invited by members of the tier
 *    above), extra supply links (multi-sourcing), orders, then order actions in date order. Each
 *    phase waits until the projector recorded an (:Event) for every event published and reports
 *    any REJECTED one (which fails the run). Progress lines show published / projected counts and
 *    events per second.
 * 3. Starts a gateway in this process (port 0) and, as an ADMIN of the leader, times over HTTP —
 *    interleaved, after a warm-up — the network query (maxDepth 4, first 10000), the KPI query,
 *    and `{ me { id } }`, the cost of an authenticated round trip. Latency is from sending the
 *    request until the whole response body arrived. If the gateway refuses the network query as
 *    written, the same query with `first` as a variable is timed and the refusal reported. For
 *    diagnosis it also times the gateway's read functions behind the two queries directly
 *    (Neo4j + in-memory work, no GraphQL/HTTP).
 * 4. Checks the answers against the generated data (every supplier in the network at its tier,
 *    every link, the KPIs equal to the domain's reference computation) and exits 1 if any is wrong.
 *
 * The platform is stopped at the end, on error and on Ctrl-C. KEEP_TEST_DATA=1 keeps its folder.
 */
import { randomBytes } from 'node:crypto';
import { formatFen, type OrderFacts } from '@chainlift/domain';
import { createTokenService, startGateway, type Gateway } from '@chainlift/gateway';
import { NetworkCache, networkReads, orderReads, reader } from '@chainlift/gateway';
import {
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  TOPIC,
  validateEvent,
  type Driver,
  type EventBus,
  type OutgoingMessage,
} from '@chainlift/platform';
import { graphqlData } from '../lib/graphql-client';
import {
  startEphemeralPlatform,
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../lib/ephemeral-platform';
import { fatal, say } from '../lib/say';
import { benchMain } from './bench-main';
import {
  createRng,
  expectedKpis,
  generateNetwork,
  invitations,
  orderPlans,
  registration,
  type BenchNetwork,
  type OrderActedOnPayload,
  type Rng,
} from './chain-generator';

const ADMIN = { email: 'admin@bench.chainlift', password: 'bench-admin-password' };
const LEADER_USER = { email: 'leader-admin@bench.chainlift', password: 'bench-leader-password' };
const TARGET_P95_MS = 200;
const BATCH_SIZE = 1000;
const WARM_UP = 10;
const PROGRESS_EVERY_MS = 3000;
const STALL_MS = 180_000;

// ── options ───────────────────────────────────────────────────────────────────────────────────

interface Options {
  suppliers: number;
  orders: number;
  runs: number;
  seed: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { suppliers: 5000, orders: 200_000, runs: 100, seed: 20_250_101 };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split('=', 2);
    const name = flag?.replace(/^--/, '') as keyof Options;
    if (!flag?.startsWith('--') || !(name in options))
      throw new Error(`unknown option ${argv[i]}; use --suppliers N --orders M --runs R --seed S`);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`${flag} needs a whole number ≥ 0`);
    options[name] = value;
  }
  if (options.runs < 1) throw new Error('--runs must be at least 1');
  return options;
}

// ── events ────────────────────────────────────────────────────────────────────────────────────

interface Batch {
  topic: string;
  messages: OutgoingMessage[];
}

/** Builds envelopes; validates the first event of each type and every 50th against the contracts. */
function eventFactory(rng: Rng) {
  const validated = new Set<string>();
  let built = 0;
  return (type: string, key: string, payload: object): OutgoingMessage => {
    const event = {
      id: rng.uuid(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      actor: { via: 'system' as const },
      payload,
    };
    if (!validated.has(type) || built % 50 === 0) {
      const valid = validateEvent(event);
      if (!valid.ok) throw new Error(`generated ${type} is invalid: ${valid.error.message}`);
      validated.add(type);
    }
    built += 1;
    return { key, value: JSON.stringify(event) };
  };
}
type MakeEvent = ReturnType<typeof eventFactory>;

function* batched<T>(
  topic: string,
  items: Iterable<T>,
  toMessage: (item: T) => OutgoingMessage,
): Generator<Batch> {
  let messages: OutgoingMessage[] = [];
  for (const item of items) {
    messages.push(toMessage(item));
    if (messages.length === BATCH_SIZE) {
      yield { topic, messages };
      messages = [];
    }
  }
  if (messages.length > 0) yield { topic, messages };
}

// ── phases: publish, then wait until projected ───────────────────────────────────────────────────

interface Phase {
  name: string;
  total: number;
  batches: Iterable<Batch>;
}

interface PhaseResult {
  name: string;
  events: number;
  publishSeconds: number;
  seconds: number;
  perSecond: number;
}

interface Bench {
  options: Options;
  driver: Driver;
  bus: EventBus;
  platform: EphemeralPlatform;
  problems: string[];
  rejectedSoFar: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (fromMs: number) => (performance.now() - fromMs) / 1000;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function countEvents(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (e:Event) RETURN count(e) AS n');
  return records[0]!.get('n') as number;
}

/** Reports REJECTED events recorded since the last call; each one is a problem. */
async function checkRejections(bench: Bench, phase: string): Promise<void> {
  const { records } = await bench.driver.executeQuery(
    `MATCH (e:Event {status: 'REJECTED'})
     RETURN e.type AS type, e.code AS code, e.message AS message, count(*) AS n ORDER BY n DESC`,
  );
  const total = records.reduce((sum, r) => sum + (r.get('n') as number), 0);
  if (total === bench.rejectedSoFar) return;
  const fresh = total - bench.rejectedSoFar;
  bench.rejectedSoFar = total;
  bench.problems.push(`${fresh} event(s) REJECTED by the projector during "${phase}"`);
  say(`✖ ${fresh} REJECTED event(s) after "${phase}" (all rejections so far, by message):`);
  for (const r of records.slice(0, 10))
    say(`    ${r.get('n')} × ${r.get('type')} ${r.get('code')}: ${r.get('message')}`);
}

function progressLine(
  name: string,
  p: { published: number; projected: number; total: number; started: number; rate: number },
) {
  const elapsed = seconds(p.started);
  say(
    `[${name}] published ${fmt(p.published)}/${fmt(p.total)} · projected ${fmt(p.projected)}/${fmt(p.total)} · ` +
      `${fmt(p.projected / Math.max(elapsed, 0.001))} ev/s avg, ${fmt(p.rate)} ev/s now · ${fmt(elapsed, 1)} s`,
  );
}

/** Publishes a phase's batches and resolves once the projector recorded all its events. */
async function runPhase(bench: Bench, phase: Phase): Promise<PhaseResult> {
  const base = await countEvents(bench.driver);
  const state = {
    published: 0,
    projected: 0,
    total: phase.total,
    started: performance.now(),
    rate: 0,
  };
  let publishSeconds = 0;
  let publishing = true;
  let failure: unknown;
  let lastChange = performance.now();
  let lastPrint = performance.now();
  let window = { at: performance.now(), projected: 0 };

  const publish = (async () => {
    try {
      for (const batch of phase.batches) {
        await bench.bus.publish(batch.topic, batch.messages);
        state.published += batch.messages.length;
      }
      if (state.published !== phase.total)
        throw new Error(
          `phase "${phase.name}" published ${state.published} events, expected ${phase.total}`,
        );
      publishSeconds = seconds(state.started);
    } catch (error) {
      failure = error;
    } finally {
      publishing = false;
    }
  })();

  while (publishing || state.projected < phase.total) {
    await sleep(250);
    if (failure) throw failure;
    const projected = (await countEvents(bench.driver)) - base;
    const now = performance.now();
    if (projected !== state.projected) lastChange = now;
    state.projected = projected;
    if (now - window.at >= PROGRESS_EVERY_MS) {
      state.rate = ((projected - window.projected) * 1000) / (now - window.at);
      window = { at: now, projected };
    }
    if (now - lastPrint >= PROGRESS_EVERY_MS) {
      progressLine(phase.name, state);
      lastPrint = now;
    }
    if (bench.platform.projector.child.exitCode !== null)
      throw new Error(`the projector exited; see ${bench.platform.projector.logFile}`);
    if (!publishing && now - lastChange > STALL_MS)
      throw new Error(
        `"${phase.name}": projection stalled at ${projected}/${phase.total} for ${STALL_MS / 1000} s; see ${bench.platform.projector.logFile}`,
      );
    if (projected > phase.total && !publishing)
      throw new Error(
        `"${phase.name}": ${projected} events recorded, more than the ${phase.total} published`,
      );
  }
  await publish;
  if (failure) throw failure;
  const elapsed = seconds(state.started);
  const result = {
    name: phase.name,
    events: phase.total,
    publishSeconds,
    seconds: elapsed,
    perSecond: phase.total / elapsed,
  };
  say(
    `[${phase.name}] ✔ ${fmt(phase.total)} events projected in ${fmt(elapsed, 1)} s ` +
      `(published in ${fmt(publishSeconds, 1)} s) · ${fmt(result.perSecond)} ev/s`,
  );
  await checkRejections(bench, phase.name);
  return result;
}

// ── the load ──────────────────────────────────────────────────────────────────────────────────

function chainPhases(net: BenchNetwork, make: MakeEvent): Phase[] {
  const companies = [net.leader, ...net.suppliers];
  const phases: Phase[] = [
    {
      name: 'companies',
      total: companies.length,
      batches: batched(TOPIC.masterdata, companies, (c) =>
        make('CompanyRegistered', c.uscc, registration(c)),
      ),
    },
    {
      name: 'chain',
      total: 1,
      batches: batched(TOPIC.chains, [net], (n) =>
        make('ChainCreated', n.chainId, {
          chainId: n.chainId,
          leaderId: n.leader.id,
          name: n.chainName,
        }),
      ),
    },
  ];
  for (let tier = 1; tier < net.tiers.length; tier += 1) {
    const invited = invitations(net, tier);
    const members = net.tiers[tier]!;
    phases.push(
      {
        name: `tier ${tier} invitations`,
        total: invited.length,
        batches: batched(TOPIC.chains, invited, (p) => make('SuppliersInvited', p.chainId, p)),
      },
      {
        name: `tier ${tier} acceptances`,
        total: members.length,
        batches: batched(TOPIC.chains, members, (s) =>
          make('InvitationAnswered', net.chainId, {
            chainId: net.chainId,
            companyId: s.id,
            accept: true,
          }),
        ),
      },
    );
  }
  phases.push({
    name: 'extra supply links',
    total: net.extraLinks.length,
    batches: batched(TOPIC.chains, net.extraLinks, (l) =>
      make('SupplyLinkDeclared', l.buyer.id, {
        buyerId: l.buyer.id,
        supplierId: l.supplier.id,
        products: l.products,
      }),
    ),
  });
  phases.push({
    name: 'supply links confirmed by the suppliers',
    total: net.extraLinks.length,
    batches: batched(TOPIC.chains, net.extraLinks, (l) =>
      make('SupplyLinkConfirmed', l.buyer.id, {
        buyerId: l.buyer.id,
        supplierId: l.supplier.id,
      }),
    ),
  });
  return phases;
}

interface OrderLoad {
  placed: Phase;
  /** Filled while the placed phase is published. */
  actions: OrderActedOnPayload[];
  /** The leader's orders by supplier, to check the KPIs. */
  leaderFacts: Map<string, OrderFacts[]>;
}

function orderLoad(rng: Rng, net: BenchNetwork, count: number, make: MakeEvent): OrderLoad {
  const actions: OrderActedOnPayload[] = [];
  const leaderFacts = new Map<string, OrderFacts[]>();
  function* placedOrders() {
    for (const plan of orderPlans(rng, net, count)) {
      actions.push(...plan.actions);
      if (plan.placed.buyerId === net.leader.id) {
        const list = leaderFacts.get(plan.placed.supplierId);
        if (list) list.push(plan.facts);
        else leaderFacts.set(plan.placed.supplierId, [plan.facts]);
      }
      yield plan.placed;
    }
  }
  return {
    placed: {
      name: 'orders placed',
      total: count,
      batches: batched(TOPIC.orders, placedOrders(), (p) => make('OrderPlaced', p.orderId, p)),
    },
    actions,
    leaderFacts,
  };
}

/** Order actions in date order (a stable sort keeps each order's own steps in sequence). */
function actionsPhase(actions: OrderActedOnPayload[], make: MakeEvent): Phase {
  actions.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return {
    name: 'order actions',
    total: actions.length,
    batches: batched(TOPIC.orders, actions, (a) => make('OrderActedOn', a.orderId, a)),
  };
}

interface LoadResult {
  net: BenchNetwork;
  leaderFacts: Map<string, OrderFacts[]>;
  phases: PhaseResult[];
}

async function load(bench: Bench): Promise<LoadResult> {
  const rng = createRng(bench.options.seed);
  const net = generateNetwork(rng, bench.options.suppliers);
  const make = eventFactory(rng);
  say(
    `chain: ${fmt(net.suppliers.length)} suppliers in tiers of ${net.tiers
      .slice(1)
      .map((t) => fmt(t.length))
      .join(' / ')}, ${fmt(net.suppliers.length + net.extraLinks.length)} supply links ` +
      `(${fmt(net.extraLinks.length)} beyond the invitation tree), ${fmt(bench.options.orders)} orders`,
  );
  const results: PhaseResult[] = [];
  for (const phase of chainPhases(net, make))
    if (phase.total > 0) results.push(await runPhase(bench, phase));
  const orders = orderLoad(rng, net, bench.options.orders, make);
  if (orders.placed.total > 0) results.push(await runPhase(bench, orders.placed));
  const acted = actionsPhase(orders.actions, make);
  if (acted.total > 0) results.push(await runPhase(bench, acted));
  return { net, leaderFacts: orders.leaderFacts, phases: results };
}

// ── measuring through the gateway ─────────────────────────────────────────────────────────────────

const NETWORK_SELECTION = `total nodes { tier status company { id name region } } links { supplierId buyerId }`;
/** The query of the issue, `first` written in the query text. */
const NETWORK_QUERY = `query ($c: ID!) { supplierNetwork(chainId: $c, filter: { maxDepth: 4 }, first: 10000) {
  ${NETWORK_SELECTION} } }`;
/** The same query with `first` as a variable: same work for the gateway, but graphql-armor's cost
 * limit only multiplies by a literal `first` (see networkQueryToTime). */
const NETWORK_QUERY_VAR = `query ($c: ID!, $first: Int) { supplierNetwork(chainId: $c, filter: { maxDepth: 4 }, first: $first) {
  ${NETWORK_SELECTION} } }`;
const KPI_QUERY = `{ supplierKpis { supplier { id name } orders delivered onTime onTimePerMille
  openValue { amount currency } leadTimeDaysTenths } }`;
const ME_QUERY = '{ me { id } }';

interface NetworkAnswer {
  supplierNetwork: {
    total: number;
    nodes: {
      tier: number;
      status: string;
      company: { id: string; name: string; region: string | null };
    }[];
    links: { supplierId: string; buyerId: string }[];
  };
}
interface KpiAnswer {
  supplierKpis: {
    supplier: { id: string; name: string };
    orders: number;
    delivered: number;
    onTime: number;
    onTimePerMille: number | null;
    openValue: { amount: string; currency: string };
    leadTimeDaysTenths: number | null;
  }[];
}

interface Timed {
  ms: number;
  bytes: number;
  body: { data?: unknown; errors?: { message: string }[] };
}

async function timedPost(
  url: string,
  token: string,
  query: string,
  variables: object,
): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as Timed['body'];
  if (body.errors?.length || !body.data)
    throw new Error(
      `query failed (HTTP ${response.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
    );
  return { ms, bytes: text.length, body };
}

interface Series {
  name: string;
  samples: number[];
  bytes: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
  };
}

/** Logs in as the platform admin, creates an ADMIN user of the leader, and returns its token. */
async function leaderToken(url: string, leaderId: string): Promise<string> {
  const login = (email: string, password: string) =>
    graphqlData<{ login: { token: string } }>(
      url,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
  const admin = await login(ADMIN.email, ADMIN.password);
  await graphqlData(
    url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        companyId: leaderId,
        email: LEADER_USER.email,
        name: 'Bench leader admin',
        role: 'ADMIN',
        password: LEADER_USER.password,
      },
    },
    { authorization: `Bearer ${admin.login.token}` },
  );
  return (await login(LEADER_USER.email, LEADER_USER.password)).login.token;
}

/**
 * The issue's network query as written, if the gateway answers it; otherwise (its cost limit
 * refuses `first: 10000` written in the query) the same query with `first` as a variable, and a note.
 */
async function networkQueryToTime(
  url: string,
  token: string,
  chainId: string,
  notes: string[],
): Promise<{ query: string; variables: object }> {
  try {
    await timedPost(url, token, NETWORK_QUERY, { c: chainId });
    return { query: NETWORK_QUERY, variables: { c: chainId } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push(
      `the gateway refuses the network query with "first: 10000" written in the query text (${reason}); ` +
        'timed the same query with $first = 10000 as a variable, which its cost limit does not multiply by',
    );
    say(`⚠ ${notes[notes.length - 1]}`);
    return { query: NETWORK_QUERY_VAR, variables: { c: chainId, first: 10_000 } };
  }
}

interface Measured {
  series: Series[];
  readLayer: Series[];
  network: NetworkAnswer;
  kpis: KpiAnswer;
}

/** Interleaves the three queries so background noise hits all of them alike. */
async function measure(
  url: string,
  token: string,
  net: BenchNetwork,
  runs: number,
  driver: Driver,
  notes: string[],
): Promise<Measured> {
  const queries = [
    { name: 'me (baseline)', query: ME_QUERY, variables: {} },
    { name: 'supplierNetwork', ...(await networkQueryToTime(url, token, net.chainId, notes)) },
    { name: 'supplierKpis', query: KPI_QUERY, variables: {} },
  ];
  const series: Series[] = queries.map((q) => ({ name: q.name, samples: [], bytes: 0 }));
  const last: unknown[] = [];
  say(`warm-up: ${WARM_UP} requests of each query`);
  for (let i = 0; i < WARM_UP; i += 1)
    for (const q of queries) await timedPost(url, token, q.query, q.variables);
  say(`timing ${runs} runs of each query (interleaved)…`);
  let lastPrint = performance.now();
  for (let run = 0; run < runs; run += 1) {
    for (const [i, q] of queries.entries()) {
      const timed = await timedPost(url, token, q.query, q.variables);
      series[i]!.samples.push(timed.ms);
      series[i]!.bytes = timed.bytes;
      last[i] = timed.body.data;
    }
    if (performance.now() - lastPrint >= PROGRESS_EVERY_MS) {
      say(`  ${run + 1}/${runs} runs`);
      lastPrint = performance.now();
    }
  }
  return {
    series,
    readLayer: await measureReadLayer(driver, net, runs),
    network: last[1] as NetworkAnswer,
    kpis: last[2] as KpiAnswer,
  };
}

/** The gateway's read functions behind the two queries, called directly: Neo4j + in-memory work. */
async function measureReadLayer(
  driver: Driver,
  net: BenchNetwork,
  runs: number,
): Promise<Series[]> {
  const read = reader(driver);
  const network = networkReads(read, new NetworkCache());
  const orders = orderReads(read);
  const calls = [
    {
      name: 'network() read',
      call: () => network.network(net.chainId, net.leader.id, { maxDepth: 4 }),
    },
    {
      // What the first read after a membership or link change pays: no cached snapshot.
      name: 'network() uncached',
      call: () =>
        networkReads(read, new NetworkCache()).network(net.chainId, net.leader.id, { maxDepth: 4 }),
    },
    { name: 'supplierKpis() read', call: () => orders.supplierKpis(net.leader.id, null) },
  ];
  const series: Series[] = calls.map((c) => ({ name: c.name, samples: [], bytes: 0 }));
  say(`timing the read layer directly (${runs} runs each, after a warm-up)…`);
  for (let i = 0; i < WARM_UP; i += 1) for (const c of calls) await c.call();
  for (let run = 0; run < runs; run += 1) {
    for (const [i, c] of calls.entries()) {
      const started = performance.now();
      await c.call();
      series[i]!.samples.push(performance.now() - started);
    }
  }
  return series;
}

// ── checks and report ───────────────────────────────────────────────────────────────────────────

function checkNetwork(net: BenchNetwork, answer: NetworkAnswer, problems: string[]) {
  const { total, nodes, links } = answer.supplierNetwork;
  const n = net.suppliers.length;
  if (total !== n) problems.push(`network total is ${total}, expected ${n}`);
  if (nodes.length !== Math.min(n, 10_000))
    problems.push(`network returned ${nodes.length} nodes, expected ${Math.min(n, 10_000)}`);
  const expectedTier = new Map(net.suppliers.map((s) => [s.id, s.tier]));
  const wrongTier = nodes.filter((node) => expectedTier.get(node.company.id) !== node.tier);
  if (wrongTier.length > 0)
    problems.push(`${wrongTier.length} network node(s) at the wrong tier (or unknown company)`);
  for (let tier = 1; tier < net.tiers.length; tier += 1)
    if (!nodes.some((node) => node.tier === tier)) problems.push(`no network node at tier ${tier}`);
  const notActive = nodes.filter((node) => node.status !== 'ACTIVE').length;
  if (notActive > 0) problems.push(`${notActive} network node(s) not ACTIVE`);
  if (nodes.some((node) => !node.company.region)) problems.push('network node(s) without a region');
  const expectedLinks = n + net.extraLinks.length;
  if (n <= 10_000 && links.length !== expectedLinks)
    problems.push(`network returned ${links.length} links, expected ${expectedLinks}`);
}

function checkKpis(leaderFacts: Map<string, OrderFacts[]>, answer: KpiAnswer, problems: string[]) {
  const expected = expectedKpis(leaderFacts);
  const rows = answer.supplierKpis;
  if (rows.length !== expected.size)
    problems.push(`supplierKpis returned ${rows.length} rows, expected ${expected.size}`);
  let wrong = 0;
  for (const row of rows) {
    const want = expected.get(row.supplier.id);
    const same =
      want &&
      row.orders === want.orders &&
      row.delivered === want.delivered &&
      row.onTime === want.onTime &&
      row.onTimePerMille === want.onTimePerMille &&
      row.leadTimeDaysTenths === want.leadTimeDaysTenths &&
      row.openValue.amount === formatFen(want.openValueFen) &&
      row.openValue.currency === 'CNY';
    if (!same) wrong += 1;
  }
  if (wrong > 0)
    problems.push(`${wrong} supplierKpis row(s) differ from the reference computation`);
}

function printLoad(phases: PhaseResult[], totalEvents: number) {
  console.log('\nLoad (projector, one process, events published straight to Kafka)');
  console.log(
    `  ${'phase'.padEnd(22)} ${'events'.padStart(9)} ${'seconds'.padStart(8)} ${'events/s'.padStart(9)}`,
  );
  for (const p of phases)
    console.log(
      `  ${p.name.padEnd(22)} ${fmt(p.events).padStart(9)} ${fmt(p.seconds, 1).padStart(8)} ${fmt(p.perSecond).padStart(9)}`,
    );
  const orderPhases = phases.filter((p) => p.name.startsWith('order'));
  const orderEvents = orderPhases.reduce((s, p) => s + p.events, 0);
  const orderSeconds = orderPhases.reduce((s, p) => s + p.seconds, 0);
  console.log(`  total events projected: ${fmt(totalEvents)}`);
  if (orderSeconds > 0)
    console.log(
      `  orders phase (placed + actions): ${fmt(orderEvents)} events in ${fmt(orderSeconds, 1)} s = ${fmt(orderEvents / orderSeconds)} events/s`,
    );
}

function printLatency(measured: Measured) {
  const baseline = summary(measured.series[0]!.samples).p95;
  console.log(
    `\nLatency over HTTP (ms; ${measured.series[0]!.samples.length} runs each after ${WARM_UP} warm-up)`,
  );
  console.log(
    `  ${'query'.padEnd(20)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'p95/base'.padStart(9)} ${'bytes'.padStart(10)}  target p95 < ${TARGET_P95_MS} ms`,
  );
  for (const [i, s] of measured.series.entries()) {
    const st = summary(s.samples);
    const verdict = i === 0 ? '' : st.p95 < TARGET_P95_MS ? 'MET' : 'MISSED';
    console.log(
      `  ${s.name.padEnd(20)} ${fmt(st.p50, 1).padStart(7)} ${fmt(st.p95, 1).padStart(7)} ${fmt(st.p99, 1).padStart(7)} ${fmt(st.max, 1).padStart(7)} ${(i === 0 ? '1.0×' : `${fmt(st.p95 / baseline, 1)}×`).padStart(9)} ${fmt(s.bytes).padStart(10)}  ${verdict}`,
    );
  }
  console.log('  of which the read layer alone (Neo4j + in-memory, no GraphQL/HTTP):');
  for (const s of measured.readLayer) {
    const st = summary(s.samples);
    console.log(
      `  ${s.name.padEnd(20)} ${fmt(st.p50, 1).padStart(7)} ${fmt(st.p95, 1).padStart(7)} ${fmt(st.p99, 1).padStart(7)} ${fmt(st.max, 1).padStart(7)}`,
    );
  }
  const { nodes, links, total } = measured.network.supplierNetwork;
  const tiers = [1, 2, 3, 4].map((t) => nodes.filter((n) => n.tier === t).length);
  console.log(
    `\nAnswers: network total ${fmt(total)}, ${fmt(nodes.length)} nodes (tiers ${tiers.map((t) => fmt(t)).join(' / ')}), ` +
      `${fmt(links.length)} links; ${fmt(measured.kpis.supplierKpis.length)} KPI rows ` +
      `(${fmt(measured.kpis.supplierKpis.reduce((s, r) => s + r.orders, 0))} orders of the leader)`,
  );
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────

interface Resources {
  platform?: EphemeralPlatform;
  driver?: Driver;
  bus?: EventBus;
  gateway?: Gateway;
}

/**
 * Stops what was started, once. After a signal the clients are not closed politely: the platform's
 * own signal handler has already killed Neo4j and Kafka, and closing a Kafka client then only retries.
 */
function cleaner(res: Resources) {
  return async (graceful = true) => {
    if (graceful) {
      await res.gateway?.close().catch(() => undefined);
      await res.bus?.close().catch(() => undefined);
      await res.driver?.close().catch(() => undefined);
    }
    if (res.platform) {
      say('stopping the bench platform…');
      await stopEphemeralPlatform(res.platform);
    }
  };
}

async function run(options: Options, res: Resources): Promise<string[]> {
  const startedAt = performance.now();
  say(
    `network-scale bench: --suppliers ${options.suppliers} --orders ${options.orders} --runs ${options.runs} --seed ${options.seed}`,
  );
  res.platform = await startEphemeralPlatform(ADMIN, { name: 'bench', say });
  const config = loadConfig();
  const log = createLogger('bench', 'silent');
  res.driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  res.bus = createEventBus({ brokers: config.kafka.brokers!, clientId: 'bench', log });
  const bench: Bench = {
    options,
    driver: res.driver,
    bus: res.bus,
    platform: res.platform,
    problems: [],
    rejectedSoFar: 0,
  };
  await checkRejections(bench, 'platform start');

  const loaded = await load(bench);
  const notes: string[] = [];
  const totalEvents = await countEvents(res.driver);

  res.gateway = await startGateway({
    driver: res.driver,
    bus: res.bus,
    log,
    host: '127.0.0.1',
    port: 0,
    outcomeWaitMs: 20_000,
    tokens: createTokenService({ secret: randomBytes(32).toString('hex'), ttl: '1h' }),
  });
  const token = await leaderToken(res.gateway.url, loaded.net.leader.id);
  const measured = await measure(
    res.gateway.url,
    token,
    loaded.net,
    options.runs,
    res.driver,
    notes,
  );
  checkNetwork(loaded.net, measured.network, bench.problems);
  checkKpis(loaded.leaderFacts, measured.kpis, bench.problems);
  await checkRejections(bench, 'measurements');

  console.log(
    `\n═══ network-scale: ${fmt(options.suppliers)} suppliers, ${fmt(options.orders)} orders, seed ${options.seed} ═══`,
  );
  printLoad(loaded.phases, totalEvents);
  printLatency(measured);
  for (const note of notes) console.log(`\n⚠ platform: ${note}`);
  console.log(`\nwall time ${fmt(seconds(startedAt), 0)} s`);
  return bench.problems;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const res: Resources = {};
  await benchMain({
    run: () => run(options, res),
    cleanup: cleaner(res),
    platformUp: () => res.platform !== undefined,
    problemsTitle: "the benchmark's answers are wrong",
    success: '✔ all answers checked against the generated data',
  });
}

main().catch(fatal);
