/** The projector process: `tsx services/projector/src/main.ts` (npm start runs it for you). */
import {
  calendarOf,
  CORE_TOPICS,
  kafkaAnswers,
  measureGroupLag,
  reuseFor,
  LAG_MEASUREMENT_REUSE_MS,
  migrate,
  neo4jAnswers,
  openRuntime,
  startOpsServer,
  type OpsServer,
} from '@chainlift/platform';
import { startProjector } from './projector';
import { startTaskDueScheduler } from './scheduler/task-due';

async function main() {
  const { config, log, driver, bus, close } = await openRuntime('projector');
  await migrate(driver);
  await bus.ensureTopics();
  const projector = await startProjector({
    driver,
    bus,
    log,
    group: config.projector.group,
    database: config.neo4j.database,
    maxEventBytes: config.projector.maxEventBytes,
    onFatal: (error) => {
      log.fatal(
        { err: error },
        'the Kafka consumer stopped for good: exiting (a restart resumes at the offsets stored in Neo4j)',
      );
      process.exit(1);
    },
  });
  await projector.joined;
  // Improvement tasks falling due (TASK_DUE in the inbox): one projector of the group acts (a lease).
  const scheduler = startTaskDueScheduler({
    driver,
    bus,
    log,
    calendar: calendarOf(config),
    database: config.neo4j.database,
  });
  // Health and metrics for the operator (PROJECTOR_HTTP_PORT; 0: none).
  let ops: OpsServer | undefined;
  const measureLag = reuseFor(LAG_MEASUREMENT_REUSE_MS, () =>
    measureGroupLag(bus, config.projector.group, CORE_TOPICS),
  );
  if (config.projector.http.port !== 0) {
    ops = await startOpsServer({
      host: config.projector.http.host,
      port: config.projector.http.port,
      log,
      metricsToken: config.metrics.token,
      checks: {
        neo4j: neo4jAnswers(driver, config.neo4j.database),
        kafka: kafkaAnswers(bus),
        consumer: () => Promise.resolve(projector.health()),
      },
      beforeScrape: async () => {
        await measureLag();
      },
    }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new Error(
            `Port ${config.projector.http.port} is taken by another program. Stop it or set PROJECTOR_HTTP_PORT to a free port (0: no health/metrics port).`,
          )
        : error;
    });
    log.info({ url: ops.url }, 'projector health and metrics');
  }
  log.info(
    { group: config.projector.group, maxEventBytes: config.projector.maxEventBytes },
    'projector ready',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'projector stopping: finishing the batch in hand');
    await ops?.close();
    await scheduler.stop();
    await projector.stop();
    await close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`projector: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
