/**
 * The servers behind the integration tests: a real Neo4j and a real Kafka on free ports in a
 * throw-away folder (or the clusters named by NEO4J_URI / KAFKA_BROKERS), plus one projector
 * process — the same code `npm start` runs. Started once per jest run, stopped at its end.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureLocalInfra, stopLocalInfra } from '../../infra/local';
import { freePort } from '../../infra/local/ports';
import { stopByPidFile } from '../../infra/local/process';
import { ensurePlatformAdmin } from '../../scripts/lib/platform-admin';
import { TEST_ADMIN } from '../support/accounts';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import {
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  migrate,
  REPO_ROOT,
} from '../../services/platform/src';

export interface TestPlatform {
  stateDir: string;
  projector: ServiceProcess;
  ownsInfra: boolean;
}

const say = (line: string) => process.stdout.write(`  [test platform] ${line}\n`);

export async function startTestPlatform(): Promise<TestPlatform> {
  const stateDir = path.join(REPO_ROOT, '.chainlift', `test-${Date.now()}-${process.pid}`);
  const [neo4jPort, kafkaPort, controllerPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const config = loadConfig({
    ...process.env,
    CHAINLIFT_STATE_DIR: stateDir,
    NEO4J_BOLT_PORT: String(neo4jPort),
    KAFKA_PORT: String(kafkaPort),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? '1g',
  });
  const ownsInfra = config.neo4j.uri === undefined || config.kafka.brokers === undefined;
  // If jest is interrupted before its teardown, do not leave servers behind.
  const emergencyStop = () => {
    for (const pid of ['neo4j.pid', 'kafka.pid'])
      void stopByPidFile(path.join(stateDir, pid), 0).catch(() => undefined);
  };
  process.once('SIGINT', emergencyStop);
  process.once('SIGTERM', emergencyStop);
  try {
    const endpoints = await ensureLocalInfra(config, say);
    const driver = createDriver({
      uri: endpoints.neo4jUri,
      user: config.neo4j.user,
      password: config.neo4j.password,
    });
    await migrate(driver);
    await driver.close();
    const bus = createEventBus({
      brokers: endpoints.kafkaBrokers,
      clientId: 'test-setup',
      log: createLogger('test-setup', 'warn'),
    });
    await bus.ensureTopics();
    await bus.close();

    process.env.NEO4J_URI = endpoints.neo4jUri;
    process.env.KAFKA_BROKERS = endpoints.kafkaBrokers.join(',');
    process.env.CHAINLIFT_TEST_STATE_DIR = stateDir;

    const projector = startService({
      name: 'projector',
      entry: 'services/projector/src/main.ts',
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'info' },
      logDir: path.join(stateDir, 'logs'),
      readyWhen: /"msg":"projector ready"/,
    });
    await projector.ready;
    const adminDriver = createDriver({
      uri: endpoints.neo4jUri,
      user: config.neo4j.user,
      password: config.neo4j.password,
    });
    const adminBus = createEventBus({
      brokers: endpoints.kafkaBrokers,
      clientId: 'test-admin',
      log: createLogger('test-setup', 'warn'),
    });
    await ensurePlatformAdmin(adminDriver, adminBus, TEST_ADMIN);
    await adminBus.close();
    await adminDriver.close();
    say(
      `ready: Neo4j ${endpoints.neo4jUri}, Kafka ${endpoints.kafkaBrokers.join(',')}, projector log ${projector.logFile}`,
    );
    return { stateDir, projector, ownsInfra };
  } catch (error) {
    await stopLocalInfra(stateDir, say).catch(() => undefined);
    throw error;
  }
}

export async function stopTestPlatform(platform: TestPlatform): Promise<void> {
  await platform.projector.stop();
  if (platform.ownsInfra) await stopLocalInfra(platform.stateDir, say);
  if (!process.env.KEEP_TEST_DATA) rmSync(platform.stateDir, { recursive: true, force: true });
}
