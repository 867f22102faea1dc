/**
 * npm run bench:ingest [-- --quick] [-- --events 1000000 --suppliers 1000 --batch 1000 --sink-batch 1000
 *                         --naive 5000 --rate 1000 --seconds 30 --seed 7 --warmup 10000
 *                         --phases a,b,p,s,c,d --profile DIR --out FILE]
 *
 * How fast does the projector turn Kafka events into the Neo4j graph, measured against a real
 * limit and a real peer? On a throw-away platform (fresh Neo4j + Kafka on free ports, nothing
 * shared with `npm start` or the tests), with a generated chain of companies and a mixed stream of
 * order, stock and receivable events over it (ingest-workload.ts), it prints in one run:
 *
 *  (a) the real projector: all N events are produced to Kafka while no projector runs, then a
 *      projector process (services/projector/src/main.ts, exactly what `npm start` runs) is started
 *      and timed from "projector ready" until Neo4j holds an (:Event) record for every one of them;
 *      then the domain graph is hashed (domain-graph-hash.ts: Event, ProjectionOffset … left out);
 *  then the SAME N events (the stream replayed: same ids, same times) written without Kafka, each
 *  writer on the graph cleared back to where the projector started, timed inside its write
 *  transactions only, its domain graph hashed and compared with the projector's (the bench fails
 *  when they differ) — ingest-writers.ts:
 *  (b) the minimal writer, the limit: transactions of --batch events, one statement per kind of
 *      write (at most six), no validation loads, no outcomes, no event records or offsets
 *      (ingest-minimal-writer.ts);
 *  (p) the projector's own applyBatch + HANDLERS in transactions of --batch events of one topic,
 *      timed by part (event records, offsets, loads, decisions, writes): where the time goes;
 *  (s) the Neo4j Kafka sink connector's Cypher strategy: one `UNWIND $events` statement per topic
 *      batch of --sink-batch, applied serially (ingest-sink-strategy.ts);
 *  (c) a naive consumer: one transaction per event (applyBatch of one event), on a smaller sample;
 *  each as a ratio of the minimal writer, and projector ÷ minimal (aim ≥ 0.5), projector ÷ sink
 *  (aim ≥ 1.5), projector ÷ applyBatch without Kafka, projector ÷ naive (aim ≥ 20), reported, not
 *  asserted; and where the projector's time goes beside the minimal writer's (ms per 1,000 events);
 *  (d) freshness: a gateway process is started and events are produced at a steady --rate for
 *      --seconds; for sampled events, the time from just before the produce call until the change
 *      is visible through GraphQL: pushed by the `stockChanged` subscription (graphql-ws; probe
 *      stock reports of the chain leader, 10 a second) and answered by polling `order(id)` every
 *      50 ms, backing off to 500 ms (the leader's new orders, 2 a second, at most 10 polled at once:
 *      polls are load too, and 10-ms polls of 4 orders a second once took more of the machine than
 *      the projector). p50 / p95 / p99 / max in ms, and the projector's backlog (produced, not yet
 *      recorded) sampled once a second while producing. What is produced in the first --settle
 *      seconds is the cold start, reported apart. Samples are waited for until the projector has
 *      caught up, so a backlog shows as latency.
 *
 * `--quick` is a small profile for a developer (about 3 minutes with the platform's start); the
 * default is the full one for the README. The command and the machine are printed first; results
 * are written to artifacts/bench/ingest-<time>.json (or --out) after every phase.
 * Also printed, to explain (a): the CPU each process used (2 cores are shared by Neo4j, Kafka, the
 * projector and this process), and the projector's transactions (from its log).
 * `--profile DIR` writes a CPU profile of the projector during (a) to DIR/projector.cpuprofile.
 *
 * The platform is stopped at the end, on error and on Ctrl-C. KEEP_TEST_DATA=1 keeps its folder.
 * Exits 1 if the platform misbehaves (events rejected, lost or never visible) or a writer built
 * another graph than the projector, not for a ratio.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { HANDLERS } from '@chainlift/projector';
import {
  createDriver,
  createEventBus,
  createLogger,
  decodeEvent,
  loadConfig,
  REPO_ROOT,
  TOPIC,
  validateEvent,
  type Driver,
  type EventBus,
  type OutgoingMessage,
} from '@chainlift/platform';
import { graphql } from '../lib/graphql-client';
import {
  startEphemeralPlatform,
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../lib/ephemeral-platform';
import { startGatewayProcess } from '../lib/gateway-process';
import { companyUserToken } from '../lib/platform-admin';
import { cpuSeconds, machineBusySeconds } from '../lib/proc-cpu';
import { startService, type ServiceProcess } from '../lib/service-process';
import { fatal, say } from '../lib/say';
import { benchMain } from './bench-main';
import { domainGraphHash, hashDifferences, type DomainGraphHash } from './domain-graph-hash';
import { createWorkload, take, type StreamEvent, type Workload } from './ingest-workload';
import {
  applyDirect,
  distinctSeed,
  fmt,
  freshChain,
  limited,
  nodeIds,
  clearGraph,
  progressPrinter,
  PROGRESS_EVERY_MS,
  runWriter,
  seconds,
  setUpChain,
  WRITER_TITLES,
  type WriterName,
  type WriterRun,
} from './ingest-writers';

const ADMIN = { email: 'admin@bench.chainlift', password: 'bench-admin-password' };
const PROBE_USER = { email: 'probe@bench.chainlift', password: 'bench-probe-password' };
const PRODUCE_BATCH = 2000;
const STALL_MS = 180_000;
/** Aims of issue 16: projector ÷ minimal writer, projector ÷ sink, projector ÷ naive. */
const AIM_MINIMAL_RATIO = 0.5;
const AIM_SINK_RATIO = 1.5;
const AIM_NAIVE_RATIO = 20;
const PHASES = ['a', 'b', 'p', 's', 'c', 'd'];

