/**
 * Error masking at the edge. A DomainFailure becomes a GraphQL error with extensions.code (and
 * .field), minus any database detail (a constraint's property values); Apollo's own request errors
 * pass; a database that cannot be reached is UNAVAILABLE; anything else reaches the client as
 * "Unexpected error" with an id, while the log keeps the detail.
 */
import { randomUUID } from 'node:crypto';
import { DomainFailure } from '@chainlift/domain';
import type { Logger } from '@chainlift/platform';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes Apollo itself sets on errors about the request (parse, validation, variable coercion). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Refusals the projector records from Neo4j itself carry the database's own text after a colon
 * ("conflicts with existing data: Node(12) already exists with label `Receivable` and property
 * `number` = 'INV-7'"): the client gets the part before it.
 */
const DATABASE_DETAIL = /^(conflicts with existing data|could not be applied): .*$/s;

export const clientMessage = (message: string): string => message.replace(DATABASE_DETAIL, '$1');

/** The driver's "cannot reach the database now" errors (no server, lost connection, transient). */
export function isDatabaseOutage(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const code = (error as Error & { code?: string }).code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.') ||
    code === 'Neo.ClientError.Cluster.NotALeader'
  );
}

export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainFailure) {
      const { code, message, field } = original.error;
      return {
        message: clientMessage(message),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code, ...(field ? { field } : {}), ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    // Errors about the request itself (parse, validation, variables) have no resolver path.
    if (formatted.path === undefined && typeof code === 'string' && REQUEST_ERROR_CODES.has(code))
      return formatted;
    const errorId = randomUUID();
    if (isDatabaseOutage(original ?? error)) {
      log.warn({ err: original ?? error, errorId }, 'the database is not reachable');
      return {
        message: `The database cannot be reached right now; try again in a moment (id ${errorId}).`,
        path: formatted.path,
        extensions: { code: 'UNAVAILABLE', errorId },
      };
    }
    log.error(
      { err: original ?? error, errorId, path: formatted.path },
      'unexpected error in a GraphQL request',
    );
    return {
      message: `Unexpected error (id ${errorId})`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
