/**
 * The direct writers of `npm run bench:ingest` — everything that writes to Neo4j without Kafka:
 *   (b) the minimal writer (ingest-minimal-writer.ts): one statement per kind of write, the limit;
 *   (p) the projector's own applyBatch + HANDLERS, timed by part (loads, decisions, writes, event
 *       records, offsets), so the difference between the projector and the limit has addresses;
 *   (s) the Kafka sink connector's Cypher strategy (ingest-sink-strategy.ts);
 *   (c) a naive consumer (applyBatch of one event per transaction), and every chain's setup.
 * Each of (b), (p) and (s) replays the projector's stream on a graph cleared back to where the
 * projector started (the platform's own nodes and the chain's setup), then hashes the domain graph
 * (domain-graph-hash.ts) so the bench can say whether it is the projector's graph.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { applyBatch, HANDLERS, runsToApply, type AnyHandler } from '@chainlift/projector';
import type { Driver } from '@chainlift/platform';
import { say } from '../lib/say';
import { domainGraphHash, type DomainGraphHash } from './domain-graph-hash';
import { writeMinimal } from './ingest-minimal-writer';
import { sinkBatches, sinkCypher, sinkStatement } from './ingest-sink-strategy';
import { createWorkload, usableSeed, type StreamEvent, type Workload } from './ingest-workload';

export const PROGRESS_EVERY_MS = 5000;
export const seconds = (fromMs: number) => (performance.now() - fromMs) / 1000;
export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export interface DirectResult {
  events: number;
  writeSeconds: number;
  transactions: number;
  rejected: number;
  firstRejection: string | undefined;
  /** Runs of consecutive same-type events in the batches (applyBatch loads and writes once per run). */
  runs: number;
  /** Time inside tx.run per query (its first words), when asked for. */
  queries?: Map<string, { calls: number; ms: number }>;
}

/** A transaction whose queries are timed into `into` (by their first 60 characters). */
function timedTransaction(
  tx: ManagedTransaction,
  into: Map<string, { calls: number; ms: number }>,
): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property) {
      if (property !== 'run') return Reflect.get(target, property, target) as unknown;
      return async (query: string, params?: Record<string, unknown>) => {
        const started = performance.now();
        const result = await target.run(query, params);
        const name = query.replace(/\s+/g, ' ').trim().slice(0, 60);
        const entry = into.get(name) ?? { calls: 0, ms: 0 };
        entry.calls += 1;
        entry.ms += performance.now() - started;
        into.set(name, entry);
        return result;
      };
    },
  });
}

/**
 * Applies events with applyBatch + HANDLERS in transactions of `size` events of one topic each
 * (topics interleaved as the stream goes; order within a topic kept, and across topics too when
 * `inOrder`). Records each batch's position
 * under a topic name of its own, so the real projector's stored offsets are never touched.
 */
interface DirectOptions {
  progress?: (done: number, writeSeconds: number) => void;
  /** Keep the stream's order across topics too (setup events depend on each other). */
  inOrder?: boolean;
  /** Time each query of the transactions (DirectResult.queries). */
  timeQueries?: boolean;
  /** The handlers to apply with (default: the projector's HANDLERS). */
  handlers?: ReadonlyMap<string, AnyHandler>;
}

export async function applyDirect(
  driver: Driver,
  events: Iterable<StreamEvent>,
  size: number,
  label: string,
  how: DirectOptions = {},
): Promise<DirectResult> {
  const { progress, inOrder = false, timeQueries = false, handlers = HANDLERS } = how;
  const result: DirectResult = {
    events: 0,
    writeSeconds: 0,
    transactions: 0,
    rejected: 0,
    firstRejection: undefined,
    runs: 0,
    ...(timeQueries ? { queries: new Map() } : {}),
  };
  const buffers = new Map<string, StreamEvent[]>();
  const offsets = new Map<string, number>();
  const flush = async (topic: string) => {
    const taken = buffers.get(topic) ?? [];
    if (taken.length === 0) return;
    const batch = taken;
    buffers.set(topic, []);
    const source = { topic: `bench.${label}.${topic}`, partition: 0 };
    const lastOffset = String((offsets.get(topic) ?? -1) + batch.length);
    offsets.set(topic, Number(lastOffset));
    const items = batch.map((e) => ({ event: e.event, source, key: e.key }));
    const started = performance.now();
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const { outcomes } = await session.executeWrite((tx) =>
        applyBatch(
          result.queries ? timedTransaction(tx, result.queries) : tx,
          handlers,
          items,
          [],
          [{ ...source, lastOffset }],
        ),
      );
      for (const o of outcomes)
        if (o.status === 'REJECTED') {
          result.rejected += 1;
          result.firstRejection ??= `${o.code}: ${o.message}`;
        }
    } finally {
      await session.close();
    }
    result.writeSeconds += seconds(started);
    result.transactions += 1;
    result.runs += runsToApply(items).length;
    result.events += batch.length;
    progress?.(result.events, result.writeSeconds);
  };
  let previous: string | undefined;
  for (const item of events) {
    // In stream order, a topic change first writes what came before (setup events depend on each other).
    if (inOrder && previous !== undefined && previous !== item.topic) await flush(previous);
    previous = item.topic;
    const list = buffers.get(item.topic) ?? [];
    buffers.set(item.topic, list);
    list.push(item);
    if (list.length >= size) await flush(item.topic);
  }
  for (const topic of [...buffers.keys()]) await flush(topic);
  return result;
}

