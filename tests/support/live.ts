/**
 * graphql-ws subscriptions as a test client sees them: everything received, kept in order, and
 * the socket's close when the server ended it (as an error with the code a client acts on).
 */
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Account, TestApi } from './platform';

export interface Received {
  data: unknown[];
  /** When each data message arrived (Date.now()). */
  at: number[];
  errors: { message: string; extensions?: { code?: string } }[];
  completed: boolean;
  /** The socket's close, when the server closed it (4401 no or expired token, 4403 deactivated, 4429 cap). */
  closed?: { code: number; reason: string };
}

/** A WebSocket close as the error code a client acts on. */
const CLOSE_CODES: Record<number, string> = {
  4401: 'UNAUTHENTICATED',
  4403: 'FORBIDDEN',
  4429: 'FORBIDDEN',
};

const isCloseEvent = (e: unknown): e is { code: number; reason: string } =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'number';

export interface Subscriptions {
  subscribe(
    account: Pick<Account, 'token'>,
    query: string,
    variables?: Record<string, unknown>,
  ): Received;
  /** The same, on one socket per token (opened on first use): for per-socket and per-user counts. */
  subscribeOnOneSocket(
    account: Pick<Account, 'token'>,
    query: string,
    variables?: Record<string, unknown>,
  ): Received;
  /** Closes every socket opened. */
  close(): Promise<void>;
}

export function subscriptions(api: Pick<TestApi, 'url'>): Subscriptions {
  const sockets: WsClient[] = [];
  const shared = new Map<string, WsClient>();
  const open = (token: string | undefined) => {
    const client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      // A refused socket stays refused: report it rather than reconnecting.
      retryAttempts: 0,
    });
    sockets.push(client);
    return client;
  };
  const track = (client: WsClient, query: string, variables: Record<string, unknown>) => {
    const received: Received = { data: [], at: [], errors: [], completed: false };
    client.on('closed', (event) => {
      if (isCloseEvent(event) && event.code !== 1000)
        received.closed = { code: event.code, reason: event.reason };
    });
    client.subscribe(
      { query, variables },
      {
        next: (result) => {
          if (result.data) {
            received.data.push(result.data);
            received.at.push(Date.now());
          }
          if (result.errors) received.errors.push(...(result.errors as Received['errors']));
        },
        error: (error) =>
          received.errors.push(
            ...(Array.isArray(error)
              ? error
              : isCloseEvent(error)
                ? [
                    {
                      message: error.reason,
                      extensions: { code: CLOSE_CODES[error.code] ?? `CLOSED_${error.code}` },
                    },
                  ]
                : [{ message: String(error) }]),
          ),
        complete: () => {
          received.completed = true;
        },
      },
    );
    return received;
  };
  return {
    subscribe: (account, query, variables = {}) => track(open(account.token), query, variables),
    subscribeOnOneSocket(account, query, variables = {}) {
      const key = account.token ?? '';
      if (!shared.has(key)) shared.set(key, open(account.token));
      return track(shared.get(key)!, query, variables);
    },
    async close() {
      shared.clear();
      for (const s of sockets.splice(0)) await s.dispose();
    },
  };
}
