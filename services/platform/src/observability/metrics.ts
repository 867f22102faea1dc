/**
 * The platform's Prometheus metrics (prom-client), one registry per process: the gateway and the
 * projector each expose it at GET /metrics. Names follow Prometheus conventions with the
 * `chainlift_` prefix (units in the name, `_total` on counters); Node's default process metrics
 * (`process_*`, `nodejs_*`) keep their standard names so stock dashboards and alerts work.
 * infra/grafana/chainlift.json queries these names; tests/integration/observability.int.test.ts
 * checks every name it queries is exposed.
 */
import { timingSafeEqual } from 'node:crypto';
import client from 'prom-client';

export const metricsRegistry = new client.Registry();
client.collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];

/** Seconds: from a 5 ms read to a 20 s write that waited for its outcome. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

export const metrics = {
  graphqlRequestDuration: new client.Histogram({
    name: 'chainlift_graphql_request_duration_seconds',
    help: 'GraphQL queries and mutations over HTTP, by operation (name, or "anonymous") and outcome (ok or the first error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  outcomeWait: new client.Histogram({
    name: 'chainlift_outcome_wait_seconds',
    help: "How long a write waited for its event's outcome from the projector, by result (APPLIED, REJECTED, PENDING = not in time)",
    labelNames: ['result'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  subscriptionsOpen: new client.Gauge({
    name: 'chainlift_subscriptions_open',
    help: 'GraphQL subscriptions open on this gateway (graphql-ws)',
    registers,
  }),
  liveNeo4jReads: new client.Counter({
    name: 'chainlift_live_neo4j_reads_total',
    help: 'Neo4j reads made to push live updates, by what was read: facts.<fact> for authorization (one per event and fact, shared by every subscriber), row.<kind> for the pushed data',
    labelNames: ['read'] as const,
    registers,
  }),
  outcomeConsumerUp: new client.Gauge({
    name: 'chainlift_outcome_consumer_up',
    help: "1 while this gateway's outcome consumer runs (writes and live updates need it), else 0",
    registers,
  }),
  projectionLagEvents: new client.Gauge({
    name: 'chainlift_projection_lag_events',
    help: "Events in the core topics the projectors' group has not committed yet (as the gateway last measured it)",
    registers,
  }),
  projectionLagSeconds: new client.Gauge({
    name: 'chainlift_projection_lag_seconds',
    help: 'How long the oldest event log position the projectors have not reached yet has been waiting (gateway measurement)',
    registers,
  }),
  projectorEvents: new client.Counter({
    name: 'chainlift_projector_events_total',
    help: 'Events the projector handled, by event type and result: applied, refused (a domain rule said no; its outcome says why) or dead_lettered (sent to chainlift.deadletter; an unknown reference is refused and dead-lettered)',
    labelNames: ['type', 'result'] as const,
    registers,
  }),
  projectorTransactionDuration: new client.Histogram({
    name: 'chainlift_projector_transaction_duration_seconds',
    help: 'One projector transaction (decode, load, decide, write, commit), retries included',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  }),
  projectorTransactionEvents: new client.Histogram({
    name: 'chainlift_projector_transaction_events',
    help: 'Events in one projector transaction',
    buckets: [1, 5, 10, 50, 100, 250, 500, 1000],
    registers,
  }),
  consumerLag: new client.Gauge({
    name: 'chainlift_kafka_consumer_lag',
    help: 'Messages of a partition the consumer group has not committed yet (end offset - committed offset), measured at scrape',
    labelNames: ['group', 'topic', 'partition'] as const,
    registers,
  }),
  neo4jErrors: new client.Counter({
    name: 'chainlift_neo4j_errors_total',
    help: 'Neo4j errors seen by this process, by driver error code (ServiceUnavailable, Neo.TransientError…)',
    labelNames: ['code'] as const,
    registers,
  }),
  kafkaErrors: new client.Counter({
    name: 'chainlift_kafka_errors_total',
    help: 'Kafka errors seen by this process, by operation (publish, consumer, client)',
    labelNames: ['operation'] as const,
    registers,
  }),
};

/** Counts a Neo4j error by its driver code. */
export function countNeo4jError(error: unknown): void {
  const code = (error as { code?: unknown } | undefined)?.code;
  metrics.neo4jErrors.inc({ code: typeof code === 'string' && code ? code : 'unknown' });
}

/** The registry's text exposition, its content type, and whether the request may read it. */
export interface MetricsAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * GET /metrics: with METRICS_TOKEN set, only for `Authorization: Bearer <token>` (401 otherwise);
 * `beforeScrape` refreshes gauges measured on demand (consumer lag).
 */
export async function scrapeMetrics(
  authorization: string | undefined,
  token: string | undefined,
  beforeScrape?: () => Promise<void>,
): Promise<MetricsAnswer> {
  if (token !== undefined && !bearerMatches(authorization, token))
    return {
      status: 401,
      contentType: 'text/plain; charset=utf-8',
      body: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>\n',
    };
  await beforeScrape?.().catch(() => undefined);
  return {
    status: 200,
    contentType: metricsRegistry.contentType,
    body: await metricsRegistry.metrics(),
  };
}

function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
