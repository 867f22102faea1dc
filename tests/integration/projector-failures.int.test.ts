/**
 * The projector under failure, against a Neo4j and a Kafka of this file's own (on free ports in a
 * throw-away folder, so stopping its Neo4j disturbs no other test) and real projector processes:
 *   - killed with SIGKILL at random points of a stream of 100,000 events and restarted, several
 *     times: every event applied exactly once (counts and checksums of the graph match the input);
 *   - Neo4j stopped for a few seconds mid-stream and started again on the same folder and port:
 *     nothing lost, the same projector process resumes;
 *   - malformed JSON, a contract violation, unknown references and an oversized message: each in
 *     the dead-letter topic with its reason and original bytes, and the partition keeps moving.
 * (Redelivery and replays are covered by company-registration and projector-offsets.)
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureLocalInfra } from '../../infra/local';
import { stopNeo4j } from '../../infra/local/neo4j';
import { freePort } from '../../infra/local/ports';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import {
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  migrate,
  REPO_ROOT,
  TOPIC,
  type Config,
  type Driver,
  type Endpoints,
  type EventBus,
  type IncomingMessage,
} from '@chainlift/platform';
import { withUsccCheckChar } from '@chainlift/domain';
import { waitFor } from '../support/platform';
import { ownServers, type OwnServers } from '../support/own-servers';

const STREAM = 100_000;
const KILLS = 4;
/** Events streamed around the Neo4j outage, and how long Neo4j stays down at least. */
const OUTAGE_STREAM = 4_000;
const OUTAGE_MS = 4_000;

/**
 * The projectors' consumer group. Each test starts its projector in it and stops it with SIGTERM
 * (it leaves the group), so the next one goes on from the committed offsets.
 */
const GROUP = 'failures';

