/** Kafka and Neo4j security settings: validated in the config module, errors that name the variable. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { neo4jFailure } from '../neo4j/driver';
import { serviceAcls } from './acls';
import { kafkaFailure } from './bus';
import { CORE_TOPICS, TOPIC } from './topics';

const dir = mkdtempSync(path.join(os.tmpdir(), 'chainlift-security-'));
const ca = path.join(dir, 'ca.pem');
writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('Kafka security settings', () => {
  it('none given: PLAINTEXT, no SASL, topics as the cluster defaults them', () => {
    const { kafka } = loadConfig({});
    expect(kafka.security).toEqual({ ssl: undefined, sasl: undefined });
    expect(kafka.topics).toEqual({ replicationFactor: undefined, minInsyncReplicas: undefined });
  });

  it('SCRAM with a CA file: TLS with that CA, the mechanism in any case', () => {
    const { kafka } = loadConfig({
      KAFKA_SSL_CA_FILE: ca,
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'chainlift-gateway',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_MIN_INSYNC_REPLICAS: '2',
    });
    expect(kafka.security.ssl?.ca).toContain('BEGIN CERTIFICATE');
    expect(kafka.security.sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'chainlift-gateway',
      password: 's3cret',
    });
    expect(kafka.topics).toEqual({ replicationFactor: 3, minInsyncReplicas: 2 });
  });

  it('KAFKA_SSL=true alone: TLS with the system CAs', () => {
    expect(loadConfig({ KAFKA_SSL: 'true' }).kafka.security.ssl).toEqual({
      ca: undefined,
      cert: undefined,
      key: undefined,
      passphrase: undefined,
    });
  });

  it.each([
    [{ KAFKA_SASL_USERNAME: 'gw', KAFKA_SASL_PASSWORD: 'x' }, 'KAFKA_SASL_MECHANISM'],
    [{ KAFKA_SASL_MECHANISM: 'PLAIN', KAFKA_SASL_USERNAME: 'gw' }, 'KAFKA_SASL_PASSWORD'],
    [{ KAFKA_SASL_MECHANISM: 'GSSAPI' }, 'KAFKA_SASL_MECHANISM'],
    [{ KAFKA_SSL_CA_FILE: path.join(dir, 'missing.pem') }, 'KAFKA_SSL_CA_FILE'],
    [{ KAFKA_SSL_CERT_FILE: ca }, 'KAFKA_SSL_KEY_FILE'],
    [{ KAFKA_SSL: 'false', KAFKA_SSL_CA_FILE: ca }, 'KAFKA_SSL'],
    [
      { KAFKA_REPLICATION_FACTOR: '2', KAFKA_MIN_INSYNC_REPLICAS: '3' },
      'KAFKA_MIN_INSYNC_REPLICAS',
    ],
    [{ KAFKA_REPLICATION_FACTOR: '0' }, 'KAFKA_REPLICATION_FACTOR'],
  ])('%o is refused, naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(variable);
  });
});

describe('connection failures say which variable to fix, in one line', () => {
  const security = {
    ssl: { ca: 'x' },
    sasl: { mechanism: 'scram-sha-512' as const, username: 'gateway', password: 'x' },
  };
  it.each([
    [
      'a refused SASL login',
      'KAFKA_SASL_PASSWORD',
      Object.assign(new Error('SASL SCRAM SHA512 authentication failed: invalid credentials'), {
        name: 'KafkaJSSASLAuthenticationError',
      }),
    ],
    [
      'an untrusted certificate',
      'KAFKA_SSL_CA_FILE',
      Object.assign(new Error('Connection error: self-signed certificate in certificate chain'), {
        name: 'KafkaJSNumberOfRetriesExceeded',
      }),
    ],
    [
      'no answer',
      'KAFKA_BROKERS',
      new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
    ],
  ])('Kafka: %s → %s', (_what, variable, error) => {
    const line = kafkaFailure(error, ['127.0.0.1:9093'], security);
    expect(line).toContain(variable);
    expect(line).not.toContain('\n');
  });

  it('Neo4j: a refused login names NEO4J_PASSWORD', () => {
    const error = Object.assign(
      new Error('The client is unauthorized due to authentication failure.'),
      {
        code: 'Neo.ClientError.Security.Unauthorized',
      },
    );
    const line = neo4jFailure(error, 'neo4j+s://db:7687', 'neo4j');
    expect(line).toContain('NEO4J_PASSWORD');
    expect(line).not.toContain('\n');
  });
});

describe('service ACLs', () => {
  const acls = serviceAcls({ gateway: 'gw', projector: 'pj' });
  const writers = (topic: string) =>
    acls.filter((a) => a.resourceName === topic && a.operation === 'WRITE').map((a) => a.principal);

  it('only the gateway writes the core topics; the projector reads them', () => {
    for (const topic of CORE_TOPICS) {
      expect(writers(topic)).toEqual(['User:gw']);
      expect(
        acls
          .filter((a) => a.resourceName === topic && a.operation === 'READ')
          .map((a) => a.principal),
      ).toEqual(['User:pj']);
    }
  });

  it('outcomes and dead letters come from the projector only', () => {
    expect(writers(TOPIC.outcomes)).toEqual(['User:pj']);
    expect(writers(TOPIC.deadLetter)).toEqual(['User:pj']);
  });
});
