/**
 * Security finding 4: one thrown exception stalled the whole projector. A handler that threw something
 * other than a Neo4j error (e.g. a RangeError from an amount no rule expected) was rethrown, the fetch
 * was redelivered forever and every partition in it stopped. Now an event whose rule throws is refused
 * alone — its outcome REJECTED, its bytes on the dead-letter topic with the reason — and the events
 * after it apply.
 *
 * A projector of the test's own (real Kafka, real Neo4j) consumes a topic of the test's own with a probe
 * handler for CompanyRegistered that throws on named inputs, in `decide` and in `write`.
 */
import { randomUUID } from 'node:crypto';
import { ok, type EventEnvelope } from '@chainlift/domain';
import { createLogger, TOPIC, type IncomingMessage } from '@chainlift/platform';
import { startProjector, type BatchReport } from '@chainlift/projector';
import type { AnyHandler } from '@chainlift/projector';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Probe {
  companyId: string;
  name: string;
}

const tag = randomUUID();

/** Throws in decide for DECIDE-BOOM and in write for WRITE-BOOM; otherwise writes a (:StallProbe). */
const probe: AnyHandler = {
  type: 'CompanyRegistered',
  load: async () => ({}),
  decide(_state, event: EventEnvelope<string, Probe>) {
    if (event.payload.name === 'DECIDE-BOOM') throw new RangeError('amount out of range');
    return ok(event.payload);
  },
  evolve: (state) => state,
  async write(tx, accepted: EventEnvelope<string, Probe>[]) {
    if (accepted.some((e) => e.payload.name === 'WRITE-BOOM'))
      throw new TypeError('cannot read properties of undefined');
    await tx.run('UNWIND $ids AS id CREATE (:StallProbe {id: id, tag: $tag})', {
      ids: accepted.map((e) => e.payload.companyId),
      tag,
    });
  },
};

const registered = (name: string): EventEnvelope => ({
  id: randomUUID(),
  type: 'CompanyRegistered',
  version: 1,
  occurredAt: new Date().toISOString(),
  actor: { via: 'system' },
  payload: {
    companyId: randomUUID(),
    name,
    uscc: uniqueUscc(),
    kind: 'SME',
    region: '宁波',
    industry: '测试',
  },
});

async function deadLettersFrom(from: bigint, n: number): Promise<IncomingMessage[]> {
  const found = new Map<string, IncomingMessage>();
  let done: () => void = () => undefined;
  const enough = new Promise<void>((resolve) => (done = resolve));
  const subscription = await api.bus.consume({
    groupId: `stall-dlq-${randomUUID()}`,
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

describe('finding 4: a rule that throws refuses its event alone instead of stalling the projector', () => {
  it('dead-letters the throwing events with the reason and applies the rest of the partition', async () => {
    const topic = `test.stall-${tag}`;
    await api.bus.ensureTopics([
      { name: topic, core: false, partitions: 1, key: 'test', config: {} },
    ]);
    const events = ['FIRST', 'DECIDE-BOOM', 'SECOND', 'WRITE-BOOM', 'THIRD'].map(registered);
    const dlqFrom = await api.bus.endOffset(TOPIC.deadLetter);
    const reports: BatchReport[] = [];
    const projector = await startProjector({
      driver: api.driver,
      bus: api.bus,
      log: createLogger('stall-test', 'silent'),
      group: `stall-${tag}`,
      topics: [topic],
      handlers: new Map([['CompanyRegistered', probe]]),
      onBatch: (r) => reports.push(r),
    });
    try {
      await projector.joined;
      await api.bus.publish(
        topic,
        events.map((e) => ({ key: 'one-partition', value: JSON.stringify(e) })),
      );
      const applied = await waitFor(async () => {
        const rows = await api.cypher(
          'MATCH (p:StallProbe {tag: $tag}) RETURN p.id AS id ORDER BY id',
          { tag },
        );
        return rows.length === 3 ? rows.map((r) => r.id as string) : undefined;
      }, 60_000);
      expect(applied.sort()).toEqual(
        [events[0]!, events[2]!, events[4]!].map((e) => (e.payload as Probe).companyId).sort(),
      );

      const outcomes = await api.cypher(
        'UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.id AS id, e.status AS status, e.code AS code, e.message AS message',
        { ids: events.map((e) => e.id) },
      );
      const byId = new Map(outcomes.map((o) => [o.id as string, o]));
      expect(byId.get(events[1]!.id)).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT' });
      expect(byId.get(events[1]!.id)!.message).toMatch(/RangeError: amount out of range/);
      expect(byId.get(events[3]!.id)).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT' });
      expect(byId.get(events[3]!.id)!.message).toMatch(/TypeError/);
      for (const i of [0, 2, 4])
        expect(byId.get(events[i]!.id)).toMatchObject({ status: 'APPLIED' });

      const letters = await deadLettersFrom(dlqFrom, 2);
      const mine = letters.filter((m) =>
        [events[1]!.id, events[3]!.id].includes(m.headers['x-event-id'] ?? ''),
      );
      expect(mine.map((m) => m.headers['x-event-id']).sort()).toEqual(
        [events[1]!.id, events[3]!.id].sort(),
      );
      for (const m of mine) {
        expect(m.headers['x-reason']).toMatch(/RangeError|TypeError/);
        expect(m.headers['x-original-topic']).toBe(topic);
      }
      // The transaction's report comes once its outcomes are in hand (after the last commit).
      const deadLettered = await waitFor(async () => {
        const n = reports.reduce((sum, r) => sum + r.deadLettered, 0);
        return n >= 2 ? n : undefined;
      }, 30_000);
      expect(deadLettered).toBe(2);
    } finally {
      await projector.stop();
      // What this test's own topic and probe wrote is no part of the event log a rebuild replays:
      // removed, so the shared platform's graph stays the one the core topics make
      // (rebuild.int.test.ts compares the two, whichever file runs first).
      await api.cypher('MATCH (p:StallProbe {tag: $tag}) DETACH DELETE p', { tag });
      await api.cypher('UNWIND $ids AS id MATCH (e:Event {id: id}) DETACH DELETE e', {
        ids: events.map((e) => e.id),
      });
      await api.cypher('MATCH (o:ProjectionOffset {topic: $topic}) DETACH DELETE o', { topic });
    }
  });
});
