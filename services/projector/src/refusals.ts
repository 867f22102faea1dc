/** When Neo4j refuses to write an event: tell its fault from an outage, and record why. */
import type { EventEnvelope } from '@chainlift/domain';
import { Neo4jError } from 'neo4j-driver';
import type { Rejection, Source } from './apply-batch';

/** Errors that say "this event cannot be written", as opposed to "Neo4j is not available now". */
export const isEventFault = (error: unknown) =>
  error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.');

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
