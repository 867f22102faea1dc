/**
 * Secured connections, for real (issue 15, item 3): a Kafka with only a SASL_SSL listener (SCRAM,
 * certificates made here with openssl and keytool, SCRAM users written at format time, ACLs by
 * KRaft's StandardAuthorizer) and a Neo4j with authentication on and Bolt over TLS — servers of
 * this file's own, on free ports in a throw-away folder. The gateway and the projector run as
 * processes configured only by environment variables, each with its own Kafka principal:
 *   - a write through the gateway goes round Kafka and the projector and reads back from Neo4j;
 *   - a wrong Kafka or Neo4j password stops a service with one line naming the variable to fix;
 *   - another principal may not produce to a core topic (TOPIC_AUTHORIZATION_FAILED), nor may the
 *     projector's (only the gateway writes the system of record).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findJava } from '../../infra/local/java';
import { ensureJars, ensureNeo4jLauncher } from '../../infra/local/jars';
import { startKafka, type SecuredKafka } from '../../infra/local/kafka';
import { startNeo4j } from '../../infra/local/neo4j';
import { freePort } from '../../infra/local/ports';
import { bootstrapPlatformAdmin } from '../../scripts/lib/platform-admin';
import { graphqlData } from '../../scripts/lib/graphql-client';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import {
  createEventBus,
  createLogger,
  loadConfig,
  REPO_ROOT,
  serviceAcls,
  TOPIC,
  type EventBus,
  type KafkaSecurity,
} from '@chainlift/platform';
import { TEST_ADMIN } from '../support/accounts';
import { uniqueUscc } from '../support/platform';
import { ownServers, type OwnServers } from '../support/own-servers';

const say = (line: string) => process.stdout.write(`  [secured-connections] ${line}\n`);
const secret = () => randomBytes(12).toString('hex');

/** Another application's principal on the same cluster, allowed its own topic only. */
const OTHER_APP_TOPIC = 'other-app.events';

const PASSWORDS = {
  neo4j: secret(),
  admin: secret(),
  gateway: secret(),
  projector: secret(),
  intruder: secret(),
};

let stateDir: string;
let servers: OwnServers | undefined;
let tlsDir: string;
let caFile: string;
let neo4jUri: string;
let broker: string;
let ca: string;
const services = new Set<ServiceProcess>();
/** What each service process wrote to stderr (where a service says why it stops). */
const stderrOf = new Map<ServiceProcess, string>();
const buses: EventBus[] = [];

/** openssl and keytool, as an operator would: a CA, a server certificate for 127.0.0.1, stores. */
function makeCertificates(dir: string, storePassword: string) {
  mkdirSync(dir, { recursive: true });
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  };
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=ChainLift test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  run('openssl', [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'private.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  writeFileSync(
    path.join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n',
  );
  run('openssl', [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'public.crt',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  ]);
  // Kafka: PKCS12 keystore (key + certificate + CA) and truststore (the CA), made with keytool.
  run('openssl', [
    'pkcs12',
    '-export',
    '-in',
    'public.crt',
    '-inkey',
    'private.key',
    '-certfile',
    'ca.pem',
    '-name',
    'broker',
    '-out',
    'broker.p12',
    '-passout',
    `pass:${storePassword}`,
  ]);
  run('keytool', [
    '-importcert',
    '-noprompt',
    '-alias',
    'ca',
    '-file',
    'ca.pem',
    '-keystore',
    'truststore.p12',
    '-storetype',
    'PKCS12',
    '-storepass',
    storePassword,
  ]);
  // Neo4j's Bolt policy folder: private.key and public.crt (plus trusted/ and revoked/).
  mkdirSync(path.join(dir, 'trusted'), { recursive: true });
  mkdirSync(path.join(dir, 'revoked'), { recursive: true });
  writeFileSync(path.join(dir, 'trusted', 'ca.pem'), readFileSync(path.join(dir, 'ca.pem')));
}

const kafkaUser = (username: string, password: string): KafkaSecurity => ({
  ssl: { ca },
  sasl: { mechanism: 'scram-sha-512', username, password },
});

/** A client of the secured Kafka as `username` (not a platform service). */
function busAs(username: string, password: string): EventBus {
  const bus = createEventBus({
    brokers: [broker],
    clientId: `secured-${username}`,
    log: createLogger('secured-connections', 'silent'),
    security: kafkaUser(username, password),
    topicSettings: { replicationFactor: 1, minInsyncReplicas: 1 },
  });
  buses.push(bus);
  return bus;
}

/** A service's environment: every setting from variables, as in a deployment. */
function serviceEnv(
  service: 'gateway' | 'projector',
  overrides: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CHAINLIFT_MODE: 'demo',
    CHAINLIFT_STATE_DIR: stateDir,
    JWT_SECRET: 'secured-connections-test-secret-0123456789',
    LOG_LEVEL: 'info',
    NEO4J_URI: neo4jUri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: PASSWORDS.neo4j,
    // Node trusts the deployment's private CA for bolt+s:// this way (the driver uses Node's TLS).
    NODE_EXTRA_CA_CERTS: caFile,
    KAFKA_BROKERS: broker,
    KAFKA_SSL_CA_FILE: caFile,
    KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
    KAFKA_SASL_USERNAME: service,
    KAFKA_SASL_PASSWORD: PASSWORDS[service],
    ...overrides,
  };
}

