/**
 * Issue 15, health and metrics: the gateway's /health/live, /health/ready (and /health) and
 * /metrics, the projector's own port with the same, counters that move after a mutation, and the
 * Grafana dashboard querying only metrics that /metrics really exposes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { REPO_ROOT } from '@chainlift/platform';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

const projectorUrl = () => {
  const url = process.env.CHAINLIFT_TEST_PROJECTOR_URL;
  if (!url) throw new Error('the test platform did not say where its projector listens');
  return url;
};

/** Parses the text exposition: each sample's value by its full series name ("name{labels}"). */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return out;
}

/** The metric names a scrape declares (# TYPE), with a histogram's _bucket/_sum/_count series. */
function exposedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    names.add(name!);
    if (type === 'histogram' || type === 'summary')
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
  }
  return names;
}

/** The value of the series whose name and labels include all of `labels` (summed over the rest). */
function value(
  all: Map<string, number>,
  name: string,
  labels: Record<string, string> = {},
): number {
  let sum = 0;
  for (const [series, v] of all) {
    const [seriesName] = series.split('{');
    if (seriesName !== name) continue;
    if (Object.entries(labels).every(([k, l]) => series.includes(`${k}="${l}"`))) sum += v;
  }
  return sum;
}

const scrape = async (url: string, token?: string) => {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
};

describe('issue 15: health and metrics', () => {
  let api: TestApi;
  let base: string;
  const token = randomBytes(16).toString('hex');
  beforeAll(async () => {
    api = await startTestApi({ metricsToken: token });
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api?.close());

  it('gateway: /health/live answers while the process runs; /health/ready and /health check every dependency', async () => {
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    for (const path of ['/health/ready', '/health']) {
      const res = await fetch(`${base}${path}`);
      const body = (await res.json()) as { status: string; checks: Record<string, unknown> };
      expect({ path, status: res.status, body }).toEqual({
        path,
        status: 200,
        body: {
          status: 'ok',
          checks: {
            neo4j: { ok: true },
            kafka: { ok: true },
            outcomeConsumer: { ok: true },
            projection: { ok: true, detail: expect.stringMatching(/events, .* s behind$/) },
          },
        },
      });
    }
  });

  it('gateway: not ready while the projection lags more events than PROJECTION_MAX_LAG_EVENTS', async () => {
    // A group that never consumed lags by every event in the core topics (the test setup wrote some).
    const lagging = await startTestApi({
      readiness: { projectorGroup: `nobody-${randomUUID()}`, maxLagEvents: 1, maxLagSeconds: 30 },
    });
    try {
      const res = await fetch(lagging.url.replace(/graphql$/, 'health/ready'));
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason).toMatch(
        /^projection: the projection is \d+ events, .* behind \(PROJECTION_MAX_LAG_EVENTS=1\)$/,
      );
    } finally {
      await lagging.close();
    }
  });

  it('gateway: /metrics asks for METRICS_TOKEN when one is set', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    expect(await scrape(`${base}/metrics`, token)).toContain('process_cpu_seconds_total');
  });

  it('projector: its own port answers /health/live, /health/ready and /metrics', async () => {
    const live = await fetch(`${projectorUrl()}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${projectorUrl()}/health/ready`);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: {
        neo4j: { ok: true },
        kafka: { ok: true },
        consumer: { ok: true, detail: expect.stringMatching(/^member of /) },
      },
    });
    expect(ready.status).toBe(200);
    expect((await fetch(`${projectorUrl()}/nothing`)).status).toBe(404);
  });

  it('a mutation moves the counters on the gateway and on the projector', async () => {
    const gatewayBefore = samples(await scrape(`${base}/metrics`, token));
    const projectorBefore = samples(await scrape(`${projectorUrl()}/metrics`));
    await api.admin.data(
      'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
      {
        input: {
          name: '指标测试企业',
          uscc: uniqueUscc(),
          kind: 'SME',
          region: '浙江省宁波市',
          industry: '测试',
        },
      },
    );
    const gatewayAfter = samples(await scrape(`${base}/metrics`, token));
    const moved = (name: string, labels: Record<string, string>) =>
      value(gatewayAfter, name, labels) - value(gatewayBefore, name, labels);
    expect(
      moved('chainlift_graphql_request_duration_seconds_count', {
        operation: 'registerCompany',
        type: 'mutation',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      moved('chainlift_outcome_wait_seconds_count', { result: 'APPLIED' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(gatewayAfter, 'chainlift_outcome_consumer_up')).toBe(1);
    expect(value(gatewayAfter, 'chainlift_subscriptions_open')).toBeGreaterThanOrEqual(0);
    expect(
      [...gatewayAfter.keys()].some((s) =>
        s.startsWith('chainlift_kafka_consumer_lag{group="chainlift-projector"'),
      ),
    ).toBe(true);

    // The projector counts once its transaction committed (the outcome came after it).
    const projectorAfter = await waitFor(async () => {
      const now = samples(await scrape(`${projectorUrl()}/metrics`));
      const applied = (all: Map<string, number>) =>
        value(all, 'chainlift_projector_events_total', {
          type: 'CompanyRegistered',
          result: 'applied',
        });
      return applied(now) > applied(projectorBefore) ? now : undefined;
    });
    expect(
      value(projectorAfter, 'chainlift_projector_transaction_duration_seconds_count'),
    ).toBeGreaterThan(
      value(projectorBefore, 'chainlift_projector_transaction_duration_seconds_count'),
    );
    expect(value(projectorAfter, 'chainlift_projector_transaction_events_sum')).toBeGreaterThan(
      value(projectorBefore, 'chainlift_projector_transaction_events_sum'),
    );
    expect(
      [...projectorAfter.keys()].some((s) => s.startsWith('chainlift_kafka_consumer_lag{')),
    ).toBe(true);
  });

  it('the Grafana dashboard queries only metrics that /metrics exposes (gateway or projector)', async () => {
    const exposed = new Set([
      ...exposedNames(await scrape(`${base}/metrics`, token)),
      ...exposedNames(await scrape(`${projectorUrl()}/metrics`)),
    ]);
    const dashboard = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'infra/grafana/chainlift.json'), 'utf8'),
    ) as { panels: { title: string; targets?: { expr: string }[] }[] };
    const queried = new Set<string>();
    for (const panel of dashboard.panels)
      for (const target of panel.targets ?? [])
        for (const [name] of target.expr.matchAll(/\b(?:chainlift|process|nodejs)_[a-z0-9_]+/g))
          queried.add(name);
    expect(queried.size).toBeGreaterThan(10);
    expect([...queried].filter((name) => !exposed.has(name))).toEqual([]);
  });
});
