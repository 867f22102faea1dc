/**
 * The projector: the only writer to Neo4j. A member of a Kafka consumer group over the core
 * topics; several processes in the same group share the partitions.
 *
 * Per batch (one topic-partition): skip what the stored offset says is applied; send invalid
 * messages to the dead-letter topic (before the Neo4j commit, so none is lost); apply the rest in
 * one transaction that also records event ids and the offset; publish outcomes; then the bus
 * commits the Kafka offset. A crash anywhere in between re-applies nothing.
 */
import { randomUUID } from 'node:crypto';
import type { EventEnvelope, Outcome } from '@chainlift/domain';
import {
  CORE_TOPICS,
  TOPIC,
  type Driver,
  type EventBus,
  type IncomingBatch,
  type IncomingMessage,
  type Logger,
} from '@chainlift/platform';
import neo4j from 'neo4j-driver';
import { applyBatch, type Rejection } from './apply-batch';
import { decodeMessage } from './decode';
import { isConflict, isEventFault, refusalOf } from './refusals';
import { HANDLERS } from './handlers';
import type { AnyHandler } from './handlers/handler';

export interface ProjectorOptions {
  driver: Driver;
  bus: EventBus;
  log: Logger;
  group: string;
  database?: string;
  topics?: string[];
  handlers?: ReadonlyMap<string, AnyHandler>;
  /** Told after every batch: for progress output, benchmarks and tests. */
  onBatch?: (report: BatchReport) => void;
}

export interface BatchReport {
  topic: string;
  partition: number;
  lastOffset: string;
  /** Messages at or below the offset stored in Neo4j: applied before, not looked at again. */
  skipped: number;
  projected: number;
  rejected: number;
  duplicates: number;
  deadLettered: number;
}

export interface Projector {
  /** Resolves once the consumer joined its group. */
  joined: Promise<void>;
  stop(): Promise<void>;
}