const seedsUsed = new Set<number>();
/** A seed no chain of this run used (two seeds may lead to the same usable one). */
export function distinctSeed(seed: number): number {
  let s = usableSeed(seed);
  while (seedsUsed.has(s)) s = usableSeed(s + 1);
  seedsUsed.add(s);
  return s;
}

/** Builds a workload's chain (its setup events) with direct writes: not timed. */
export async function setUpChain(driver: Driver, workload: Workload): Promise<Workload> {
  const label = workload.options.label;
  const setup = await applyDirect(driver, workload.setup, 500, `${label}.setup`, { inOrder: true });
  if (setup.rejected > 0)
    throw new Error(
      `setting up chain ${label}: ${setup.rejected} rejected (${setup.firstRejection})`,
    );
  return workload;
}

/** A new chain of its own (fresh company, chain, order and event ids), built with direct writes. */
export async function freshChain(
  driver: Driver,
  suppliers: number,
  seed: number,
  label: string,
  events: number,
  startAt?: number,
) {
  return setUpChain(
    driver,
    createWorkload({ seed: distinctSeed(seed), suppliers, label, events, startAt }),
  );
}

export function* limited<T>(items: Iterator<T>, n: number): Generator<T> {
  for (let i = 0; i < n; i += 1) yield items.next().value as T;
}

export function progressPrinter(name: string, total: number) {
  let last = performance.now();
  return (done: number, busySeconds: number) => {
    if (performance.now() - last < PROGRESS_EVERY_MS && done < total) return;
    last = performance.now();
    say(
      `  [${name}] ${fmt(done)}/${fmt(total)} events · ${fmt(done / Math.max(busySeconds, 0.001))} events/s`,
    );
  };
}

// ── a graph cleared back to a starting point ────────────────────────────────────────────────────

/** The element ids of every node now: what a clear keeps (the platform's admin, its events). */
export async function nodeIds(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN elementId(n) AS id');
  return records.map((r) => r.get('id') as string);
}

/**
 * Deletes every node the `keep` list does not name, except the schema's migrations, the scheduler's
 * lease and the stored offsets (the running projector resumes from them).
 */
