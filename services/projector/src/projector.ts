/**
 * The projector: the only writer to Neo4j. A member of a Kafka consumer group over the core
 * topics; several processes in the same group share the partitions.
 *
 * Per batch (one topic-partition): skip what the stored offset says is applied; send invalid
 * messages (malformed, against their contract, above MAX_EVENT_BYTES) to the dead-letter topic
 * (before the Neo4j commit, so none is lost); apply the rest in one transaction that also records
 * event ids and the offset — events naming something that does not exist are rejected there and
 * dead-lettered too, before that transaction commits; publish outcomes; then the bus commits the
 * Kafka offset. A crash anywhere in between re-applies nothing (a dead letter may be sent twice).
 *
 * When Neo4j is unavailable (stopped, restarting, connection lost) the batch is tried again with
 * backoff, heartbeating the group meanwhile, until it succeeds or the projector is stopped.
 */
import { randomUUID } from 'node:crypto';
import type { EventEnvelope, Outcome } from '@chainlift/domain';
import {
  CORE_TOPICS,
  TOPIC,
  type BatchContext,
  type Driver,
  type EventBus,
  type IncomingBatch,
  type IncomingMessage,
  type Logger,
  type OutgoingMessage,
} from '@chainlift/platform';
import neo4j, { ManagedTransaction } from 'neo4j-driver';
import {
  applyBatch,
  type BatchResult,
  type Position,
  type Rejection,
  type SourcedEvent,
} from './apply-batch';
import { decodeMessage, type DecodeLimits } from './decode';
import { isConflict, isEventFault, isUnavailable, refusalOf } from './refusals';
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
  /** Messages above this many bytes are dead-lettered (default: MAX_EVENT_BYTES of the configuration). */
  maxEventBytes?: number;
  /** Backoff while Neo4j is unavailable: first and longest wait between attempts (ms). */
  retry?: { initialMs: number; maxMs: number };
  /** A fetched batch is applied in transactions of at most this many events (default 1,000). */
  maxEventsPerTransaction?: number;
  /** Told after every batch: for progress output, benchmarks and tests. */
  onBatch?: (report: BatchReport) => void;
  /** The Kafka consumer stopped for good: the process should exit so its supervisor restarts it. */
  onFatal?: (error: Error) => void;
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

/** How many bytes of dead letters go into one produce request (Kafka limits a request's record batch). */
const DEAD_LETTER_CHUNK_BYTES = 256 * 1024;

/** Transactions of up to this many events (the bench's batch size sweep: 500–2,000 are alike). */
const MAX_EVENTS_PER_TRANSACTION = 1_000;

/** How often a batch in progress tells the group coordinator this consumer is alive (ms). */
const HEARTBEAT_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Kafka refused a message as larger than the topic or broker allows. */
const isTooLarge = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { type?: string; cause?: unknown; originalError?: unknown };
  return (
    e.type === 'MESSAGE_TOO_LARGE' ||
    /too large|MESSAGE_TOO_LARGE/i.test(e.message) ||
    isTooLarge(e.cause) ||
    isTooLarge(e.originalError)
  );
};

type Rejected = Extract<Outcome, { status: 'REJECTED' }>;

/** Outcomes of events in hand rejected because they name something that does not exist. */
const unknownReferences = (outcomes: Outcome[], messageOf: ReadonlyMap<string, IncomingMessage>) =>
  outcomes.filter(
    (o): o is Rejected =>
      o.status === 'REJECTED' && o.code === 'NOT_FOUND' && messageOf.has(o.eventId),
  );

