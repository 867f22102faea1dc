/**
 * The one configuration module. Every setting comes from an environment variable, is validated
 * here once, and a wrong value stops the process with a line a person can act on.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkPassword,
  DEFAULT_BUSINESS_TIME_ZONE,
  isTimeZone,
  PUBLISHED_PASSWORDS,
} from '@chainlift/domain';
import { z } from 'zod';
import { isTestClock } from './clock';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A readable file's path (certificates, keys): unset or empty means none. */
const readableFile = optionalText.pipe(
  z
    .string()
    .refine((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    }, 'must name a readable file (PEM)')
    .optional(),
);
const flag = optionalText.pipe(
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .transform((v) => ['true', '1', 'yes'].includes(v))
    .optional(),
);

const schema = z.object({
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/,
        'must look like bolt://host:7687 or neo4j://host:7687',
      )
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optionalText,
  KAFKA_BROKERS: optionalText.pipe(
    z
      .string()
      .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'must be host:port[,host:port…], e.g. 127.0.0.1:9092')
      .optional(),
  ),
  KAFKA_CLIENT_ID: z.string().default('chainlift'),
  // Secured Kafka: TLS (the cluster's CA, a client certificate) and SASL, each optional.
  /** TLS to the brokers; on by itself when a KAFKA_SSL_* file is given. */
  KAFKA_SSL: flag,
  /** The CA (PEM) that signed the brokers' certificates; unset: the system's CAs. */
  KAFKA_SSL_CA_FILE: readableFile,
  /** A client certificate (PEM) and its key, for brokers that require TLS client authentication. */
  KAFKA_SSL_CERT_FILE: readableFile,
  KAFKA_SSL_KEY_FILE: readableFile,
  KAFKA_SSL_KEY_PASSWORD: optionalText,
  KAFKA_SASL_MECHANISM: optionalText.pipe(
    z
      .string()
      .toLowerCase()
      .pipe(
        z.enum(['scram-sha-512', 'scram-sha-256', 'plain'], {
          message: 'must be SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN',
        }),
      )
      .optional(),
  ),
  /** This service's own principal: give the gateway and the projector each their own. */
  KAFKA_SASL_USERNAME: optionalText,
  KAFKA_SASL_PASSWORD: optionalText,
  /** Replicas of each topic the platform creates; unset: the cluster's default.replication.factor. */
  KAFKA_REPLICATION_FACTOR: optionalText.pipe(z.coerce.number<string>().int().min(1).optional()),
  /** min.insync.replicas of each topic the platform creates; unset: the cluster's default. */
  KAFKA_MIN_INSYNC_REPLICAS: optionalText.pipe(z.coerce.number<string>().int().min(1).optional()),
  NEO4J_BOLT_PORT: port(7687),
  KAFKA_PORT: port(9092),
  KAFKA_CONTROLLER_PORT: port(9093),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be like 1g or 768m')
    .default('1g'),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(256),
  KAFKA_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be like 1g or 768m')
    .default('1g'),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  OUTCOME_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  PROJECTOR_GROUP: z.string().default('chainlift-projector'),
  /** The largest event (message value, in bytes) the projector applies, 1 MiB by default; bigger ones are dead-lettered. */
  MAX_EVENT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  CHAINLIFT_STATE_DIR: z.string().default(path.join(REPO_ROOT, '.chainlift', 'local')),
  CHAINLIFT_CACHE_DIR: z
    .string()
    .default(
      path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'chainlift'),
    ),
  JWT_SECRET: optionalText.pipe(z.string().min(32, 'must have at least 32 characters').optional()),
  JWT_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'must be like 12h or 30m')
    .default('12h'),
  OIDC_JWKS_URL: optionalText.pipe(
    z.string().url("must be the https URL of your identity provider's JWKS").optional(),
  ),
  OIDC_ISSUER: optionalText,
  OIDC_AUDIENCE: optionalText,
  OIDC_EMAIL_CLAIM: z.string().default('email'),
  /** demo: `npm start` with demo accounts and introspection; production: no demo login, no default secrets. */
  CHAINLIFT_MODE: z.enum(['demo', 'production']).default('production'),
  /** NODE_ENV=production forces production mode whatever CHAINLIFT_MODE says. */
  NODE_ENV: optionalText,
  /** The first platform admin, created at the gateway's first start when no platform admin exists. */
  CHAINLIFT_ADMIN_EMAIL: optionalText.pipe(
    z.string().email('must be an e-mail address like admin@example.com').optional(),
  ),
  CHAINLIFT_ADMIN_PASSWORD: optionalText,
  // Health and metrics.
  /** The gateway is not ready while the projection is more than this many seconds behind the event log. */
  PROJECTION_MAX_LAG_SECONDS: z.coerce.number().int().min(1).default(30),
  /** … or more than this many events behind it. */
  PROJECTION_MAX_LAG_EVENTS: z.coerce.number().int().min(1).default(10_000),
  /** E-mail for inbox items (smtp://user:pass@host:port or smtps://…); unset: the inbox only, no mail. */
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .url('must be an smtp:// or smtps:// URL like smtp://user:password@mail.example.com:587')
      .refine((u) => /^smtps?:\/\//.test(u), 'must start with smtp:// or smtps://')
      .optional(),
  ),
  /** The sender of inbox e-mails. */
  SMTP_FROM: z.string().default('ChainLift <no-reply@chainlift.local>'),
  /** The mailers' consumer group: one member sends each item, however many gateways run. */
  MAILER_GROUP: z.string().default('chainlift-mailer'),
  /** The web app's address, for links in e-mails. */
  PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
  /** When set, GET /metrics (gateway and projector) asks for `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: optionalText,
  /** The projector's small HTTP port (/health/live, /health/ready, /metrics); 0 turns it off. */
  PROJECTOR_HTTP_HOST: z.string().default('127.0.0.1'),
  PROJECTOR_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  /** Live updates: open WebSockets and subscriptions one user may hold at once. */
  LIVE_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(1).default(8),
  LIVE_MAX_SUBSCRIPTIONS_PER_USER: z.coerce.number().int().min(1).default(32),
  // Access: login throttling and POST /ingest limits (in memory, per gateway instance).
  /** Failed logins one client address may make per 15 minutes on one gateway. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** The largest POST /ingest body, in bytes (larger: 413 before anything is parsed). */
  INGEST_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(4_194_304),
  /** POST /ingest requests one API key may make per minute on one gateway. */
  INGEST_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** How many days before the day it arrives an ingested business date may lie (older: rejected). */
  INGEST_MAX_BACKDATE_DAYS: z.coerce.number().int().min(0).default(7),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The time zone whose calendar day is the business date (orders, receivables, pledges, evidence). */
  BUSINESS_TIME_ZONE: z
    .string()
    .default(DEFAULT_BUSINESS_TIME_ZONE)
    .refine(isTimeZone, 'must be an IANA time zone like Asia/Shanghai or Europe/Berlin'),
  /** Tests only: the gateway's clock, an ISO instant (fixed) or an offset from now (+8h, -90m, +2d); refused in production. */
  CHAINLIFT_TEST_CLOCK: optionalText.pipe(
    z
      .string()
      .refine(
        isTestClock,
        'must be an ISO instant with its zone (2026-12-04T23:59:00+08:00) or an offset like +8h, -90m, +2d',
      )
      .optional(),
  ),
});

