/**
 * Finding 16: `npm start` seeded a platform admin whose password the README prints, introspection
 * was on unless NODE_ENV=production, no security headers were sent and `x-powered-by` was, /health
 * said ok after the outcome consumer died, a Neo4j outage reached clients as INTERNAL_SERVER_ERROR.
 * The gateway runs here as `npm start` would run it (its own process, CHAINLIFT_MODE=production),
 * and in-process over a dead database or a stopped outcome consumer.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort } from '../../infra/local/ports';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import { DEMO_ADMIN, DEMO_PASSWORD } from '../../scripts/seed/demo-chain';
import { graphql } from '../../scripts/lib/graphql-client';
import { createTokenService, startGateway, type Gateway } from '@chainlift/gateway';
import {
  createEventBus,
  createLogger,
  loadConfig,
  REPO_ROOT,
  type EventBus,
} from '@chainlift/platform';
import { TEST_ADMIN } from '../support/accounts';
import { codeOf, startTestApi, uniqueUscc } from '../support/platform';

const productionEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHAINLIFT_MODE: 'production',
    LOG_LEVEL: 'info',
  };
  delete env.JWT_SECRET;
  return { ...env, ...extra };
};

describe('finding 16: production mode has no demo doors', () => {
  it.each([
    [{ NEO4J_PASSWORD: 'neo4j' }, /refuses a default or short NEO4J_PASSWORD/],
    [
      {
        JWT_SECRET: randomBytes(32).toString('hex'),
        CHAINLIFT_ADMIN_EMAIL: 'ops@example.com',
        CHAINLIFT_ADMIN_PASSWORD: 'chainlift-admin',
      },
      /refuses the demo's CHAINLIFT_ADMIN_PASSWORD/,
    ],
  ])('refuses default secrets (issue 15), saying so in one line: %j', (extra, reason) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'services/gateway/src/main.ts'], {
      cwd: REPO_ROOT,
      env: productionEnv({
        GATEWAY_PORT: '1',
        JWT_SECRET: randomBytes(32).toString('hex'),
        ...extra,
      }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
  });

  it('NODE_ENV=production is production mode even when CHAINLIFT_MODE says demo', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'services/gateway/src/main.ts'], {
      cwd: REPO_ROOT,
      env: productionEnv({ GATEWAY_PORT: '1', CHAINLIFT_MODE: 'demo', NODE_ENV: 'production' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toMatch(/^gateway: CHAINLIFT_MODE=production needs JWT_SECRET/);
  });

  it('refuses to start without JWT_SECRET, saying so in one line', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'services/gateway/src/main.ts'], {
      cwd: REPO_ROOT,
      env: productionEnv({ GATEWAY_PORT: '1' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/production needs JWT_SECRET/);
  });

  describe('a production gateway', () => {
    let gateway: ServiceProcess;
    let url: string;
    beforeAll(async () => {
      const port = await freePort();
      url = `http://127.0.0.1:${port}/graphql`;
      gateway = startService({
        name: 'production-gateway',
        entry: 'services/gateway/src/main.ts',
        cwd: REPO_ROOT,
        env: productionEnv({
          GATEWAY_PORT: String(port),
          JWT_SECRET: randomBytes(32).toString('hex'),
        }),
        logDir: path.join(process.env.CHAINLIFT_TEST_STATE_DIR ?? REPO_ROOT, 'logs'),
        readyWhen: /"msg":"gateway listening"/,
      });
      await gateway.ready;
    }, 90_000);
    afterAll(() => gateway.stop());

    it('accepts no demo login (nothing is seeded) and still the real admin', async () => {
      const login =
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
      for (const demo of [
        DEMO_ADMIN,
        { email: 'leader@demo.chainlift', password: 'chainlift-demo' },
      ])
        expect(codeOf(await graphql(url, login, { e: demo.email, p: demo.password }))).toBe(
          'UNAUTHENTICATED',
        );
      expect(
        codeOf(await graphql(url, login, { e: TEST_ADMIN.email, p: TEST_ADMIN.password })),
      ).toBe('OK');
    });

    it('refuses a demo password even on an account that has it (a database the demo seeded)', async () => {
      const api = await startTestApi();
      try {
        const companyId = await api.company('SME');
        const email = `seeded-${Date.now()}@demo.chainlift`;
        await api.admin.data(
          'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
          { input: { companyId, email, name: '演示用户', role: 'ADMIN', password: DEMO_PASSWORD } },
        );
        const answer = await graphql(
          url,
          'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: email, p: DEMO_PASSWORD },
        );
        expect(codeOf(answer)).toBe('UNAUTHENTICATED');
        expect(answer.errors?.[0]?.message).toMatch(/demo publishes.*password reset link/);
      } finally {
        await api.close();
      }
    });

    it('refuses introspection', async () => {
      const answer = await graphql(url, '{ __schema { types { name } } }');
      expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.data ?? null).toBeNull();
    });

    it('sends security headers and no x-powered-by, on the API and on the web app', async () => {
      for (const target of [url, url.replace(/graphql$/, ''), url.replace(/graphql$/, 'health')]) {
        const res = await fetch(target, { headers: { accept: 'text/html' } });
        const csp = res.headers.get('content-security-policy') ?? '';
        expect({ target, csp }).toEqual({
          target,
          csp: expect.stringContaining("frame-ancestors 'none'"),
        });
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('upgrade-insecure-requests');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('x-powered-by')).toBeNull();
      }
    });
  });
});

describe('finding 16: health and outages tell the truth', () => {
  const config = loadConfig();
  const log = createLogger('test-gateway', process.env.TEST_LOG_LEVEL ?? 'silent');
  const tokens = createTokenService({ secret: randomBytes(32).toString('hex'), ttl: '1h' });

  it('answers /health 503 once the outcome consumer has stopped for good, tells the process to exit, and refuses writes at once (issue 15)', async () => {
    const real = createEventBus({ brokers: config.kafka.brokers!, clientId: 'test-health', log });
    // The real bus; only the callback kafkajs calls when it gives up on a consumer is kept, to call it.
    let giveUp: ((error: Error) => void) | undefined;
    const bus: EventBus = {
      ...real,
      consume: (options) => {
        giveUp = options.onFatal;
        return real.consume(options);
      },
    };
    const driver = neo4j.driver(config.neo4j.uri!, undefined, { disableLosslessIntegers: true });
    let gateway: Gateway | undefined;
    const fatal: string[] = [];
    try {
      gateway = await startGateway({
        driver,
        bus,
        log,
        host: '127.0.0.1',
        port: 0,
        outcomeWaitMs: 5000,
        tokens,
        onFatal: (reason) => fatal.push(reason),
      });
      const health = gateway.url.replace(/graphql$/, 'health');
      expect((await fetch(health)).status).toBe(200);
      const session = await graphql<{ login: { token: string } }>(
        gateway.url,
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: TEST_ADMIN.email, p: TEST_ADMIN.password },
      );
      giveUp!(new Error('The group coordinator is not available'));
      expect(fatal).toEqual([expect.stringContaining('outcome consumer stopped')]);
      for (const path of ['health', 'health/ready']) {
        const res = await fetch(gateway.url.replace(/graphql$/, path));
        expect(res.status).toBe(503);
        expect(await res.json()).toEqual(
          expect.objectContaining({
            status: 'unavailable',
            reason: expect.stringContaining('outcomeConsumer: the outcome consumer stopped'),
          }),
        );
      }
      expect((await fetch(gateway.url.replace(/graphql$/, 'health/live'))).status).toBe(200);
      // A write is refused at once, not after OUTCOME_WAIT_MS (5 s here) of waiting in vain.
      const started = Date.now();
      const write = await graphql(
        gateway.url,
        'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
        {
          input: {
            name: '不该写入',
            uscc: uniqueUscc(),
            kind: 'SME',
            region: '浙江省宁波市',
            industry: '测试',
          },
        },
        { authorization: `Bearer ${session.data!.login.token}` },
      );
      expect(codeOf(write)).toBe('UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await gateway?.close();
      await real.close();
      await driver.close();
    }
  });

  it('reports a Neo4j outage as UNAVAILABLE, not INTERNAL_SERVER_ERROR', async () => {
    const bus = createEventBus({ brokers: config.kafka.brokers!, clientId: 'test-outage', log });
    const dead = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`, undefined, {
      maxTransactionRetryTime: 500,
      connectionAcquisitionTimeout: 2000,
    });
    let gateway: Gateway | undefined;
    try {
      gateway = await startGateway({
        driver: dead,
        bus,
        log,
        host: '127.0.0.1',
        port: 0,
        outcomeWaitMs: 5000,
        tokens,
      });
      const answer = await graphql(
        gateway.url,
        'mutation { login(email: "someone@test.chainlift", password: "whatever-1") { token } }',
      );
      expect(codeOf(answer)).toBe('UNAVAILABLE');
      expect(answer.errors?.[0]?.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|bolt/i);
    } finally {
      await gateway?.close();
      await bus.close();
      await dead.close();
    }
  });
});
