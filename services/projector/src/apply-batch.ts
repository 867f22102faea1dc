/**
 * Applies decoded events inside one write transaction:
 *   1. events whose id is already recorded are not applied again (their stored outcome is repeated);
 *   2. events are regrouped into runs of one type, each key's events kept in order (runs-by-type.ts):
 *      per run one load, a pure decision per event, one write;
 *   3. every event's outcome is recorded as an (:Event) node, with the topic-partition it came from;
 *   4. each partition's last applied offset is stored, so a restart resumes exactly there.
 * The live projector passes the partitions of one fetch, topics in dependency order; a rebuild
 * passes time-ordered chunks. Either way events are only regrouped within a stretch of one topic,
 * since events of different topics may depend on each other (an order names its companies).
 */
import { refsOf, type EventEnvelope, type Outcome } from '@chainlift/domain';
import { TOPIC } from '@chainlift/platform';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { AnyHandler } from './handlers/handler';
import { runsByType } from './runs-by-type';

/** Where a message was read: recorded on its (:Event) node. */
export interface Source {
  topic: string;
  partition: number;
}

export interface Position extends Source {
  /** The last offset consumed in this partition (applied or skipped), as a decimal string. */
  lastOffset: string;
}

export interface SourcedEvent {
  event: EventEnvelope;
  source: Source;
  /** The Kafka message key: Kafka orders events per key, so events of different keys may be regrouped. Without one, events keep their order. */
  key?: string;
}

/** A message that failed validation but whose event id could be read: its sender still gets an answer. */
export interface Rejection {
  eventId: string;
  type: string;
  code: string;
  message: string;
  source: Source;
}

export interface BatchResult {
  outcomes: Outcome[];
  /** How many events were recognised as already applied. */
  duplicates: number;
  /** Events refused because their rule threw instead of deciding (a bug or an input it cannot handle): dead-lettered too. */
  faults?: { eventId: string; reason: string }[];
}

/**
 * A handler's load, evolve or write threw something other than a Neo4j error: the events of the run
 * are at fault, not Neo4j's availability. The projector then narrows down to the culprit and
 * dead-letters it, instead of redelivering the fetch forever.
 */
export class HandlerFault extends Error {
  constructor(
    readonly type: string,
    override readonly cause: unknown,
  ) {
    super(
      `${type} handler failed: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`,
    );
    this.name = 'HandlerFault';
  }
}

const isNeo4jError = (error: unknown) => error instanceof Neo4jError;

/** Runs one handler step; an error that is not Neo4j's becomes a HandlerFault. */
async function step<T>(type: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isNeo4jError(error) || error instanceof HandlerFault) throw error;
    throw new HandlerFault(type, error);
  }
}

interface EventRecord {
  id: string;
  type: string;
  status: string;
  code: string | null;
  message: string | null;
  field: string | null;
  topic: string;
  partition: number;
}

const outcomeOf = (
  row: Pick<EventRecord, 'id' | 'status' | 'code' | 'message' | 'field'>,
): Outcome =>
  row.status === 'APPLIED'
    ? { eventId: row.id, status: 'APPLIED' }
    : {
        eventId: row.id,
        status: 'REJECTED',
        code: row.code ?? 'BAD_USER_INPUT',
        message: row.message ?? '',
        ...(row.field ? { field: row.field } : {}),
      };

