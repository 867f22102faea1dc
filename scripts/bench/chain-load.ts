/**
 * The generated chain of the chain benchmarks (bench:network, bench:peers) loaded onto a throw-away
 * platform through the platform's own path: events published straight to Kafka, in dependency
 * order, phase by phase — companies, the chain, invitations and acceptances tier by tier (each tier
 * invited by members of the tier above), extra supply links (multi-sourcing), orders, order actions
 * in date order, then stock reports and the tier-1 suppliers' INVENTORY consents to the leader.
 * Each phase waits until the projector recorded an (:Event) for every event published and reports
 * any REJECTED one (a problem of the run). Progress lines show published / projected counts and
 * events per second.
 */
import type { OrderFacts } from '@chainlift/domain';
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
import {
  startEphemeralPlatform,
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../lib/ephemeral-platform';
import { companyUserToken, signIn } from '../lib/platform-admin';
import { say } from '../lib/say';
import {
  createRng,
  generateNetwork,
  inventoryConsents,
  invitations,
  OrderActions,
  orderPlans,
  registration,
  stockReports,
  type BenchNetwork,
  type Rng,
} from './chain-generator';

export const BENCH_ADMIN = { email: 'admin@bench.chainlift', password: 'bench-admin-password' };
const LEADER_USER = { email: 'leader-admin@bench.chainlift', password: 'bench-leader-password' };
const BATCH_SIZE = 1000;
export const PROGRESS_EVERY_MS = 3000;
const STALL_MS = 180_000;

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

export interface PhaseResult {
  name: string;
  events: number;
  publishSeconds: number;
  seconds: number;
  perSecond: number;
}

export interface Bench {
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

async function countRejected(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (e:Event {status: 'REJECTED'}) RETURN count(e) AS n",
  );
  return records[0]!.get('n') as number;
}

/** Reports REJECTED events recorded since the last call; each one is a problem. */
export async function checkRejections(bench: Bench, phase: string): Promise<void> {
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
  actions: OrderActions;
  /** The leader's orders by supplier, to check the KPIs. */
  leaderFacts: Map<string, OrderFacts[]>;
}

function orderLoad(rng: Rng, net: BenchNetwork, count: number, make: MakeEvent): OrderLoad {
  const actions = new OrderActions(net);
  const leaderFacts = new Map<string, OrderFacts[]>();
  function* placedOrders() {
    for (const plan of orderPlans(rng, net, count)) {
      actions.add(plan.actions);
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

/** Order actions in date order (each order's own steps in sequence). */
function actionsPhase(actions: OrderActions, make: MakeEvent): Phase {
  return {
    name: 'order actions',
    total: actions.size,
    batches: batched(TOPIC.orders, actions.inDateOrder(), (a) =>
      make('OrderActedOn', a.orderId, a),
    ),
  };
}

/** Every supplier's stock report, then the tier-1 suppliers' INVENTORY consents to the leader. */
function stockPhases(rng: Rng, net: BenchNetwork, make: MakeEvent): Phase[] {
  const reports = stockReports(rng, net);
  const consents = inventoryConsents(rng, net);
  return [
    {
      name: 'stock reports',
      total: reports.length,
      batches: batched(TOPIC.inventory, reports, (r) => make('StockReported', r.companyId, r)),
    },
    {
      name: 'inventory consents',
      total: consents.length,
      batches: batched(TOPIC.consents, consents, (c) => make('ConsentGranted', c.grantorId, c)),
    },
  ];
}

export interface ChainSize {
  suppliers: number;
  orders: number;
  seed: number;
}

export interface LoadResult {
  net: BenchNetwork;
  leaderFacts: Map<string, OrderFacts[]>;
  phases: PhaseResult[];
  /** (:Event) nodes once loaded: every event projected, the platform's own included. */
  totalEvents: number;
}

/**
 * Generates the chain of `size` (deterministic from its seed) and projects it, phase by phase.
 * `alreadyLoaded`: the platform holds this chain from an earlier run (bench:network --reuse): the
 * events are generated the same way (the answers are checked against them) but not published, and
 * no phase is timed.
 */
export async function loadChain(
  bench: Bench,
  size: ChainSize,
  alreadyLoaded = false,
): Promise<LoadResult> {
  const rng = createRng(size.seed);
  const net = generateNetwork(rng, size.suppliers);
  const make = eventFactory(rng);
  say(
    `chain: ${fmt(net.suppliers.length)} suppliers in tiers of ${net.tiers
      .slice(1)
      .map((t) => fmt(t.length))
      .join(' / ')}, ${fmt(net.suppliers.length + net.extraLinks.length)} supply links ` +
      `(${fmt(net.extraLinks.length)} beyond the invitation tree), ${fmt(size.orders)} orders`,
  );
  const results: PhaseResult[] = [];
  const run = async (phase: Phase) => {
    if (alreadyLoaded) {
      // Built all the same: generating an event draws from the seeded sequence later phases use.
      for (const batch of phase.batches) void batch;
      say(`[${phase.name}] generated ${fmt(phase.total)} events (already loaded, not published)`);
    } else if (phase.total > 0) results.push(await runPhase(bench, phase));
  };
  for (const phase of chainPhases(net, make)) await run(phase);
  const orders = orderLoad(rng, net, size.orders, make);
  await run(orders.placed);
  await run(actionsPhase(orders.actions, make));
  for (const phase of stockPhases(rng, net, make)) await run(phase);
  return {
    net,
    leaderFacts: orders.leaderFacts,
    phases: results,
    totalEvents: await countEvents(bench.driver),
  };
}

/**
 * A throw-away platform for a chain bench, with a driver and an event bus of the bench's own.
 * `resources` is filled as things start, so the bench's cleanup stops whatever did.
 */
export async function startChainPlatform(
  name: string,
  resources: { platform?: EphemeralPlatform; driver?: Driver; bus?: EventBus },
  reuse?: string,
): Promise<Bench> {
  resources.platform = await startEphemeralPlatform(BENCH_ADMIN, { name, say, reuse });
  const config = loadConfig();
  resources.driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  resources.bus = createEventBus({
    brokers: config.kafka.brokers!,
    clientId: name,
    log: createLogger(name, 'silent'),
  });
  const bench: Bench = {
    driver: resources.driver,
    bus: resources.bus,
    platform: resources.platform,
    problems: [],
    rejectedSoFar: 0,
  };
  if (reuse) {
    // Its load's rejections were that run's to report; only new ones count here.
    bench.rejectedSoFar = await countRejected(bench.driver);
    if (bench.rejectedSoFar > 0)
      say(`⚠ the kept chain holds ${bench.rejectedSoFar} REJECTED event(s) from its load`);
  } else await checkRejections(bench, 'platform start');
  return bench;
}

/**
 * Stops what startChainPlatform started, and forgets it. After a signal (`graceful` false) the
 * clients are not closed politely: the platform's own signal handler has already killed Neo4j and
 * Kafka, and closing a Kafka client then only retries.
 */
export async function stopChainPlatform(
  resources: { platform?: EphemeralPlatform; driver?: Driver; bus?: EventBus },
  graceful = true,
): Promise<void> {
  if (graceful) {
    await resources.bus?.close().catch(() => undefined);
    await resources.driver?.close().catch(() => undefined);
  }
  if (resources.platform) {
    say('stopping the bench platform…');
    await stopEphemeralPlatform(resources.platform);
  }
  resources.bus = resources.driver = resources.platform = undefined;
}

/**
 * The token of an ADMIN of the leader (created by the platform admin; on a platform reused from an
 * earlier run, `existing`, it is there already): the benches ask as the leader.
 */
export const leaderToken = (url: string, leaderId: string, existing = false): Promise<string> =>
  existing
    ? signIn(url, LEADER_USER.email, LEADER_USER.password)
    : companyUserToken(url, BENCH_ADMIN, {
        companyId: leaderId,
        email: LEADER_USER.email,
        name: 'Bench leader admin',
        role: 'ADMIN',
        password: LEADER_USER.password,
      });

/** The load's phases: events, seconds and events/s of each, and of the orders. */
export function printLoad(phases: PhaseResult[], totalEvents: number) {
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
