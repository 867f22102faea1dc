/**
 * GraphQL over HTTP, the legacy `application/json` response (spec "watershed"): a client that asks
 * for `application/json` and not `application/graphql-response+json` reads the status of a
 * request error (a parse or validation failure, a variable that does not coerce — no `data` at
 * all) as 200, the way GraphQL servers answered before the new media type; the errors and their
 * `extensions.code` are the same. A client that accepts the new media type, or any type (a wildcard),
 * keeps the 4xx. Checked by the spec's own audit (tests/security/graphql-over-http.int.test.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';

const NEW_MEDIA_TYPE = 'application/graphql-response+json';

/** Whether the Accept header names application/json and neither the new media type nor a wildcard. */
export function acceptsLegacyJsonOnly(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  return (
    types.includes('application/json') &&
    !types.includes(NEW_MEDIA_TYPE) &&
    !types.some((t) => t === '*/*' || t === 'application/*')
  );
}

export const legacyJsonStatus: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ request, response }) => {
      const requestError =
        response.body.kind === 'single' && !('data' in response.body.singleResult);
      if (
        requestError &&
        response.http.status === 400 &&
        acceptsLegacyJsonOnly(request.http?.headers.get('accept'))
      )
        response.http.status = 200;
    },
  }),
};