export async function applyBatch(
  tx: ManagedTransaction,
  handlers: ReadonlyMap<string, AnyHandler>,
  items: SourcedEvent[],
  invalid: Rejection[],
  positions: Position[],
): Promise<BatchResult> {
  const ids = [...items.map((i) => i.event.id), ...invalid.map((r) => r.eventId)];
  const known = await tx.run(
    `UNWIND $ids AS id MATCH (e:Event {id: id})
     RETURN e.id AS id, e.status AS status, e.code AS code, e.message AS message, e.field AS field`,
    { ids },
  );
  const previous = new Map<string, Outcome>(
    known.records.map((r) => [r.get('id') as string, outcomeOf(r.toObject() as EventRecord)]),
  );

  const outcomes: Outcome[] = [];
  const faults: { eventId: string; reason: string }[] = [];
  const records: EventRecord[] = [];
  const seen = new Set<string>();
  const sourceOf = new Map<string, Source>();
  const record = (outcome: Outcome, type: string, source: Source) => {
    outcomes.push(outcome);
    const rejected = outcome.status === 'REJECTED';
    records.push({
      id: outcome.eventId,
      type,
      status: outcome.status,
      code: rejected ? outcome.code : null,
      message: rejected ? outcome.message : null,
      field: rejected ? (outcome.field ?? null) : null,
      topic: source.topic,
      partition: source.partition,
    });
  };

  let duplicates = 0;
  const fresh: SourcedEvent[] = [];
  for (const item of items) {
    const { event, source } = item;
    const before = previous.get(event.id);
    if (before || seen.has(event.id)) {
      // Applied by an earlier batch (repeat its outcome), or twice in this one (the first counts).
      duplicates += 1;
      if (before) outcomes.push(before);
      continue;
    }
    seen.add(event.id);
    sourceOf.set(event.id, source);
    fresh.push(item);
  }

  for (const run of runsToApply(fresh)) {
    const handler = handlers.get(run[0]!.type);
    if (!handler) {
      for (const e of run) {
        record(
          {
            eventId: e.id,
            status: 'REJECTED',
            code: 'BAD_USER_INPUT',
            message: `no projection for event type ${e.type}`,
          },
          e.type,
          sourceOf.get(e.id)!,
        );
      }
      continue;
    }
    const type = run[0]!.type;
    let state: unknown = await step(type, () => handler.load(tx, run));
    const accepted: EventEnvelope[] = [];
    for (const event of run) {
      let decision: ReturnType<AnyHandler['decide']>;
      try {
        decision = handler.decide(state, event);
      } catch (error) {
        // A rule that throws refuses its event alone; the rest of the run still applies.
        const reason = `the rule for ${event.type} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
        faults.push({ eventId: event.id, reason });
        decision = {
          ok: false,
          error: { code: 'BAD_USER_INPUT', message: `could not be applied: ${reason}` },
        };
      }
      if (decision.ok) {
        state = await step(type, () => handler.evolve(state, event));
        accepted.push(event);
        const refs = { ...refsOf(event.payload), ...handler.refs?.(state, event) };
        record(
          { eventId: event.id, status: 'APPLIED', type: event.type, refs },
          event.type,
          sourceOf.get(event.id)!,
        );
      } else {
        const { code, message, field } = decision.error;
        record(
          { eventId: event.id, status: 'REJECTED', code, message, ...(field ? { field } : {}) },
          event.type,
          sourceOf.get(event.id)!,
        );
      }
    }
    if (accepted.length > 0) await step(type, () => handler.write(tx, accepted, state));
  }

  for (const r of invalid) {
    if (previous.has(r.eventId) || seen.has(r.eventId)) continue;
    seen.add(r.eventId);
    record(
      { eventId: r.eventId, status: 'REJECTED', code: r.code, message: r.message },
      r.type,
      r.source,
    );
  }

  await tx.run(
    `UNWIND $records AS r
     CREATE (:Event {id: r.id, type: r.type, status: r.status, code: r.code, message: r.message, field: r.field,
                     topic: r.topic, partition: toInteger(r.partition), at: datetime()})`,
    { records },
  );
  await tx.run(
    `UNWIND $positions AS p
     MERGE (o:ProjectionOffset {topic: p.topic, partition: toInteger(p.partition)})
     SET o.offset = p.lastOffset, o.updatedAt = datetime()`,
    { positions },
  );
  return { outcomes, duplicates, faults };
}

/**
 * Topics applied in their log's exact order, never regrouped: their events are keyed by different
 * things that depend on each other (a company is registered under its USCC, its users under its
 * id; a chain's invitations under the chain, supply links under the buyer). Few events: nothing
 * to gain from regrouping them.
 */
export const TOPICS_IN_LOG_ORDER: ReadonlySet<string> = new Set([TOPIC.masterdata, TOPIC.chains]);

/**
 * Runs of one type in the order they can be applied: regrouped per stretch of one topic (unless
 * the topic is applied in log order: then each run is a row of one type as it came).
 */
export function runsToApply(items: SourcedEvent[]): EventEnvelope[][] {
  const runs: EventEnvelope[][] = [];
  for (const stretch of runsOf(items, (i) => i.source.topic)) {
    const planned = TOPICS_IN_LOG_ORDER.has(stretch[0]!.source.topic)
      ? runsOf(stretch, (i) => i.event.type)
      : runsByType(stretch, { keyOf: (i) => i.key ?? '', typeOf: (i) => i.event.type });
    for (const run of planned) runs.push(run.map((i) => i.event));
  }
  return runs;
}

/** Maximal runs of consecutive items with the same `by`, in order. */
function runsOf<T>(items: T[], by: (item: T) => string): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && by(last[0]!) === by(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
