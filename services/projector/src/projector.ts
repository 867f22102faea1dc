/**
 * The projector: the only writer to Neo4j. A member of a Kafka consumer group over the core
 * topics; several processes in the same group share the partitions.
 *
 * Per fetch (the batches of every partition that had new messages, handed over together by the
 * bus): skip what the stored offsets say is applied; send invalid messages (malformed, against
 * their contract, above MAX_EVENT_BYTES) to the dead-letter topic (before the Neo4j commit, so
 * none is lost); apply the rest in as few transactions as possible (plan-transactions.ts), each
 * also recording event ids and the offset of every partition it covers — events naming something
 * that does not exist are rejected there and dead-lettered too, before that transaction commits;
 * publish outcomes; then the bus commits the Kafka offsets. A crash anywhere in between re-applies
 * nothing (a dead letter may be sent twice). One transaction per fetch, not per partition: at a
 * steady trickle of events spread over many partitions, a transaction's fixed cost is paid once.
 *
 * When Neo4j is unavailable (stopped, restarting, connection lost) the transaction is tried again
 * with backoff, heartbeating the group meanwhile, until it succeeds or the projector is stopped.
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
  type Source,
  type SourcedEvent,
} from './apply-batch';
import { inTopicOrder, planTransactions, type Part } from './plan-transactions';
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
  /** A fetch is applied in transactions of at most this many events (default 1,000). */
  maxEventsPerTransaction?: number;
  /** Told after every transaction: for progress output, benchmarks and tests. */
  onBatch?: (report: BatchReport) => void;
  /** The Kafka consumer stopped for good: the process should exit so its supervisor restarts it. */
  onFatal?: (error: Error) => void;
}

/** One transaction's work (or, with projected 0, the partitions of a fetch that were all applied before). */
export interface BatchReport {
  partitions: {
    topic: string;
    partition: number;
    lastOffset: string;
    /** Messages at or below the offset stored in Neo4j: applied before, not looked at again. */
    skipped: number;
    projected: number;
  }[];
  skipped: number;
  projected: number;
  rejected: number;
  duplicates: number;
  deadLettered: number;
}

/** A message and the topic-partition it was read from. */
interface Located {
  message: IncomingMessage;
  source: Source;
}

interface DeadLetter extends Located {
  reason: string;
  code?: string;
  eventId?: string;
}

/** A part's messages decoded: events to apply, rejections to record, messages for the dead letters. */
interface Decoded {
  part: Part;
  source: Source;
  valid: { event: EventEnvelope; message: IncomingMessage }[];
  invalid: Rejection[];
  poison: DeadLetter[];
}

const keyOf = (s: Source) => `${s.topic}/${s.partition}`;
const lastOffsetOf = (batch: { messages: IncomingMessage[] }) =>
  batch.messages[batch.messages.length - 1]!.offset;

