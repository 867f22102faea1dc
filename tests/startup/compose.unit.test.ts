/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so this keeps it honest by
 * reading it: the platform's services use only variables the config module knows, and the
 * published ports are the ones the local launcher uses by default.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig, REPO_ROOT } from '../../services/platform/src/config';
import { serverProperties } from '../../infra/local/kafka';

interface ComposeService {
  image: string;
  environment?: Record<string, string | number>;
  ports?: string[];
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

  it('publishes the same ports as the local launcher', () => {
    const published = (name: string) =>
      (compose.services[name]!.ports ?? []).map((p) => Number(p.split(':')[0]));
    expect(published('neo4j')).toContain(defaults.local.neo4jBoltPort);
    expect(published('kafka')).toContain(defaults.local.kafkaPort);
    expect(published('gateway')).toContain(defaults.gateway.port);
    expect(Number(compose.services.gateway!.environment!.GATEWAY_PORT)).toBe(defaults.gateway.port);
    expect(compose.services.gateway!.command).toContain('services/gateway/src/main.ts');
    expect(compose.services.projector!.command).toContain('services/projector/src/main.ts');
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
