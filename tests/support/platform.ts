/**
 * What an integration test talks to: a gateway of its own (in this process, on a free port)
 * over the shared real Neo4j, Kafka and projector that the global setup started — plus helpers
 * that create companies and users through the public API, the way people do.
 */
import { randomBytes } from 'node:crypto';
import {
  withUsccCheckChar,
  type BusinessCalendar,
  type CompanyKind,
  type Role,
} from '@chainlift/domain';
import { createTokenService, startGateway, type GatewayOptions } from '@chainlift/gateway';
import {
  calendarOf,
  createDriver,
  createEventBus,
  createLogger,
  loadConfig,
  type Driver,
  type EventBus,
} from '@chainlift/platform';
import { graphql, graphqlData, type GraphQLResponse } from '../../scripts/lib/graphql-client';
import { TEST_ADMIN, TEST_PASSWORD } from './accounts';

export interface Client {
  token: string | undefined;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface Account extends Client {
  userId: string;
  companyId: string;
  email: string;
}

export interface TestApi extends Client {
  url: string;
  driver: Driver;
  bus: EventBus;
  admin: Client;
  /** A client with no token. */
  anonymous: Client;
  client(token: string | undefined): Client;
  login(email: string, password: string): Promise<Client>;
  /** Registers a company (as platform admin) and returns its id. */
  company(
    kind: CompanyKind,
    name?: string,
    extra?: { region?: string; industry?: string; uscc?: string },
  ): Promise<string>;
  /** Creates a user in a company (as platform admin) and logs it in. */
  user(companyId: string, role?: Role): Promise<Account>;
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

let counter = 0;
/**
 * A fresh valid USCC per call, so tests never collide with each other or with earlier runs;
 * registered in GB/T 2260 division `division` (characters 3–8), 宁波市 unless given.
 */
export function uniqueUscc(division = '330200'): string {
  counter += 1;
  const body = `${Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '1')
    .slice(-5)}${String(counter).padStart(4, '0')}`;
  return withUsccCheckChar(`91${division}${body}`);
}

export async function startTestApi(
  options: {
    outcomeWaitMs?: number;
    /** Login tokens' lifetime (JWT_TTL), 1h unless given. */
    tokenTtl?: string;
    /** Sockets and subscriptions per user on this gateway. */
    live?: GatewayOptions['live'];
    /** Settings of this gateway on top of the environment (e.g. CHAINLIFT_TEST_CLOCK, BUSINESS_TIME_ZONE). */
    env?: Record<string, string>;
    /** The gateway's business calendar (a test's settable clock); else the configured one. */
    calendar?: BusinessCalendar;
    /** Failed logins per address, and /ingest limits, on this gateway (the configuration's unless given). */
    login?: GatewayOptions['login'];
    ingest?: GatewayOptions['ingest'];
    /** Collects the gateway's JSON log lines (at info) here instead of keeping it silent. */
    logLines?: string[];
    /** Readiness limits and METRICS_TOKEN of this gateway (the configuration's / none unless given). */
    readiness?: GatewayOptions['readiness'];
    metricsToken?: string;
  } = {},
): Promise<TestApi> {
  const config = loadConfig({ ...process.env, ...options.env });
  const lines = options.logLines;
  const log = lines
    ? createLogger('test-gateway', 'info', {
        write: (chunk: string) => void lines.push(chunk.trimEnd()),
      })
    : createLogger('test-gateway', process.env.TEST_LOG_LEVEL ?? 'silent');
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  const bus = createEventBus({
    brokers: config.kafka.brokers!,
    clientId: 'test',
    log,
    security: config.kafka.security,
  });
  const tokens = createTokenService({
    secret: randomBytes(32).toString('hex'),
    ttl: options.tokenTtl ?? '1h',
  });
  const gateway = await startGateway({
    driver,
    bus,
    log,
    host: '127.0.0.1',
    port: 0,
    outcomeWaitMs: options.outcomeWaitMs ?? 20_000,
    tokens,
    // The authorization matrix asks the schema which operations exist.
    introspection: true,
    ...(options.live ? { live: options.live } : {}),
    calendar: options.calendar ?? calendarOf(config),
    ...(options.login ? { login: options.login } : {}),
    ...(options.ingest ? { ingest: options.ingest } : {}),
    ...(options.readiness ? { readiness: options.readiness } : {}),
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
  });

  const client = (token: string | undefined): Client => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return {
      token,
      gql: (query, variables) => graphql(gateway.url, query, variables, headers),
      data: (query, variables) => graphqlData(gateway.url, query, variables, headers),
    };
  };
  const login = async (email: string, password: string) => {
    const { login: session } = await graphqlData<{ login: { token: string } }>(
      gateway.url,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: email,
        p: password,
      },
    );
    return client(session.token);
  };
  const admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);

  return {
    ...admin,
    url: gateway.url,
    driver,
    bus,
    admin,
    anonymous: client(undefined),
    client,
    login,
    async company(kind, name = `测试企业${++counter}`, extra = {}) {
      const { registerCompany } = await admin.data<{
        registerCompany: { company: { id: string } };
      }>(
        'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
        {
          input: {
            name,
            uscc: extra.uscc ?? uniqueUscc(),
            kind,
            region: extra.region ?? '浙江省宁波市',
            industry: extra.industry ?? '测试',
          },
        },
      );
      return registerCompany.company.id;
    },
    async user(companyId, role = 'ADMIN') {
      const email = `u${Date.now().toString(36)}${++counter}@test.chainlift`;
      const { createUser } = await admin.data<{ createUser: { id: string } }>(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: { companyId, email, name: `${role} ${counter}`, role, password: TEST_PASSWORD },
        },
      );
      return { ...(await login(email, TEST_PASSWORD)), userId: createUser.id, companyId, email };
    },
    async cypher(query, params = {}) {
      const { records } = await driver.executeQuery(query, params);
      return records.map((r) => r.toObject());
    },
    async close() {
      await gateway.close();
      await bus.close();
      await driver.close();
    },
  };
}

/**
 * Polls `probe` until it returns a value. Past `timeoutMs` it throws; `explain`, when given, says
 * what was awaited and what the state was then, so a failure in CI can be read without a rerun.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  explain?: () => Promise<string> | string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const why = explain ? `: ${await explain()}` : '';
      throw new Error(`condition not met in ${timeoutMs} ms${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The error code of the first error, or 'OK'. */
export const codeOf = (response: GraphQLResponse<unknown>): string =>
  (response.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