export async function clearGraph(driver: Driver, keep: readonly string[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(
      `MATCH (n) WHERE NOT n:Migration AND NOT n:SchedulerLease AND NOT n:ProjectionOffset
         AND NOT elementId(n) IN $keep
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
      { keep },
    );
  } finally {
    await session.close();
  }
}

// ── (b), (p), (s): the writers without Kafka ────────────────────────────────────────────────────

export interface WriterRun {
  events: number;
  transactions: number;
  /** Time inside the write transactions only. */
  writeSeconds: number;
  perSecond: number;
  /** Statements per transaction. */
  statements: number;
  graph: DomainGraphHash;
  /** (p) only: where the time inside applyBatch's transactions went, in ms. */
  parts?: Record<string, number>;
  rejected?: number;
  firstRejection?: string;
}

/** Transactions one after another, each timed from its start to its commit. */
async function timedWrites(
  driver: Driver,
  batches: Iterable<{ events: number; write: (tx: ManagedTransaction) => Promise<unknown> }>,
  progress: (done: number, writeSeconds: number) => void,
) {
  let events = 0;
  let writeSeconds = 0;
  let transactions = 0;
  for (const batch of batches) {
    const started = performance.now();
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => batch.write(tx));
    } finally {
      await session.close();
    }
    writeSeconds += seconds(started);
    transactions += 1;
    events += batch.events;
    progress(events, writeSeconds);
  }
  return { events, writeSeconds, transactions };
}

/** Batches of `size` events in stream order, all topics together (as the projector's transactions). */
function* batchesOf(items: Iterable<StreamEvent>, size: number): Generator<StreamEvent[]> {
  let batch: StreamEvent[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The projector's HANDLERS, each part timed into `into` (ms): loads, decisions (decide + evolve), writes. */
function timedHandlers(into: Record<string, number>): Map<string, AnyHandler> {
  const add = (part: string, since: number) =>
    (into[part] = (into[part] ?? 0) + performance.now() - since);
  const timed = (h: AnyHandler): AnyHandler => ({
    ...h,
    async load(tx, events) {
      const t = performance.now();
      try {
        return (await h.load(tx, events)) as unknown;
      } finally {
        add('loads', t);
      }
    },
    decide(state, event) {
      const t = performance.now();
      try {
        return h.decide(state, event);
      } finally {
        add('decisions', t);
      }
    },
    evolve(state, event) {
      const t = performance.now();
      try {
        return h.evolve(state, event) as unknown;
      } finally {
        add('decisions', t);
      }
    },
    async write(tx, accepted, state) {
      const t = performance.now();
      try {
        await h.write(tx, accepted, state);
      } finally {
        add('writes', t);
      }
    },
  });
  return new Map([...HANDLERS].map(([type, h]) => [type, timed(h)]));
}

/** applyBatch's own statements, by their first words (timedTransaction's names). */
const BOOKKEEPING_QUERIES: [string, string][] = [
  ['UNWIND $ids AS id MATCH (e:Event', 'event records: look-up of applied ids'],
  ['UNWIND $records AS r CREATE (:Event', 'event records: writing them'],
  ['UNWIND $positions AS p MERGE (o:ProjectionOffset', 'offsets'],
];

export type WriterName = 'b' | 'p' | 's';

export const WRITER_TITLES: Record<WriterName, string> = {
  b: 'minimal writer, one statement per kind of write',
  p: "the projector's applyBatch + HANDLERS, without Kafka",
  s: "Kafka sink connector's Cypher strategy, one UNWIND per topic batch",
};

/**
 * Replays `n` events of the workload's stream with writer `name`, after clearing the graph back
 * to `keep` and setting up the chain again (untimed), then hashes the domain graph.
 */
export async function runWriter(
  driver: Driver,
  name: WriterName,
  make: () => Workload,
  n: number,
  keep: readonly string[],
  sizes: { batch: number; sinkBatch: number },
  timeZone: string,
): Promise<WriterRun> {
  say(`(${name}) clearing the graph back to the projector's start, setting the chain up again…`);
  await clearGraph(driver, keep);
  const workload = await setUpChain(driver, make());
  const events = limited(workload.stream(), n);
  const progress = progressPrinter(name, n);
  say(`(${name}) ${WRITER_TITLES[name]}: ${fmt(n)} events…`);
  let run: Omit<WriterRun, 'graph' | 'perSecond'>;
  if (name === 'p') {
    const parts: Record<string, number> = {};
    const result = await applyDirect(driver, events, sizes.batch, 'p', {
      progress,
      timeQueries: true,
      handlers: timedHandlers(parts),
    });
    for (const [query, q] of result.queries ?? new Map<string, { calls: number; ms: number }>()) {
      const part = BOOKKEEPING_QUERIES.find(([start]) => query.startsWith(start))?.[1];
      if (part) parts[part] = (parts[part] ?? 0) + q.ms;
    }
    const counted = Object.values(parts).reduce((a, b) => a + b, 0);
    parts['other (planning runs, the driver, the commit)'] = result.writeSeconds * 1000 - counted;
    run = {
      events: result.events,
      transactions: result.transactions,
      writeSeconds: result.writeSeconds,
      statements:
        [...(result.queries?.values() ?? [])].reduce((a, q) => a + q.calls, 0) /
        result.transactions,
      parts,
      rejected: result.rejected,
      firstRejection: result.firstRejection,
    };
  } else if (name === 'b') {
    let statements = 0;
    const result = await timedWrites(
      driver,
      (function* () {
        for (const batch of batchesOf(events, sizes.batch))
          yield {
            events: batch.length,
            write: async (tx: ManagedTransaction) => {
              const ran = await writeMinimal(
                tx,
                batch.map((e) => e.event),
                timeZone,
              );
              statements += ran;
            },
          };
      })(),
      progress,
    );
    run = { ...result, statements: statements / result.transactions };
  } else {
    const cypher = sinkCypher(timeZone);
    const statements = new Map(Object.entries(cypher).map(([t, c]) => [t, sinkStatement(c)]));
    run = {
      ...(await timedWrites(
        driver,
        (function* () {
          for (const { topic, messages } of sinkBatches(events, sizes.sinkBatch)) {
            const statement = statements.get(topic);
            if (!statement) throw new Error(`the sink has no statement for topic ${topic}`);
            yield {
              events: messages.length,
              write: (tx: ManagedTransaction) => tx.run(statement, { events: messages }),
            };
          }
        })(),
        progress,
      )),
      statements: 1,
    };
  }
  say(`(${name}) hashing the domain graph…`);
  const graph = await domainGraphHash(driver);
  return { ...run, perSecond: run.events / run.writeSeconds, graph };
}
