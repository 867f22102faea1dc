/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so this keeps it honest by
 * reading it: the platform's services use only variables the config module knows, only the
 * gateway is published (finding 3: never the database or the broker), Neo4j has a password, and
 * the services' settings pass production mode.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig, productionRefusal, REPO_ROOT } from '@chainlift/platform';
import { serverProperties } from '../../infra/local/kafka';

interface ComposeService {
  image: string;
  environment?: Record<string, string | number>;
  ports?: (string | { published?: string | number; host_ip?: string })[];
  expose?: string[];
  network_mode?: string;
  command?: string[];
}

const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const defaults = loadConfig({});

describe('docker-compose.yml', () => {
  it('uses the official Neo4j 5.26 and Apache Kafka images', () => {
    expect(compose.services.neo4j!.image).toMatch(/^neo4j:5\.26/);
    expect(compose.services.kafka!.image).toMatch(/^apache\/kafka:/);
  });

  it.each(['gateway', 'projector'])('%s sets only variables the config module reads', (name) => {
    const env = Object.keys(compose.services[name]!.environment ?? {});
    expect(env.length).toBeGreaterThan(0);
    for (const variable of env) expect(CONFIG_VARIABLES).toContain(variable);
    expect(env).toEqual(expect.arrayContaining(['NEO4J_URI', 'KAFKA_BROKERS']));
  });

  it('publishes the gateway on the local launcher’s port', () => {
    const published = (compose.services.gateway!.ports ?? []).map((p) =>
      Number(String(p).split(':').at(-2)),
    );
    expect(published).toContain(defaults.gateway.port);
    expect(Number(compose.services.gateway!.environment!.GATEWAY_PORT)).toBe(defaults.gateway.port);
    expect(compose.services.gateway!.command).toContain('services/gateway/src/main.ts');
    expect(compose.services.projector!.command).toContain('services/projector/src/main.ts');
  });

  describe('finding 3: the database and the broker are neither published nor open', () => {
    it('publishes no port but the gateway’s, and no service shares the host network', () => {
      const published = Object.entries(compose.services)
        .filter(([, s]) => (s.ports ?? []).length > 0)
        .map(([name]) => name);
      expect(published).toEqual(['gateway']);
      for (const service of Object.values(compose.services))
        expect(service.network_mode).toBeUndefined();
    });

    it('gives Neo4j a password from the environment, never NEO4J_AUTH none or a default', () => {
      const auth = String(compose.services.neo4j!.environment!.NEO4J_AUTH);
      expect(auth).not.toMatch(/^none$/i);
      expect(auth).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
      for (const name of ['gateway', 'projector'])
        expect(String(compose.services[name]!.environment!.NEO4J_PASSWORD)).toMatch(
          /^\$\{NEO4J_PASSWORD:\?/,
        );
    });

    it('lets Kafka listen on the compose network only (no listener advertised to the host)', () => {
      const env = compose.services.kafka!.environment!;
      expect(String(env.KAFKA_ADVERTISED_LISTENERS)).not.toMatch(
        /127\.0\.0\.1|localhost|0\.0\.0\.0/,
      );
      expect(String(env.KAFKA_LISTENERS)).not.toMatch(/EXTERNAL/);
    });

    it('runs the services in production mode, which their settings pass', () => {
      for (const name of ['gateway', 'projector']) {
        const env = Object.fromEntries(
          Object.entries(compose.services[name]!.environment!).map(([k, v]) => [
            k,
            // What `docker compose` substitutes when the operator sets the variable.
            String(v).replace(/^\$\{(\w+):\?[^}]*\}$/, (_m, variable: string) =>
              variable === 'JWT_SECRET' ? 'x'.repeat(48) : 'a-password',
            ),
          ]),
        );
        expect(env.CHAINLIFT_MODE).toBe('production');
        if (name === 'gateway') expect(productionRefusal(loadConfig(env))).toBeUndefined();
      }
    });
  });

  it('configures Kafka like the local launcher (KRaft, replication 1, no auto-created topics)', () => {
    const env = compose.services.kafka!.environment!;
    const local = serverProperties({
      port: defaults.local.kafkaPort,
      controllerPort: defaults.local.kafkaControllerPort,
      dataDir: '/d',
    });
    expect(env.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(local).toContain('process.roles=broker,controller');
    const shared: [string, string][] = [
      ['offsets.topic.replication.factor', '1'],
      ['group.initial.rebalance.delay.ms', '0'],
      ['auto.create.topics.enable', 'false'],
    ];
    for (const [key, value] of shared) {
      expect(local).toContain(`${key}=${value}`);
      expect(String(env[`KAFKA_${key.toUpperCase().replace(/\./g, '_')}`])).toBe(value);
    }
  });
});
