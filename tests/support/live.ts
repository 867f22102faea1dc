/** graphql-ws subscriptions as a test client sees them: everything received, kept in order. */
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Account, TestApi } from './platform';

export interface Received {
  data: unknown[];
  /** When each data message arrived (Date.now()). */
  at: number[];
  errors: { message: string; extensions?: { code?: string } }[];
  completed: boolean;
}

export interface Subscriptions {
  subscribe(account: Account, query: string, variables?: Record<string, unknown>): Received;
  /** Closes every socket opened. */
  close(): Promise<void>;
}

export function subscriptions(api: TestApi): Subscriptions {
  const sockets: WsClient[] = [];
  return {
    subscribe(account, query, variables = {}) {
      const client = createClient({
        url: api.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${account.token}` },
      });
      sockets.push(client);
      const received: Received = { data: [], at: [], errors: [], completed: false };
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
            received.errors.push(...(Array.isArray(error) ? error : [{ message: String(error) }])),
          complete: () => {
            received.completed = true;
          },
        },
      );
      return received;
    },
    async close() {
      for (const s of sockets.splice(0)) await s.dispose();
    },
  };
}
