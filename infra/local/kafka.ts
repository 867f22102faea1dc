/** A local single-node Apache Kafka (KRaft: broker and controller in one process), data under stateDir. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { JavaRuntime } from './java';
import { readPid, spawnDetached, stopByPidFile } from './process';
import { isPortFree } from './ports';
import { answersTcp, waitUntilReady } from './wait';

export interface KafkaOptions {
  java: JavaRuntime;
  lib: string;
  stateDir: string;
  port: number;
  controllerPort: number;
  heap: string;
  /** A SASL_SSL listener instead of PLAINTEXT, with ACLs enforced (StandardAuthorizer). */
  secured?: SecuredKafka;
}

/**
 * A broker with one SASL_SSL client listener (SCRAM-SHA-512 and SCRAM-SHA-256) and the KRaft
 * StandardAuthorizer: a principal may do only what an ACL allows it, except the super user.
 */
export interface SecuredKafka {
  /** PKCS12 keystore with the broker's key and certificate (its SAN must name 127.0.0.1). */
  keystore: { file: string; password: string };
  /** PKCS12 truststore with the CA that signed it (the broker talks to itself over the listener). */
  truststore: { file: string; password: string };
  /** The super user: the broker's own principal (inter-broker and controller), and the ACL admin. */
  admin: { username: string; password: string };
  /** SCRAM users (SHA-512 and SHA-256 credentials each), created when the log folder is formatted. */
  users: { username: string; password: string }[];
}

/** A property value for server.properties (backslashes and quotes escaped inside JAAS strings). */
const jaasQuote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const files = (stateDir: string) => ({
  data: path.join(stateDir, 'kafka-data'),
  properties: path.join(stateDir, 'kafka-server.properties'),
  log4j: path.join(stateDir, 'kafka-log4j.properties'),
  pid: path.join(stateDir, 'kafka.pid'),
  port: path.join(stateDir, 'kafka.port'),
  log: path.join(stateDir, 'kafka.log'),
});

export function serverProperties(o: {
  port: number;
  controllerPort: number;
  dataDir: string;
  secured?: SecuredKafka;
}): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${o.controllerPort}`,
    ...(o.secured ? securedListener(o) : plaintextListener(o)),
    `log.dirs=${o.dataDir}`,
    'num.partitions=6',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=6',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
    'log.retention.check.interval.ms=300000',
    // 2 MiB: room above the projector's MAX_EVENT_BYTES (1 MiB by default), so an oversized event
    // reaches the projector and lands in the dead-letter topic with its reason and bytes.
    'message.max.bytes=2097152',
    '',
  ].join('\n');
}

const plaintextListener = (o: { port: number; controllerPort: number }) => [
  `listeners=PLAINTEXT://127.0.0.1:${o.port},CONTROLLER://127.0.0.1:${o.controllerPort}`,
  `advertised.listeners=PLAINTEXT://127.0.0.1:${o.port}`,
  'controller.listener.names=CONTROLLER',
  'inter.broker.listener.name=PLAINTEXT',
  'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
];

/**
 * Clients on SASL_SSL (SCRAM); the controller listener on SASL_PLAINTEXT with PLAIN (KRaft
 * controllers cannot check SCRAM: its credentials live in the metadata they serve), known only to
 * the broker itself. The admin is the super user; everybody else needs ACLs.
 */
