/**
 * The framework limit of bench:fanout: a bare graphql-ws server (the same graphql-ws, ws and
 * graphql-js the gateway runs) that pushes the bench's events straight from Kafka to its
 * subscribers — no authentication, no authorization, no Neo4j, no projector: each event is pushed,
 * as it is, to the subscriptions whose company it names. Run as a child process like the gateway:
 * `PORT=… FANOUT_TOPIC=… KAFKA_BROKERS=… tsx bare-graphql-ws.ts`.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createEventBus, createLogger, loadConfig } from '@chainlift/platform';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

/** The same fields the bench asks the gateway for. */
const typeDefs = `
  type Query { hello: String! }
  type Order { id: ID! number: String! status: String! }
  type Stock { sku: String! quantity: Int! }
  type Subscription {
    orderChanged(companyId: ID!): Order!
    stockChanged(companyId: ID!): [Stock!]!
  }
`;

interface Envelope {
  type: string;
  payload: Record<string, unknown> & {
    orderId?: string;
    number?: string;
    supplierId?: string;
    buyerId?: string;
    companyId?: string;
    positions?: { sku: string; quantity: number }[];
  };
}

type Listener = (event: Envelope) => void;
const listeners = new Set<Listener>();

/** The events of the topic that match `wanted`, as pushed values; ends when the client unsubscribes. */
async function* matching<T>(
  wanted: (event: Envelope) => T | undefined,
): AsyncGenerator<T, void, undefined> {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  const listener: Listener = (event) => {
    const value = wanted(event);
    if (value === undefined) return;
    queue.push(value);
    wake?.();
  };
  listeners.add(listener);
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      yield queue.shift()!;
    }
  } finally {
    listeners.delete(listener);
  }
}

const resolvers = {
  Query: { hello: () => 'world' },
  Subscription: {
    orderChanged: {
      subscribe: (_: unknown, { companyId }: { companyId: string }) =>
        matching((e) =>
          e.type === 'OrderPlaced' &&
          (e.payload.supplierId === companyId || e.payload.buyerId === companyId)
            ? { id: e.payload.orderId, number: e.payload.number, status: 'PLACED' }
            : undefined,
        ),
      resolve: (order: unknown) => order,
    },
    stockChanged: {
      subscribe: (_: unknown, { companyId }: { companyId: string }) =>
        matching((e) =>
          e.type === 'StockReported' && e.payload.companyId === companyId
            ? e.payload.positions
            : undefined,
        ),
      resolve: (positions: unknown) => positions,
    },
  },
};

async function main() {
  const topic = process.env.FANOUT_TOPIC;
  if (!topic) throw new Error('FANOUT_TOPIC is not set');
  const config = loadConfig();
  const log = createLogger('bare-graphql-ws', 'warn');
  const bus = createEventBus({
    brokers: config.kafka.brokers!,
    clientId: 'bare-graphql-ws',
    log,
    security: config.kafka.security,
  });
  const httpServer = http.createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const server = useServer({ schema: makeExecutableSchema({ typeDefs, resolvers }) }, wsServer);
  let joined!: () => void;
  const consuming = new Promise<void>((resolve) => (joined = resolve));
  const consumer = await bus.consume({
    groupId: `bare-graphql-ws-${randomUUID()}`,
    topics: [topic],
    fromBeginning: false,
    ephemeral: true,
    onJoin: () => joined(),
    async eachBatch(batch) {
      for (const message of batch.messages) {
        if (!message.value) continue;
        const event = JSON.parse(message.value.toString('utf8')) as Envelope;
        for (const listener of listeners) listener(event);
      }
    },
  });
  await consuming;
  const port = Number(process.env.PORT ?? 0);
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  console.log(JSON.stringify({ msg: 'bare graphql-ws listening', port }));
  const stop = () =>
    void Promise.allSettled([server.dispose(), consumer.stop()])
      .then(() => bus.close())
      .finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) void main();
