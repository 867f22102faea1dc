/**
 * The production build, run the way the image runs it (issue 15): `npm run build`, then the
 * Dockerfile's and compose file's very commands (IMAGE_COMMANDS: plain `node` on
 * services/<pkg>/dist, no tsx) in production mode, against the test platform's Neo4j and Kafka.
 * The compiled gateway answers its health check, serves the web build and GraphQL; a write through
 * it round-trips, and the compiled projector (in the platform's projector group) applies events.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, REPO_ROOT } from '@chainlift/platform';
import { freePort } from '../../infra/local/ports';
import { ENTRY_POINTS, IMAGE_COMMANDS } from '../../scripts/build';
import { graphqlData } from '../../scripts/lib/graphql-client';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import { TEST_ADMIN } from '../support/accounts';
import { uniqueUscc, waitFor } from '../support/platform';

let gateway: ServiceProcess;
let projector: ServiceProcess;
let url: string;
let projectorLogFrom = 0;

beforeAll(async () => {
  // What the image's build stage runs; the web build is skipped when web/dist is current.
  await promisify(execFile)('npm', ['run', 'build'], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  for (const entry of Object.values(ENTRY_POINTS))
    expect(existsSync(path.join(REPO_ROOT, entry))).toBe(true);

  const port = await freePort();
  const logDir = path.join(process.env.CHAINLIFT_TEST_STATE_DIR!, 'logs');
  // The image's environment (NODE_ENV, CHAINLIFT_MODE) and what an operator sets; NEO4J_URI and
  // KAFKA_BROKERS name the test platform (the global setup put them in process.env).
  const { CHAINLIFT_TEST_CLOCK: _clock, NODE_OPTIONS: _options, ...inherited } = process.env;
  const env = {
    ...inherited,
    NODE_ENV: 'production',
    CHAINLIFT_MODE: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    PROJECTOR_HTTP_PORT: String(await freePort()),
    PROJECTOR_GROUP: loadConfig().projector.group,
    LOG_LEVEL: 'info',
  };
  projector = startService({
    name: 'compiled-projector',
    command: IMAGE_COMMANDS.projector,
    cwd: REPO_ROOT,
    env,
    logDir,
    readyWhen: /"msg":"projector ready"/,
  });
  await projector.ready;
  gateway = startService({
    name: 'compiled-gateway',
    command: IMAGE_COMMANDS.gateway,
    cwd: REPO_ROOT,
    env,
    logDir,
    readyWhen: /"msg":"gateway listening"/,
  });
  await gateway.ready;
  url = `http://127.0.0.1:${port}`;
}, 420_000);

afterAll(async () => {
  await gateway?.stop();
  await projector?.stop();
});

it('runs the compiled services with plain node: no tsx, sources mapped', () => {
  for (const service of [gateway, projector]) {
    const argv = service.child.spawnargs;
    expect(argv.join(' ')).not.toMatch(/tsx/);
    expect(argv.some((a) => /\/dist\/main\.js$/.test(a))).toBe(true);
  }
});

it('answers its health check and serves the web build at /', async () => {
  const health = await waitFor(async () => {
    const res = await fetch(`${url}/health/ready`);
    return res.ok ? res : undefined;
  }, 60_000);
  expect(((await health.json()) as { status: string }).status).toBe('ok');
  const page = await fetch(`${url}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  expect(await page.text()).toContain('<div id="root">');
});

it('answers GraphQL in production mode: a login, and a write that round-trips through the projector', async () => {
  const { login } = await graphqlData<{ login: { token: string } }>(
    `${url}/graphql`,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: TEST_ADMIN.email, p: TEST_ADMIN.password },
  );
  const headers = { authorization: `Bearer ${login.token}` };
  const projectedByCompiled = () =>
    readFileSync(projector.logFile, 'utf8')
      .slice(projectorLogFrom)
      .split('\n')
      .filter((l) => l.includes('"msg":"batch projected"')).length;
  projectorLogFrom = readFileSync(projector.logFile, 'utf8').length;

  // The compiled projector shares the platform projector's group, so it holds some of the
  // partitions: register companies (keyed by USCC, spread over the partitions) until one of them
  // was applied by it. Each answers APPLIED, read back through the compiled gateway.
  for (let i = 0; i < 24 && projectedByCompiled() === 0; i += 1) {
    const name = `编译版企业${i}`;
    const { registerCompany } = await graphqlData<{
      registerCompany: { status: string; company: { id: string; name: string } | null };
    }>(
      `${url}/graphql`,
      'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { status company { id name } } }',
      {
        input: { name, uscc: uniqueUscc(), kind: 'SME', region: '浙江省宁波市', industry: '测试' },
      },
      headers,
    );
    expect(registerCompany.status).toBe('APPLIED');
    const { company } = await graphqlData<{ company: { name: string } | null }>(
      `${url}/graphql`,
      'query ($id: ID!) { company(id: $id) { name } }',
      { id: registerCompany.company!.id },
      headers,
    );
    expect(company?.name).toBe(name);
  }
  expect(projectedByCompiled()).toBeGreaterThan(0);
}, 180_000);