const securedListener = (o: { port: number; controllerPort: number; secured?: SecuredKafka }) => {
  const s = o.secured!;
  const admin = `username=${jaasQuote(s.admin.username)} password=${jaasQuote(s.admin.password)}`;
  const scram = `org.apache.kafka.common.security.scram.ScramLoginModule required ${admin};`;
  return [
    `listeners=SASL_SSL://127.0.0.1:${o.port},CONTROLLER://127.0.0.1:${o.controllerPort}`,
    `advertised.listeners=SASL_SSL://127.0.0.1:${o.port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=SASL_SSL',
    'listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
    'sasl.enabled.mechanisms=SCRAM-SHA-512,SCRAM-SHA-256',
    'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512',
    `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=${scram}`,
    `listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=${scram}`,
    'sasl.mechanism.controller.protocol=PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
    `listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required ${admin} user_${s.admin.username}=${jaasQuote(s.admin.password)};`,
    'ssl.keystore.type=PKCS12',
    `ssl.keystore.location=${s.keystore.file}`,
    `ssl.keystore.password=${s.keystore.password}`,
    'ssl.truststore.type=PKCS12',
    `ssl.truststore.location=${s.truststore.file}`,
    `ssl.truststore.password=${s.truststore.password}`,
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found=false',
    `super.users=User:${s.admin.username}`,
  ];
};

/** The kafkajs settings of the local broker's super user (readiness probe, ACLs). */
export function adminClientSecurity(secured: SecuredKafka, ca: string) {
  return {
    ssl: { ca },
    sasl: {
      mechanism: 'scram-sha-512' as const,
      username: secured.admin.username,
      password: secured.admin.password,
    },
  };
}

const LOG4J = [
  'log4j.rootLogger=INFO, stdout',
  'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
  'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
  'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
  'log4j.logger.kafka=INFO',
  'log4j.logger.org.apache.kafka=INFO',
  '',
].join('\n');

async function brokerAnswers(port: number, secured?: SecuredKafka): Promise<boolean> {
  if (!(await answersTcp(port))) return false;
  const admin = new Kafka({
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    // The probe only asks "is it up?": it accepts the broker's certificate as it is.
    ...(secured
      ? {
          ssl: { rejectUnauthorized: false },
          sasl: {
            mechanism: 'scram-sha-512' as const,
            username: secured.admin.username,
            password: secured.admin.password,
          },
        }
      : {}),
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Starts the broker unless this state folder's broker already runs; resolves with its address. */
export async function startKafka(
  options: KafkaOptions,
  say: (line: string) => void,
): Promise<string> {
  const f = files(options.stateDir);
  const broker = `127.0.0.1:${options.port}`;
  const running = readPid(f.pid);
  if (running !== undefined) {
    const port = Number(readFileSync(f.port, 'utf8'));
    if (port !== options.port) {
      throw new Error(
        `A local Kafka from ${options.stateDir} already runs on port ${port}, not ${options.port}. Run \`npm run infra:stop\` first, or set KAFKA_PORT=${port}.`,
      );
    }
    await waitUntilReady({
      name: 'Kafka',
      pid: running,
      logFile: f.log,
      timeoutMs: 120_000,
      ready: () => brokerAnswers(port, options.secured),
    });
    say(`Kafka already running (pid ${running}) at ${broker}`);
    return broker;
  }
  for (const [port, variable] of [
    [options.port, 'KAFKA_PORT'],
    [options.controllerPort, 'KAFKA_CONTROLLER_PORT'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new Error(
        `Port ${port} is taken by another program, so Kafka cannot listen there. Stop that program or set ${variable} to a free port.`,
      );
    }
  }
  mkdirSync(f.data, { recursive: true });
  writeFileSync(
    f.properties,
    serverProperties({
      port: options.port,
      controllerPort: options.controllerPort,
      dataDir: f.data,
      secured: options.secured,
    }),
    { mode: 0o600 }, // it holds the keystore and admin passwords when secured
  );
  writeFileSync(f.log4j, LOG4J);
  const classpath = path.join(options.lib, '*');
  const jvm = [`-Dlog4j.configuration=file:${f.log4j}`, `-Dkafka.logs.dir=${options.stateDir}`];

  if (!existsSync(path.join(f.data, 'meta.properties'))) {
    // A KRaft cluster id: 16 random bytes, base64url (Kafka's own tool avoids a leading "-").
    let clusterId = randomBytes(16).toString('base64url');
    while (clusterId.startsWith('-')) clusterId = randomBytes(16).toString('base64url');
    const format = spawnSync(
      options.java.bin,
      [
        ...jvm,
        '-cp',
        classpath,
        'kafka.tools.StorageTool',
        'format',
        '-t',
        clusterId,
        '-c',
        f.properties,
        '--ignore-formatted',
        // SCRAM credentials live in the cluster metadata: written at format time (KIP-900).
        ...(options.secured ? scramArguments(options.secured) : []),
      ],
      { encoding: 'utf8' },
    );
    if (format.status !== 0)
      throw new Error(
        `could not format Kafka's log folder ${f.data}:\n${format.stdout}${format.stderr}`,
      );
  }
  const args = [
    `-Xmx${options.heap}`,
    `-Xms256m`,
    '-XX:+UseG1GC',
    ...jvm,
    '-cp',
    classpath,
    'kafka.Kafka',
    f.properties,
  ];
  const pid = spawnDetached(options.java.bin, args, {
    cwd: options.stateDir,
    logFile: f.log,
    pidFile: f.pid,
  });
  writeFileSync(f.port, String(options.port));
  say(`Kafka starting (pid ${pid}, log ${f.log})…`);
  await waitUntilReady({
    name: 'Kafka',
    pid,
    logFile: f.log,
    timeoutMs: 120_000,
    ready: () => brokerAnswers(options.port, options.secured),
  });
  say(`Kafka ready at ${broker}`);
  return broker;
}

const scramArguments = (secured: SecuredKafka) =>
  [secured.admin, ...secured.users].flatMap(({ username, password }) =>
    ['SCRAM-SHA-512', 'SCRAM-SHA-256'].flatMap((mechanism) => [
      '--add-scram',
      `${mechanism}=[name=${username},password=${password}]`,
    ]),
  );

export async function stopKafka(stateDir: string): Promise<boolean> {
  return stopByPidFile(files(stateDir).pid, 60_000);
}

export function kafkaRunning(stateDir: string): number | undefined {
  const f = files(stateDir);
  return existsSync(f.pid) ? readPid(f.pid) : undefined;
}