export async function startProjector(options: ProjectorOptions): Promise<Projector> {
  const { driver, bus, log } = options;
  const handlers = options.handlers ?? HANDLERS;
  const limits: DecodeLimits | undefined =
    options.maxEventBytes === undefined ? undefined : { maxEventBytes: options.maxEventBytes };
  const retry = options.retry ?? { initialMs: 250, maxMs: 5_000 };
  const maxEventsPerTransaction = options.maxEventsPerTransaction ?? MAX_EVENTS_PER_TRANSACTION;
  const stored = new Map<string, bigint>();
  const instance = randomUUID().slice(0, 8);

  /**
   * One write transaction. Not the driver's executeWrite: it retries for up to 30 s on its own
   * without a word; here every retry goes through untilNeo4jAnswers (logged, heartbeating, with
   * the same backoff however long Neo4j is away).
   */
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session = driver.session({
      database: options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      const tx = await session.beginTransaction();
      try {
        const result = await work(ManagedTransaction.fromTransaction(tx));
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  };

  /**
   * Runs `work` until it succeeds while Neo4j is unavailable, waiting longer each time (with
   * jitter) and heartbeating the group. Gives up (throws) when the consumer is stopping or the
   * heartbeat says the group is rebalancing: the batch is then not committed and is delivered again.
   */
  const untilNeo4jAnswers = async <T>(
    batch: IncomingBatch,
    ctx: BatchContext | undefined,
    work: () => Promise<T>,
  ): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (!isUnavailable(error) || ctx?.isStopping()) throw error;
        const waitMs = Math.round(
          Math.min(retry.maxMs, retry.initialMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2),
        );
        log.warn(
          {
            topic: batch.topic,
            partition: batch.partition,
            attempt,
            waitMs,
            error: firstLine(error),
            code: (error as { code?: string }).code,
          },
          'Neo4j unavailable or busy; trying the batch again',
        );
        const until = Date.now() + waitMs;
        while (Date.now() < until) {
          await ctx?.heartbeat();
          if (ctx?.isStopping()) throw error;
          await sleep(Math.min(1_000, until - Date.now()));
        }
      }
    }
  };

  const storedOffset = async (topic: string, partition: number): Promise<bigint> => {
    const key = `${topic}/${partition}`;
    const cached = stored.get(key);
    if (cached !== undefined) return cached;
    const { records } = await write((tx) =>
      tx.run(
        'MATCH (p:ProjectionOffset {topic: $topic, partition: $partition}) RETURN p.offset AS offset',
        { topic, partition: neo4j.int(partition) },
      ),
    );
    const offset = records.length > 0 ? BigInt(records[0]!.get('offset') as string) : -1n;
    stored.set(key, offset);
    return offset;
  };

  /** Publishes in requests of bounded size; a message Kafka finds too large goes with its first bytes only. */
  const publishDeadLetters = async (messages: OutgoingMessage[]) => {
    const chunks: OutgoingMessage[][] = [];
    let bytes = 0;
    for (const m of messages) {
      const size = m.value.length;
      if (chunks.length === 0 || bytes + size > DEAD_LETTER_CHUNK_BYTES) {
        chunks.push([]);
        bytes = 0;
      }
      chunks[chunks.length - 1]!.push(m);
      bytes += size;
    }
    for (const chunk of chunks) {
      try {
        await bus.publish(TOPIC.deadLetter, chunk);
      } catch (error) {
        if (!isTooLarge(error) || chunk.length !== 1) throw error;
        const [m] = chunk as [OutgoingMessage];
        const value = Buffer.from(m.value);
        const keep = Math.min(value.length, 64 * 1024);
        await bus.publish(TOPIC.deadLetter, [
          {
            ...m,
            value: value.subarray(0, keep),
            headers: {
              ...m.headers,
              'x-truncated': 'true',
              'x-original-bytes': String(value.length),
            },
          },
        ]);
      }
    }
  };

  const deadLetter = async (
    batch: IncomingBatch,
    items: { message: IncomingMessage; reason: string; code?: string; eventId?: string }[],
  ) => {
    if (items.length === 0) return;
    await publishDeadLetters(
      items.map(({ message, reason, code, eventId }) => ({
        key: message.key?.toString() ?? '',
        value: message.value ?? Buffer.alloc(0),
        headers: {
          'x-reason': reason,
          ...(code ? { 'x-code': code } : {}),
          ...(eventId ? { 'x-event-id': eventId } : {}),
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

  /**
   * applyBatch, and before its transaction commits, a dead letter for each event rejected because
   * it names something that does not exist (NOT_FOUND): its outcome says so too, but an integrator
   * watching the dead-letter topic sees it with the original bytes.
   */
  const apply = (
    tx: ManagedTransaction,
    batch: IncomingBatch,
    messageOf: ReadonlyMap<string, IncomingMessage>,
    items: SourcedEvent[],
    invalid: Rejection[],
    positions: Position[],
  ): Promise<BatchResult> =>
    applyBatch(tx, handlers, items, invalid, positions).then(async (result) => {
      await deadLetter(
        batch,
        unknownReferences(result.outcomes, messageOf).map((o) => ({
          message: messageOf.get(o.eventId)!,
          reason: `unknown reference: ${o.message}`,
          code: 'NOT_FOUND',
          eventId: o.eventId,
        })),
      );
      return result;
    });

  /** When a batch cannot be written as a whole: one transaction per event, so only the culprit is set aside. */
  const applyOneByOne = async (
    batch: IncomingBatch,
    events: { event: EventEnvelope; message: IncomingMessage }[],
    invalid: Rejection[],
    messageOf: ReadonlyMap<string, IncomingMessage>,
  ) => {
    const source = { topic: batch.topic, partition: batch.partition };
    // Every rejection is recorded before any later offset is stored, so a crash part-way through
    // cannot skip past an event whose outcome was never written.
    const outcomes: Outcome[] = (await write((tx) => apply(tx, batch, messageOf, [], invalid, [])))
      .outcomes;
    for (const { event, message } of events) {
      const position = [{ ...source, lastOffset: message.offset }];
      try {
        outcomes.push(
          ...(await write((tx) => apply(tx, batch, messageOf, [{ event, source }], [], position)))
            .outcomes,
        );
      } catch (error) {
        if (!isEventFault(error)) throw error;
        const rejection = refusalOf(error, event, source);
        if (!isConflict(error)) {
          await deadLetter(batch, [
            {
              message,
              reason: `Neo4j refused the write: ${rejection.message}`,
              eventId: event.id,
            },
          ]);
        }
        outcomes.push(
          ...(await write((tx) => applyBatch(tx, handlers, [], [rejection], position))).outcomes,
        );
      }
    }
    const last = batch.messages[batch.messages.length - 1]!.offset;
    await write((tx) => applyBatch(tx, handlers, [], [], [{ ...source, lastOffset: last }]));
    return outcomes;
  };

  const handleBatch = async (batch: IncomingBatch, ctx?: BatchContext) => {
    const after = await untilNeo4jAnswers(batch, ctx, () =>
      storedOffset(batch.topic, batch.partition),
    );
    const pending = batch.messages.filter((m) => BigInt(m.offset) > after);
    if (pending.length === 0) {
      options.onBatch?.({
        topic: batch.topic,
        partition: batch.partition,
        lastOffset: batch.messages[batch.messages.length - 1]!.offset,
        skipped: batch.messages.length,
        projected: 0,
        rejected: 0,
        duplicates: 0,
        deadLettered: 0,
      });
      return;
    }
    // A large fetch (a backlog) goes in transactions of at most maxEventsPerTransaction: Neo4j
    // slows down on very large transactions, and a retry or a crash then repeats less.
    const sending = { outcomes: Promise.resolve() };
    try {
      for (let start = 0; start < pending.length; start += maxEventsPerTransaction) {
        await handleChunk(
          batch,
          pending.slice(start, start + maxEventsPerTransaction),
          start === 0 ? batch.messages.length - pending.length : 0,
          sending,
          ctx,
        );
      }
    } finally {
      await sending.outcomes;
    }
  };

  /** Messages of one partition in offset order, none applied before: one transaction. */
  const handleChunk = async (
    batch: IncomingBatch,
    pending: IncomingMessage[],
    skipped: number,
    sending: { outcomes: Promise<void> },
    ctx?: BatchContext,
  ) => {
    const started = performance.now();
    const report = {
      topic: batch.topic,
      partition: batch.partition,
      lastOffset: pending[pending.length - 1]!.offset,
    };

    const source = { topic: batch.topic, partition: batch.partition };
    const valid: { event: EventEnvelope; message: IncomingMessage }[] = [];
    const invalid: Rejection[] = [];
    const poison: { message: IncomingMessage; reason: string; eventId?: string }[] = [];
    const messageOf = new Map<string, IncomingMessage>();
    for (const message of pending) {
      const decoded = decodeMessage(message.value, source, limits);
      if (decoded.ok) {
        valid.push({ event: decoded.event, message });
        if (!messageOf.has(decoded.event.id)) messageOf.set(decoded.event.id, message);
        continue;
      }
      poison.push({ message, reason: decoded.reason, eventId: decoded.rejection?.eventId });
      if (decoded.rejection) invalid.push(decoded.rejection);
    }
    await deadLetter(batch, poison);

    const lastOffset = pending[pending.length - 1]!.offset;
    let duplicates = 0;
    const outcomes = await untilNeo4jAnswers(batch, ctx, async () => {
      try {
        const result = await write((tx) =>
          apply(
            tx,
            batch,
            messageOf,
            valid.map((v) => ({ event: v.event, source, key: v.message.key?.toString() })),
            invalid,
            [{ ...source, lastOffset }],
          ),
        );
        duplicates = result.duplicates;
        return result.outcomes;
      } catch (error) {
        if (!isEventFault(error)) throw error;
        log.warn(
          { err: error, topic: batch.topic, partition: batch.partition },
          'batch refused as a whole; applying its events one by one',
        );
        return applyOneByOne({ ...batch, messages: pending }, valid, invalid, messageOf);
      }
    });
    stored.set(`${batch.topic}/${batch.partition}`, BigInt(lastOffset));

    if (outcomes.length > 0) {
      // Sent while the next transaction runs; the batch's Kafka offset is committed only after.
      const messages = outcomes.map((o) => ({ key: o.eventId, value: JSON.stringify(o) }));
      sending.outcomes = sending.outcomes.then(() => bus.publish(TOPIC.outcomes, messages));
    }
    const done: BatchReport = {
      ...report,
      skipped,
      projected: pending.length,
      rejected: outcomes.filter((o) => o.status === 'REJECTED').length,
      duplicates,
      deadLettered: poison.length + unknownReferences(outcomes, messageOf).length,
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
    onFatal: options.onFatal,
    onJoin: () => {
      // Partitions may have moved: another projector may have advanced their stored offsets.
      stored.clear();
      resolveJoined();
    },
    eachBatch: async (batch, ctx) => {
      // kafkajs heartbeats only when asked: keep the group session alive through a long batch
      // (or a Neo4j outage) so the partition is not taken away from under it.
      const beat = setInterval(() => void ctx.heartbeat().catch(() => undefined), HEARTBEAT_MS);
      try {
        await handleBatch(batch, ctx);
      } finally {
        clearInterval(beat);
      }
    },
  });

  return {
    joined,
    async stop() {
      await subscription.stop();
    },
  };
}
