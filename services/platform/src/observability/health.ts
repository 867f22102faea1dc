/**
 * Health of a service process: /health/live says the process runs (the event loop answers);
 * /health/ready runs the service's checks (Neo4j answers, Kafka answers, its consumer runs, the
 * projection is not too far behind) and answers 503 with every failing check's reason.
 */
import type { ReadinessLimits } from '../config';
import type { EventBus, PartitionLag } from '../kafka/bus';
import { CORE_TOPICS } from '../kafka/topics';
import type { Driver } from '../neo4j/driver';
import { countNeo4jError, metrics } from './metrics';

export interface CheckResult {
  ok: boolean;
  /** Why not, or a short fact when ok (e.g. the lag). */
  detail?: string;
}

export type Checks = Record<string, () => Promise<CheckResult>>;

export interface Readiness {
  status: 'ok' | 'unavailable';
  checks: Record<string, CheckResult>;
  /** The failing checks' details, one line (absent when ready). */
  reason?: string;
}

/** A check that takes longer than this fails (a hung connection must not hang the probe). */
const CHECK_TIMEOUT_MS = 3_000;

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Runs every check at once, each bounded in time; a check that throws fails with its message. */
export async function readiness(checks: Checks, timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<CheckResult>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }),
          timeoutMs,
        );
      });
      try {
        return [
          name,
          await Promise.race([
            check().catch((error: unknown) => ({ ok: false, detail: firstLine(error) })),
            timedOut,
          ]),
        ];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const results = Object.fromEntries(entries);
  const failing = entries.filter(([, r]) => !r.ok);
  return failing.length === 0
    ? { status: 'ok', checks: results }
    : {
        status: 'unavailable',
        checks: results,
        reason: failing.map(([name, r]) => `${name}: ${r.detail ?? 'failed'}`).join('; '),
      };
}

/**
 * How far the projection is behind the event log, in events and in time, from successive
 * measurements of the projectors' group: each measurement remembers when it saw each partition's
 * end offset; the lag in time is the age of the oldest remembered end the group has not committed
 * yet. So a projector that keeps up under a steady stream (always a few events behind) lags
 * by a fraction of a second, and one that stopped lags by the time since it stopped (to within the
 * interval between measurements).
 */
export class ProjectionLag {
  private samples: { at: number; ends: Map<string, bigint> }[] = [];

  constructor(private readonly maxSamples = 256) {}

  /** Records a measurement taken at `now` (ms) and returns the lag it shows. */
  observe(now: number, partitions: readonly PartitionLag[]): { events: number; seconds: number } {
    const key = (p: PartitionLag) => `${p.topic}/${p.partition}`;
    // What the group has committed, per partition: the end minus the lag.
    const committed = new Map(partitions.map((p) => [key(p), p.end - BigInt(p.lag)]));
    this.samples.push({ at: now, ends: new Map(partitions.map((p) => [key(p), p.end])) });
    this.samples = this.samples.filter((sample) =>
      [...sample.ends].some(([partition, end]) => (committed.get(partition) ?? end) < end),
    );
    // Bounded memory: drop the middle, keep the oldest (it decides the lag) and the newest.
    while (this.samples.length > this.maxSamples) this.samples.splice(1, 1);
    const oldest = this.samples[0];
    return {
      events: partitions.reduce((n, p) => n + p.lag, 0),
      seconds: oldest ? (now - oldest.at) / 1000 : 0,
    };
  }
}

/** Neo4j answers a query. */
export const neo4jAnswers =
  (driver: Driver, database?: string) => async (): Promise<CheckResult> => {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return { ok: true };
    } catch (error) {
      countNeo4jError(error);
      throw error;
    }
  };

/** The Kafka brokers answer a metadata request. */
export const kafkaAnswers = (bus: EventBus) => async (): Promise<CheckResult> => {
  await bus.ping();
  return { ok: true };
};

/**
 * Runs `measure` at most once per `ttlMs`: readiness probes and metric scrapes that arrive together
 * (several probes, Prometheus, a load balancer) share one answer instead of each asking Kafka's admin
 * API for every partition's offsets. A failed measurement is not kept.
 */
export function reuseFor<T>(
  ttlMs: number,
  measure: () => Promise<T>,
  clock: () => number = Date.now,
): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = clock();
    if (last && now - last.at < ttlMs) return last.value;
    const value = measure();
    const kept = { at: now, value };
    last = kept;
    value.catch(() => {
      if (last === kept) last = undefined;
    });
    return value;
  };
}

/** How long one measurement of the projectors' lag answers probes and scrapes. */
export const LAG_MEASUREMENT_REUSE_MS = 1_000;

/** Measures a consumer group's lag per partition and exposes it as chainlift_kafka_consumer_lag. */
export async function measureGroupLag(
  bus: EventBus,
  group: string,
  topics: readonly string[],
): Promise<PartitionLag[]> {
  const lags = await bus.groupLag(group, topics);
  for (const p of lags)
    metrics.consumerLag.set({ group, topic: p.topic, partition: String(p.partition) }, p.lag);
  return lags;
}

/**
 * The projection is at most `maxLagEvents` events and `maxLagSeconds` behind the core topics
 * (PROJECTION_MAX_LAG_EVENTS / _SECONDS), measured on the projectors' consumer group.
 */
export function projectionLagCheck(
  bus: EventBus,
  limits: ReadinessLimits,
  clock: () => number = Date.now,
): () => Promise<CheckResult> {
  const lag = new ProjectionLag();
  const measure = reuseFor(
    LAG_MEASUREMENT_REUSE_MS,
    () => measureGroupLag(bus, limits.projectorGroup, CORE_TOPICS),
    clock,
  );
  return async () => {
    const partitions = await measure();
    const { events, seconds } = lag.observe(clock(), partitions);
    metrics.projectionLagEvents.set(events);
    metrics.projectionLagSeconds.set(seconds);
    const detail = `${events} events, ${seconds.toFixed(1)} s behind`;
    if (events > limits.maxLagEvents)
      return {
        ok: false,
        detail: `the projection is ${detail} (PROJECTION_MAX_LAG_EVENTS=${limits.maxLagEvents})`,
      };
    if (seconds > limits.maxLagSeconds)
      return {
        ok: false,
        detail: `the projection is ${detail} (PROJECTION_MAX_LAG_SECONDS=${limits.maxLagSeconds})`,
      };
    return { ok: true, detail };
  };
}