export async function startProjector(options: ProjectorOptions): Promise<Projector> {
  const { driver, bus, log } = options;
  const handlers = options.handlers ?? HANDLERS;
  const stored = new Map<string, bigint>();
  const instance = randomUUID().slice(0, 8);

  const write = <T>(work: Parameters<ReturnType<Driver['session']>['executeWrite']>[0]) => {
    const session = driver.session({
      database: options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    return session.executeWrite(work).finally(() => session.close()) as Promise<T>;
  };

  const storedOffset = async (topic: string, partition: number): Promise<bigint> => {
    const key = `${topic}/${partition}`;
    const cached = stored.get(key);
    if (cached !== undefined) return cached;
    const { records } = await driver.executeQuery(
      'MATCH (p:ProjectionOffset {topic: $topic, partition: $partition}) RETURN p.offset AS offset',
      { topic, partition: neo4j.int(partition) },
      { database: options.database },
    );
    const offset = records.length > 0 ? BigInt(records[0]!.get('offset') as string) : -1n;
    stored.set(key, offset);
    return offset;
  };

  const deadLetter = async (
    batch: IncomingBatch,
    items: { message: IncomingMessage; reason: string }[],
  ) => {
    if (items.length === 0) return;
    await bus.publish(
      TOPIC.deadLetter,
      items.map(({ message, reason }) => ({
        key: message.key?.toString() ?? '',
        value: message.value ?? Buffer.alloc(0),
        headers: {
          'x-reason': reason,
          'x-original-topic': batch.topic,
          'x-original-partition': String(batch.partition),
          'x-original-offset': message.offset,
          'x-projector': instance,
        },
      })),
    );
    for (const item of items)
      log.warn(
        {
          topic: batch.topic,
          partition: batch.partition,
          offset: item.message.offset,
          reason: item.reason,
        },
        'event sent to dead-letter topic',
      );
  };

  /** When a batch cannot be written as a whole: one transaction per event, so only the culprit is set aside. */
  const applyOneByOne = async (
    batch: IncomingBatch,
    events: { event: EventEnvelope; message: IncomingMessage }[],
    invalid: Rejection[],
  ) => {
    const source = { topic: batch.topic, partition: batch.partition };
    type Result = Awaited<ReturnType<typeof applyBatch>>;
    // Every rejection is recorded before any later offset is stored, so a crash part-way through
    // cannot skip past an event whose outcome was never written.
    const outcomes: Outcome[] = (
      await write<Result>((tx) => applyBatch(tx, handlers, [], invalid, []))
    ).outcomes;
    for (const { event, message } of events) {
      const position = [{ ...source, lastOffset: message.offset }];
      try {
        outcomes.push(
          ...(
            await write<Result>((tx) => applyBatch(tx, handlers, [{ event, source }], [], position))
          ).outcomes,
        );
      } catch (error) {
        if (!isEventFault(error)) throw error;
        const rejection = refusalOf(error, event, source);
        if (!isConflict(error)) {
          await deadLetter(batch, [
            { message, reason: `Neo4j refused the write: ${rejection.message}` },
          ]);
        }
        outcomes.push(
          ...(await write<Result>((tx) => applyBatch(tx, handlers, [], [rejection], position)))
            .outcomes,
        );
      }
    }
    const last = batch.messages[batch.messages.length - 1]!.offset;
    await write<Result>((tx) =>
      applyBatch(tx, handlers, [], [], [{ ...source, lastOffset: last }]),
    );
    return outcomes;
  };

  const handleBatch = async (batch: IncomingBatch) => {
    const started = performance.now();
    const after = await storedOffset(batch.topic, batch.partition);
    const pending = batch.messages.filter((m) => BigInt(m.offset) > after);
    const report = {
      topic: batch.topic,
      partition: batch.partition,
      lastOffset: batch.messages[batch.messages.length - 1]!.offset,
    };
    if (pending.length === 0) {
      options.onBatch?.({
        ...report,
        skipped: batch.messages.length,
        projected: 0,
        rejected: 0,
        duplicates: 0,
        deadLettered: 0,
      });
      return;
    }

    const source = { topic: batch.topic, partition: batch.partition };
    const valid: { event: EventEnvelope; message: IncomingMessage }[] = [];
    const invalid: Rejection[] = [];
    const poison: { message: IncomingMessage; reason: string }[] = [];
    for (const message of pending) {
      const decoded = decodeMessage(message.value, source);
      if (decoded.ok) {
        valid.push({ event: decoded.event, message });
        continue;
      }
      poison.push({ message, reason: decoded.reason });
      if (decoded.rejection) invalid.push(decoded.rejection);
    }
    await deadLetter(batch, poison);

    const lastOffset = pending[pending.length - 1]!.offset;
    let outcomes: Outcome[];
    let duplicates = 0;
    try {
      const result = await write<Awaited<ReturnType<typeof applyBatch>>>((tx) =>
        applyBatch(
          tx,
          handlers,
          valid.map((v) => ({ event: v.event, source })),
          invalid,
          [{ ...source, lastOffset }],
        ),
      );
      outcomes = result.outcomes;
      duplicates = result.duplicates;
    } catch (error) {
      if (!isEventFault(error)) throw error;
      log.warn(
        { err: error, topic: batch.topic, partition: batch.partition },
        'batch refused as a whole; applying its events one by one',
      );
      outcomes = await applyOneByOne({ ...batch, messages: pending }, valid, invalid);
    }
    stored.set(`${batch.topic}/${batch.partition}`, BigInt(lastOffset));

    if (outcomes.length > 0) {
      await bus.publish(
        TOPIC.outcomes,
        outcomes.map((o) => ({ key: o.eventId, value: JSON.stringify(o) })),
      );
    }
    const done: BatchReport = {
      ...report,
      skipped: batch.messages.length - pending.length,
      projected: pending.length,
      rejected: outcomes.filter((o) => o.status === 'REJECTED').length,
      duplicates,
      deadLettered: poison.length,
    };
    log.info({ ...done, ms: Math.round(performance.now() - started) }, 'batch projected');
    options.onBatch?.(done);
  };

  let resolveJoined: () => void = () => undefined;
  const joined = new Promise<void>((resolve) => {
    resolveJoined = resolve;
  });
  const subscription = await bus.consume({
    groupId: options.group,
    topics: options.topics ?? CORE_TOPICS,
    fromBeginning: true,
    onJoin: () => resolveJoined(),
    eachBatch: (batch) => handleBatch(batch),
  });

  return {
    joined,
    async stop() {
      await subscription.stop();
    },
  };
}
