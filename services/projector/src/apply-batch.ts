/**
 * Applies the decoded events of one topic-partition batch inside one write transaction:
 *   1. events whose id is already recorded are not applied again (their stored outcome is repeated);
 *   2. runs of consecutive same-type events: one load, a pure decision per event, one write;
 *   3. every event's outcome is recorded as an (:Event) node;
 *   4. the partition's last applied offset is stored, so a restart resumes exactly here.
 */
import type { EventEnvelope, Outcome } from '@chainlift/domain';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { AnyHandler } from './handlers/handler';

export interface Position {
  topic: string;
  partition: number;
  /** The last offset of the batch (applied or skipped), as a decimal string. */
  lastOffset: string;
}

export interface Rejection {
  eventId: string;
  type: string;
  code: string;
  message: string;
}

export interface BatchResult {
  outcomes: Outcome[];
  /** How many events were recognised as already applied. */
  duplicates: number;
}

const outcomeOf = (row: {
  id: string;
  status: string;
  code: string | null;
  message: string | null;
  field: string | null;
}): Outcome =>
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
  events: EventEnvelope[],
  invalid: Rejection[],
  position: Position,
): Promise<BatchResult> {
  const ids = [...events.map((e) => e.id), ...invalid.map((r) => r.eventId)];
  const known = await tx.run(
    `UNWIND $ids AS id MATCH (e:Event {id: id})
     RETURN e.id AS id, e.status AS status, e.code AS code, e.message AS message, e.field AS field`,
    { ids },
  );
  const previous = new Map<string, Outcome>(
    known.records.map((r) => [r.get('id') as string, outcomeOf(r.toObject() as never)]),
  );

  const outcomes: Outcome[] = [];
  const records: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const record = (outcome: Outcome, type: string) => {
    outcomes.push(outcome);
    records.push({
      id: outcome.eventId,
      type,
      status: outcome.status,
      code: outcome.status === 'REJECTED' ? outcome.code : null,
      message: outcome.status === 'REJECTED' ? outcome.message : null,
      field: outcome.status === 'REJECTED' ? (outcome.field ?? null) : null,
    });
  };

  let duplicates = 0;
  const fresh: EventEnvelope[] = [];
  for (const event of events) {
    const before = previous.get(event.id);
    if (before || seen.has(event.id)) {
      // Applied by an earlier batch (repeat its outcome), or twice in this one (the first counts).
      duplicates += 1;
      if (before) outcomes.push(before);
      continue;
    }
    seen.add(event.id);
    fresh.push(event);
  }

  for (const run of runsOfSameType(fresh)) {
    const handler = handlers.get(run[0]!.type);
    if (!handler) {
      for (const e of run)
        record(
          {
            eventId: e.id,
            status: 'REJECTED',
            code: 'BAD_USER_INPUT',
            message: `no projection for event type ${e.type}`,
          },
          e.type,
        );
      continue;
    }
    let state = await handler.load(tx, run);
    const accepted: EventEnvelope[] = [];
    for (const event of run) {
      const decision = handler.decide(state, event);
      if (decision.ok) {
        state = handler.evolve(state, event);
        accepted.push(event);
        record({ eventId: event.id, status: 'APPLIED' }, event.type);
      } else {
        const { code, message, field } = decision.error;
        record(
          { eventId: event.id, status: 'REJECTED', code, message, ...(field ? { field } : {}) },
          event.type,
        );
      }
    }
    if (accepted.length > 0) await handler.write(tx, accepted);
  }

  for (const r of invalid) {
    if (previous.has(r.eventId) || seen.has(r.eventId)) continue;
    seen.add(r.eventId);
    record({ eventId: r.eventId, status: 'REJECTED', code: r.code, message: r.message }, r.type);
  }

  await tx.run(
    `UNWIND $records AS r
     CREATE (:Event {id: r.id, type: r.type, status: r.status, code: r.code, message: r.message, field: r.field,
                     topic: $topic, partition: $partition, at: datetime()})`,
    { records, topic: position.topic, partition: neo4j.int(position.partition) },
  );
  await tx.run(
    `MERGE (p:ProjectionOffset {topic: $topic, partition: $partition})
     SET p.offset = $offset, p.updatedAt = datetime()`,
    {
      topic: position.topic,
      partition: neo4j.int(position.partition),
      offset: position.lastOffset,
    },
  );
  return { outcomes, duplicates };
}

/** Splits events into maximal runs of consecutive events of the same type, keeping order. */
export function runsOfSameType<T extends { type: string }>(events: T[]): T[][] {
  const runs: T[][] = [];
  for (const event of events) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.type === event.type) last.push(event);
    else runs.push([event]);
  }
  return runs;
}
