/**
 * A graphql-ws socket spoken by hand (the graphql-transport-ws protocol), for attack tests that
 * send what no well-behaved client would: documents before authenticating, huge messages,
 * queries and mutations over the socket.
 */
import WebSocket from 'ws';

export interface RawMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface RawSocket {
  send(message: RawMessage | string): void;
  /** The next message the server sends, or undefined if the socket closes first (or in `ms`). */
  next(ms?: number): Promise<RawMessage | undefined>;
  /** Resolves with the close code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function rawSocket(url: string): Promise<RawSocket> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const inbox: RawMessage[] = [];
  let waiting: (() => void) | undefined;
  let isClosed = false;
  socket.on('message', (data: WebSocket.RawData) => {
    inbox.push(JSON.parse(data.toString()) as RawMessage);
    waiting?.();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code: number, reason: Buffer) => {
      isClosed = true;
      waiting?.();
      resolve({ code, reason: reason.toString() });
    }),
  );
  socket.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        send: (message) =>
          socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
        async next(ms = 10_000) {
          const deadline = Date.now() + ms;
          while (inbox.length === 0 && !isClosed && Date.now() < deadline) {
            await new Promise<void>((r) => {
              waiting = r;
              setTimeout(r, Math.max(0, deadline - Date.now()));
            });
            waiting = undefined;
          }
          return inbox.shift();
        },
        closed,
        close: () => socket.close(),
      }),
    );
  });
}

/** A socket that has sent connection_init with the token and received the acknowledgement. */
export async function authenticatedSocket(url: string, token: string): Promise<RawSocket> {
  const socket = await rawSocket(url);
  socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  const ack = await socket.next();
  if (ack?.type !== 'connection_ack') {
    const close = await Promise.race([socket.closed, new Promise((r) => setTimeout(r, 1000))]);
    throw new Error(`no connection_ack: ${JSON.stringify(ack)} ${JSON.stringify(close)}`);
  }
  return socket;
}
