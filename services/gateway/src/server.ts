/** The gateway's HTTP server: Express 5 + Apollo Server 5, with request limits from graphql-armor. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Driver, EventBus, Logger } from '@chainlift/platform';
import express from 'express';
import { ANONYMOUS } from './auth/authorize';
import type { Context } from './context';
import { maskErrors } from './graphql/errors';
import { resolvers, typeDefs } from './graphql/schema';
import { companyReads } from './reads/companies';
import { startOutcomeWaiter } from './writes/outcomes';
import { eventSubmitter } from './writes/submit';

export interface GatewayOptions {
  driver: Driver;
  bus: EventBus;
  log: Logger;
  host: string;
  /** 0 picks a free port. */
  port: number;
  outcomeWaitMs: number;
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
  const armor = new ApolloArmor({ maxDepth: { n: 12 }, costLimit: { maxCost: 20_000 } });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginDrainHttpServer({ httpServer })],
    formatError: maskErrors(log),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const outcomes = await startOutcomeWaiter({ bus, driver, log, database: options.database });
  const companies = companyReads(driver, options.database);
  const events = eventSubmitter({ bus, outcomes, waitMs: options.outcomeWaitMs, log });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ principal: ANONYMOUS, companies, events, outcomes, log }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    url,
    async close() {
      await apollo.stop();
      await outcomes.close();
    },
  };
}
