/**
 * The gateway's write path: publish one event to its topic, keyed by what it changes, and wait
 * (bounded) for the projector's outcome of that event.
 */
import {
  DomainFailure,
  isErrorCode,
  orThrow,
  type Actor,
  type BusinessCalendar,
  type EventPayloads,
  type EventType,
  type Outcome,
} from '@chainlift/domain';
import {
  SpanKind,
  inSpan,
  metrics,
  type BookmarkManager,
  type EventBus,
  type Logger,
} from '@chainlift/platform';
import { buildEvent } from './envelope';
import type { OutcomeWaiter } from './outcomes';

export type Submitted =
  { status: 'DONE'; outcome: Outcome } | { status: 'PENDING'; eventId: string };

export interface EventSubmitter {
  /** Publishes to the event type's topic, keyed as its route says (services/platform/src/contracts/routes.ts). */
  submit<T extends EventType>(type: T, payload: EventPayloads[T], actor: Actor): Promise<Submitted>;
  /**
   * Submits and insists on the outcome: resolves with the event id once APPLIED; a rejection
   * becomes its domain error, and a projector that did not answer in time becomes UNAVAILABLE
   * with the event id to poll.
   */
  apply<T extends EventType>(type: T, payload: EventPayloads[T], actor: Actor): Promise<string>;
}

/** The event id of an applied outcome; the domain error of a rejected one. */
export function appliedOrThrow(outcome: Outcome): string {
  if (outcome.status === 'REJECTED') {
    const code = isErrorCode(outcome.code) ? outcome.code : 'CONFLICT';
    throw new DomainFailure(
      { code, message: outcome.message, ...(outcome.field ? { field: outcome.field } : {}) },
      { eventId: outcome.eventId },
    );
  }
  return outcome.eventId;
}

export function eventSubmitter(options: {
  bus: EventBus;
  outcomes: OutcomeWaiter;
  waitMs: number;
  log: Logger;
  /** Stamps each event's occurredAt from the same clock the business dates come from. */
  calendar: BusinessCalendar;
  /**
   * The request's reads (reads/graph.ts): an applied outcome's Neo4j bookmarks go here, so every
   * read after the write sees it, on whichever cluster member answers.
   */
  bookmarks?: BookmarkManager;
}): EventSubmitter {
  const submit: EventSubmitter['submit'] = async (type, payload, actor) => {
    // The contract (and the size) is checked before anything leaves: a gateway bug must not reach
    // the topic. Input the resolvers passed on but the contract refuses (an id that is not a UUID, a
    // name too long) is the caller's: BAD_USER_INPUT, and nothing is published.
    const { event, topic, message } = orThrow(
      buildEvent(type, payload, actor, { occurredAt: options.calendar.instant() }),
    );
    // Without its outcome consumer this gateway would publish and then wait in vain: say so at once
    // (the process exits so that its supervisor starts a fresh one).
    const health = options.outcomes.health();
    if (!health.ok)
      throw new DomainFailure({
        code: 'UNAVAILABLE',
        message:
          'This gateway cannot follow the outcomes of writes right now; nothing was written. Try again in a moment.',
      });
    const pending = options.outcomes.expect(event.id);
    const started = performance.now();
    try {
      // The producer span: the message's traceparent names it, the projector's apply is its child.
      await inSpan(
        `${topic} publish`,
        {
          kind: SpanKind.PRODUCER,
          attributes: {
            'messaging.system': 'kafka',
            'messaging.destination.name': topic,
            'chainlift.event.id': event.id,
            'chainlift.event.type': type,
          },
        },
        () => options.bus.publish(topic, [message]),
      );
      options.log.info({ eventId: event.id, type, topic }, 'event published');
    } catch (error) {
      pending.cancel();
      options.log.error({ err: error, topic, type }, 'publishing an event failed');
      throw new DomainFailure({
        code: 'UNAVAILABLE',
        message:
          'The event log (Kafka) cannot be reached, so nothing was written. Try again in a moment.',
      });
    }
    const waited = metrics.outcomeWait.startTimer();
    const outcome = await pending.outcome(options.waitMs);
    waited({ result: outcome?.status ?? 'PENDING' });
    options.log.info(
      {
        eventId: event.id,
        type,
        status: outcome?.status ?? 'PENDING',
        ...(outcome?.status === 'REJECTED' ? { code: outcome.code } : {}),
        waitedMs: Math.round(performance.now() - started),
      },
      'event outcome',
    );
    if (outcome?.status === 'APPLIED' && outcome.bookmarks?.length)
      await options.bookmarks?.updateBookmarks([], outcome.bookmarks);
    return outcome ? { status: 'DONE', outcome } : { status: 'PENDING', eventId: event.id };
  };
  return {
    submit,
    async apply(type, payload, actor) {
      const submitted = await submit(type, payload, actor);
      if (submitted.status === 'PENDING') {
        throw new DomainFailure(
          {
            code: 'UNAVAILABLE',
            message: 'accepted, still processing: ask eventOutcome(eventId) in a moment',
          },
          { eventId: submitted.eventId },
        );
      }
      return appliedOrThrow(submitted.outcome);
    },
  };
}
