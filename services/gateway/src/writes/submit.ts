/**
 * The gateway's write path: publish one event to its topic, keyed by what it changes, and wait
 * (bounded) for the projector's outcome of that event.
 */
import { randomUUID } from 'node:crypto';
import { DomainFailure, type Actor, type EventEnvelope, type Outcome } from '@chainlift/domain';
import { validateEvent, type EventBus, type Logger } from '@chainlift/platform';
import type { OutcomeWaiter } from './outcomes';

export type Submitted =
  { status: 'DONE'; outcome: Outcome } | { status: 'PENDING'; eventId: string };

export interface EventSubmitter {
  submit<P>(topic: string, key: string, type: string, payload: P, actor: Actor): Promise<Submitted>;
}

export function eventSubmitter(options: {
  bus: EventBus;
  outcomes: OutcomeWaiter;
  waitMs: number;
  log: Logger;
}): EventSubmitter {
  return {
    async submit(topic, key, type, payload, actor) {
      const event: EventEnvelope = {
        id: randomUUID(),
        type,
        version: 1,
        occurredAt: new Date().toISOString(),
        actor,
        payload,
      };
      // The contract is checked before anything leaves: a gateway bug must not reach the topic.
      const valid = validateEvent(event);
      if (!valid.ok)
        throw new Error(`gateway built an invalid ${type} event: ${valid.error.message}`);
      const pending = options.outcomes.expect(event.id);
      try {
        await options.bus.publish(topic, [{ key, value: JSON.stringify(event) }]);
      } catch (error) {
        pending.cancel();
        options.log.error({ err: error, topic, type }, 'publishing an event failed');
        throw new DomainFailure({
          code: 'UNAVAILABLE',
          message:
            'The event log (Kafka) cannot be reached, so nothing was written. Try again in a moment.',
        });
      }
      const outcome = await pending.outcome(options.waitMs);
      return outcome ? { status: 'DONE', outcome } : { status: 'PENDING', eventId: event.id };
    },
  };
}
