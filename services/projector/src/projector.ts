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
 * A handler that throws (a rule that cannot decide on its input) refuses its event alone: the event
 * is dead-lettered with the reason and the rest apply, instead of the fetch being redelivered forever.
 *
 * When Neo4j is unavailable (stopped, restarting, connection lost) the transaction is tried again
 * with backoff, heartbeating the group meanwhile, until it succeeds or the projector is stopped.
 */
import { randomUUID } from 'node:crypto';
import type { EventEnvelope, Outcome } from '@chainlift/domain';
import {
  CORE_TOPICS,
  TOPIC,
  consumerSpan,
  headersOfSpan,
  linkedSpan,
  withSpan,
  type BatchContext,
  type Driver,
  type EventBus,
  type IncomingBatch,
  type IncomingMessage,
  type Logger,
  type Span,
} from '@chainlift/platform';
import type { ManagedTransaction } from 'neo4j-driver';
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
import { isConflict, isEventFault, refusalOf } from './refusals';
import { HANDLERS } from './handlers';
import type { AnyHandler } from './handlers/handler';
import { deadLetters, type DeadLetter, type Located } from './run/dead-letters';
import { keyOf, storedOffsets } from './run/offsets';
import { countTransaction } from './run/metrics';
import { reportOf, type BatchReport } from './run/report';
import { transactionRunner } from './run/transactions';

export type { BatchReport } from './run/report';

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

/** A part's messages decoded: events to apply, rejections to record, messages for the dead letters. */
interface Decoded {
  part: Part;
  source: Source;
  valid: { event: EventEnvelope; message: IncomingMessage }[];
  invalid: Rejection[];
  poison: DeadLetter[];
}

const lastOffsetOf = (batch: { messages: IncomingMessage[] }) =>
  batch.messages[batch.messages.length - 1]!.offset;

export interface Projector {
  /** Resolves once the consumer joined its group. */
  joined: Promise<void>;
  /** Whether the Kafka consumer has joined and still runs (the projector's readiness). */
  health(): { ok: boolean; detail?: string };
  stop(): Promise<void>;
}

/** Transactions of up to this many events (the bench's batch size sweep: 500–2,000 are alike). */
const MAX_EVENTS_PER_TRANSACTION = 1_000;

/** How often a batch in progress tells the group coordinator this consumer is alive (ms). */
const HEARTBEAT_MS = 3_000;

type Rejected = Extract<Outcome, { status: 'REJECTED' }>;

/** Outcomes of events in hand rejected because they name something that does not exist. */
const unknownReferences = (outcomes: Outcome[], messageOf: ReadonlyMap<string, Located>) =>
  outcomes.filter(
    (o): o is Rejected =>
      o.status === 'REJECTED' && o.code === 'NOT_FOUND' && messageOf.has(o.eventId),
  );

/** What a transaction's result sends to the dead letters: unknown references and rules that threw. */
const deadLettersOf = (
  result: BatchResult,
  messageOf: ReadonlyMap<string, Located>,
): DeadLetter[] => [
  ...unknownReferences(result.outcomes, messageOf).map((o) => ({
    ...messageOf.get(o.eventId)!,
    reason: `unknown reference: ${o.message}`,
    code: 'NOT_FOUND',
    eventId: o.eventId,
  })),
  ...(result.faults ?? [])
    .filter((f) => messageOf.has(f.eventId))
    .map((f) => ({
      ...messageOf.get(f.eventId)!,
      reason: f.reason,
      code: 'BAD_USER_INPUT',
      eventId: f.eventId,
    })),
];

