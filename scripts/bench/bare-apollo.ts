/**
 * The framework limit of bench:api: a bare Apollo Server 5 on Express 5 (the same packages and
 * versions the gateway runs) answering one constant resolver, with nothing of ChainLift around it —
 * no authentication, no limits, no Neo4j. Run as a child process like the gateway: `PORT=… tsx bare-apollo.ts`.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

export const BARE_ANSWER = { hello: 'world' };

async function main() {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => BARE_ANSWER.hello } },
  });
  await apollo.start();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const port = Number(process.env.PORT ?? 0);
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  console.log(JSON.stringify({ msg: 'bare apollo listening', port }));
  const stop = () => void apollo.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) void main();