const say = (line: string) => process.stdout.write(`  [projector-failures] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stateDir: string;
let servers: OwnServers | undefined;
let config: Config;
let endpoints: Endpoints;
let driver: Driver;
let bus: EventBus;
const running = new Set<ServiceProcess>();

beforeAll(async () => {
  servers = ownServers('failures', say);
  stateDir = servers.stateDir;
  config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    KAFKA_BROKERS: '',
    CHAINLIFT_STATE_DIR: stateDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    KAFKA_PORT: String(await freePort()),
    KAFKA_CONTROLLER_PORT: String(await freePort()),
    NEO4J_HEAP: '768m',
    KAFKA_HEAP: '512m',
  });
  endpoints = await ensureLocalInfra(config, say);
  driver = createDriver({ uri: endpoints.neo4jUri, user: 'neo4j', password: '' });
  await migrate(driver);
  bus = createEventBus({
    brokers: endpoints.kafkaBrokers,
    clientId: 'projector-failures',
    log: createLogger('projector-failures', 'silent'),
  });
  await bus.ensureTopics();
}, 240_000);

afterAll(async () => {
  for (const p of running) await p.stop();
  await bus?.close();
  await driver?.close();
  await servers?.stop();
}, 120_000);

// Each test runs its own projector: none may still consume when the next one starts.
afterEach(async () => {
  for (const p of [...running]) await p.stop();
}, 60_000);

let projectors = 0;
/** A projector process on this file's servers (the same entry point `npm start` runs). */
async function startProjector(group: string): Promise<ServiceProcess> {
  projectors += 1;
  const p = startService({
    name: `projector-failures-${projectors}`,
    entry: 'services/projector/src/main.ts',
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: endpoints.neo4jUri,
      KAFKA_BROKERS: endpoints.kafkaBrokers.join(','),
      PROJECTOR_GROUP: group,
      LOG_LEVEL: 'info',
    },
    logDir: path.join(stateDir, 'logs'),
    readyWhen: /"msg":"projector ready"/,
  });
  running.add(p);
  p.child.once('exit', () => running.delete(p));
  await p.ready;
  return p;
}

async function kill(p: ServiceProcess): Promise<void> {
  const gone = new Promise<void>((resolve) => p.child.once('exit', () => resolve()));
  p.child.kill('SIGKILL');
  await gone;
}

const count = async (query: string, params: Record<string, unknown> = {}) =>
  Number((await driver.executeQuery(query, params)).records[0]!.get('n'));
const eventCount = () => count('MATCH (e:Event) RETURN count(e) AS n');

// ---- events -------------------------------------------------------------------------------

let seq = 0;
const envelope = (type: string, payload: Record<string, unknown>, id: string = randomUUID()) => ({
  id,
  type,
  version: 1,
  occurredAt: new Date(Date.UTC(2026, 0, 1) + (seq += 1)).toISOString(),
  actor: { via: 'system' as const },
  payload,
});

const message = (key: string, event: object) => ({ key, value: JSON.stringify(event) });

let usccCounter = 0;
const uscc = () =>
  withUsccCheckChar(
    `91330200${Date.now()
      .toString(36)
      .toUpperCase()
      .replace(/[IOSVZ]/g, '1')
      .slice(-5)}${String((usccCounter += 1)).padStart(4, '0')}`,
  );

interface World {
  buyers: string[];
  suppliers: string[];
}

/** Two buyers, four suppliers supplying both: registered and linked, then applied. */
async function buildWorld(): Promise<World> {
  const world: World = {
    buyers: [randomUUID(), randomUUID()],
    suppliers: [randomUUID(), randomUUID(), randomUUID(), randomUUID()],
  };
  const registrations = [...world.buyers, ...world.suppliers].map((companyId, i) => {
    const code = uscc();
    return message(
      code,
      envelope('CompanyRegistered', {
        companyId,
        name: `故障测试${i}`,
        uscc: code,
        kind: i < world.buyers.length ? 'CHAIN_LEADER' : 'SME',
        region: '宁波',
        industry: '测试',
      }),
    );
  });
  await bus.publish(TOPIC.masterdata, registrations);
  await waitFor(
    async () =>
      (await count('MATCH (c:Company) WHERE c.id IN $ids RETURN count(c) AS n', {
        ids: [...world.buyers, ...world.suppliers],
      })) === 6
        ? true
        : undefined,
    180_000,
  );
  const links = world.buyers.flatMap((buyerId) =>
    world.suppliers.map((supplierId) =>
      message(buyerId, envelope('SupplyLinkDeclared', { buyerId, supplierId, products: ['P'] })),
    ),
  );
  // Each supplier confirms: a link the buyer declares alone authorizes no orders (finding 6).
  const confirmations = world.buyers.flatMap((buyerId) =>
    world.suppliers.map((supplierId) =>
      message(buyerId, envelope('SupplyLinkConfirmed', { buyerId, supplierId })),
    ),
  );
  await bus.publish(TOPIC.chains, [...links, ...confirmations]);
  await waitFor(
    async () =>
      (await count(
        'MATCH (:Company)-[l:SUPPLIES]->(b:Company) WHERE b.id IN $buyers AND l.confirmed RETURN count(l) AS n',
        { buyers: world.buyers },
      )) === 8
        ? true
        : undefined,
    180_000,
  );
  return world;
}

interface Stream {
  /** Chunks of messages per topic, in the order they are published. */
  batches: { topic: string; messages: { key: string; value: string }[] }[];
  ids: string[];
  /** What the graph must hold afterwards. */
  expected: GraphState;
}

interface GraphState {
  companies: number;
  /** Of every company the stream registers: id, USCC, name and kind. */
  companySum: string;
  orders: number;
  totalFen: number;
  /** Of every order: id, buyer, supplier, total. */
  orderSum: string;
  /** Supplier KPI totals, kept by adding each order: a double application would show here. */
  kpiOrders: number;
  kpiOpenFen: number;
  /** Of every stock position: company, warehouse, SKU, quantity (the last write to each wins). */
  stockSum: string;
}

const checksum = (lines: string[]) =>
  createHash('sha256').update(lines.sort().join('\n')).digest('hex');

/**
 * `n` events tagged `tag` (two characters of the USCC alphabet), interleaved over three topics:
 * mostly CompanyRegistered (the cheapest event to project), and a share each of OrderPlaced
 * between the world's buyers and suppliers and of StockReported UPDATEs, each setting one of 120
 * positions of the world's companies to the event's sequence number (so the final stock depends
 * on every last write and on the order of application).
 */
function makeStream(
  world: World,
  n: number,
  tag: string,
  share = { orders: 0.01, stock: 0.01 },
): Stream {
  const companies = [...world.buyers, ...world.suppliers];
  const lines = { companies: [] as string[], orders: [] as string[] };
  const stock = new Map<string, number>();
  let totalFen = 0;
  const ids: string[] = [];
  const batches: Stream['batches'] = [];
  const chunk = new Map<string, { key: string; value: string }[]>();
  const add = (topic: string, key: string, event: { id: string }) => {
    ids.push(event.id);
    const list = chunk.get(topic) ?? [];
    chunk.set(topic, list);
    list.push(message(key, event));
  };
  const flush = () => {
    for (const [topic, messages] of chunk) batches.push({ topic, messages });
    chunk.clear();
  };
  const everyOrder = Math.round(1 / share.orders);
  const everyStock = Math.round(1 / share.stock);
  let o = 0; // orders so far
  let r = 0; // stock reports so far
  for (let i = 1; i <= n; i += 1) {
    if (i % everyOrder === 0) {
      o += 1;
      const orderId = randomUUID();
      const buyerId = world.buyers[o % 2]!;
      const supplierId = world.suppliers[(o >> 1) % 4]!;
      const quantity = 1 + (o % 7);
      const unitPriceFen = 100 + ((o * 37) % 1000);
      add(
        TOPIC.orders,
        orderId,
        envelope('OrderPlaced', {
          orderId,
          number: `${tag}-${i}`,
          buyerId,
          supplierId,
          currency: 'CNY',
          lines: [{ sku: `${tag}-P${o % 10}`, productName: '零件', quantity, unitPriceFen }],
          totalFen: quantity * unitPriceFen,
          promisedDate: '2026-02-01',
          placedOn: '2026-01-10',
        }),
      );
      totalFen += quantity * unitPriceFen;
      lines.orders.push(`${orderId}:${buyerId}:${supplierId}:${quantity * unitPriceFen}`);
    } else if (i % everyStock === 1) {
      r += 1;
      const companyId = companies[r % 6]!;
      const warehouse = `W${r % 3}`;
      const sku = `${tag}-S${r % 40}`;
      add(
        TOPIC.inventory,
        companyId,
        envelope('StockReported', {
          companyId,
          mode: 'UPDATE',
          reportedAt: new Date(Date.UTC(2026, 0, 1) + i).toISOString(),
          positions: [{ sku, productName: '零件', warehouse, quantity: i }],
        }),
      );
      stock.set(`${companyId}/${warehouse}/${sku}`, i);
    } else {
      const companyId = randomUUID();
      const code = withUsccCheckChar(`91330200${tag}${String(i).padStart(7, '0')}`);
      const kind = i % 5 === 0 ? 'BANK' : 'SME';
      add(
        TOPIC.masterdata,
        code,
        envelope('CompanyRegistered', {
          companyId,
          name: `${tag}流${i}`,
          uscc: code,
          kind,
          region: '宁波',
          industry: '测试',
        }),
      );
      lines.companies.push(`${companyId}:${code}:${tag}流${i}:${kind}`);
    }
    if (i % 2000 === 0) flush();
  }
  flush();
  return {
    batches,
    ids,
    expected: {
      companies: lines.companies.length,
      companySum: checksum(lines.companies),
      orders: lines.orders.length,
      totalFen,
      orderSum: checksum(lines.orders),
      kpiOrders: lines.orders.length,
      kpiOpenFen: totalFen,
      stockSum: checksum([...stock].map(([k, q]) => `${k}=${q}`)),
    },
  };
}

const rowsOf = async (query: string, params: Record<string, unknown>) =>
  (await driver.executeQuery(query, params)).records.map((r) => r.toObject());

/** The graph's side of Stream.expected, for the stream tagged `tag`. */
async function graphState(world: World, tag: string): Promise<GraphState> {
  const prefix = `${tag}-`;
  const companies = (
    await rowsOf(
      `MATCH (c:Company) WHERE c.name STARTS WITH $name
       RETURN c.id + ':' + c.uscc + ':' + c.name + ':' + c.kind AS line`,
      { name: `${tag}流` },
    )
  ).map((r) => r.line as string);
  const orders = await rowsOf(
    `MATCH (b:Company)-[:PLACED]->(o:PurchaseOrder)-[:TO]->(s:Company) WHERE o.number STARTS WITH $prefix
     RETURN o.id + ':' + b.id + ':' + s.id + ':' + toString(o.totalFen) AS line, o.totalFen AS total`,
    { prefix },
  );
  const [kpi] = await rowsOf(
    `MATCH (k:SupplierKpi) WHERE k.buyerId IN $buyers
     RETURN sum(k.orders) AS orders, sum(k.openValueFen) AS open`,
    { buyers: world.buyers },
  );
  const stock = (
    await rowsOf(
      `MATCH (c:Company)-[:HOLDS]->(sp:StockPosition) WHERE sp.sku STARTS WITH $prefix
       RETURN c.id + '/' + sp.warehouse + '/' + sp.sku + '=' + toString(sp.quantity) AS line`,
      { prefix },
    )
  ).map((r) => r.line as string);
  return {
    companies: companies.length,
    companySum: checksum(companies),
    orders: orders.length,
    totalFen: orders.reduce((sum, o) => sum + Number(o.total), 0),
    orderSum: checksum(orders.map((o) => o.line as string)),
    kpiOrders: Number(kpi!.orders),
    kpiOpenFen: Number(kpi!.open),
    stockSum: checksum(stock),
  };
}

/** Publishes the stream's chunks one after another, pausing between them: a stream, not one burst. */
async function produce(stream: Stream, pauseMs: number): Promise<void> {
  for (const batch of stream.batches) {
    await bus.publish(batch.topic, batch.messages);
    if (pauseMs > 0) await sleep(pauseMs);
  }
}

/** How the stream's events were recorded: status → count. */
async function outcomesOf(ids: string[]): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    'UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.status AS status, count(*) AS n',
    { ids },
  );
  return Object.fromEntries(records.map((r) => [r.get('status') as string, Number(r.get('n'))]));
}

/** The dead letters from offset `from` on (the topic has one partition), once there are `n`. */
async function deadLettersFrom(from: bigint, n: number): Promise<IncomingMessage[]> {
  const found = new Map<string, IncomingMessage>();
  let done: () => void = () => undefined;
  const enough = new Promise<void>((resolve) => (done = resolve));
  const subscription = await bus.consume({
    groupId: `failures-dlq-${randomUUID()}`,
    topics: [TOPIC.deadLetter],
    fromBeginning: true,
    eachBatch: async (batch) => {
      for (const m of batch.messages) if (BigInt(m.offset) >= from) found.set(m.offset, m);
      if (found.size >= n) done();
    },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([enough, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
  } finally {
    clearTimeout(timer);
    await subscription.stop();
  }
  return [...found.values()];
}

describe('messages the projector cannot apply', () => {
  it('go to the dead-letter topic with their reason and bytes, and the partition keeps moving', async () => {
    const projector = await startProjector(GROUP); // MAX_EVENT_BYTES left at its default
    const limit = config.projector.maxEventBytes;
    const world = await buildWorld();
    const company = world.suppliers[0]!;
    const stock = (sku: string, quantity: number, companyId = company) =>
      envelope('StockReported', {
        companyId,
        mode: 'UPDATE',
        reportedAt: new Date().toISOString(),
        positions: [{ sku, productName: '坏消息测试', warehouse: 'W', quantity }],
      });

    // On one partition (key = the company), in this order:
    const malformed = `{"id": "${randomUUID()}", "type": "StockReported", this is not JSON`;
    const violating = stock('BAD-NEG', -1);
    const unknownCompany = stock('BAD-WHO', 1, randomUUID());
    const padding = 'x'.repeat(200);
    const oversized = stock('BAD-BIG', 1);
    const positions = oversized.payload.positions as unknown[];
    while (JSON.stringify(oversized).length <= limit + 1000)
      positions.push({
        sku: `BIG-${positions.length}`,
        productName: padding,
        warehouse: 'W',
        quantity: 1,
      });
    const after = stock('AFTER', 7);
    const inventory = [malformed, violating, unknownCompany, oversized, after].map((e) => ({
      key: company,
      value: typeof e === 'string' ? e : JSON.stringify(e),
    }));
    // On one partition of the orders topic (key = the order id): an action on an order that does
    // not exist yet, then the order itself.
    const orderId = randomUUID();
    const unknownOrder = envelope('OrderActedOn', {
      orderId,
      action: 'confirm',
      actorCompanyId: company,
      on: '2026-01-11',
    });
    const placed = envelope('OrderPlaced', {
      orderId,
      number: 'DLQ-1',
      buyerId: world.buyers[0],
      supplierId: company,
      currency: 'CNY',
      lines: [{ sku: 'DLQ', productName: '零件', quantity: 2, unitPriceFen: 150 }],
      totalFen: 300,
      promisedDate: '2026-02-01',
      placedOn: '2026-01-10',
    });
    const orders = [unknownOrder, placed].map((e) => ({ key: orderId, value: JSON.stringify(e) }));

    const from = await bus.endOffset(TOPIC.deadLetter);
    await bus.publish(TOPIC.inventory, inventory);
    await bus.publish(TOPIC.orders, orders);

    // The valid events behind the bad ones are applied: neither partition is stuck.
    const status = async (id: string) =>
      (await rowsOf('MATCH (e:Event {id: $id}) RETURN e.status AS s', { id }))[0]?.s as
        string | undefined;
    expect(await waitFor(() => status(after.id), 120_000)).toBe('APPLIED');
    expect(await waitFor(() => status(placed.id), 120_000)).toBe('APPLIED');
    expect(
      await rowsOf(
        'MATCH (:Company {id: $company})-[:HOLDS]->(sp:StockPosition) WHERE sp.sku IN ["AFTER", "BAD-BIG", "BAD-NEG", "BIG-1"] RETURN sp.sku AS sku, sp.quantity AS q',
        { company },
      ),
    ).toEqual([{ sku: 'AFTER', q: 7 }]);

    // Each bad message is in the dead-letter topic once, with its reason and its original bytes.
    const letters = await deadLettersFrom(from, 5);
    const byValue = (value: string) =>
      letters.filter((l) => l.value?.equals(Buffer.from(value))).map((l) => l.headers);
    const expectations: [string, RegExp, string | undefined][] = [
      [inventory[0]!.value, /not JSON/, undefined],
      [inventory[1]!.value, /payload\/positions\/0\/quantity must be >= 0/, undefined],
      [inventory[2]!.value, /^unknown reference: company .* does not exist/, 'NOT_FOUND'],
      [
        inventory[3]!.value,
        new RegExp(
          `too large: ${Buffer.byteLength(inventory[3]!.value)} bytes, above the limit of ${limit} bytes`,
        ),
        undefined,
      ],
      [orders[0]!.value, /^unknown reference: order .* does not exist/, 'NOT_FOUND'],
    ];
    for (const [value, reason, code] of expectations) {
      const headers = byValue(value);
      expect(headers).toHaveLength(1);
      expect(headers[0]!['x-reason']).toMatch(reason);
      expect(headers[0]!['x-code']).toBe(code);
    }
    expect(letters).toHaveLength(5);
    expect(byValue(inventory[3]!.value)[0]).toMatchObject({
      'x-original-topic': TOPIC.inventory,
      'x-original-partition': expect.stringMatching(/^\d+$/),
      'x-original-offset': expect.stringMatching(/^\d+$/),
    });

    // The senders of the ones with a readable id learn why from the outcome.
    const outcomes = await rowsOf(
      'UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.id AS id, e.status AS status, e.code AS code',
      { ids: [violating.id, unknownCompany.id, oversized.id, unknownOrder.id] },
    );
    expect(new Map(outcomes.map((o) => [o.id, `${o.status} ${o.code}`]))).toEqual(
      new Map([
        [violating.id, 'REJECTED BAD_USER_INPUT'],
        [unknownCompany.id, 'REJECTED NOT_FOUND'],
        [oversized.id, 'REJECTED BAD_USER_INPUT'],
        [unknownOrder.id, 'REJECTED NOT_FOUND'],
      ]),
    );
    await projector.stop();
  }, 300_000);
});

describe('Neo4j stopped mid-stream and started again', () => {
  it('loses nothing: the same projector process retries with backoff and resumes', async () => {
    const projector = await startProjector(GROUP);
    const world = await buildWorld();
    const baseline = await eventCount();
    const dlq = await bus.endOffset(TOPIC.deadLetter);
    const stream = makeStream(world, OUTAGE_STREAM, 'NB');
    const half = Math.ceil(stream.batches.length / 2);
    await produce({ ...stream, batches: stream.batches.slice(0, half) }, 0);
    await waitFor(
      async () => ((await eventCount()) >= baseline + OUTAGE_STREAM / 5 ? true : undefined),
      300_000,
    );

    await stopNeo4j(stateDir);
    const stopped = Date.now();
    // The rest of the stream arrives while Neo4j is down.
    await produce({ ...stream, batches: stream.batches.slice(half) }, 0);
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stopped)));
    await ensureLocalInfra(config, say); // the same folder and port; Kafka runs on and is reused
    const down = Date.now() - stopped;

    await waitFor(
      async () => ((await eventCount()) >= baseline + OUTAGE_STREAM ? true : undefined),
      300_000,
    );
    const retries = readFileSync(projector.logFile, 'utf8')
      .split('\n')
      .filter((l) =>
        l.includes('"msg":"Neo4j unavailable or busy; trying the batch again"'),
      ).length;
    say(`Neo4j down for ${(down / 1000).toFixed(1)} s; the projector retried ${retries} times`);
    expect(retries).toBeGreaterThan(0);
    expect(projector.child.exitCode).toBeNull(); // the same process carried on

    expect(await outcomesOf(stream.ids)).toEqual({ APPLIED: OUTAGE_STREAM });
    expect(await eventCount()).toBe(baseline + OUTAGE_STREAM);
    expect(await graphState(world, 'NB')).toEqual(stream.expected);
    expect(await bus.endOffset(TOPIC.deadLetter)).toBe(dlq); // no dead letter either
    await projector.stop();
  }, 720_000);
});

/** From a projector's log: how many messages its batches skipped as already applied, and how many it projected. */
function progressIn(p: ServiceProcess) {
  let skipped = 0;
  let projected = 0;
  for (const line of readFileSync(p.logFile, 'utf8').split('\n')) {
    if (!line.includes('"msg":"batch projected"')) continue;
    const report = JSON.parse(line) as { skipped: number; projected: number; duplicates: number };
    skipped += report.skipped + report.duplicates;
    projected += report.projected - report.duplicates;
  }
  return { skipped, projected };
}

describe('a projector killed with SIGKILL mid-stream', () => {
  it(`applies each of ${STREAM} events exactly once across ${KILLS} kills and restarts`, async () => {
    const started = Date.now();
    const firstGroup = GROUP;
    let projector = await startProjector(firstGroup);
    const world = await buildWorld();
    const baseline = await eventCount();
    const dlq = await bus.endOffset(TOPIC.deadLetter);
    const stream = makeStream(world, STREAM, 'KA');
    const producing = produce(stream, 50);

    // One kill at a random number of applied events within each of KILLS equal slices of the
    // stream, plus up to 300 ms, so it lands anywhere in a batch: reading, writing, committing.
    const kills: string[] = [];
    let redelivered = 0;
    for (let k = 1; k <= KILLS; k += 1) {
      const target =
        baseline + Math.floor(((k - 0.8 + Math.random() * 0.6) * STREAM) / (KILLS + 1));
      await waitFor(async () => ((await eventCount()) >= target ? true : undefined), 600_000);
      await sleep(Math.random() * 300);
      await kill(projector);
      const at = (await eventCount()) - baseline;
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(STREAM);
      // Restarts in a new group (Kafka has no committed offset for it: every message comes
      // again, and the offsets stored in Neo4j decide), the last one in the first group (its
      // committed offsets lag far behind what Neo4j stored).
      const group = k === KILLS ? firstGroup : `${GROUP}-restart-${k}`;
      const restart = Date.now();
      redelivered += progressIn(projector).skipped;
      projector = await startProjector(group);
      kills.push(`${at} (restart ${((Date.now() - restart) / 1000).toFixed(1)} s)`);
    }
    await producing;
    await waitFor(
      async () => ((await eventCount()) >= baseline + STREAM ? true : undefined),
      600_000,
    );
    redelivered += progressIn(projector).skipped;
    say(
      `${STREAM} events in ${((Date.now() - started) / 1000).toFixed(0)} s; SIGKILL after ${kills.join(', ')} applied; ${redelivered} already-applied messages delivered again and skipped`,
    );
    expect(redelivered).toBeGreaterThan(0);

    // Exactly once: one APPLIED record per event, none more, and the graph is what the input says.
    expect(await outcomesOf(stream.ids)).toEqual({ APPLIED: STREAM });
    expect(await eventCount()).toBe(baseline + STREAM);
    expect(await graphState(world, 'KA')).toEqual(stream.expected);
    expect(await bus.endOffset(TOPIC.deadLetter)).toBe(dlq); // no dead letter either
    await projector.stop();
  }, 1_200_000);
});
