/**
 * The gateway's server: Express 5 + Apollo Server 5 for queries and mutations (limits from
 * graphql/limits.ts), graphql-ws on the same port and path for subscriptions only (live/ws-server.ts,
 * the same limits), and POST /ingest; HTTP answers compressed when the client accepts it, with
 * security headers, and errors as JSON; /takeaway for a company's data archive (export, import);
 * GET /export/<table>.xlsx serves tables as Excel files.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { orderPartiesIn, type BusinessCalendar } from '@chainlift/domain';
import {
  bookmarkManager,
  calendarOf,
  loadConfig,
  metrics,
  startTracing,
  type Driver,
  type EventBus,
  type IngestLimits,
  type Logger,
  type LoginLimits,
  type ReadinessLimits,
} from '@chainlift/platform';
import { makeExecutableSchema } from '@graphql-tools/schema';
import compression from 'compression';
import express from 'express';
import { RequestAuthorizer } from './auth/request-authorizer';
import { neo4jFacts, type AccessFacts, type ReadLimit } from './auth/facts';
import { PasswordLogins } from './auth/login';
import { DEFAULT_PRINCIPAL_CACHE, PrincipalCache } from './auth/principal-cache';
import { principalFrom } from './auth/session';
import type { TokenService } from './auth/tokens';
import type { UserPrincipal } from './auth/principal';
import type { Context } from './context';
import { maskErrors } from './graphql/errors';
import { apolloLimits } from './graphql/limits';
import { legacyJsonStatus } from './http/legacy-json-status';
import { opsRouter, requestMetrics } from './http/ops';
import { exportRouter } from './http/exports/export-router';
import { apiNotFound, jsonErrors, queryCap } from './http/json-errors';
import { securityHeaders } from './http/security-headers';
import { resumeTrace, traceRequests } from './http/trace-requests';
import { DEFAULT_LIVE_LIMITS, LiveSessions, type LiveLimits } from './live/sessions';
import type { Applied } from './live/applied-events';
import { LiveRows, type RowSource } from './live/live-rows';
import { startLiveServer, type LiveScope } from './live/ws-server';
import { ingestRouter } from './ingest/ingest-router';
import { takeawayRouter } from './takeaway/takeaway-router';
import { resolvers, typeDefs } from './graphql/schema';
import { apiKeyReads } from './reads/api-keys';
import { assessmentReads } from './reads/assessment';
import { providerReads } from './reads/providers';
import { matchingReads } from './reads/matching';
import { chainReads } from './reads/chains';
import { companyReads } from './reads/companies';
import { regionalReads } from './reads/regional';
import { consentReads } from './reads/consents';
import { notificationReads } from './reads/notifications';
import { byIdOf, reader } from './reads/graph';
import { loanReads } from './reads/inventory-loans';
import { pledgeReads } from './reads/pledges';
import { receivableReads } from './reads/receivables';
import { inventoryReads } from './reads/inventory';
import { NetworkCache, networkReads } from './reads/network';
import { orderReads } from './reads/orders';
import { riskReads } from './reads/risk';
import { userReads } from './reads/users';
import { startOutcomeWaiter } from './writes/outcomes';
import { eventSubmitter } from './writes/submit';
import { webApp } from './web/static';

export interface GatewayOptions {
  driver: Driver;
  bus: EventBus;
  log: Logger;
  host: string;
  /** 0 picks a free port. */
  port: number;
  outcomeWaitMs: number;
  tokens: TokenService;
  database?: string;
  /** Schema introspection (demo mode and tests); off unless asked for. */
  introspection?: boolean;
  /** Apollo's landing page on GET /graphql from a browser (demo mode); off unless asked for. */
  landingPage?: boolean;
  /** The demo's published passwords log in (demo mode); refused unless asked for. */
  demoLogins?: boolean;
  /** Sockets and subscriptions per user. */
  live?: LiveLimits;
  /** The business calendar (clock + BUSINESS_TIME_ZONE); the configured one unless given (tests set a clock). */
  calendar?: BusinessCalendar;
  /** Failed logins per client address and POST /ingest limits (per instance); the configuration's unless given. */
  login?: LoginLimits;
  ingest?: IngestLimits;
  /** When /health/ready reports the projection too far behind; the configuration's unless given. */
  readiness?: ReadinessLimits;
  /** METRICS_TOKEN: GET /metrics asks for it as a bearer token when set. */
  metricsToken?: string;
  /**
   * The outcome consumer stopped for good: this gateway can no longer answer writes or push live
   * updates (/health/ready says so). The process should exit so that its supervisor restarts it.
   */
  onFatal?: (reason: string) => void;
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { driver, bus, log } = options;
  // Trace ids for every request (the process's provider, if main.ts or a test registered none yet).
  startTracing('gateway');
  const calendar = options.calendar ?? calendarOf(loadConfig());
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const formatError = maskErrors(log);

  const outcomes = await startOutcomeWaiter({
    bus,
    driver,
    log,
    database: options.database,
    onFatal: options.onFatal,
  });
  const read = reader(driver, options.database);
  const users = userReads(read);
  const networkCache = new NetworkCache();
  const events = eventSubmitter({ bus, outcomes, waitMs: options.outcomeWaitMs, log, calendar });
  const limits = {
    login: options.login ?? loadConfig().gateway.login,
    ingest: options.ingest ?? loadConfig().gateway.ingest,
  };
  const logins = new PasswordLogins(
    { users, events, log },
    limits.login.maxFailuresPerAddress,
    options.demoLogins,
  );
  const authorizerFor = (
    who: Context['principal'],
    facts: AccessFacts = neo4jFacts(driver, { database: options.database }),
  ) => new RequestAuthorizer(who, facts, bus);
  /** Live updates: the facts of one applied event, shared by all its subscribers (live/ws-server.ts), reads counted. */
  const eventFacts = (event: Applied, limit: ReadLimit) => {
    const order = orderPartiesIn(event.type, event.refs);
    return neo4jFacts(driver, {
      limit,
      knownOrders: order ? [order] : [],
      database: options.database,
      consentsByGrantor: true,
      onRead: (fact) => metrics.liveNeo4jReads.inc({ read: `facts.${fact}` }),
    });
  };
  /** Live updates: the rows pushed, read in batches across events (live/live-rows.ts), reads counted. */
  const liveRead = reader(driver, options.database);
  const liveRowSource: RowSource = {
    ordersByIds: orderReads(liveRead).byIds,
    positionsOf: inventoryReads(liveRead).positionsOf,
    receivablesByIds: async (ids) =>
      byIdOf(await receivableReads(liveRead).receivablesByIds([...ids])),
    pledgesByIds: pledgeReads(liveRead).byIds,
  };
  const liveRows = (limit: ReadLimit) =>
    new LiveRows(liveRowSource, limit, (kind) =>
      metrics.liveNeo4jReads.inc({ read: `row.${kind}` }),
    );
  /** One context per HTTP request, or per WebSocket subscription (bound to its socket's session). */
  const contextOf = (
    principal: Context['principal'],
    live?: LiveScope,
    clientAddress = 'unknown',
  ): Context => {
    // Read-your-writes on a Neo4j cluster: the request's reads carry the bookmarks of the writes
    // it saw applied (the projector sends them in the outcome), so no follower answers older.
    const bookmarks = bookmarkManager();
    const read = reader(driver, options.database, bookmarks);
    return {
      principal,
      clientAddress,
      logins,
      auth: authorizerFor(principal),
      ...(live ? { live } : {}),
      companies: companyReads(read),
      users: userReads(read),
      principalUsers: { byId: (id) => principalUsers.byId(id) },
      chains: chainReads(read),
      network: networkReads(read, networkCache),
      orders: orderReads(read),
      inventory: inventoryReads(read),
      consents: consentReads(read),
      apiKeys: apiKeyReads(read),
      receivables: receivableReads(read),
      pledges: pledgeReads(read),
      loans: loanReads(read),
      risk: riskReads(read),
      assessments: assessmentReads(read, calendar),
      regional: regionalReads(read),
      providers: providerReads(read),
      matching: matchingReads(read),
      notifications: notificationReads(read),
      events: eventSubmitter({
        bus,
        outcomes,
        waitMs: options.outcomeWaitMs,
        log,
        calendar,
        bookmarks,
      }),
      outcomes,
      tokens: options.tokens,
      calendar,
      log,
    };
  };
  // Who a token's user is, from memory while the outcomes say nothing about it changed.
  const principals = new PrincipalCache(users, {
    ...DEFAULT_PRINCIPAL_CACHE,
    outcomesHealthy: () => outcomes.health().ok,
  });
  outcomes.listen((outcome) => principals.observe(outcome));
  const principalUsers = principals.reads();
  const principalOf = (authorization: string | undefined) =>
    principalFrom(authorization, options.tokens, principalUsers);

  const sessions = new LiveSessions(options.live ?? DEFAULT_LIVE_LIMITS, users, outcomes, (err) =>
    log.error({ err }, 're-checking live sessions failed'),
  );
  const ws = startLiveServer({
    httpServer,
    schema,
    sessions,
    outcomes,
    principalOf,
    contextFor: (principal: UserPrincipal, live: LiveScope) => contextOf(principal, live),
    authorizerFor,
    eventFacts,
    rows: liveRows,
    formatError,
    log,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: apolloLimits.validationRules,
    parseOptions: apolloLimits.parseOptions,
    allowBatchedHttpRequests: false,
    introspection: options.introspection ?? false,
    plugins: [
      requestMetrics,
      ...apolloLimits.plugins,
      // No cache hints are used; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.landingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      legacyJsonStatus,
      { serverWillStart: async () => ({ drainServer: async () => void (await ws.dispose()) }) },
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.use(traceRequests);
  app.use(securityHeaders({ landingPage: options.landingPage ?? false }));
  // gzip/deflate for every HTTP answer worth it (the web app's scripts, styles and page, GraphQL
  // results over 1 KB) when the client accepts it; graphql-ws upgrades bypass Express entirely.
  app.use(compression());
  app.use(
    '/ingest',
    ingestRouter({ bus, apiKeys: apiKeyReads(read), log, calendar, limits: limits.ingest }),
  );
  app.use(
    '/takeaway',
    resumeTrace,
    takeawayRouter({
      bus,
      outcomes,
      read,
      log,
      calendar,
      principalOf,
      authorizerFor,
      events,
    }),
  );
  // /health/live, /health/ready (= /health: Neo4j, Kafka, the outcome consumer, the projection's
  // lag) and /metrics (behind METRICS_TOKEN when set).
  const ops = opsRouter({
    driver,
    database: options.database,
    bus,
    outcomes,
    sessions,
    readiness: options.readiness ?? loadConfig().gateway.readiness,
    metricsToken: options.metricsToken,
    log,
  });
  app.get(['/health', '/health/live', '/health/ready', '/metrics'], ops.handler);
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    resumeTrace,
    queryCap,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        contextOf(await principalOf(req.headers.authorization), undefined, req.ip),
    }),
  );
  // GET /export/<table>.xlsx: a table as Excel, through the table's own GraphQL query.
  app.use(
    '/export',
    exportRouter({
      schema,
      principalOf,
      contextOf: (principal, clientAddress) => contextOf(principal, undefined, clientAddress),
      calendar,
      log,
    }),
  );
  app.use(['/graphql', '/ingest', '/takeaway', '/health', '/metrics', '/export'], apiNotFound);
  // The web app (web/dist) at /, after the API routes.
  app.use(webApp());
  app.use(jsonErrors(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url, subscriptions: url.replace(/^http/, 'ws') }, 'gateway listening');
  return {
    url,
    async close() {
      ops.close();
      await apollo.stop();
      await outcomes.close();
    },
  };
}
