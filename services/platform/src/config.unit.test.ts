import { ConfigError, loadConfig, productionRefusal } from './config';

const secret = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef';
const production = (extra: Record<string, string> = {}) =>
  loadConfig({ CHAINLIFT_MODE: 'production', JWT_SECRET: secret, ...extra });

describe('modes', () => {
  it('is production unless told otherwise, and NODE_ENV=production forces it', () => {
    expect(loadConfig({}).mode).toBe('production');
    expect(loadConfig({ CHAINLIFT_MODE: 'demo' }).mode).toBe('demo');
    expect(loadConfig({ CHAINLIFT_MODE: 'demo', NODE_ENV: 'production' }).mode).toBe('production');
    expect(loadConfig({ CHAINLIFT_MODE: 'demo', NODE_ENV: 'development' }).mode).toBe('demo');
  });

  it('demo mode refuses nothing', () => {
    expect(
      productionRefusal(loadConfig({ CHAINLIFT_MODE: 'demo', NEO4J_PASSWORD: 'neo4j' })),
    ).toBeUndefined();
  });

  it('production accepts a deployment with its own secrets', () => {
    expect(
      productionRefusal(
        production({
          NEO4J_PASSWORD: 'a-long-password',
          CHAINLIFT_ADMIN_EMAIL: 'ops@example.com',
          CHAINLIFT_ADMIN_PASSWORD: 'first-admin-password',
          METRICS_TOKEN: 'a'.repeat(32),
        }),
      ),
    ).toBeUndefined();
  });

  it.each([
    [{ JWT_SECRET: 'changeme-changeme-changeme-changeme' }, /JWT_SECRET copied from an example/],
    [{ NEO4J_PASSWORD: 'neo4j' }, /default or short NEO4J_PASSWORD/],
    [{ NEO4J_PASSWORD: 'password' }, /default or short NEO4J_PASSWORD/],
    [{ NEO4J_PASSWORD: 'short' }, /default or short NEO4J_PASSWORD/],
    [
      { CHAINLIFT_ADMIN_EMAIL: 'a@example.com', CHAINLIFT_ADMIN_PASSWORD: 'chainlift-admin' },
      /demo's CHAINLIFT_ADMIN_PASSWORD/,
    ],
    [{ METRICS_TOKEN: 'metrics' }, /METRICS_TOKEN under 16 characters/],
  ])('production refuses default or short secrets in one line: %j', (env, reason) => {
    const refusal = productionRefusal(production(env));
    expect(refusal).toMatch(reason);
    expect(refusal).not.toContain('\n');
  });

  it('wants the first admin e-mail and password together, the password long enough', () => {
    expect(() => loadConfig({ CHAINLIFT_ADMIN_EMAIL: 'a@example.com' })).toThrow(
      /CHAINLIFT_ADMIN_PASSWORD/,
    );
    expect(() =>
      loadConfig({ CHAINLIFT_ADMIN_EMAIL: 'a@example.com', CHAINLIFT_ADMIN_PASSWORD: 'short' }),
    ).toThrow(ConfigError);
    expect(
      loadConfig({
        CHAINLIFT_ADMIN_EMAIL: 'a@example.com',
        CHAINLIFT_ADMIN_PASSWORD: 'long-enough-1',
      }).firstAdmin,
    ).toEqual({ email: 'a@example.com', password: 'long-enough-1' });
  });

  it('has readiness limits of 30 s and 10,000 events, and a projector port of 4001 (0: none)', () => {
    const config = loadConfig({});
    expect(config.gateway.readiness).toEqual({
      projectorGroup: 'chainlift-projector',
      maxLagSeconds: 30,
      maxLagEvents: 10_000,
    });
    expect(config.projector.http).toEqual({ host: '127.0.0.1', port: 4001 });
    expect(loadConfig({ PROJECTOR_HTTP_PORT: '0' }).projector.http.port).toBe(0);
  });
});
