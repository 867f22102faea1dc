/**
 * graphql-ws on the gateway's HTTP server (same port and path as the API), for subscriptions only.
 * A socket is authenticated when it opens (the token in the connection parameters, verified once;
 * no token or a bad one closes it 4401 before any subscription), its messages are small (maxPayload),
 * every document meets the same limits as over HTTP, and queries and mutations are refused.
 */
import type http from 'node:http';
import { DomainFailure, type ErrorCode } from '@chainlift/domain';
import type { Logger } from '@chainlift/platform';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AccessFacts, ReadLimit } from '../auth/facts';
import type { RequestAuthorizer } from '../auth/request-authorizer';
import type { Principal, UserPrincipal } from '../auth/principal';
import type { Context } from '../context';
import { checkSubscriptionDocument, MAX_QUERY_CHARS } from '../graphql/limits';
import type { OutcomeWaiter } from '../writes/outcomes';
import {
  appliedEvents,
  PerEvent,
  type Applied,
  type Feed,
  type FeedOptions,
} from './applied-events';
import type { LiveRows } from './live-rows';
import { CLOSE, LiveSession, type LiveSessions } from './sessions';

/** The largest WebSocket message accepted: a subscription document at the size cap plus variables. */
export const MAX_WS_MESSAGE_BYTES = 4 * MAX_QUERY_CHARS;

export interface LiveServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  sessions: LiveSessions;
  /** The principal a bearer header stands for (verifies the token). */
  principalOf(authorization: string | undefined): Promise<Principal>;
  /** The request context for a subscription, bound to its session. */
  contextFor(principal: UserPrincipal, live: LiveScope): Context;
  outcomes: OutcomeWaiter;
  /** The principal's authorizer, over the given facts (fresh ones when none are). */
  authorizerFor(principal: UserPrincipal, facts?: AccessFacts): RequestAuthorizer;
  /**
   * A fresh facts instance for one applied event, shared by every subscriber's decisions on it:
   * what the event itself names known without a read, the other reads run through `limit`.
   */
  eventFacts(event: Applied, limit: ReadLimit): AccessFacts;
  /** The rows pushed, read in batches across events, their reads run through `limit`. */
  rows(limit: ReadLimit): LiveRows;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  log: Logger;
}

/** When a JWT stops being valid (epoch ms), read from its `exp` once it has been verified. */
function expiryOf(authorization: string): number | undefined {
  const payload = authorization.replace(/^Bearer\s+/i, '').split('.')[1];
  if (!payload) return undefined;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export function startLiveServer(options: LiveServerOptions): { dispose(): Promise<void> } {
  const { sessions, formatError } = options;
  const perEvent = new PerEvent();
  const rows = options.rows(perEvent.read);
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: MAX_WS_MESSAGE_BYTES,
  });
  const server = useServer<Record<string, unknown>, { session: LiveSession }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const principal =
          typeof authorization === 'string'
            ? await options.principalOf(authorization)
            : { kind: 'anonymous' as const };
        if (principal.kind !== 'user' || typeof authorization !== 'string') {
          ctx.extra.socket.close(CLOSE.unauthenticated, 'Unauthorized: send a valid token');
          return false;
        }
        const session = new LiveSession(
          principal,
          ctx.extra.socket,
          () => Object.keys(ctx.subscriptions).length,
        );
        const opened = sessions.open(session);
        if (!opened.ok) {
          ctx.extra.socket.close(CLOSE.tooManyConnections, opened.reason);
          return false;
        }
        ctx.extra.session = session;
        // Released the moment the socket closes. graphql-ws calls onClose only after every
        // subscription's `return()` has settled, and a subscription waiting for its next event
        // settles only when its feed ends — which releasing does: waiting for onClose alone kept
        // a closed socket's place (and its feeds) until an event happened to arrive.
        const socket = ctx.extra.socket;
        if (socket.readyState === socket.CLOSING || socket.readyState === socket.CLOSED) {
          sessions.closed(session);
          return false;
        }
        socket.once('close', () => sessions.closed(session));
        const expiresAt = expiryOf(authorization);
        if (expiresAt !== undefined) session.expireAt(expiresAt);
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.session) sessions.closed(ctx.extra.session);
      },
      onSubscribe: (ctx, _id, payload) => {
        const session = ctx.extra.session;
        if (!session) return [refusal('UNAUTHENTICATED', 'Unauthorized')];
        const checked = checkSubscriptionDocument(
          options.schema,
          payload.query,
          payload.operationName,
        );
        if ('errors' in checked) return checked.errors;
        if (!sessions.mayAddSubscription(session))
          return [
            refusal(
              'FORBIDDEN',
              `At most ${sessions.maxSubscriptionsPerUser} live subscriptions per user: end one first.`,
            ),
          ];
        const live: LiveScope = {
          session,
          perEvent,
          rows,
          authorizer: (event) =>
            options.authorizerFor(
              session.principal,
              event === undefined
                ? undefined
                : perEvent.value(event.eventId, 'facts', () =>
                    options.eventFacts(event, perEvent.read),
                  ),
            ),
          feed(types, only = {}) {
            const feed = appliedEvents(options.outcomes, types, {
              ...only,
              onEnd: () => session.feeds.delete(feed),
            });
            session.feeds.add(feed);
            return feed;
          },
        };
        const contextValue = options.contextFor(session.principal, live);
        return {
          schema: options.schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : result,
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => formatError(e.toJSON(), e)) as never,
    },
    wsServer,
  );
  return {
    async dispose() {
      await server.dispose();
      sessions.close();
    },
  };
}

/** What a subscription resolver gets besides the request context: its socket's session. */
export interface LiveScope {
  session: LiveSession;
  /** Work shared by every subscriber of one event (decisions per user, rows per id). */
  perEvent: PerEvent;
  /** The rows pushed (orders, stock positions), read in batches across the events of a burst. */
  rows: LiveRows;
  /**
   * The session's current principal (a role change updates it). For an applied event, over the
   * facts read once for that event and shared by every subscriber's decision: facts are keyed by
   * the ids they are about, not by who asks (auth/facts.ts), so one user's decision cannot leak
   * into another's — each principal is still judged by the one policy, and audit records stay per
   * user (RequestAuthorizer.require). They describe the graph once the event was applied; a later
   * change is a later event, and those that take access away make the stream re-check. Without
   * an event (a re-check), over facts read afresh.
   */
  authorizer(event?: Applied): RequestAuthorizer;
  /**
   * The applied events of these types (those `about` the stream's arguments, and those `admit`
   * lets the subscriber see, when given), plus re-check marks; ends when the socket closes.
   */
  feed(types: readonly string[], options?: Omit<FeedOptions, 'onEnd'>): Feed;
}

/** A coded refusal the shared error formatter passes to the client as it is (not masked as internal). */
const refusal = (code: ErrorCode, message: string) =>
  new GraphQLError(message, {
    extensions: { code },
    originalError: new DomainFailure({ code, message }),
  });
