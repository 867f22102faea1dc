/** The projector process: `tsx services/projector/src/main.ts` (npm start runs it for you). */
import { migrate, openRuntime } from '@chainlift/platform';
import { startProjector } from './projector';

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
  log.info(
    { group: config.projector.group, maxEventBytes: config.projector.maxEventBytes },
    'projector ready',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'projector stopping: finishing the batch in hand');
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
