/**
 * A throw-away platform for the integration tests and the benchmarks: a real Neo4j and a real
 * Kafka on free ports in a folder of its own under .chainlift/ (or the clusters named by
 * NEO4J_URI / KAFKA_BROKERS), migrations, topics, one projector process — the same code
 * `npm start` runs — and a platform admin. It never collides with a running `npm start`.
 * It sets NEO4J_URI and KAFKA_BROKERS in process.env so code started afterwards finds it.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureLocalInfra, stopLocalInfra } from '../../infra/local';
import { freePort } from '../../infra/local/ports';
import { readPid, stopOnInterrupt } from '../../infra/local/process';
import { bootstrapPlatformAdmin, type AdminCredentials } from './platform-admin';
import { startService, type ServiceProcess } from './service-process';
import {
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  migrate,
  REPO_ROOT,
} from '@chainlift/platform';

export interface EphemeralPlatform {
  stateDir: string;
  projector: ServiceProcess;
  ownsInfra: boolean;
  say: (line: string) => void;
  /** Removes the Ctrl-C handler that stops the servers; the normal stop calls it. */
  releaseInterrupt: () => void;
  /**
   * The environment variables the start set: what it set them to, and what they were before. The
   * stop puts back those still holding this platform's value.
   */
  env: { name: string; set: string | undefined; before: string | undefined }[];
  /** Its folder outlives the stop (a reused one, or KEEP_TEST_DATA=1). */
  kept: boolean;
}

/** What a start sets in process.env for code started afterwards (and a stop puts back). */
const PLATFORM_ENV = [
  'NEO4J_URI',
  'KAFKA_BROKERS',
  'CHAINLIFT_TEST_STATE_DIR',
  'PROJECTOR_HTTP_PORT',
  'CHAINLIFT_TEST_PROJECTOR_URL',
] as const;

const defaultSay = (line: string) => process.stdout.write(`  [test platform] ${line}\n`);

export async function startEphemeralPlatform(
  admin: AdminCredentials,
  options: {
    name?: string;
    say?: (line: string) => void;
    /** The folder of a platform kept by an earlier run (KEEP_TEST_DATA=1): started again on its data, and kept. */
    reuse?: string;
  } = {},
): Promise<EphemeralPlatform> {
  const say = options.say ?? defaultSay;
  const stateDir =
    options.reuse ??
    path.join(REPO_ROOT, '.chainlift', `${options.name ?? 'test'}-${Date.now()}-${process.pid}`);
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
  if (options.reuse) refuseToReuse(options.reuse, ownsInfra);
  // If jest is interrupted before its teardown, do not leave servers behind.
  const releaseInterrupt = stopOnInterrupt(stateDir);
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
      security: config.kafka.security,
      topicSettings: config.kafka.topics,
    });
    await bus.ensureTopics();
    await bus.close();

    const before = PLATFORM_ENV.map((name) => process.env[name]);
    process.env.NEO4J_URI = endpoints.neo4jUri;
    process.env.KAFKA_BROKERS = endpoints.kafkaBrokers.join(',');
    process.env.CHAINLIFT_TEST_STATE_DIR = stateDir;

    // The shared projector's health and metrics port; projectors that tests start themselves have none.
    const projectorHttpPort = await freePort();
    process.env.PROJECTOR_HTTP_PORT = '0';
    process.env.CHAINLIFT_TEST_PROJECTOR_URL = `http://127.0.0.1:${projectorHttpPort}`;
    const projector = startService({
      name: 'projector',
      entry: 'services/projector/src/main.ts',
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', PROJECTOR_HTTP_PORT: String(projectorHttpPort) },
      logDir: path.join(stateDir, 'logs'),
      readyWhen: /"msg":"projector ready"/,
    });
    await projector.ready;
    await bootstrapPlatformAdmin(config, endpoints, admin);
    say(
      `ready: Neo4j ${endpoints.neo4jUri}, Kafka ${endpoints.kafkaBrokers.join(',')}, projector log ${projector.logFile}`,
    );
    const env = PLATFORM_ENV.map((name, i) => ({
      name,
      set: process.env[name],
      before: before[i],
    }));
    return { stateDir, projector, ownsInfra, say, releaseInterrupt, env, kept: !!options.reuse };
  } catch (error) {
    releaseInterrupt();
    await stopLocalInfra(stateDir, say).catch(() => undefined);
    throw error;
  }
}

/** A kept folder is started again only when nothing runs from it and the servers are ours to start. */
function refuseToReuse(stateDir: string, ownsInfra: boolean): void {
  if (!ownsInfra)
    throw new Error(
      'a kept platform folder cannot be reused with NEO4J_URI / KAFKA_BROKERS set: those servers would be measured instead',
    );
  for (const server of ['neo4j', 'kafka']) {
    const pid = readPid(path.join(stateDir, `${server}.pid`));
    if (pid !== undefined)
      throw new Error(
        `${stateDir} is in use: its ${server} runs (pid ${pid}); stop what runs from it first`,
      );
  }
}

export async function stopEphemeralPlatform(platform: EphemeralPlatform): Promise<void> {
  await platform.projector.stop();
  if (platform.ownsInfra) await stopLocalInfra(platform.stateDir, platform.say);
  platform.releaseInterrupt();
  // A later platform in the same process (bench:network runs one per size) must not find this one's.
  for (const { name, set, before } of platform.env) {
    if (process.env[name] !== set) continue;
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
  if (!platform.kept && !process.env.KEEP_TEST_DATA)
    rmSync(platform.stateDir, { recursive: true, force: true });
}