/** Every environment variable the platform reads (docker-compose.yml must use these names). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  neo4j: { uri: string | undefined; user: string; password: string; database: string | undefined };
  kafka: {
    brokers: string[] | undefined;
    clientId: string;
    security: KafkaSecurity;
    /** How the platform creates its topics on a cluster (undefined: the cluster's defaults). */
    topics: { replicationFactor: number | undefined; minInsyncReplicas: number | undefined };
  };
  /** Settings of the servers the platform starts itself when no NEO4J_URI / KAFKA_BROKERS is given. */
  local: {
    stateDir: string;
    cacheDir: string;
    neo4jBoltPort: number;
    neo4jHeap: string;
    neo4jPageCacheMb: number;
    kafkaPort: number;
    kafkaControllerPort: number;
    kafkaHeap: string;
  };
  /** demo seeds demo logins and allows the state-folder JWT secret; production refuses both. */
  mode: 'demo' | 'production';
  gateway: {
    host: string;
    port: number;
    outcomeWaitMs: number;
    live: { maxSocketsPerUser: number; maxSubscriptionsPerUser: number };
    /** Per gateway instance (in memory): see README "Configuration". */
    login: LoginLimits;
    ingest: IngestLimits;
    /** When /health/ready says the projection lags too far behind the event log. */
    readiness: ReadinessLimits;
  };
  /** CHAINLIFT_ADMIN_EMAIL / CHAINLIFT_ADMIN_PASSWORD: the first platform admin, when both are set. */
  firstAdmin: { email: string; password: string } | undefined;
  /** GET /metrics: the bearer token it asks for, when set. */
  metrics: { token: string | undefined };
  /** E-mail delivery of inbox items: off (undefined) unless SMTP_URL is set. */
  mail: { smtpUrl: string; from: string; group: string; publicUrl: string } | undefined;
  auth: {
    /** HS256 secret for the platform's own login tokens; when absent the gateway keeps one in the state folder. */
    jwtSecret: string | undefined;
    jwtTtl: string;
    /** Set to accept tokens from the deployment's own OIDC provider instead (issuer and audience required). */
    oidc: { jwksUrl: string; issuer: string; audience: string; emailClaim: string } | undefined;
  };
  projector: {
    group: string;
    /** Messages above this many bytes go to the dead-letter topic instead of Neo4j. */
    maxEventBytes: number;
    /** Health and metrics over HTTP; port 0: none. */
    http: { host: string; port: number };
  };
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  calendar: {
    /** IANA zone of the business calendar (Asia/Shanghai by default). */
    timeZone: string;
    /** CHAINLIFT_TEST_CLOCK: a set clock for tests; production mode refuses it. */
    testClock: string | undefined;
  };
}

