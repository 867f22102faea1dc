/** When Neo4j refuses to write an event: tell its fault from an outage, and record why. */
import type { EventEnvelope } from '@chainlift/domain';
import { Neo4jError } from 'neo4j-driver';
import { HandlerFault, type Rejection, type Source } from './apply-batch';

/**
 * Errors that say "this event cannot be written" (a statement Neo4j refuses for these values, a
 * constraint it breaks, a handler that threw on them), as opposed to "Neo4j is not available now". Only statement and schema
 * errors count: a transaction terminated because the server shuts down, for instance, is a
 * ClientError too, but the event is not at fault and must be tried again.
 */
export const isEventFault = (error: unknown) =>
  error instanceof HandlerFault ||
  (error instanceof Neo4jError &&
    (error.code.startsWith('Neo.ClientError.Statement.') ||
      error.code.startsWith('Neo.ClientError.Schema.')));

/**
 * Any other error from Neo4j or its driver (server stopped or restarting, connection lost,
 * transient errors): nothing is wrong with the events, so the batch is tried again later.
 */
export const isUnavailable = (error: unknown) =>
  error instanceof Neo4jError && !isEventFault(error);

export const isConflict = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The rejection recorded for an event Neo4j refused (the same live and in a rebuild). */
export function refusalOf(error: unknown, event: EventEnvelope, source: Source): Rejection {
  const reason = (error as Error).message.split('\n')[0] ?? 'write failed';
  return isConflict(error)
    ? {
        eventId: event.id,
        type: event.type,
        code: 'CONFLICT',
        message: `conflicts with existing data: ${reason}`,
        source,
      }
    : {
        eventId: event.id,
        type: event.type,
        code: 'BAD_USER_INPUT',
        message: `could not be applied: ${reason}`,
        source,
      };
}
