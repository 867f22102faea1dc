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
import { DEMO_ADMIN } from '../../scripts/seed/demo-chain';
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
import { codeOf } from '../support/platform';

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

  it('answers /health 503 once the outcome consumer has stopped for good', async () => {
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
    try {
      gateway = await startGateway({
        driver,
        bus,
        log,
        host: '127.0.0.1',
        port: 0,
        outcomeWaitMs: 5000,
        tokens,
      });
      const health = gateway.url.replace(/graphql$/, 'health');
      expect((await fetch(health)).status).toBe(200);
      giveUp!(new Error('The group coordinator is not available'));
      const res = await fetch(health);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'unavailable',
        reason: expect.stringContaining('outcome consumer stopped'),
      });
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