export async function startProjector(options: ProjectorOptions): Promise<Projector> {
  const { bus, log } = options;
  const handlers = options.handlers ?? HANDLERS;
  const limits: DecodeLimits | undefined =
    options.maxEventBytes === undefined ? undefined : { maxEventBytes: options.maxEventBytes };
  const maxEventsPerTransaction = options.maxEventsPerTransaction ?? MAX_EVENTS_PER_TRANSACTION;
  const runner = transactionRunner({
    driver: options.driver,
    database: options.database,
    log,
    retry: options.retry ?? { initialMs: 250, maxMs: 5_000 },
  });
  const { write, untilNeo4jAnswers, lastBookmarks } = runner;
  const offsets = storedOffsets(runner);
  const deadLetter = deadLetters({ bus, log, instance: randomUUID().slice(0, 8) });

  /**
   * applyBatch, and before its transaction commits, a dead letter for each event rejected because
   * it names something that does not exist (NOT_FOUND) or because its rule threw: its outcome says
   * so too, but an integrator watching the dead-letter topic sees it with the original bytes.
   */
  const apply = (
    tx: ManagedTransaction,
    messageOf: ReadonlyMap<string, Located>,
    items: SourcedEvent[],
    invalid: Rejection[],
    positions: Position[],
  ): Promise<BatchResult> =>
    applyBatch(tx, handlers, items, invalid, positions).then(async (result) => {
      await deadLetter(deadLettersOf(result, messageOf));
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
    const faults: NonNullable<BatchResult['faults']> = [];
    for (const { event, message } of input.valid) {
      const position = [{ ...source, lastOffset: message.offset }];
      try {
        const result = await write((tx) => apply(tx, messageOf, [{ event, source }], [], position));
        outcomes.push(...result.outcomes);
        faults.push(...(result.faults ?? []));
        duplicates += result.duplicates;
      } catch (error) {
        if (!isEventFault(error)) throw error;
        const rejection = refusalOf(error, event, source);
        if (!isConflict(error)) {
          const reason = `${error instanceof Error && error.name === 'HandlerFault' ? '' : 'Neo4j refused the write: '}${rejection.message}`;
          await deadLetter([{ message, source, reason, eventId: event.id }]);
          faults.push({ eventId: event.id, reason });
        }
        outcomes.push(
          ...(await write((tx) => applyBatch(tx, handlers, [], [rejection], position))).outcomes,
        );
      }
    }
    await write((tx) =>
      applyBatch(tx, handlers, [], [], [{ ...source, lastOffset: lastOffsetOf(input.part) }]),
    );
    return { outcomes, duplicates, faults };
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
   * refuses it because of an event (or a handler throws on one), each partition is tried on its own,
   * and a partition refused on its own is applied event by event.
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
            faults: results.flatMap((r) => r.faults ?? []),
          };
        }
        log.warn(
          { err: error, topic: inputs[0]!.source.topic, partition: inputs[0]!.source.partition },
          'batch refused as a whole; applying its events one by one',
        );
        return applyOneByOne(inputs[0]!, messageOf);
      }
    });

  /**
   * One span per event, the child of the trace its message carries (the writing request's). The
   * transaction runs in that trace when all its events share one (a lone write: every log line
   * carries its trace id); otherwise in a span linked to all of them, its log lines listing them.
   */
  const traceTransaction = (inputs: Decoded[]) => {
    const spans = new Map<string, Span>();
    for (const input of inputs)
      for (const { event, message } of input.valid)
        if (!spans.has(event.id))
          spans.set(
            event.id,
            consumerSpan(`apply ${event.type}`, message.headers, {
              'messaging.system': 'kafka',
              'messaging.destination.name': input.source.topic,
              'messaging.destination.partition.id': String(input.source.partition),
              'messaging.kafka.offset': Number(message.offset),
              'chainlift.event.id': event.id,
              'chainlift.event.type': event.type,
            }),
          );
    const all = [...spans.values()];
    const traceIds = [...new Set(all.map((s) => s.spanContext().traceId))];
    const shared = traceIds.length === 1 ? undefined : linkedSpan('project transaction', all);
    return {
      spans,
      traceIds,
      run: <T>(work: () => Promise<T>) => {
        const active = shared ?? all[0];
        return active ? withSpan(active, work) : work();
      },
      end(outcomes: Outcome[]) {
        for (const o of outcomes) spans.get(o.eventId)?.setAttribute('chainlift.outcome', o.status);
        for (const span of all) span.end();
        shared?.end();
      },
    };
  };

  /** Parts of one fetch (none applied before, see planTransactions): one transaction. */
  const handleTransaction = async (
    parts: Part[],
    sending: { outcomes: Promise<void> },
    ctx?: BatchContext,
  ) => {
    const inputs = parts.map(decode);
    const traced = traceTransaction(inputs);
    let outcomes: Outcome[] = [];
    try {
      outcomes = await traced.run(() => projectTransaction(parts, inputs, traced, sending, ctx));
    } finally {
      traced.end(outcomes);
    }
  };

  const projectTransaction = async (
    parts: Part[],
    inputs: Decoded[],
    traced: ReturnType<typeof traceTransaction>,
    sending: { outcomes: Promise<void> },
    ctx?: BatchContext,
  ): Promise<Outcome[]> => {
    const started = performance.now();
    const messageOf = new Map<string, Located>();
    for (const input of inputs)
      for (const { event, message } of input.valid)
        if (!messageOf.has(event.id)) messageOf.set(event.id, { message, source: input.source });
    await deadLetter(inputs.flatMap((i) => i.poison));

    const result = await applyParts(inputs, messageOf, ctx);
    const { duplicates } = result;
    // An applied outcome carries the commit's bookmarks: the gateway's reads after the write wait for them.
    const bookmarks = lastBookmarks();
    const outcomes = result.outcomes.map((o) =>
      o.status === 'APPLIED' && bookmarks.length > 0 ? { ...o, bookmarks } : o,
    );
    for (const part of parts) offsets.remember(part, BigInt(lastOffsetOf(part)));

    if (outcomes.length > 0) {
      // Sent while the next transaction runs; the fetch's Kafka offsets are committed only after.
      // Each outcome continues its event's trace back to the gateway.
      const messages = outcomes.map((o) => {
        const span = traced.spans.get(o.eventId);
        return {
          key: o.eventId,
          value: JSON.stringify(o),
          ...(span ? { headers: headersOfSpan(span) } : {}),
        };
      });
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
          unknownReferences(outcomes, messageOf).length +
          new Set((result.faults ?? []).map((f) => f.eventId)).size,
      },
    );
    const ms = performance.now() - started;
    countTransaction({
      seconds: ms / 1000,
      events: parts.reduce((n, p) => n + p.messages.length, 0),
      outcomes,
      typeOf: new Map(inputs.flatMap((i) => i.valid.map((v) => [v.event.id, v.event.type]))),
      deadLetters: [...inputs.flatMap((i) => i.poison), ...deadLettersOf(result, messageOf)],
    });
    log.info(
      {
        ...done,
        ms: Math.round(ms),
        ...(traced.traceIds.length > 1 ? { trace_ids: traced.traceIds } : {}),
      },
      'batch projected',
    );
    options.onBatch?.(done);
    return outcomes;
  };

  /**
   * The batches of one fetch: what the stored offsets say is applied is skipped; the rest goes
   * in as few transactions as maxEventsPerTransaction allows, topics in dependency order.
   */
  const handleFetch = async (batches: IncomingBatch[], ctx?: BatchContext) => {
    const ordered = inTopicOrder(batches, CORE_TOPICS);
    const storedFor = await untilNeo4jAnswers({ partitions: ordered.length }, ctx, () =>
      offsets.of(ordered),
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
  let state: { ok: boolean; detail: string } = { ok: false, detail: 'not joined its group yet' };
  const subscription = await bus.consume({
    groupId: options.group,
    topics: options.topics ?? CORE_TOPICS,
    fromBeginning: true,
    onFatal: (error) => {
      state = { ok: false, detail: `the Kafka consumer stopped: ${error.message}` };
      options.onFatal?.(error);
    },
    onJoin: () => {
      offsets.forget();
      state = { ok: true, detail: `member of ${options.group}` };
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
    health: () => state,
    async stop() {
      state = { ok: false, detail: 'stopping' };
      await subscription.stop();
    },
  };
}