let started = 0;
function startProcess(service: 'gateway' | 'projector', env: NodeJS.ProcessEnv): ServiceProcess {
  started += 1;
  const p = startService({
    name: `secured-${service}-${started}`,
    entry: `services/${service}/src/main.ts`,
    cwd: REPO_ROOT,
    env,
    logDir: path.join(stateDir, 'logs'),
    readyWhen: service === 'gateway' ? /"msg":"gateway listening"/ : /"msg":"projector ready"/,
  });
  services.add(p);
  stderrOf.set(p, '');
  p.child.stderr!.on('data', (chunk: Buffer) =>
    stderrOf.set(p, stderrOf.get(p) + chunk.toString()),
  );
  return p;
}

/** How a service that could not start ended: its exit code and what it said on stderr. */
async function exitOf(p: ServiceProcess): Promise<{ code: number | null; lines: string[] }> {
  // 'close': the process has exited and its output streams are drained.
  const code = await new Promise<number | null>((resolve) => {
    if (p.child.exitCode !== null && p.child.stderr!.readableEnded) resolve(p.child.exitCode);
    else p.child.once('close', (c) => resolve(c));
  });
  const lines = (stderrOf.get(p) ?? '')
    .trim()
    .split('\n')
    // JSON lines are the log; Node's own warnings (e.g. a deprecation) are not the service's words.
    .filter((line) => line && !line.startsWith('{') && !/^\((node:\d+|Use `node)/.test(line));
  return { code, lines };
}

/** Every name, type and message along an error's cause chain (kafkajs wraps its errors). */
function errorText(error: unknown): string {
  const parts: string[] = [];
  for (
    let e = error as
      { name?: string; type?: string; message?: string; cause?: unknown } | undefined;
    e && parts.length < 6;
    e = e.cause as typeof e
  )
    parts.push(`${e.name} ${e.type ?? ''} ${e.message}`);
  return parts.join(' / ');
}

let gatewayUrl: string;

beforeAll(async () => {
  servers = ownServers('secured', say);
  stateDir = servers.stateDir;
  tlsDir = path.join(stateDir, 'tls');
  const storePassword = secret();
  makeCertificates(tlsDir, storePassword);
  caFile = path.join(tlsDir, 'ca.pem');
  ca = readFileSync(caFile, 'utf8');

  const config = loadConfig({ ...process.env, CHAINLIFT_STATE_DIR: stateDir });
  const java = findJava();
  const neo4jLib = ensureJars('neo4j', config.local.cacheDir, say);
  const kafkaLib = ensureJars('kafka', config.local.cacheDir, say);
  const secured: SecuredKafka = {
    keystore: { file: path.join(tlsDir, 'broker.p12'), password: storePassword },
    truststore: { file: path.join(tlsDir, 'truststore.p12'), password: storePassword },
    admin: { username: 'admin', password: PASSWORDS.admin },
    users: (['gateway', 'projector', 'intruder'] as const).map((username) => ({
      username,
      password: PASSWORDS[username],
    })),
  };
  [neo4jUri, broker] = await Promise.all([
    startNeo4j(
      {
        java,
        lib: neo4jLib,
        launcherDir: ensureNeo4jLauncher(neo4jLib, java.javac),
        stateDir,
        port: await freePort(),
        heap: process.env.NEO4J_HEAP ?? '384m',
        pageCacheMb: 64,
        password: PASSWORDS.neo4j,
        tlsDir,
        // A first start creates the system database and its users: slow on a busy 2-core machine.
        readyTimeoutMs: 480_000,
      },
      say,
    ),
    startKafka(
      {
        java,
        lib: kafkaLib,
        stateDir,
        port: await freePort(),
        controllerPort: await freePort(),
        heap: process.env.KAFKA_HEAP ?? '384m',
        secured,
      },
      say,
    ),
  ]);
  expect(neo4jUri).toMatch(/^bolt\+s:\/\//);

  // The cluster's administrator creates the topics and grants each service its ACLs.
  const admin = busAs('admin', PASSWORDS.admin);
  await admin.ensureTopics();
  await admin.ensureTopics([
    { name: OTHER_APP_TOPIC, core: false, partitions: 1, key: 'any', config: {} },
  ]);
  await admin.grantAcls([
    ...serviceAcls({ gateway: 'gateway', projector: 'projector' }),
    {
      principal: 'User:intruder',
      resourceType: 'TOPIC',
      resourceName: OTHER_APP_TOPIC,
      patternType: 'LITERAL',
      operation: 'WRITE',
    },
  ]);

  const projector = startProcess('projector', serviceEnv('projector'));
  await projector.ready;
  // The first admin, published with the gateway's principal (the platform's own writer). This
  // process trusts the test CA through the driver's +ssc scheme (NODE_EXTRA_CA_CERTS is read at start).
  const gatewayEnv = serviceEnv('gateway', { GATEWAY_PORT: String(await freePort()) });
  const bootstrapConfig = loadConfig({
    ...gatewayEnv,
    NEO4J_URI: neo4jUri.replace('bolt+s:', 'bolt+ssc:'),
  });
  await bootstrapPlatformAdmin(
    bootstrapConfig,
    { neo4jUri: bootstrapConfig.neo4j.uri!, kafkaBrokers: [broker] },
    TEST_ADMIN,
  );
  const gateway = startProcess('gateway', gatewayEnv);
  await gateway.ready;
  gatewayUrl = `http://127.0.0.1:${gatewayEnv.GATEWAY_PORT}/graphql`;
}, 1_500_000);

afterAll(async () => {
  for (const p of services) await p.stop();
  for (const bus of buses) await bus.close().catch(() => undefined);
  await servers?.stop();
}, 120_000);

describe('secured connections: SASL_SSL Kafka with ACLs, Neo4j with authentication and TLS', () => {
  it('the gateway and the projector connect with their own principals and a write goes round', async () => {
    const { login } = await graphqlData<{ login: { token: string } }>(
      gatewayUrl,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: TEST_ADMIN.email, p: TEST_ADMIN.password },
    );
    const headers = { authorization: `Bearer ${login.token}` };
    const { registerCompany } = await graphqlData<{
      registerCompany: { status: string; company: { id: string; name: string } | null };
    }>(
      gatewayUrl,
      'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { status company { id name } } }',
      {
        input: {
          name: '加密连接测试企业',
          uscc: uniqueUscc(),
          kind: 'SME',
          region: '浙江省宁波市',
          industry: '测试',
        },
      },
      headers,
    );
    expect(registerCompany.status).toBe('APPLIED');
    const id = registerCompany.company!.id;
    const read = await graphqlData<{ company: { name: string } | null }>(
      gatewayUrl,
      'query ($id: ID!) { company(id: $id) { name } }',
      { id },
      headers,
    );
    expect(read.company?.name).toBe('加密连接测试企业');
  });

  it('a wrong Kafka password stops the gateway with one line naming KAFKA_SASL_PASSWORD', async () => {
    const p = startProcess(
      'gateway',
      serviceEnv('gateway', {
        GATEWAY_PORT: String(await freePort()),
        KAFKA_SASL_PASSWORD: 'not-the-password',
      }),
    );
    const { code, lines } = await exitOf(p);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^gateway: Kafka at 127\.0\.0\.1:\d+ refused the SCRAM-SHA-512 login of user "gateway"/,
    );
    expect(lines[0]).toContain('Check KAFKA_SASL_PASSWORD');
  }, 120_000);

  it('a Kafka CA that did not sign the broker stops the projector with one line naming KAFKA_SSL_CA_FILE', async () => {
    const otherCa = path.join(stateDir, 'other-ca');
    makeCertificates(otherCa, secret());
    const p = startProcess(
      'projector',
      serviceEnv('projector', { KAFKA_SSL_CA_FILE: path.join(otherCa, 'ca.pem') }),
    );
    const { code, lines } = await exitOf(p);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^projector: Kafka at .* Check KAFKA_SSL_CA_FILE/);
  }, 120_000);

  it('another principal may not produce to a core topic: TOPIC_AUTHORIZATION_FAILED', async () => {
    const intruder = busAs('intruder', PASSWORDS.intruder);
    // A working principal of the same cluster: its own topic takes its messages…
    await intruder.publish(OTHER_APP_TOPIC, [{ key: 'k', value: 'fine' }]);
    // …but the system of record refuses them.
    const forged = JSON.stringify({ id: 'forged', type: 'OrderPlaced', payload: {} });
    const refused = await intruder.publish(TOPIC.orders, [{ key: 'k', value: forged }]).then(
      () => 'accepted',
      (error: unknown) => errorText(error),
    );
    expect(refused).toContain('TOPIC_AUTHORIZATION_FAILED');
    // Nor may the projector's principal write events (it only reads them and answers outcomes).
    const projector = busAs('projector', PASSWORDS.projector);
    const byProjector = await projector
      .publish(TOPIC.masterdata, [{ key: 'k', value: forged }])
      .then(
        () => 'accepted',
        (error: unknown) => errorText(error),
      );
    expect(byProjector).toContain('TOPIC_AUTHORIZATION_FAILED');
  }, 60_000);

  it('a wrong Neo4j password stops the projector with one line naming NEO4J_PASSWORD', async () => {
    const p = startProcess(
      'projector',
      serviceEnv('projector', { NEO4J_PASSWORD: 'not-the-password' }),
    );
    const { code, lines } = await exitOf(p);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^projector: Neo4j at bolt\+s:\/\/127\.0\.0\.1:\d+ refused user "neo4j"/,
    );
    expect(lines[0]).toContain('Check NEO4J_PASSWORD');
  }, 120_000);
});