// ── options ───────────────────────────────────────────────────────────────────────────────────

interface Options {
  profileName: 'quick' | 'full';
  events: number;
  suppliers: number;
  batch: number;
  sinkBatch: number;
  naive: number;
  rate: number;
  seconds: number;
  seed: number;
  warmup: number;
  /** Seconds at the start of (d) whose samples are the cold start, reported apart. */
  settle: number;
  phases: Set<string>;
  profile: string | undefined;
  out: string;
}

const USAGE =
  'use --quick, or --events N --suppliers N --batch N --sink-batch N --naive N --rate N --seconds N --seed N --warmup N --settle N --phases a,b,p,s,c,d --profile DIR --out FILE';

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const options: Options = {
    profileName: quick ? 'quick' : 'full',
    events: quick ? 10_000 : 1_000_000,
    suppliers: quick ? 200 : 1000,
    batch: 1000,
    sinkBatch: 1000,
    naive: quick ? 300 : 5000,
    rate: quick ? 500 : 1000,
    seconds: quick ? 10 : 30,
    seed: 20_250_707,
    warmup: quick ? 5000 : 10_000,
    settle: quick ? 3 : 10,
    phases: new Set(PHASES),
    profile: undefined,
    out: path.join(REPO_ROOT, 'artifacts', 'bench', `ingest-${stamp}.json`),
  };
  const names: Record<string, keyof Options> = { 'sink-batch': 'sinkBatch' };
  const args = argv.filter((a) => a !== '--quick');
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = args[i]!.split('=', 2);
    const given = flag?.replace(/^--/, '') ?? '';
    const name = names[given] ?? given;
    const raw = inline ?? args[++i];
    if (
      !flag?.startsWith('--') ||
      !(name in options) ||
      name === 'profileName' ||
      raw === undefined
    )
      throw new Error(`unknown option ${args[i - 1] ?? ''}; ${USAGE}`);
    if (name === 'phases') {
      options.phases = new Set(raw.split(','));
      if ([...options.phases].some((p) => !PHASES.includes(p)))
        throw new Error(`--phases takes letters among ${PHASES.join(',')}`);
    } else if (name === 'profile') {
      options.profile = path.resolve(raw);
    } else if (name === 'out') {
      options.out = path.resolve(raw);
    } else {
      const value = Number(raw);
      if (!Number.isSafeInteger(value) || value < 1)
        throw new Error(`${flag} needs a whole number ≥ 1`);
      (options as unknown as Record<string, number>)[name] = value;
    }
  }
  return options;
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Order polls in flight at most during (d). */
const MAX_POLLS = 10;

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function count(driver: Driver, query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return records[0]!.get('n') as number;
}
const countEvents = (driver: Driver) => count(driver, 'MATCH (e:Event) RETURN count(e) AS n');
const countRejected = (driver: Driver) =>
  count(driver, "MATCH (e:Event {status: 'REJECTED'}) RETURN count(e) AS n");

/** Checks the first event of each type against the published contracts (the projector checks all). */
function checkContracts(events: StreamEvent[], checked: Set<string>) {
  for (const { event } of events) {
    if (checked.has(event.type)) continue;
    const valid = validateEvent(JSON.parse(JSON.stringify(event)));
    if (!valid.ok) throw new Error(`generated ${event.type} is invalid: ${valid.error.message}`);
    checked.add(event.type);
  }
}

/** CPU seconds used by processes (from /proc) over an interval: who was busy on the 2 cores. */
function cpuMeter(pids: Record<string, number | undefined>) {
  const start = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]),
  );
  const busyBefore = machineBusySeconds();
  const self = process.cpuUsage();
  const began = performance.now();
  return () => {
    const wall = seconds(began);
    const used: Record<string, number> = {};
    for (const [name, pid] of Object.entries(pids))
      if (pid) used[name] = cpuSeconds(pid) - start[name]!;
    const mine = process.cpuUsage(self);
    used['bench process'] = (mine.user + mine.system) / 1e6;
    // Everything else on the machine: other people's tests and servers share these cores.
    const ours = Object.values(used).reduce((sum, s) => sum + (Number.isFinite(s) ? s : 0), 0);
    used['other processes'] = machineBusySeconds() - busyBefore - ours;
    return { wall, used, cores: os.cpus().length };
  };
}
type CpuReport = ReturnType<ReturnType<typeof cpuMeter>>;