/** A report over these partitions, its totals summed from them. */
const reportOf = (
  partitions: BatchReport['partitions'],
  counts: Pick<BatchReport, 'rejected' | 'duplicates' | 'deadLettered'>,
): BatchReport => ({
  partitions,
  skipped: partitions.reduce((n, p) => n + p.skipped, 0),
  projected: partitions.reduce((n, p) => n + p.projected, 0),
  ...counts,
});

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
const unknownReferences = (outcomes: Outcome[], messageOf: ReadonlyMap<string, Located>) =>
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
   * heartbeat says the group is rebalancing: the fetch is then not committed and is delivered again.
   */
  const untilNeo4jAnswers = async <T>(
    where: Record<string, unknown>,
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
            ...where,
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

  /** The offset stored in Neo4j for each topic-partition (-1 when none), from the cache or one query. */
  const storedOffsets = async (sources: readonly Source[]): Promise<(source: Source) => bigint> => {
    const missing = sources.filter((s) => !stored.has(keyOf(s)));
    if (missing.length > 0) {
      const { records } = await write((tx) =>
        tx.run(
          `UNWIND $sources AS s
           MATCH (p:ProjectionOffset {topic: s.topic, partition: s.partition})
           RETURN p.topic AS topic, p.partition AS partition, p.offset AS offset`,
          { sources: missing.map((m) => ({ topic: m.topic, partition: neo4j.int(m.partition) })) },
        ),
      );
      for (const m of missing) stored.set(keyOf(m), -1n);
      for (const r of records)
        stored.set(
          keyOf({ topic: r.get('topic') as string, partition: Number(r.get('partition')) }),
          BigInt(r.get('offset') as string),
        );
    }
    return (source) => stored.get(keyOf(source)) ?? -1n;
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

  const deadLetter = async (items: DeadLetter[]) => {
    if (items.length === 0) return;
    await publishDeadLetters(
      items.map(({ message, source, reason, code, eventId }) => ({
        key: message.key?.toString() ?? '',
        value: message.value ?? Buffer.alloc(0),
        headers: {
          'x-reason': reason,
          ...(code ? { 'x-code': code } : {}),
          ...(eventId ? { 'x-event-id': eventId } : {}),
          'x-original-topic': source.topic,
          'x-original-partition': String(source.partition),
          'x-original-offset': message.offset,
          'x-projector': instance,
        },
      })),
    );
    for (const item of items)
      log.warn(
        {
          topic: item.source.topic,
          partition: item.source.partition,
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
    messageOf: ReadonlyMap<string, Located>,
    items: SourcedEvent[],
    invalid: Rejection[],
    positions: Position[],
  ): Promise<BatchResult> =>
    applyBatch(tx, handlers, items, invalid, positions).then(async (result) => {
      await deadLetter(
        unknownReferences(result.outcomes, messageOf).map((o) => ({
          ...messageOf.get(o.eventId)!,
          reason: `unknown reference: ${o.message}`,
          code: 'NOT_FOUND',
          eventId: o.eventId,
        })),
      );
      return result;
    });

  /** When a partition's messages cannot be written as a whole: one transaction per event, so only the culprit is set aside. */
  const applyOneByOne = async (
    input: Decoded,
    messageOf: ReadonlyMap<string, Located>,
  ): Promise<BatchResult> => {
    const { source } = input;
    // Every rejection is recorded before any later offset is stored, so a crash part-way through
    // cannot skip past an event whose outcome was never written.
    const outcomes: Outcome[] = (await write((tx) => apply(tx, messageOf, [], input.invalid, [])))
      .outcomes;
    let duplicates = 0;
    for (const { event, message } of input.valid) {
      const position = [{ ...source, lastOffset: message.offset }];
      try {
        const result = await write((tx) => apply(tx, messageOf, [{ event, source }], [], position));
        outcomes.push(...result.outcomes);
        duplicates += result.duplicates;
      } catch (error) {
        if (!isEventFault(error)) throw error;
        const rejection = refusalOf(error, event, source);
        if (!isConflict(error)) {
          await deadLetter([
            {
              message,
              source,
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
    await write((tx) =>
      applyBatch(tx, handlers, [], [], [{ ...source, lastOffset: lastOffsetOf(input.part) }]),
    );
    return { outcomes, duplicates };
  };

  /** Each message of a part decoded and checked against its contract; what fails goes to the dead letters. */
  const decode = (part: Part): Decoded => {
    const source = { topic: part.topic, partition: part.partition };
    const decoded: Decoded = { part, source, valid: [], invalid: [], poison: [] };
    for (const message of part.messages) {
      const result = decodeMessage(message.value, source, limits);
      if (result.ok) {
        decoded.valid.push({ event: result.event, message });
        continue;
      }
      decoded.poison.push({
        message,
        source,
        reason: result.reason,
        eventId: result.rejection?.eventId,
      });
      if (result.rejection) decoded.invalid.push(result.rejection);
    }
    return decoded;
  };

  /**
   * The parts in one transaction that also records event ids and each partition's offset. If Neo4j
   * refuses it because of an event, each partition is tried on its own, and a partition refused
   * on its own is applied event by event.
   */
  const applyParts = async (
    inputs: Decoded[],
    messageOf: ReadonlyMap<string, Located>,
    ctx?: BatchContext,
  ): Promise<BatchResult> =>
    untilNeo4jAnswers({ partitions: inputs.map((i) => keyOf(i.source)) }, ctx, async () => {
      try {
        return await write((tx) =>
          apply(
            tx,
            messageOf,
            inputs.flatMap((i) =>
              i.valid.map((v) => ({
                event: v.event,
                source: i.source,
                key: v.message.key?.toString(),
              })),
            ),
            inputs.flatMap((i) => i.invalid),
            inputs.map((i) => ({ ...i.source, lastOffset: lastOffsetOf(i.part) })),
          ),
        );
      } catch (error) {
        if (!isEventFault(error)) throw error;
        if (inputs.length > 1) {
          log.warn(
            { err: error, partitions: inputs.map((i) => keyOf(i.source)) },
            'transaction refused as a whole; applying its partitions one at a time',
          );
          const results: BatchResult[] = [];
          for (const input of inputs) results.push(await applyParts([input], messageOf, ctx));
          return {
            outcomes: results.flatMap((r) => r.outcomes),
            duplicates: results.reduce((n, r) => n + r.duplicates, 0),
          };
        }
        log.warn(
          { err: error, topic: inputs[0]!.source.topic, partition: inputs[0]!.source.partition },
          'batch refused as a whole; applying its events one by one',
        );
        return applyOneByOne(inputs[0]!, messageOf);
      }
    });

  /** Parts of one fetch (none applied before, see planTransactions): one transaction. */
  const handleTransaction = async (
    parts: Part[],
    sending: { outcomes: Promise<void> },
    ctx?: BatchContext,
  ) => {
    const started = performance.now();
    const inputs = parts.map(decode);
    const messageOf = new Map<string, Located>();
    for (const input of inputs)
      for (const { event, message } of input.valid)
        if (!messageOf.has(event.id)) messageOf.set(event.id, { message, source: input.source });
    await deadLetter(inputs.flatMap((i) => i.poison));

    const { outcomes, duplicates } = await applyParts(inputs, messageOf, ctx);
    for (const part of parts) stored.set(keyOf(part), BigInt(lastOffsetOf(part)));

    if (outcomes.length > 0) {
      // Sent while the next transaction runs; the fetch's Kafka offsets are committed only after.
      const messages = outcomes.map((o) => ({ key: o.eventId, value: JSON.stringify(o) }));
      sending.outcomes = sending.outcomes.then(() => bus.publish(TOPIC.outcomes, messages));
    }
    const done = reportOf(
      parts.map((p) => ({
        topic: p.topic,
        partition: p.partition,
        lastOffset: lastOffsetOf(p),
        skipped: p.skipped,
        projected: p.messages.length,
      })),
      {
        rejected: outcomes.filter((o) => o.status === 'REJECTED').length,
        duplicates,
        deadLettered:
          inputs.reduce((n, i) => n + i.poison.length, 0) +
          unknownReferences(outcomes, messageOf).length,
      },
    );
    log.info({ ...done, ms: Math.round(performance.now() - started) }, 'batch projected');
    options.onBatch?.(done);
  };

  /**
   * The batches of one fetch: what the stored offsets say is applied is skipped; the rest goes
   * in as few transactions as maxEventsPerTransaction allows, topics in dependency order.
   */
  const handleFetch = async (batches: IncomingBatch[], ctx?: BatchContext) => {
    const ordered = inTopicOrder(batches, CORE_TOPICS);
    const storedFor = await untilNeo4jAnswers({ partitions: ordered.length }, ctx, () =>
      storedOffsets(ordered),
    );
    const parts: Part[] = [];
    const idle: BatchReport['partitions'] = [];
    for (const batch of ordered) {
      const after = storedFor(batch);
      const messages = batch.messages.filter((m) => BigInt(m.offset) > after);
      const skipped = batch.messages.length - messages.length;
      if (messages.length > 0) parts.push({ ...batch, messages, skipped });
      else
        idle.push({
          topic: batch.topic,
          partition: batch.partition,
          lastOffset: lastOffsetOf(batch),
          skipped,
          projected: 0,
        });
    }
    if (idle.length > 0)
      options.onBatch?.(reportOf(idle, { rejected: 0, duplicates: 0, deadLettered: 0 }));
    const sending = { outcomes: Promise.resolve() };
    try {
      for (const transaction of planTransactions(parts, maxEventsPerTransaction))
        await handleTransaction(transaction, sending, ctx);
    } finally {
      await sending.outcomes;
    }
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
    eachFetch: async (batches, ctx) => {
      // kafkajs heartbeats only when asked: keep the group session alive through a long fetch
      // (or a Neo4j outage) so the partitions are not taken away from under it.
      const beat = setInterval(() => void ctx.heartbeat().catch(() => undefined), HEARTBEAT_MS);
      try {
        await handleFetch(batches, ctx);
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
