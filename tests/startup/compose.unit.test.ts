/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so this keeps it honest by
 * reading it: the platform's services use only variables the config module knows, only the
 * gateway is published (finding 3: never the database or the broker), Neo4j has a password, the
 * services' settings pass production mode, Kafka keeps its log on its volume, healthchecks gate
 * the start order, and the Neo4j and Kafka settings are ones their images document (issue 15).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig, productionRefusal, REPO_ROOT } from '@chainlift/platform';
import { serverProperties } from '../../infra/local/kafka';
import { IMAGE_COMMANDS } from '../../scripts/build';

interface ComposeService {
  image: string;
  build?: string;
  profiles?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string | number>;
  ports?: (string | { published?: string | number; host_ip?: string })[];
  expose?: string[];
  network_mode?: string;
  command?: string[];
}

const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { environment?: string }>;
};
/** The services that make the platform (the others belong to the optional observability profile). */
const platform = Object.fromEntries(
  Object.entries(compose.services).filter(([, s]) => !s.profiles),
);

const defaults = loadConfig({});
/** What an operator sets for the compose file's required variables (`${VAR:?…}`), fresh secrets. */
const OPERATOR_SETS: Record<string, string> = {
  JWT_SECRET: randomBytes(32).toString('hex'),
  METRICS_TOKEN: randomBytes(16).toString('hex'),
  CHAINLIFT_ADMIN_EMAIL: 'it-ops@example.com',
};

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
    // One image (the Dockerfile), its compiled entry points run with plain node.
    expect(compose.services.gateway!.command).toEqual(IMAGE_COMMANDS.gateway);
    expect(compose.services.projector!.command).toEqual(IMAGE_COMMANDS.projector);
    expect(compose.services.gateway!.build).toBe('.');
    expect(compose.services.projector!.image).toBe(compose.services.gateway!.image);
  });

  describe('finding 3: the database and the broker are neither published nor open', () => {
    it('publishes no port but the gateway’s, and no service shares the host network', () => {
      const published = Object.entries(platform)
        .filter(([, s]) => (s.ports ?? []).length > 0)
        .map(([name]) => name);
      expect(published).toEqual(['gateway']);
      // The observability profile's Grafana: on the host's loopback only.
      for (const [name, service] of Object.entries(compose.services))
        if (service.profiles)
          for (const port of service.ports ?? [])
            expect(`${name} ${String(port)}`).toMatch(new RegExp(`^${name} 127\\.0\\.0\\.1:`));
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
            String(v).replace(
              /^\$\{(\w+):\?[^}]*\}$/,
              (_m, variable: string) => OPERATOR_SETS[variable] ?? 'an-operator-password-7',
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

  /**
   * The images' documented variables. apache/kafka turns KAFKA_<NAME> into the broker property
   * <name> ("." → "_", "_" → "__", "-" → "___"; https://github.com/apache/kafka/blob/trunk/docker/examples/README.md);
   * neo4j turns NEO4J_<name> into the setting <name> the same way ("." → "_", "_" → "__"), and
   * reads NEO4J_AUTH=neo4j/<password> (https://neo4j.com/docs/operations-manual/5/docker/configuration/).
   */
  const property = (env: string, prefix: string, lower: boolean) => {
    const name = env
      .slice(prefix.length)
      .split('___')
      .map((part) =>
        part
          .split('__')
          .map((p) => p.replace(/_/g, '.'))
          .join('_'),
      )
      .join('-');
    return lower ? name.toLowerCase() : name;
  };
  /** Broker settings of Kafka 3.9 (https://kafka.apache.org/39/documentation.html#brokerconfigs) this file sets. */
  const KAFKA_BROKER_CONFIGS = [
    'node.id',
    'process.roles',
    'listeners',
    'advertised.listeners',
    'listener.security.protocol.map',
    'controller.listener.names',
    'inter.broker.listener.name',
    'controller.quorum.voters',
    'log.dirs',
    'offsets.topic.replication.factor',
    'transaction.state.log.replication.factor',
    'transaction.state.log.min.isr',
    'group.initial.rebalance.delay.ms',
    'auto.create.topics.enable',
    'num.partitions',
    'message.max.bytes',
  ];
  /** Neo4j 5 settings (https://neo4j.com/docs/operations-manual/5/configuration/configuration-settings/) this file sets. */
  const NEO4J_SETTINGS = ['server.memory.pagecache.size', 'server.memory.heap.max_size'];

  it('sets only Kafka and Neo4j settings their images document', () => {
    for (const variable of Object.keys(compose.services.kafka!.environment!))
      expect(KAFKA_BROKER_CONFIGS).toContain(property(variable, 'KAFKA_', true));
    for (const variable of Object.keys(compose.services.neo4j!.environment!))
      if (variable !== 'NEO4J_AUTH')
        expect(NEO4J_SETTINGS).toContain(property(variable, 'NEO4J_', false));
  });

  it("keeps Kafka's log (the system of record) and Neo4j's store on volumes", () => {
    const kafka = compose.services.kafka!;
    // The image's data VOLUME, owned by its user appuser (docker/jvm/Dockerfile in apache/kafka):
    // the broker may write there; without log.dirs it would write under /tmp in the container.
    expect(kafka.environment!.KAFKA_LOG_DIRS).toBe('/var/lib/kafka/data');
    expect(kafka.volumes).toContain('kafka-data:/var/lib/kafka/data');
    expect(compose.services.neo4j!.volumes).toContain('neo4j-data:/data');
  });

  it('starts each service once what it needs is healthy', () => {
    for (const [name, service] of Object.entries(platform))
      expect(`${name}: ${service.healthcheck?.test.join(' ') ?? 'no healthcheck'}`).not.toMatch(
        /no healthcheck/,
      );
    for (const [name, needs] of [
      ['projector', ['neo4j', 'kafka']],
      ['gateway', ['neo4j', 'kafka', 'projector']],
    ] as const)
      for (const need of needs)
        expect(compose.services[name]!.depends_on?.[need]?.condition).toBe('service_healthy');
    // The services' readiness endpoint, on the port each listens on.
    expect(compose.services.gateway!.healthcheck!.test.join(' ')).toContain(
      `127.0.0.1:${compose.services.gateway!.environment!.GATEWAY_PORT}/health/ready`,
    );
    expect(compose.services.projector!.healthcheck!.test.join(' ')).toContain(
      `127.0.0.1:${compose.services.projector!.environment!.PROJECTOR_HTTP_PORT}/health/ready`,
    );
  });

  it('asks the operator for the first admin, and takes it from the environment', () => {
    const env = compose.services.gateway!.environment!;
    expect(String(env.CHAINLIFT_ADMIN_EMAIL)).toMatch(/^\$\{CHAINLIFT_ADMIN_EMAIL:\?/);
    expect(String(env.CHAINLIFT_ADMIN_PASSWORD)).toMatch(/^\$\{CHAINLIFT_ADMIN_PASSWORD:\?/);
  });

  it('offers Prometheus and Grafana with the ChainLift dashboard in the observability profile', () => {
    const { prometheus, grafana } = compose.services;
    expect(prometheus!.profiles).toEqual(['observability']);
    expect(grafana!.profiles).toEqual(['observability']);
    expect(grafana!.volumes).toContain(
      './infra/grafana/chainlift.json:/etc/grafana/dashboards/chainlift.json:ro',
    );
    const provider = readFileSync(
      path.join(REPO_ROOT, 'infra/grafana/provisioning/dashboards/chainlift.yml'),
      'utf8',
    );
    expect(provider).toContain('path: /etc/grafana/dashboards');
    const scrape = parse(
      readFileSync(path.join(REPO_ROOT, 'infra/prometheus/prometheus.yml'), 'utf8'),
    ) as {
      scrape_configs: {
        static_configs: { targets: string[] }[];
        authorization?: { credentials_file: string };
      }[];
    };
    const targets = scrape.scrape_configs.flatMap((c) =>
      c.static_configs.flatMap((s) => s.targets),
    );
    expect(targets).toEqual([
      `gateway:${compose.services.gateway!.environment!.GATEWAY_PORT}`,
      `projector:${compose.services.projector!.environment!.PROJECTOR_HTTP_PORT}`,
    ]);
    // /metrics asks for METRICS_TOKEN: Prometheus reads it from the compose secret made of it.
    expect(compose.secrets?.metrics_token?.environment).toBe('METRICS_TOKEN');
    for (const job of scrape.scrape_configs)
      expect(job.authorization?.credentials_file).toBe('/run/secrets/metrics_token');
    for (const mount of [...(prometheus!.volumes ?? []), ...(grafana!.volumes ?? [])]) {
      const source = mount.split(':')[0]!;
      if (source.startsWith('./') && !source.endsWith('chainlift.json'))
        expect(existsSync(path.join(REPO_ROOT, source))).toBe(true);
    }
  });
});
