/**
 * One Apollo Client per login: HTTP for queries and mutations, graphql-ws on the same URL for
 * subscriptions, the token in the Authorization header and in the socket's connection parameters.
 */
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';

export const GRAPHQL_PATH = '/graphql';

export interface Connection {
  client: ApolloClient;
  ws: WsClient;
  dispose(): void;
}

export function wsUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

/** Closes after which reconnecting cannot help: no or expired token (4401), user deactivated (4403), too many sockets (4429). */
const FINAL_CLOSE_CODES = [4401, 4403, 4429];
const closeCode = (event: unknown) =>
  typeof event === 'object' && event !== null && 'code' in event ? Number(event.code) : undefined;

export function connect(
  token: string | undefined,
  handlers: { onUnauthenticated(): void; onLive(live: boolean): void },
): Connection {
  const ws = createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: (event) => !FINAL_CLOSE_CODES.includes(closeCode(event) ?? 0),
    // The server authenticates the socket once, from these parameters, when it opens.
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: {
      connected: () => handlers.onLive(true),
      closed: (event) => {
        handlers.onLive(false);
        const code = closeCode(event);
        if (code === 4401 || code === 4403) handlers.onUnauthenticated();
      },
    },
  });
  const http = new HttpLink({
    uri: GRAPHQL_PATH,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const errors = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    )
      handlers.onUnauthenticated();
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return (
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.SUBSCRIPTION
      );
    },
    new GraphQLWsLink(ws),
    http,
  );
  const client = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists are replaced by the latest answer, never merged.
        Query: { fields: {} },
        Money: { keyFields: false },
        Offer: { keyFields: false },
        PledgedGoods: { keyFields: false },
        NetworkNode: { keyFields: false },
        Membership: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return {
    client,
    ws,
    dispose() {
      void ws.dispose();
      client.stop();
    },
  };
}
