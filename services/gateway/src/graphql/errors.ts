/**
 * Error masking at the edge. A DomainFailure becomes a GraphQL error with extensions.code (and
 * .field); Apollo's own request errors pass; anything else reaches the client as
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

export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainFailure) {
      const { code, message, field } = original.error;
      return {
        message,
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
