/**
 * What an integration test talks to: a gateway of its own (in this process, on a free port)
 * over the shared real Neo4j, Kafka and projector that the global setup started.
 */
import { withUsccCheckChar } from '../../services/domain/src';
import { startGateway } from '../../services/gateway/src';
import {
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  type Driver,
  type EventBus,
} from '../../services/platform/src';
import { graphql, graphqlData } from '../../scripts/lib/graphql-client';

export interface TestApi {
  url: string;
  driver: Driver;
  bus: EventBus;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => ReturnType<typeof graphql<T>>;
  data: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<T>;
  /** Runs a read query and returns plain rows. */
  cypher: (query: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startTestApi(options: { outcomeWaitMs?: number } = {}): Promise<TestApi> {
  const config = loadConfig();
  const log = createLogger('test-gateway', process.env.TEST_LOG_LEVEL ?? 'silent');
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  const bus = createEventBus({ brokers: config.kafka.brokers!, clientId: 'test', log });
  const gateway = await startGateway({
    driver,
    bus,
    log,
    host: '127.0.0.1',
    port: 0,
    outcomeWaitMs: options.outcomeWaitMs ?? 20_000,
  });
  return {
    url: gateway.url,
    driver,
    bus,
    gql: (query, variables) => graphql(gateway.url, query, variables),
    data: (query, variables) => graphqlData(gateway.url, query, variables),
    async cypher(query, params = {}) {
      const { records } = await driver.executeQuery(query, params);
      return records.map((r) => r.toObject());
    },
    async close() {
      await gateway.close();
      await bus.close();
      await driver.close();
    },
  };
}

/** A fresh valid USCC per call, so tests never collide with each other or with earlier runs. */
let counter = 0;
export function uniqueUscc(): string {
  counter += 1;
  const body = `${Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '1')
    .slice(-5)}${String(counter).padStart(4, '0')}`;
  return withUsccCheckChar(`91330200${body}`);
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
