/**
 * Read-your-writes: the gateway follows the outcomes topic (its own ephemeral consumer group, from
 * the latest offset) and hands each outcome to the mutation waiting for that event id. If none
 * arrives in time, the durable record in Neo4j is asked once before answering "pending".
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Outcome } from '@chainlift/domain';
import {
  metrics,
  TOPIC,
  type Driver,
  type EventBus,
  type Logger,
  type Subscription,
} from '@chainlift/platform';
import { OutcomeListeners } from './outcome-listeners';

export interface OutcomeWaiter {
  /** Call before publishing the event, so an early outcome is not missed. */
  expect(eventId: string): {
    outcome(timeoutMs: number): Promise<Outcome | undefined>;
    cancel(): void;
  };
  /** Calls `listener` with every outcome this gateway sees from now on (applied ones of `types` only, when given: live updates). */
  listen(listener: (outcome: Outcome) => void, types?: readonly string[]): () => void;
  /** The recorded outcome of an event, if the projector has processed it. */
  recorded(eventId: string): Promise<Outcome | undefined>;
  /** Whether the outcome consumer still runs (mutations and live updates depend on it), and if not why. */
  health(): { ok: true } | { ok: false; reason: string };
  close(): Promise<void>;
}

export async function startOutcomeWaiter(options: {
  bus: EventBus;
  driver: Driver;
  log: Logger;
  database?: string;
  /** The consumer stopped for good: the gateway process should exit so its supervisor restarts it. */
  onFatal?: (reason: string) => void;
}): Promise<OutcomeWaiter> {
  const waiting = new Map<string, (outcome: Outcome) => void>();
  const listeners = new OutcomeListeners();
  let resolveJoined: () => void = () => undefined;
  const joined = new Promise<void>((resolve) => {
    resolveJoined = resolve;
  });
  let stopped: string | undefined;
  const subscription: Subscription = await options.bus.consume({
    // One group per gateway process, named so an operator can tell whose it is; ephemeral: no
    // offsets committed (it starts at the latest outcome anyway), deleted on close, and forgotten
    // by Kafka on its own after a crash, so groups do not pile up with every start.
    groupId: `chainlift-gateway-${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    ephemeral: true,
    topics: [TOPIC.outcomes],
    fromBeginning: false,
    onJoin: () => resolveJoined(),
    onFatal: (error) => {
      stopped = `the outcome consumer stopped: ${error.message}`;
      metrics.outcomeConsumerUp.set(0);
      options.log.error({ err: error }, 'the outcome consumer stopped for good');
      options.onFatal?.(stopped);
    },
    eachBatch: async (batch) => {
      for (const message of batch.messages) {
        const eventId = message.key?.toString();
        const deliver = eventId ? waiting.get(eventId) : undefined;
        if ((!deliver && listeners.size === 0) || !message.value) continue;
        let outcome: Outcome;
        try {
          outcome = JSON.parse(message.value.toString('utf8')) as Outcome;
        } catch (error) {
          options.log.warn({ err: error, eventId }, 'unreadable outcome message');
          continue;
        }
        deliver?.(outcome);
        listeners.send(outcome);
      }
    },
  });
  await joined;
  metrics.outcomeConsumerUp.set(1);

  const recorded = async (eventId: string): Promise<Outcome | undefined> => {
    const { records } = await options.driver.executeQuery(
      'MATCH (e:Event {id: $eventId}) RETURN e.status AS status, e.code AS code, e.message AS message, e.field AS field',
      { eventId },
      { database: options.database },
    );
    const row = records[0];
    if (!row) return undefined;
    if (row.get('status') === 'APPLIED') return { eventId, status: 'APPLIED' };
    const field = row.get('field') as string | null;
    return {
      eventId,
      status: 'REJECTED',
      code: row.get('code') as string,
      message: row.get('message') as string,
      ...(field ? { field } : {}),
    };
  };

  return {
    expect(eventId) {
      let deliver: (outcome: Outcome) => void = () => undefined;
      const arrived = new Promise<Outcome>((resolve) => {
        deliver = resolve;
      });
      waiting.set(eventId, deliver);
      const cancel = () => waiting.delete(eventId);
      return {
        cancel,
        async outcome(timeoutMs) {
          let timer: NodeJS.Timeout | undefined;
          const timedOut = new Promise<undefined>((resolve) => {
            timer = setTimeout(() => resolve(undefined), timeoutMs);
          });
          try {
            return (await Promise.race([arrived, timedOut])) ?? (await recorded(eventId));
          } finally {
            clearTimeout(timer);
            cancel();
          }
        },
      };
    },
    recorded,
    listen: (listener, types) => listeners.listen(listener, types),
    health: () => (stopped === undefined ? { ok: true } : { ok: false, reason: stopped }),
    async close() {
      stopped = 'the gateway is shutting down';
      await subscription.stop();
    },
  };
}