/** TLS and SASL settings of the Kafka client (both off: PLAINTEXT, as the local Kafka of `npm start`). */
export interface KafkaSecurity {
  /** TLS with, when given, the CA and the client certificate and key (PEM text, read at start). */
  ssl: { ca?: string; cert?: string; key?: string; passphrase?: string } | undefined;
  sasl:
    | { mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain'; username: string; password: string }
    | undefined;
}

export interface LoginLimits {
  maxFailuresPerAddress: number;
}

export interface ReadinessLimits {
  /** The projectors' consumer group whose lag is measured. */
  projectorGroup: string;
  maxLagSeconds: number;
  maxLagEvents: number;
}

export interface IngestLimits {
  maxBodyBytes: number;
  requestsPerMinute: number;
  maxBackdateDays: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}: ${issue.message} (got "${String(env[String(issue.path[0])])}")`,
      ),
    );
  }
  const e = parsed.data;
  // A provider's token is only as good as the checks on it: without issuer and audience any token
  // its JWKS signed (for another application too) would log in.
  if (e.OIDC_JWKS_URL && (!e.OIDC_ISSUER || !e.OIDC_AUDIENCE))
    throw new ConfigError([
      `OIDC_JWKS_URL is set, so OIDC_ISSUER and OIDC_AUDIENCE are required (missing: ${[
        e.OIDC_ISSUER ? undefined : 'OIDC_ISSUER',
        e.OIDC_AUDIENCE ? undefined : 'OIDC_AUDIENCE',
      ]
        .filter(Boolean)
        .join(', ')})`,
    ]);
  const problems = kafkaProblems(e);
  if (problems.length > 0) throw new ConfigError(problems);
  const adminPassword = e.CHAINLIFT_ADMIN_PASSWORD && checkPassword(e.CHAINLIFT_ADMIN_PASSWORD);
  if (adminPassword && !adminPassword.ok)
    throw new ConfigError([`CHAINLIFT_ADMIN_PASSWORD: ${adminPassword.error.message}`]);
  if (Boolean(e.CHAINLIFT_ADMIN_EMAIL) !== Boolean(e.CHAINLIFT_ADMIN_PASSWORD))
    throw new ConfigError([
      `CHAINLIFT_ADMIN_EMAIL and CHAINLIFT_ADMIN_PASSWORD go together (missing: ${
        e.CHAINLIFT_ADMIN_EMAIL ? 'CHAINLIFT_ADMIN_PASSWORD' : 'CHAINLIFT_ADMIN_EMAIL'
      })`,
    ]);
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    kafka: {
      brokers: e.KAFKA_BROKERS?.split(','),
      clientId: e.KAFKA_CLIENT_ID,
      security: kafkaSecurityOf(e),
      topics: {
        replicationFactor: e.KAFKA_REPLICATION_FACTOR,
        minInsyncReplicas: e.KAFKA_MIN_INSYNC_REPLICAS,
      },
    },
    local: {
      stateDir: path.resolve(e.CHAINLIFT_STATE_DIR),
      cacheDir: path.resolve(e.CHAINLIFT_CACHE_DIR),
      neo4jBoltPort: e.NEO4J_BOLT_PORT,
      neo4jHeap: e.NEO4J_HEAP,
      neo4jPageCacheMb: e.NEO4J_PAGECACHE_MB,
      kafkaPort: e.KAFKA_PORT,
      kafkaControllerPort: e.KAFKA_CONTROLLER_PORT,
      kafkaHeap: e.KAFKA_HEAP,
    },
    mode: e.NODE_ENV === 'production' ? 'production' : e.CHAINLIFT_MODE,
    gateway: {
      host: e.GATEWAY_HOST,
      port: e.GATEWAY_PORT,
      outcomeWaitMs: e.OUTCOME_WAIT_MS,
      live: {
        maxSocketsPerUser: e.LIVE_MAX_SOCKETS_PER_USER,
        maxSubscriptionsPerUser: e.LIVE_MAX_SUBSCRIPTIONS_PER_USER,
      },
      login: { maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS },
      ingest: {
        maxBodyBytes: e.INGEST_MAX_BODY_BYTES,
        requestsPerMinute: e.INGEST_REQUESTS_PER_MINUTE,
        maxBackdateDays: e.INGEST_MAX_BACKDATE_DAYS,
      },
      readiness: {
        projectorGroup: e.PROJECTOR_GROUP,
        maxLagSeconds: e.PROJECTION_MAX_LAG_SECONDS,
        maxLagEvents: e.PROJECTION_MAX_LAG_EVENTS,
      },
    },
    firstAdmin:
      e.CHAINLIFT_ADMIN_EMAIL && e.CHAINLIFT_ADMIN_PASSWORD
        ? { email: e.CHAINLIFT_ADMIN_EMAIL, password: e.CHAINLIFT_ADMIN_PASSWORD }
        : undefined,
    metrics: { token: e.METRICS_TOKEN },
    mail: e.SMTP_URL
      ? { smtpUrl: e.SMTP_URL, from: e.SMTP_FROM, group: e.MAILER_GROUP, publicUrl: e.PUBLIC_URL }
      : undefined,
    projector: {
      group: e.PROJECTOR_GROUP,
      maxEventBytes: e.MAX_EVENT_BYTES,
      http: { host: e.PROJECTOR_HTTP_HOST, port: e.PROJECTOR_HTTP_PORT },
    },
    auth: {
      jwtSecret: e.JWT_SECRET,
      jwtTtl: e.JWT_TTL,
      oidc:
        e.OIDC_JWKS_URL && e.OIDC_ISSUER && e.OIDC_AUDIENCE
          ? {
              jwksUrl: e.OIDC_JWKS_URL,
              issuer: e.OIDC_ISSUER,
              audience: e.OIDC_AUDIENCE,
              emailClaim: e.OIDC_EMAIL_CLAIM,
            }
          : undefined,
    },
    logLevel: e.LOG_LEVEL,
    calendar: { timeZone: e.BUSINESS_TIME_ZONE, testClock: e.CHAINLIFT_TEST_CLOCK },
  };
}

type Env = z.infer<typeof schema>;

/** Settings that only make sense together: each problem names the variable to set or unset. */
function kafkaProblems(e: Env): string[] {
  const problems: string[] = [];
  const sasl = [e.KAFKA_SASL_MECHANISM, e.KAFKA_SASL_USERNAME, e.KAFKA_SASL_PASSWORD];
  if (sasl.some(Boolean) && !sasl.every(Boolean))
    problems.push(
      `Kafka SASL needs KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD together (missing: ${[
        e.KAFKA_SASL_MECHANISM ? undefined : 'KAFKA_SASL_MECHANISM',
        e.KAFKA_SASL_USERNAME ? undefined : 'KAFKA_SASL_USERNAME',
        e.KAFKA_SASL_PASSWORD ? undefined : 'KAFKA_SASL_PASSWORD',
      ]
        .filter(Boolean)
        .join(', ')})`,
    );
  if (Boolean(e.KAFKA_SSL_CERT_FILE) !== Boolean(e.KAFKA_SSL_KEY_FILE))
    problems.push(
      'a Kafka client certificate needs both KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE',
    );
  if (
    e.KAFKA_SSL === false &&
    (e.KAFKA_SSL_CA_FILE || e.KAFKA_SSL_CERT_FILE || e.KAFKA_SSL_KEY_FILE)
  )
    problems.push('KAFKA_SSL=false, yet KAFKA_SSL_* files are given: unset one or the other');
  if (
    e.KAFKA_REPLICATION_FACTOR !== undefined &&
    e.KAFKA_MIN_INSYNC_REPLICAS !== undefined &&
    e.KAFKA_MIN_INSYNC_REPLICAS > e.KAFKA_REPLICATION_FACTOR
  )
    problems.push(
      `KAFKA_MIN_INSYNC_REPLICAS (${e.KAFKA_MIN_INSYNC_REPLICAS}) may not exceed KAFKA_REPLICATION_FACTOR (${e.KAFKA_REPLICATION_FACTOR}): no write could succeed`,
    );
  return problems;
}

function kafkaSecurityOf(e: Env): KafkaSecurity {
  const read = (file: string | undefined) => (file ? readFileSync(file, 'utf8') : undefined);
  const tls =
    e.KAFKA_SSL ?? Boolean(e.KAFKA_SSL_CA_FILE || e.KAFKA_SSL_CERT_FILE || e.KAFKA_SSL_KEY_FILE);
  return {
    ssl: tls
      ? {
          ca: read(e.KAFKA_SSL_CA_FILE),
          cert: read(e.KAFKA_SSL_CERT_FILE),
          key: read(e.KAFKA_SSL_KEY_FILE),
          passphrase: e.KAFKA_SSL_KEY_PASSWORD,
        }
      : undefined,
    sasl:
      e.KAFKA_SASL_MECHANISM && e.KAFKA_SASL_USERNAME && e.KAFKA_SASL_PASSWORD
        ? {
            mechanism: e.KAFKA_SASL_MECHANISM,
            username: e.KAFKA_SASL_USERNAME,
            password: e.KAFKA_SASL_PASSWORD,
          }
        : undefined,
  };
}

/**
 * Why the configuration may not run in production mode (one line a person can act on), or
 * undefined. Production never falls back to a secret the platform made up for itself (the Neo4j
 * password belongs to the deployment: docker-compose.yml requires one).
 */
export function productionRefusal(config: Config): string | undefined {
  if (config.mode !== 'production') return undefined;
  if (!config.auth.jwtSecret)
    return 'CHAINLIFT_MODE=production needs JWT_SECRET (32+ random characters); set CHAINLIFT_MODE=demo to try the platform locally.';
  if (isWellKnown(config.auth.jwtSecret))
    return 'CHAINLIFT_MODE=production refuses a JWT_SECRET copied from an example: set 32+ random characters (openssl rand -hex 32).';
  if (config.calendar.testClock)
    return 'CHAINLIFT_MODE=production runs on the real clock: unset CHAINLIFT_TEST_CLOCK (it is for tests).';
  const neo4jPassword = config.neo4j.password;
  if (neo4jPassword !== '' && (neo4jPassword.length < 8 || isWellKnown(neo4jPassword)))
    return 'CHAINLIFT_MODE=production refuses a default or short NEO4J_PASSWORD: give Neo4j a password of 8+ characters that is not neo4j/password/an example.';
  if (config.firstAdmin && isWellKnown(config.firstAdmin.password))
    return "CHAINLIFT_MODE=production refuses the demo's CHAINLIFT_ADMIN_PASSWORD: choose the first admin's own password (10+ characters).";
  if (config.metrics.token !== undefined && config.metrics.token.length < 16)
    return 'CHAINLIFT_MODE=production refuses a METRICS_TOKEN under 16 characters: set a random one (openssl rand -hex 16) or unset it.';
  return undefined;
}

/** Secrets printed in the README, the demo or common examples: never a production secret. */
const WELL_KNOWN_SECRETS = [
  'neo4j',
  'password',
  'changeme',
  'change-me',
  'secret',
  'chainlift',
  ...PUBLISHED_PASSWORDS,
  'admin',
  '12345678',
];

const isWellKnown = (secret: string): boolean => {
  const s = secret.toLowerCase();
  return (
    WELL_KNOWN_SECRETS.includes(s) ||
    /^(change[-_]?me|replace[-_]?me|your[-_]|example|secret[-_]?)/.test(s)
  );
};

/** The addresses the services connect to, once local servers (if any) are known to run. */
export interface Endpoints {
  neo4jUri: string;
  kafkaBrokers: string[];
}

export function endpointsOf(config: Config): Endpoints {
  return {
    neo4jUri: config.neo4j.uri ?? `neo4j://127.0.0.1:${config.local.neo4jBoltPort}`,
    kafkaBrokers: config.kafka.brokers ?? [`127.0.0.1:${config.local.kafkaPort}`],
  };
}
