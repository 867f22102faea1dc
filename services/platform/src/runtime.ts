/** What every service process opens at start: config, a logger, a checked Neo4j driver and the event bus. */
import { endpointsOf, loadConfig, type Config, type Endpoints } from './config';
import { checkKafka, createEventBus, type EventBus } from './kafka/bus';
import { createLogger, type Logger } from './log';
import { checkNeo4j, createDriver, type Driver } from './neo4j/driver';
import { startTracing } from './tracing';

export interface Runtime {
  config: Config;
  endpoints: Endpoints;
  log: Logger;
  driver: Driver;
  bus: EventBus;
  close(): Promise<void>;
}

export async function openRuntime(
  service: string,
  options: { config?: Config; endpoints?: Endpoints; logLevel?: string } = {},
): Promise<Runtime> {
  const config = options.config ?? loadConfig();
  const endpoints = options.endpoints ?? endpointsOf(config);
  // Trace ids from the first line on; spans exported when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const tracing = startTracing(service);
  const log = createLogger(service, options.logLevel ?? config.logLevel);
  if (tracing.exporting) log.info('exporting traces over OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT)');
  const driver = createDriver({
    uri: endpoints.neo4jUri,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  await checkNeo4j(driver, endpoints.neo4jUri, config.neo4j.user).catch(async (error: unknown) => {
    await driver.close();
    throw error;
  });
  const bus = createEventBus({
    brokers: endpoints.kafkaBrokers,
    clientId: `${config.kafka.clientId}-${service}`,
    log,
    security: config.kafka.security,
    topicSettings: config.kafka.topics,
  });
  // A wrong password or CA stops the service here with one line naming the variable to fix.
  await checkKafka(bus, endpoints.kafkaBrokers, config.kafka.security).catch(
    async (error: unknown) => {
      await bus.close();
      await driver.close();
      throw error;
    },
  );
  return {
    config,
    endpoints,
    log,
    driver,
    bus,
    async close() {
      await bus.close();
      await driver.close();
      await tracing.shutdown();
    },
  };
}