const pidOf = (stateDir: string, name: string) => {
  try {
    return Number(readFileSync(path.join(stateDir, `${name}.pid`), 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
};

// ── phase (a): the projector ─────────────────────────────────────────────────────────────────────

interface ProjectorRun {
  events: number;
  produceSeconds: number;
  startupSeconds: number;
  seconds: number;
  perSecond: number;
  rejected: number;
  cpu: CpuReport;
  transactions: TransactionStats;
}

interface TransactionStats {
  transactions: number;
  meanSize: number;
  maxSize: number;
  handledSeconds: number;
  medianMs: number;
  p95Ms: number;
}

/** The projector's "batch projected" log lines of the run (one per transaction): how big, how long. */
function transactionStats(logFile: string, from: number): TransactionStats {
  const sizes: number[] = [];
  const ms: number[] = [];
  for (const line of readFileSync(logFile, 'utf8').slice(from).split('\n')) {
    if (!line.includes('"batch projected"')) continue;
    const entry = JSON.parse(line) as { projected: number; ms: number };
    sizes.push(entry.projected);
    ms.push(entry.ms);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    transactions: sizes.length,
    meanSize: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length),
    maxSize: Math.max(0, ...sizes),
    handledSeconds: ms.reduce((a, b) => a + b, 0) / 1000,
    medianMs: sorted.length ? percentile(sorted, 50) : 0,
    p95Ms: sorted.length ? percentile(sorted, 95) : 0,
  };
}

/** Produces `n` events of the stream to Kafka, in order per topic, PRODUCE_BATCH at a time. */
async function produce(bus: EventBus, events: Iterable<StreamEvent>, n: number) {
  const started = performance.now();
  const buffers = new Map<string, OutgoingMessage[]>();
  let produced = 0;
  let last = performance.now();
  const flush = async (topic: string) => {
    const messages = buffers.get(topic) ?? [];
    if (messages.length === 0) return;
    buffers.set(topic, []);
    await bus.publish(topic, messages);
    produced += messages.length;
    if (performance.now() - last >= PROGRESS_EVERY_MS || produced === n) {
      last = performance.now();
      say(`  [produce] ${fmt(produced)}/${fmt(n)} events in Kafka · ${fmt(seconds(started), 1)} s`);
    }
  };
  for (const { topic, key, event } of events) {
    const list = buffers.get(topic) ?? [];
    buffers.set(topic, list);
    list.push({ key, value: JSON.stringify(event) });
    if (list.length >= PRODUCE_BATCH) await flush(topic);
  }
  for (const topic of [...buffers.keys()]) await flush(topic);
  return seconds(started);
}

function startProjectorProcess(platform: EphemeralPlatform, options: Options): ServiceProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' };
  if (options.profile) {
    mkdirSync(options.profile, { recursive: true });
    env.CHAINLIFT_CPU_PROFILE = path.join(options.profile, 'projector.cpuprofile');
  }
  return startService({
    name: 'projector',
    entry: options.profile
      ? 'scripts/bench/ingest-profiled-projector.ts'
      : 'services/projector/src/main.ts',
    cwd: REPO_ROOT,
    env,
    logDir: path.join(platform.stateDir, 'logs'),
    readyWhen: /"msg":"projector ready"/,
  });
}

/** Waits until Neo4j holds `n` more (:Event) records than `base`, with progress lines. */
async function waitUntilRecorded(res: Resources, base: number, n: number, name: string) {
  const { driver, platform } = res as Required<Resources>;
  const started = performance.now();
  let done = 0;
  let lastChange = performance.now();
  let lastPrint = performance.now();
  let window = { at: performance.now(), done: 0 };
  while (done < n) {
    await sleep(200);
    const now = performance.now();
    const projected = (await countEvents(driver)) - base;
    if (projected !== done) lastChange = now;
    done = projected;
    if (now - lastPrint >= PROGRESS_EVERY_MS) {
      const rate = ((done - window.done) * 1000) / (now - window.at);
      window = { at: now, done };
      lastPrint = now;
      say(
        `  [${name}] ${fmt(done)}/${fmt(n)} applied · ${fmt(done / seconds(started))} events/s avg, ${fmt(rate)} now · ${fmt(seconds(started), 1)} s · load ${loadAverage()}`,
      );
    }
    if (platform.projector.child.exitCode !== null)
      throw new Error(`the projector exited; see ${platform.projector.logFile}`);
    if (now - lastChange > STALL_MS)
      throw new Error(`projection stalled at ${done}/${n}; see ${platform.projector.logFile}`);
  }
  if (done > n) throw new Error(`${done} events recorded, more than the ${n} produced`);
}

/**
 * Warms Neo4j (query plans, JIT, caches) and Kafka with the same kind of load through the
 * running projector, on a chain of its own, so (a) is not measured cold while (b) runs warm.
 */
async function warmUp(res: Resources, options: Options) {
  const n = Math.min(options.warmup, options.events);
  say(`warm-up: ${fmt(n)} events through Kafka and the projector, on a chain of their own…`);
  const workload = await freshChain(res.driver!, options.suppliers, options.seed + 400, 'w', n);
  const base = await countEvents(res.driver!);
  await produce(res.bus!, limited(workload.stream(), n), n);
  await waitUntilRecorded(res, base, n, 'warm-up');
}

async function runProjector(
  res: Resources,
  options: Options,
  workload: Workload,
  stream: Iterator<StreamEvent>,
): Promise<ProjectorRun> {
  const { driver, bus, platform } = res as Required<Resources>;
  const n = options.events;
  say(`(a) stopping the projector, then producing ${fmt(n)} events to Kafka…`);
  await platform.projector.stop();
  const checked = new Set<string>();
  const produceSeconds = await produce(
    bus,
    (function* () {
      for (const item of limited(stream, n)) {
        if (checked.size < workload.sources.flatMap((s) => s.types).length)
          checkContracts([item], checked);
        yield item;
      }
    })(),
    n,
  );
  const base = await countEvents(driver);
  const rejectedBefore = await countRejected(driver);
  let logFrom = 0;
  try {
    logFrom = readFileSync(platform.projector.logFile).length;
  } catch {
    logFrom = 0;
  }
  say(`(a) starting a projector process; timing until ${fmt(n)} more events are recorded…`);
  const spawned = performance.now();
  platform.projector = startProjectorProcess(platform, options);
  await platform.projector.ready;
  const startupSeconds = seconds(spawned);
  const cpu = cpuMeter({
    projector: platform.projector.child.pid,
    neo4j: pidOf(platform.stateDir, 'neo4j'),
    kafka: pidOf(platform.stateDir, 'kafka'),
  });
  const started = performance.now();
  await waitUntilRecorded(res, base, n, 'projector');
  const elapsed = seconds(started);
  const usage = cpu();
  if (options.profile) {
    const file = path.join(options.profile, 'projector.cpuprofile');
    platform.projector.child.kill('SIGUSR2');
    for (let i = 0; i < 100 && !existsSync(file); i += 1) await sleep(100);
    say(`(a) CPU profile of the projector: ${file}`);
  }
  // Let the last batch's log line reach the file before it is read.
  await sleep(500);
  return {
    events: n,
    produceSeconds,
    startupSeconds,
    seconds: elapsed,
    perSecond: n / elapsed,
    rejected: (await countRejected(driver)) - rejectedBefore,
    cpu: usage,
    transactions: transactionStats(platform.projector.logFile, logFrom),
  };
}

// ── phase (c): one event per transaction ────────────────────────────────────────────────────────

async function runNaive(res: Resources, options: Options) {
  const n = Math.min(options.naive, options.events);
  say(`(c) naive: ${fmt(n)} events, one transaction each, on a fresh chain…`);
  const workload = await freshChain(res.driver!, options.suppliers, options.seed + 300, 'c', n);
  const result = await applyDirect(res.driver!, limited(workload.stream(), n), 1, 'c', {
    progress: progressPrinter('c', n),
  });
  return { ...result, perSecond: result.events / result.writeSeconds };
}

/** What validating a message costs the projector (JSON.parse + ajv), per event, on this machine. */
function decodeCost(workload: Workload): number {
  const messages = take(workload.stream(), 20_000).map((e) => Buffer.from(JSON.stringify(e.event)));
  for (const m of messages.slice(0, 2000)) decodeEvent(m);
  const started = performance.now();
  for (const m of messages) decodeEvent(m);
  return ((performance.now() - started) * 1000) / messages.length;
}

// ── phase (d): freshness through the gateway ─────────────────────────────────────────────────────

interface Freshness {
  produced: number;
  seconds: number;
  subscription: number[];
  subscriptionMissed: number;
  polled: number[];
  polledMissed: number;
  /** Orders not polled because MAX_POLLS polls were already waiting. */
  pollsSkipped: number;
  /** Events produced but not yet recorded when the producing stopped. */
  backlog: number;
  /** The same, sampled once a second while producing. */
  backlogSamples: number[];
  /** Latencies of what was produced in the first `settleSeconds` (cold start), apart from the rest. */
  settleSeconds: number;
  subscriptionCold: number[];
  polledCold: number[];
  /** Kafka's acknowledgement time of each send (ms). */
  acks: number[];
  rejected: number;
}

const probeToken = (url: string, companyId: string): Promise<string> =>
  companyUserToken(url, ADMIN, {
    companyId,
    email: PROBE_USER.email,
    name: 'Bench freshness probe',
    role: 'VIEWER',
    password: PROBE_USER.password,
  });

async function runFreshness(
  res: Resources,
  options: Options,
  workload: Workload,
  stream: Iterator<StreamEvent>,
): Promise<Freshness> {
  const { driver, bus } = res as Required<Resources>;
  say('(d) starting a gateway process…');
  const { gateway, url } = await startGatewayProcess(res.platform!.stateDir);
  res.gateway = gateway;
  const leader = workload.net.leader;
  const token = await probeToken(url, leader.id);
  const rejectedBefore = await countRejected(driver);

  // Stock probes: the leader reports quantity = probe number; the subscription pushes its stock.
  const stockProduced = new Map<number, number>();
  const subscription: number[] = [];
  const subscriptionCold: number[] = [];
  /** Samples produced before this instant are the cold start (set when the producing starts). */
  let settledAt = Number.POSITIVE_INFINITY;
  let highestSeen = -1;
  const ws: WsClient = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  res.ws = ws;
  let subscriptionError: unknown;
  ws.subscribe<{ stockChanged: { quantity: number }[] }>(
    {
      query: 'subscription ($c: ID!) { stockChanged(companyId: $c) { sku warehouse quantity } }',
      variables: { c: leader.id },
    },
    {
      next: ({ data }) => {
        const arrived = performance.now();
        for (const { quantity } of data?.stockChanged ?? []) {
          // A push shows the current stock: this probe and any earlier one are visible (or superseded) now.
          for (let q = highestSeen + 1; q <= quantity; q += 1) {
            const at = stockProduced.get(q);
            if (at !== undefined)
              (at < settledAt ? subscriptionCold : subscription).push(arrived - at);
          }
          highestSeen = Math.max(highestSeen, quantity);
        }
      },
      error: (error) => (subscriptionError = error),
      complete: () => undefined,
    },
  );
  // Untimed probes, one a second, until one is pushed: the subscription is then live.
  const liveBy = performance.now() + 60_000;
  let probe = 0;
  while (highestSeen < 0 && performance.now() < liveBy) {
    if (subscriptionError)
      throw new Error(`the stockChanged subscription failed: ${JSON.stringify(subscriptionError)}`);
    probe += 1;
    await bus.publish(TOPIC.inventory, [
      { key: leader.id, value: JSON.stringify(workload.stockProbe(leader, probe).event) },
    ]);
    for (let i = 0; i < 20 && highestSeen < 0; i += 1) await sleep(50);
  }
  if (highestSeen < 0) throw new Error('the stockChanged subscription pushed nothing within 60 s');
  // Wait for the untimed probes still on their way, then forget them.
  for (let i = 0; i < 100 && highestSeen < probe; i += 1) await sleep(50);
  subscription.length = 0;
  highestSeen = probe;

  // Order polls: some of the leader's new orders, asked for until the gateway returns them — every
  // 50 ms for 2 s, every 200 ms up to 10 s, then every 500 ms (a slow projector is not hammered).
  const polled: number[] = [];
  const polledCold: number[] = [];
  let polledMissed = 0;
  let pollsSkipped = 0;
  let pollsInFlight = 0;
  let pollDeadline = Number.POSITIVE_INFINITY;
  const polls: Promise<void>[] = [];
  const pollOrder = async (orderId: string, producedAt: number) => {
    pollsInFlight += 1;
    try {
      while (performance.now() < pollDeadline) {
        const body = await graphql<{ order: { id: string } | null }>(
          url,
          'query ($id: ID!) { order(id: $id) { id status } }',
          { id: orderId },
          { authorization: `Bearer ${token}` },
        );
        if (body.data?.order) {
          (producedAt < settledAt ? polledCold : polled).push(performance.now() - producedAt);
          return;
        }
        const age = performance.now() - producedAt;
        await sleep(age < 2000 ? 50 : age < 10_000 ? 200 : 500);
      }
      polledMissed += 1;
    } finally {
      pollsInFlight -= 1;
    }
  };

  const tickMs = 50;
  const perTick = Math.max(1, Math.round((options.rate * tickMs) / 1000));
  const ticks = Math.round((options.seconds * 1000) / tickMs);
  say(
    `(d) producing ${fmt(options.rate)} events/s for ${options.seconds} s (${perTick} every ${tickMs} ms); ` +
      'timing stock probes (subscription) and new orders (polling)…',
  );
  let produced = 0;
  const sending = new Map<string, Promise<void>>();
  /** How long Kafka took to acknowledge each send (acks = all), as the projector's outcome sends wait too. */
  const acks: number[] = [];
  const base = await countEvents(driver);
  const firstTimed = probe + 1;
  let pollWanted = false;
  const started = performance.now();
  settledAt = started + options.settle * 1000;
  let lastPrint = started;
  const backlogSamples: number[] = [];
  let sampling: Promise<void> | undefined;
  for (let tick = 0; tick < ticks; tick += 1) {
    const due = started + tick * tickMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const items = take(stream, perTick - (tick % 2 === 0 ? 1 : 0));
    if (tick % 2 === 0) items.push(workload.stockProbe(leader, (probe += 1)));
    if (tick % 10 === 0) pollWanted = true;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const { topic, key, event } of items) {
      const list = byTopic.get(topic) ?? [];
      byTopic.set(topic, list);
      list.push({ key, value: JSON.stringify(event) });
    }
    const producedAt = performance.now();
    if (tick % 2 === 0) stockProduced.set(probe, producedAt);
    // Handed to the producer without waiting for the acknowledgement, so a slow send does not
    // delay the next tick; sends of one topic stay in order.
    for (const [topic, messages] of byTopic) {
      const previous = sending.get(topic) ?? Promise.resolve();
      sending.set(
        topic,
        previous.then(async () => {
          const sent = performance.now();
          await bus.publish(topic, messages);
          acks.push(performance.now() - sent);
        }),
      );
    }
    const sampled = pollWanted
      ? items.find(
          (i) =>
            i.event.type === 'OrderPlaced' &&
            (i.event.payload as { buyerId: string }).buyerId === leader.id,
        )
      : undefined;
    produced += items.length;
    if (sampled) {
      pollWanted = false;
      // At most MAX_POLLS at once: past that the projector is behind and more polls only add load.
      if (pollsInFlight < MAX_POLLS)
        polls.push(pollOrder((sampled.event.payload as { orderId: string }).orderId, producedAt));
      else pollsSkipped += 1;
    }
    // Once a second, what is produced but not yet recorded (one count query; skipped while one runs).
    if (tick % 20 === 0 && !sampling) {
      const producedSoFar = produced;
      sampling = countEvents(driver)
        .then(
          (recorded) => void backlogSamples.push(Math.max(0, producedSoFar - (recorded - base))),
        )
        .finally(() => (sampling = undefined));
    }
    if (performance.now() - lastPrint >= PROGRESS_EVERY_MS) {
      lastPrint = performance.now();
      const sorted = [...subscription].sort((a, b) => a - b);
      say(
        `  [freshness] ${fmt(produced)} produced · ${fmt(seconds(started), 1)} s · ` +
          `subscription p50 ${sorted.length ? fmt(percentile(sorted, 50), 1) : '–'} ms over ${sorted.length} probes`,
      );
    }
  }
  await Promise.all(sending.values());
  await sampling;
  const elapsed = seconds(started);
  const backlog = produced - ((await countEvents(driver)) - base);
  // Every sample is waited for until the projector has caught up (or 5 minutes), so a projector
  // slower than the offered rate shows as latency (its backlog), not as lost samples.
  const catchUpBy = performance.now() + 300_000;
  say(
    `(d) ${fmt(produced)} produced in ${fmt(elapsed, 1)} s; ${fmt(backlog)} not yet recorded — waiting for them and the last samples…`,
  );
  while ((await countEvents(driver)) - base < produced && performance.now() < catchUpBy)
    await sleep(500);
  pollDeadline = performance.now() + 10_000;
  await Promise.all(polls);
  const lastProbeDeadline = performance.now() + 10_000;
  while (highestSeen < probe && performance.now() < lastProbeDeadline) await sleep(50);
  await ws.dispose();
  res.ws = undefined;
  return {
    produced,
    seconds: elapsed,
    subscription,
    subscriptionMissed: Math.max(0, probe - Math.max(firstTimed - 1, highestSeen)),
    polled,
    polledMissed,
    pollsSkipped,
    backlog,
    backlogSamples,
    settleSeconds: options.settle,
    subscriptionCold,
    polledCold,
    acks,
    rejected: (await countRejected(driver)) - rejectedBefore,
  };
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────

/** CPU seconds per process, and in % of one core over the interval (the machine has `cores`). */
function cpuLine(cpu: CpuReport) {
  return (
    Object.entries(cpu.used)
      .filter(([, s]) => Number.isFinite(s))
      .map(([name, s]) => `${name} ${fmt(s, 1)} s (${fmt((100 * s) / cpu.wall)} %)`)
      .join(' · ') + ` — % of one core; ${cpu.cores} cores = ${cpu.cores * 100} %`
  );
}

function latencyLine(name: string, samples: number[], missed: number) {
  if (samples.length === 0) return `  ${name.padEnd(34)} no samples (${missed} never visible)`;
  const sorted = [...samples].sort((a, b) => a - b);
  return (
    `  ${name.padEnd(34)} p50 ${fmt(percentile(sorted, 50), 1).padStart(7)} ms · p95 ${fmt(percentile(sorted, 95), 1).padStart(7)} ms · p99 ${fmt(percentile(sorted, 99), 1).padStart(7)} ms · ` +
    `max ${fmt(sorted[sorted.length - 1]!, 1).padStart(7)} ms · ${sorted.length} samples${missed ? `, ${missed} never visible` : ''}`
  );
}

type WriterResult = WriterRun & { sameGraph: boolean; differences: string[] };

interface Results {
  a?: ProjectorRun & { graph?: DomainGraphHash };
  writers: Partial<Record<WriterName, WriterResult>>;
  c?: Awaited<ReturnType<typeof runNaive>>;
  d?: Freshness;
  decodeMicros?: number;
}

const msPerThousand = (secondsTaken: number, events: number) => (secondsTaken * 1e6) / events;

/** Every line of the run as events/s and a ratio of the minimal writer's, then the aims. */
function printRatios(r: Results) {
  const b = r.writers.b;
  const lines: [string, number | undefined][] = [
    [`(b) ${WRITER_TITLES.b} (the limit)`, b?.perSecond],
    ['(a) projector: Kafka → projector process → Neo4j', r.a?.perSecond],
    [`(p) ${WRITER_TITLES.p}`, r.writers.p?.perSecond],
    [`(s) ${WRITER_TITLES.s}`, r.writers.s?.perSecond],
    ['(c) naive: one event per transaction', r.c?.perSecond],
  ];
  console.log(`\n${'events/s, same stream'.padEnd(72)} ${'events/s'.padStart(9)}  ÷ (b) minimal`);
  for (const [name, rate] of lines)
    if (rate !== undefined)
      console.log(
        `  ${name.padEnd(70)} ${fmt(rate).padStart(9)}  ${b ? fmt(rate / b.perSecond, 2).padStart(6) : '     –'}`,
      );
  if (!r.a) return;
  const aims: [string, number | undefined, number | undefined][] = [
    ['projector ÷ minimal writer', b?.perSecond, AIM_MINIMAL_RATIO],
    ['projector ÷ sink Cypher strategy', r.writers.s?.perSecond, AIM_SINK_RATIO],
    ['projector ÷ its applyBatch without Kafka', r.writers.p?.perSecond, undefined],
    ['projector ÷ naive', r.c?.perSecond, AIM_NAIVE_RATIO],
  ];
  console.log('\nratios');
  for (const [name, baseline, aim] of aims) {
    if (baseline === undefined) continue;
    const ratio = r.a.perSecond / baseline;
    console.log(
      `  ${name.padEnd(42)} ${fmt(ratio, 2).padStart(7)}` +
        (aim === undefined ? '' : `   aim ≥ ${aim}: ${ratio >= aim ? 'MET' : 'MISSED'}`),
    );
  }
}

/** Whether each writer built the projector's domain graph. */
function printGraphs(r: Results) {
  const any = Object.keys(r.writers).length > 0;
  if (!any) return;
  const g = r.a?.graph;
  console.log(
    '\nsame domain graph? (content hash over the domain labels; Event, ProjectionOffset … left out)',
  );
  if (g)
    console.log(
      `  (a) projector   ${g.hash.slice(0, 16)}…  ${fmt(g.nodes)} nodes, ${fmt(g.relationships)} relationships`,
    );
  for (const [name, w] of Object.entries(r.writers))
    console.log(
      `  (${name}) ${name === 'b' ? 'minimal  ' : name === 'p' ? 'applyBatch' : 'sink     '} ${w.graph.hash.slice(0, 16)}…  ${fmt(w.graph.nodes)} nodes, ${fmt(w.graph.relationships)} relationships  ` +
        (w.sameGraph ? 'EQUAL' : `✖ NOT EQUAL: ${w.differences.join('; ')}`),
    );
}

/** Where the projector's time goes beside the minimal writer's, in ms per 1,000 events. */
function printWhereTimeGoes(r: Results) {
  const { a } = r;
  const { b, p } = r.writers;
  if (!a || (!b && !p)) return;
  const row = (name: string, ms: number) =>
    console.log(`  ${name.padEnd(80)} ${fmt(ms, 1).padStart(8)}`);
  console.log(
    '\nwhere the time goes, ms per 1,000 events (quick runs on a busy machine vary; compare within one run)',
  );
  row('(a) projector, from "ready" to the last event recorded', msPerThousand(a.seconds, a.events));
  row(
    '    inside its write transactions (its "batch projected" log lines)',
    msPerThousand(a.transactions.handledSeconds, a.events),
  );
  row(
    '    outside them: Kafka fetches, decoding + contract checks, outcomes, offset commits, waits',
    msPerThousand(Math.max(0, a.seconds - a.transactions.handledSeconds), a.events),
  );
  if (p) {
    row(`(p) ${WRITER_TITLES.p}, inside its transactions`, msPerThousand(p.writeSeconds, p.events));
    for (const [part, ms] of Object.entries(p.parts ?? {}).sort((x, y) => y[1] - x[1]))
      row(`    ${part}`, (ms * 1000) / p.events);
  }
  if (b) row(`(b) ${WRITER_TITLES.b}`, msPerThousand(b.writeSeconds, b.events));
}

function printReport(options: Options, workload: Workload, r: Results, wall: number) {
  const mix = workload.sources
    .map(
      (s) =>
        `${s.types.join('/')} ${fmt((100 * s.weight) / workload.sources.reduce((t, x) => t + x.weight, 0))} %`,
    )
    .join(', ');
  console.log(
    `\n═══ ingest benchmark (${options.profileName} profile): ${fmt(options.events)} events (${mix}) over a chain of ${fmt(options.suppliers)} suppliers, seed ${options.seed} ═══`,
  );
  const generated = new Set(workload.sources.flatMap((s) => s.types));
  const receivables = [...HANDLERS.keys()].filter((t) => t.startsWith('Receivable'));
  const left = receivables.filter((t) => !generated.has(t));
  if (receivables.length === 0)
    console.log(
      '  receivable events: the projector has no handlers for them yet, so none in the mix (ingest-workload.ts plugs them in when it has)',
    );
  else if (left.length > 0) console.log(`  receivable events not in the mix: ${left.join(', ')}`);
  if (r.a) {
    const a = r.a;
    console.log(
      `\n(a) projector, Kafka → projector process → Neo4j   ${fmt(a.perSecond).padStart(8)} events/s` +
        `   (${fmt(a.events)} events pre-produced in ${fmt(a.produceSeconds, 1)} s; applied in ${fmt(a.seconds, 1)} s after "projector ready", start-up ${fmt(a.startupSeconds, 1)} s)`,
    );
    console.log(
      `    transactions: ${fmt(a.transactions.transactions)} of ${fmt(a.transactions.meanSize)} events on average (max ${fmt(a.transactions.maxSize)}), ` +
        `${fmt(a.transactions.medianMs)} ms median / ${fmt(a.transactions.p95Ms)} ms p95 each; handling them took ${fmt((100 * a.transactions.handledSeconds) / a.seconds)} % of the time`,
    );
    console.log(`    CPU over ${fmt(a.cpu.wall, 1)} s: ${cpuLine(a.cpu)}`);
    if (r.decodeMicros !== undefined)
      console.log(
        `    decoding + contract check (JSON.parse + ajv): ${fmt(r.decodeMicros, 1)} µs per event`,
      );
  }
  for (const [name, w] of Object.entries(r.writers))
    console.log(
      `\n(${name}) ${WRITER_TITLES[name as WriterName]}: ${fmt(w.perSecond)} events/s` +
        `   (${fmt(w.events)} events, ${fmt(w.transactions)} transactions, ${fmt(w.statements, 1)} statements each, ${fmt(w.writeSeconds, 1)} s writing)`,
    );
  if (r.c)
    console.log(
      `\n(c) naive: one event per transaction: ${fmt(r.c.perSecond)} events/s   (${fmt(r.c.events)} events, ${fmt(r.c.writeSeconds, 1)} s writing)`,
    );
  printRatios(r);
  printGraphs(r);
  printWhereTimeGoes(r);
  if (r.d) {
    const d = r.d;
    console.log(
      `\n(d) freshness, produced → visible through the gateway, at ${fmt(d.produced / d.seconds)} events/s for ${fmt(d.seconds, 1)} s (${fmt(d.produced)} events)`,
    );
    console.log(
      `    when the producing stopped, ${fmt(d.backlog)} events were not yet recorded` +
        (d.backlog > options.rate
          ? ': the projector is slower than the offered rate here, so these latencies include its growing backlog'
          : ''),
    );
    console.log(
      latencyLine('stockChanged subscription push', d.subscription, d.subscriptionMissed),
    );
    console.log(latencyLine('order(id) query, polled from 50 ms', d.polled, d.polledMissed));
    const backlog = [...d.backlogSamples].sort((x, y) => x - y);
    if (backlog.length > 0)
      console.log(
        `  ${'backlog while producing (events)'.padEnd(34)} p50 ${fmt(percentile(backlog, 50)).padStart(7)}    · max ${fmt(backlog[backlog.length - 1]!).padStart(7)}    · ${backlog.length} samples, one a second`,
      );
    console.log(
      `    cold start, what was produced in the first ${d.settleSeconds} s (reported apart from the above):`,
    );
    console.log(latencyLine('  stockChanged subscription push', d.subscriptionCold, 0));
    console.log(latencyLine('  order(id) query', d.polledCold, 0));
    console.log(latencyLine('Kafka acknowledgement of a send', d.acks, 0));
    if (d.pollsSkipped > 0)
      console.log(
        `    (${fmt(d.pollsSkipped)} sampled orders not polled: ${MAX_POLLS} polls were already waiting)`,
      );
  }
  const rejected =
    (r.a?.rejected ?? 0) +
    Object.values(r.writers).reduce((n, w) => n + (w.rejected ?? 0), 0) +
    (r.c?.rejected ?? 0) +
    (r.d?.rejected ?? 0);
  console.log(`\nrejected events: ${fmt(rejected)} · wall time ${fmt(wall)} s`);
}

/** The command and the machine, first thing printed. */
function machineLine() {
  const cpus = os.cpus();
  return (
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB memory, ` +
    `load ${loadAverage()}`
  );
}

/** The results so far, written to options.out after every phase (a run may be stopped half-way). */
function saveResults(options: Options, r: Results, startedIso: string) {
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(
    options.out,
    JSON.stringify(
      {
        command: `npm run bench:ingest -- ${process.argv.slice(2).join(' ')}`.trim(),
        profile: options.profileName,
        started: startedIso,
        saved: new Date().toISOString(),
        machine: {
          cores: os.cpus().length,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          load: os.loadavg(),
        },
        options: { ...options, phases: [...options.phases] },
        results: r,
      },
      null,
      2,
    ),
  );
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────

interface Resources {
  platform?: EphemeralPlatform;
  driver?: Driver;
  bus?: EventBus;
  gateway?: ServiceProcess;
  ws?: WsClient;
}

function cleaner(res: Resources) {
  return async (graceful = true) => {
    await res.gateway?.stop().catch(() => undefined);
    if (graceful) {
      await Promise.resolve()
        .then(() => res.ws?.dispose())
        .catch(() => undefined);
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
  const startedIso = new Date().toISOString();
  const problems: string[] = [];
  console.log(
    `bench:ingest (${options.profileName} profile): npm run bench:ingest -- ${process.argv.slice(2).join(' ')}`.trimEnd(),
  );
  console.log(`machine: ${machineLine()}`);
  say(
    `--events ${options.events} --suppliers ${options.suppliers} --batch ${options.batch} --sink-batch ${options.sinkBatch} ` +
      `--naive ${options.naive} --rate ${options.rate} --seconds ${options.seconds} --seed ${options.seed} ` +
      `--warmup ${options.warmup} --settle ${options.settle} --phases ${[...options.phases].join(',')}; results to ${options.out}`,
  );
  // The graph of a million events outgrows Neo4j's default 256 MB page cache; give the writers room.
  process.env.NEO4J_PAGECACHE_MB ??= '2048';
  process.env.NEO4J_HEAP ??= '2g';
  res.platform = await startEphemeralPlatform(ADMIN, { name: 'bench-ingest', say });
  const config = loadConfig();
  const log = createLogger('bench', 'silent');
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  res.driver = driver;
  res.bus = createEventBus({ brokers: config.kafka.brokers!, clientId: 'bench-ingest', log });
  /** The platform's own nodes (its admin and their events): every clear keeps them. */
  const platformNodes = await nodeIds(driver);

  const results: Results = { writers: {} };
  const save = () => saveResults(options, results, startedIso);
  /** Runs a phase; a failure is reported with the figures of the other phases. */
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      say(`✖ ${name}: ${message}`);
      problems.push(`${name} failed: ${message}`);
      return undefined;
    }
  };
  await phase('warm-up', () => warmUp(res, options));
  // The warm-up's chain goes: every writer then starts from the same graph as the projector.
  await clearGraph(driver, platformNodes);

  // The chain the projector, the writers and the freshness phase work on (set up with direct
  // writes, not timed), its events stamped by a stepping clock so that a replay is the same stream.
  const workload = await setUpChain(
    driver,
    createWorkload({
      seed: distinctSeed(options.seed),
      suppliers: options.suppliers,
      label: 'a',
      events: options.events + options.rate * options.seconds,
      startAt: Date.now(),
    }),
  );
  const stream = workload.stream();
  say(
    `chain: ${fmt(workload.net.suppliers.length)} suppliers in tiers of ${workload.net.tiers
      .slice(1)
      .map((t) => fmt(t.length))
      .join(' / ')}, ${fmt(workload.setup.length)} setup events applied`,
  );
  if (options.phases.has('a')) {
    const a = await phase('(a)', () => runProjector(res, options, workload, stream));
    if (a) {
      say(`(a) ✔ ${fmt(a.perSecond)} events/s; hashing the domain graph…`);
      results.a = { ...a, graph: await domainGraphHash(driver) };
    }
    results.decodeMicros = decodeCost(
      createWorkload({ seed: 1, suppliers: 100, label: 'x', events: 20_000 }),
    );
    save();
  }
  const zone = config.calendar.timeZone;
  let reference = results.a?.graph;
  let wrote = false;
  // The minimal writer last: the graph it leaves is the one the freshness phase goes on with.
  for (const name of ['p', 's', 'b'] as const) {
    if (!options.phases.has(name)) continue;
    const w = await phase(`(${name})`, () =>
      runWriter(
        driver,
        name,
        () => createWorkload(workload.options),
        options.events,
        platformNodes,
        { batch: options.batch, sinkBatch: options.sinkBatch },
        zone,
      ),
    );
    wrote = true;
    if (!w) continue;
    reference ??= w.graph;
    const differences = hashDifferences(reference, w.graph);
    const sameGraph = w.graph.hash === reference.hash;
    results.writers[name] = { ...w, sameGraph, differences };
    say(
      `(${name}) ✔ ${fmt(w.perSecond)} events/s; domain graph ${sameGraph ? 'EQUAL to' : '✖ NOT EQUAL to'} ${results.a ? "the projector's" : 'the first writer’s'}`,
    );
    if (!sameGraph)
      problems.push(
        `(${name}) ${WRITER_TITLES[name]} built another domain graph than ${results.a ? 'the projector' : 'the first writer'}: ${differences.join('; ')}`,
      );
    if (w.rejected)
      problems.push(`${w.rejected} event(s) rejected in phase (${name}): ${w.firstRejection}`);
    save();
  }
  // The graph now holds the stream's first N events (replayed): the freshness phase goes on after them.
  if (wrote && !results.a) for (const _ of limited(stream, options.events)) void _;
  if (options.phases.has('c')) {
    results.c = await phase('(c)', () => runNaive(res, options));
    if (results.c) say(`(c) ✔ ${fmt(results.c.perSecond)} events/s`);
    save();
  }
  if (options.phases.has('d')) {
    results.d = await phase('(d)', () => runFreshness(res, options, workload, stream));
    if (results.d && (results.d.subscriptionMissed > 0 || results.d.polledMissed > 0))
      problems.push(
        `${results.d.subscriptionMissed + results.d.polledMissed} freshness sample(s) never became visible`,
      );
    save();
  }
  for (const [phase, n] of [
    ['a', results.a?.rejected],
    ['c', results.c?.rejected],
    ['d', results.d?.rejected],
  ] as const)
    if (n) problems.push(`${n} event(s) rejected in phase (${phase})`);
  printReport(options, workload, results, seconds(startedAt));
  save();
  console.log(`\nresults: ${options.out}`);
  return problems;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const res: Resources = {};
  await benchMain({
    run: () => run(options, res),
    cleanup: cleaner(res),
    platformUp: () => res.platform !== undefined,
    problemsTitle: 'the platform misbehaved or a writer built another graph',
  });
}

main().catch(fatal);
