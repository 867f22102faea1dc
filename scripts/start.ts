/**
 * npm start: the whole platform on this machine. Starts (or reuses) a local Neo4j and Kafka
 * unless NEO4J_URI / KAFKA_BROKERS point elsewhere, applies migrations, creates topics, runs the
 * projector and the gateway, seeds the demo chain into an empty database, and prints where to go.
 * Ctrl-C stops the projector and the gateway; Neo4j and Kafka keep running until `npm run infra:stop`.
 */
import path from 'node:path';
import { ensureLocalInfra } from '../infra/local';
import {
  checkKafka,
  checkNeo4j,
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  migrate,
  productionRefusal,
  REPO_ROOT,
} from '@chainlift/platform';
import { fatal, say } from './lib/say';
import { startService, type ServiceProcess } from './lib/service-process';
import { ensureWebBuilt } from './lib/web-build';
import { bootstrapPlatformAdmin } from './lib/platform-admin';
import { DEMO_ADMIN } from './seed/demo-chain';
import { demoLogins, seedDemo } from './seed/seed-demo';

// `npm start` is the demo unless told otherwise: demo logins, introspection, a generated JWT secret.
process.env.CHAINLIFT_MODE ||= 'demo';

async function main() {
  const started = Date.now();
  // The web app is built (when web/dist is missing or stale) while Neo4j and Kafka start.
  const webBuild = ensureWebBuilt(say).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const config = loadConfig();
  const refusal = productionRefusal(config);
  if (refusal) throw new Error(refusal);
  const endpoints = await ensureLocalInfra(config, say);

  const driver = createDriver({
    uri: endpoints.neo4jUri,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  await checkNeo4j(driver, endpoints.neo4jUri, config.neo4j.user);
  const applied = await migrate(driver);
  say(
    applied.length ? `Neo4j migrations applied: ${applied.join(', ')}` : 'Neo4j schema up to date',
  );
  const bus = createEventBus({
    brokers: endpoints.kafkaBrokers,
    clientId: 'chainlift-start',
    log: createLogger('start', 'warn'),
    security: config.kafka.security,
    topicSettings: config.kafka.topics,
  });
  // An unreachable or misconfigured Kafka is one line naming the variable to fix, as for Neo4j.
  await checkKafka(bus, endpoints.kafkaBrokers, config.kafka.security).catch(
    async (error: unknown) => {
      await bus.close();
      await driver.close();
      throw error;
    },
  );
  const created = await bus.ensureTopics();
  say(created.length ? `Kafka topics created: ${created.join(', ')}` : 'Kafka topics present');
  await bus.close();

  const env = {
    ...process.env,
    NEO4J_URI: endpoints.neo4jUri,
    KAFKA_BROKERS: endpoints.kafkaBrokers.join(','),
  };
  const logDir = path.join(config.local.stateDir, 'logs');
  const services: ServiceProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say(
      'stopping the gateway and the projector (Neo4j and Kafka keep running: `npm run infra:stop` stops them)…',
    );
    await Promise.all(services.map((s) => s.stop()));
    await driver.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const projector = startService({
    name: 'projector',
    entry: 'services/projector/src/main.ts',
    cwd: REPO_ROOT,
    env,
    logDir,
    readyWhen: /"msg":"projector ready"/,
  });
  const gateway = startService({
    name: 'gateway',
    entry: 'services/gateway/src/main.ts',
    cwd: REPO_ROOT,
    env,
    logDir,
    readyWhen: /"msg":"gateway listening"/,
  });
  services.push(projector, gateway);
  for (const service of services) {
    service.child.once('exit', (code) => {
      if (stopping) return;
      console.error(`\n✖ the ${service.name} stopped (code ${code}); its log: ${service.logFile}`);
      void stopAll(1);
    });
  }
  await Promise.all([projector.ready, gateway.ready]);
  const url = `http://${config.gateway.host}:${config.gateway.port}/graphql`;

  const { records } = await driver.executeQuery('MATCH (c:Company) RETURN count(c) AS n');
  const empty = Number(records[0]?.get('n') ?? 0) === 0;
  if (empty && config.mode !== 'demo') {
    say(
      config.firstAdmin
        ? `empty database, production mode: no demo accounts; the gateway creates the first platform admin ${config.firstAdmin.email} (CHAINLIFT_ADMIN_EMAIL).`
        : 'empty database, production mode: no demo accounts are seeded; create the first platform admin with `npm run admin -- create --email …` or CHAINLIFT_ADMIN_EMAIL/CHAINLIFT_ADMIN_PASSWORD.',
    );
  } else if (empty) {
    say('empty database: seeding the demo chain…');
    await bootstrapPlatformAdmin(config, endpoints, DEMO_ADMIN);
    await seedDemo(url, say, endpoints);
  }

  const webError = await webBuild;
  if (webError)
    console.error(`\n✖ ${webError}\n  The API runs; the web app is not available until it builds.`);
  console.log(`
ChainLift is ready (${((Date.now() - started) / 1000).toFixed(1)} s)

  Web app   ${url.replace(/\/graphql$/, '/')}
  GraphQL   ${url}
  Neo4j     ${endpoints.neo4jUri}
  Kafka     ${endpoints.kafkaBrokers.join(',')}
  Logs      ${logDir}

${config.mode === 'demo' ? demoHelp(url) : 'Production mode: no demo logins exist.\n'}Ctrl-C stops the platform; \`npm run infra:stop\` stops Neo4j and Kafka.
`);
}

/** How to try the demo (demo mode only: these accounts exist nowhere else). */
const demoHelp = (url: string) => `Try:
  curl -s ${url} -H 'content-type: application/json' \\
    -d '{"query":"mutation { login(email: \\"leader@demo.chainlift\\", password: \\"chainlift-demo\\") { token } }"}'

Log in with the login mutation, then send 'Authorization: Bearer <token>'. Demo logins:
${demoLogins()
  .map((l) => `  ${l}`)
  .join('\n')}
`;

main().catch(fatal);
