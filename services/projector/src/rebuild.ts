/**
 * Rebuilds the projection from the system of record: empties the graph (migrations stay), reads
 * every core topic from the start to its current end, and applies the events in the order they
 * happened — each partition in offset order, partitions merged by message time, so an order is
 * applied after the companies it names, as it was live — in chunks of one transaction each.
 */
import {
  CORE_TOPICS,
  type Driver,
  type EventBus,
  type Logger,
  type PartitionMessages,
} from '@chainlift/platform';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  applyBatch,
  type BatchResult,
  type Position,
  type Rejection,
  type SourcedEvent,
} from './apply-batch';
import { decodeMessage } from './decode';
import { isEventFault, refusalOf } from './refusals';
import { HANDLERS } from './handlers';
import type { AnyHandler } from './handlers/handler';

export interface RebuildReport {
  events: number;
  applied: number;
  rejected: number;
  ms: number;
}

interface Timed {
  topic: string;
  partition: number;
  offset: string;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
}

/** Merges partitions (each already in offset order) by message time; ties keep topic order. */
export function mergeByTime(partitions: PartitionMessages[]): Timed[] {
  const queues = partitions.map((p) =>
    p.messages.map((m) => ({
      topic: p.topic,
      partition: p.partition,
      offset: m.offset,
      timestamp: Number(m.timestamp),
      key: m.key,
      value: m.value,
    })),
  );
  const heads = queues.map(() => 0);
  const merged: Timed[] = [];
  for (;;) {
    let best = -1;
    for (let q = 0; q < queues.length; q += 1) {
      const head = queues[q]![heads[q]!];
      if (head && (best < 0 || head.timestamp < queues[best]![heads[best]!]!.timestamp)) best = q;
    }
    if (best < 0) return merged;
    merged.push(queues[best]![heads[best]!]!);
    heads[best]! += 1;
  }
}

export async function emptyProjection(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    );
  } finally {
    await session.close();
  }
}

export async function rebuildProjection(options: {
  driver: Driver;
  bus: EventBus;
  log: Logger;
  database?: string;
  handlers?: ReadonlyMap<string, AnyHandler>;
  chunkSize?: number;
  say?: (line: string) => void;
}): Promise<RebuildReport> {
  const started = Date.now();
  const say = options.say ?? (() => undefined);
  const handlers = options.handlers ?? HANDLERS;
  const chunkSize = options.chunkSize ?? 2000;

  let lastSaid = 0;
  const partitions = await options.bus.readToEnd(CORE_TOPICS, (read, total) => {
    if (Date.now() - lastSaid > 2000) {
      lastSaid = Date.now();
      say(`reading the event log: ${read} / ${total}`);
    }
  });
  const messages = mergeByTime(partitions);
  say(
    `read ${messages.length} events from ${partitions.length} partitions; emptying the projection…`,
  );
  await emptyProjection(options.driver, options.database);

  const write = async (
    work: (tx: ManagedTransaction) => Promise<BatchResult>,
  ): Promise<BatchResult> => {
    const session = options.driver.session({
      database: options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  };

  let applied = 0;
  let rejected = 0;
  for (let start = 0; start < messages.length; start += chunkSize) {
    const chunk = messages.slice(start, start + chunkSize);
    const items: SourcedEvent[] = [];
    const invalid: Rejection[] = [];
    const last = new Map<string, Position>();
    for (const m of chunk) {
      const source = { topic: m.topic, partition: m.partition };
      last.set(`${m.topic}/${m.partition}`, { ...source, lastOffset: m.offset });
      const decoded = decodeMessage(m.value, source);
      // No key: a replay keeps the log's order exactly (it mixes partitions, and events of one topic
      // but different keys may depend on each other); only the live projector regroups.
      if (decoded.ok) items.push({ event: decoded.event, source });
      else if (decoded.rejection) invalid.push(decoded.rejection);
    }
    const positions = [...last.values()];
    let outcomes: BatchResult['outcomes'];
    try {
      outcomes = (await write((tx) => applyBatch(tx, handlers, items, invalid, positions)))
        .outcomes;
    } catch (error) {
      if (!isEventFault(error)) throw error;
      // As live: the chunk again one event at a time, recording what Neo4j refuses.
      outcomes = (await write((tx) => applyBatch(tx, handlers, [], invalid, []))).outcomes;
      for (const item of items) {
        try {
          outcomes.push(
            ...(await write((tx) => applyBatch(tx, handlers, [item], [], []))).outcomes,
          );
        } catch (refused) {
          if (!isEventFault(refused)) throw refused;
          const rejection = refusalOf(refused, item.event, item.source);
          outcomes.push(
            ...(await write((tx) => applyBatch(tx, handlers, [], [rejection], []))).outcomes,
          );
        }
      }
      await write((tx) => applyBatch(tx, handlers, [], [], positions));
    }
    applied += outcomes.filter((o) => o.status === 'APPLIED').length;
    rejected += outcomes.filter((o) => o.status === 'REJECTED').length;
    if (Date.now() - lastSaid > 2000 || start + chunkSize >= messages.length) {
      lastSaid = Date.now();
      say(`replayed ${Math.min(start + chunkSize, messages.length)} / ${messages.length} events`);
    }
  }
  const report = { events: messages.length, applied, rejected, ms: Date.now() - started };
  options.log.info(report, 'projection rebuilt');
  return report;
}
