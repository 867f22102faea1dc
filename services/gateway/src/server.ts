/**
 * The gateway's server: Express 5 + Apollo Server 5 for queries and mutations (limits from
 * graphql-armor), graphql-ws on the same port and path for subscriptions, and POST /ingest; HTTP
 * answers compressed when the client accepts it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Driver, EventBus, Logger } from '@chainlift/platform';
import { makeExecutableSchema } from '@graphql-tools/schema';
import compression from 'compression';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { RequestAuthorizer } from './auth/request-authorizer';
import { neo4jFacts } from './auth/facts';
import { principalFrom } from './auth/session';
import type { TokenService } from './auth/tokens';
import type { Context } from './context';
import { maskErrors } from './graphql/errors';
import { ingestRouter } from './ingest/ingest-router';
import { resolvers, typeDefs } from './graphql/schema';
import { apiKeyReads } from './reads/api-keys';
import { assessmentReads } from './reads/assessment';
import { chainReads } from './reads/chains';
import { companyReads } from './reads/companies';
import { consentReads } from './reads/consents';
import { reader } from './reads/graph';
import { financeReads, loanReads } from './reads/finance';
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
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { driver, bus, log } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const formatError = maskErrors(log);

  const outcomes = await startOutcomeWaiter({ bus, driver, log, database: options.database });
  const read = reader(driver, options.database);
  const users = userReads(read);
  const networkCache = new NetworkCache();
  const events = eventSubmitter({ bus, outcomes, waitMs: options.outcomeWaitMs, log });
  /** One context per HTTP request, or per WebSocket subscription (the token comes in the connection parameters). */
  const contextFor = async (authorization: string | undefined): Promise<Context> => {
    const principal = await principalFrom(authorization, options.tokens, users);
    const authorizerFor = (who: typeof principal) =>
      new RequestAuthorizer(who, neo4jFacts(driver, options.database), bus);
    return {
      principal,
      auth: authorizerFor(principal),
      // Re-reads the token's user (deactivated? expired?) and the facts: for long-lived subscriptions.
      authorizer: async () =>
        authorizerFor(await principalFrom(authorization, options.tokens, users)),
      companies: companyReads(read),
      users,
      chains: chainReads(read),
      network: networkReads(read, networkCache),
      orders: orderReads(read),
      inventory: inventoryReads(read),
      consents: consentReads(read),
      apiKeys: apiKeyReads(read),
      finance: financeReads(read),
      loans: loanReads(read),
      risk: riskReads(read),
      assessments: assessmentReads(read),
      events,
      outcomes,
      tokens: options.tokens,
      log,
    };
  };

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const ws = useServer<{ authorization?: string }>(
    {
      schema,
      context: ({ connectionParams }) =>
        contextFor(
          typeof connectionParams?.authorization === 'string'
            ? connectionParams.authorization
            : undefined,
        ),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : result,
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => formatError(e.toJSON(), e)) as never,
    },
    wsServer,
  );

  // Depth, aliases, directives and tokens are bounded here; list sizes are bounded by each resolver's
  // `first` cap (the cost rule only multiplies literal arguments, so it is set for the largest page).
  const armor = new ApolloArmor({ maxDepth: { n: 12 }, costLimit: { maxCost: 1_000_000 } });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      // No cache hints are used; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => void (await ws.dispose()) }) },
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  // gzip/deflate for every HTTP answer worth it (the web app's scripts, styles and page, GraphQL
  // results over 1 KB) when the client accepts it; graphql-ws upgrades bypass Express entirely.
  app.use(compression());
  app.use('/ingest', ingestRouter({ bus, apiKeys: apiKeyReads(read), log }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req.headers.authorization) }),
  );
  // The web app (web/dist) at /, after the API routes.
  app.use(webApp());

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
      await apollo.stop();
      await outcomes.close();
    },
  };
}
