/**
 * Traces and correlated logs (issue 15, item 7): the W3C traceparent of a request travels in the
 * event's Kafka headers to the projector and back in the outcome; the gateway's and the
 * projector's log lines of that write carry the same trace id; with OTEL_EXPORTER_OTLP_ENDPOINT set,
 * the real OTLP/HTTP exporter sends the spans to a receiver this test runs. The exporting gateway and
 * projector are processes of their own, as deployed: the exporter loads Node's http module with a
 * dynamic import(), which jest's module sandbox refuses (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG),
 * so an in-process gateway here could not export.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { freePort } from '../../infra/local/ports';
import { startService, type ServiceProcess } from '../../scripts/lib/service-process';
import { graphql } from '../../scripts/lib/graphql-client';
import { REPO_ROOT, TOPIC, traceIdOf, type Subscription } from '@chainlift/platform';
import { TEST_ADMIN } from '../support/accounts';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

/** A small OTLP/HTTP receiver (JSON encoding): the spans each service exported. */
function otlpReceiver() {
  const spans: (OtlpSpan & { service: string })[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
      if (req.url === '/v1/traces' && String(req.headers['content-type']).includes('json')) {
        const request = JSON.parse(body.toString('utf8')) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { spans: OtlpSpan[] }[];
          }[];
        };
        for (const rs of request.resourceSpans) {
          const service =
            rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const ss of rs.scopeSpans) for (const s of ss.spans) spans.push({ ...s, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return {
    spans,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const receiver = otlpReceiver();
const gatewayLines: string[] = [];
let api: TestApi;
let projector: ServiceProcess;
let exportingGateway: { process: ServiceProcess; url: string; token: string };
let outcomes: Subscription;
const outcomeHeaders = new Map<string, Record<string, string>>();
const logDir = () => path.join(process.env.CHAINLIFT_TEST_STATE_DIR!, 'logs');

beforeAll(async () => {
  const endpoint = await receiver.start();
  api = await startTestApi({ logLines: gatewayLines });
  outcomes = await api.bus.consume({
    groupId: `test-trace-outcomes-${Date.now()}`,
    ephemeral: true,
    topics: [TOPIC.outcomes],
    fromBeginning: false,
    eachBatch: async (batch) => {
      for (const m of batch.messages) if (m.key) outcomeHeaders.set(m.key.toString(), m.headers);
    },
  });
  // A second projector in the group that exports its spans (the shared one does not).
  projector = startService({
    name: `projector-otlp-${Date.now()}`,
    entry: 'services/projector/src/main.ts',
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
    logDir: logDir(),
    readyWhen: /"msg":"projector ready"/,
  });
  // A gateway process that exports its spans (the in-process one above cannot, see the top).
  const port = await freePort();
  const gateway = startService({
    name: `gateway-otlp-${Date.now()}`,
    entry: 'services/gateway/src/main.ts',
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(port),
      JWT_SECRET: randomBytes(32).toString('hex'),
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
    logDir: logDir(),
    readyWhen: /"msg":"gateway listening"/,
  });
  await Promise.all([projector.ready, gateway.ready]);
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = await graphql<{ login: { token: string } }>(
    url,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: TEST_ADMIN.email, p: TEST_ADMIN.password },
  );
  exportingGateway = { process: gateway, url, token: login.data!.login.token };
}, 180_000);

afterAll(async () => {
  await projector?.stop();
  await exportingGateway?.process.stop();
  await outcomes?.stop();
  await api?.close();
  await receiver.close();
});

const registerCompany = (
  headers: Record<string, string>,
  through: { url: string; token: string } = { url: api.url, token: api.admin.token! },
) =>
  graphql<{ registerCompany: { company: { id: string } } }>(
    through.url,
    'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
    {
      input: {
        name: '追踪测试',
        uscc: uniqueUscc(),
        kind: 'SME',
        region: '浙江省宁波市',
        industry: '测试',
      },
    },
    { authorization: `Bearer ${through.token}`, ...headers },
  );

const parsed = (lines: string[]) =>
  lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
const projectorLines = () =>
  [path.join(logDir(), 'projector.log'), projector.logFile].flatMap((f) =>
    parsed(readFileSync(f, 'utf8').split('\n')),
  );
const carries = (line: Record<string, unknown>, traceId: string) =>
  line.trace_id === traceId || (line.trace_ids as string[] | undefined)?.includes(traceId);

it("follows one write by its traceparent: gateway log, the event's Kafka headers, the projector's log, the outcome", async () => {
  const traceId = randomBytes(16).toString('hex');
  const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
  const response = await registerCompany({ traceparent });
  expect(response.errors).toBeUndefined();

  // The gateway: every line it wrote for this write carries the caller's trace id.
  const published = parsed(gatewayLines).find(
    (l) => l.msg === 'event published' && l.type === 'CompanyRegistered' && l.trace_id === traceId,
  );
  expect(published).toBeDefined();
  const eventId = published!.eventId as string;
  const aboutIt = parsed(gatewayLines).filter((l) => l.eventId === eventId);
  expect(aboutIt.map((l) => l.msg)).toEqual(['event published', 'event outcome']);
  expect(aboutIt.every((l) => l.trace_id === traceId)).toBe(true);

  // The event on Kafka carries the trace (the gateway's producer span is its parent).
  const [onTopic] = await api.cypher('MATCH (e:Event {id: $eventId}) RETURN e.status AS status', {
    eventId,
  });
  expect(onTopic?.status).toBe('APPLIED');
  // The outcome comes back in the same trace.
  const back = await waitFor(async () => outcomeHeaders.get(eventId), 20_000);
  expect(traceIdOf(back.traceparent)).toBe(traceId);
  // The projector that applied it logged the batch in that trace.
  const projected = await waitFor(
    async () =>
      projectorLines().find((l) => l.msg === 'batch projected' && carries(l, traceId)) ?? undefined,
    20_000,
  );
  expect(projected).toBeDefined();
}, 60_000);

it('starts a new trace when the request brings none, and answers its id in traceresponse', async () => {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.admin.token!}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const traceId = traceIdOf(response.headers.get('traceresponse') ?? undefined);
  expect(traceId).toMatch(/^[\da-f]{32}$/);
  expect(traceId).not.toBe('0'.repeat(32));
}, 30_000);

it('exports the spans over OTLP/HTTP: the gateway request and the projector apply share the trace id', async () => {
  // The write lands on the partition of its key; the exporting projector owns about half of them.
  let matched: { apply: OtlpSpan; publish: OtlpSpan; request: OtlpSpan } | undefined;
  for (let attempt = 0; attempt < 24 && !matched; attempt++) {
    const traceId = randomBytes(16).toString('hex');
    const response = await registerCompany(
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      exportingGateway,
    );
    expect(response.errors).toBeUndefined();
    matched = await waitFor(async () => {
      const inTrace = receiver.spans.filter((s) => s.traceId === traceId);
      const request = inTrace.find((s) => s.service === 'chainlift-gateway' && s.kind === 2);
      const publish = inTrace.find((s) => s.name.endsWith(' publish'));
      const apply = inTrace.find((s) => s.service === 'chainlift-projector');
      if (!request || !publish) return undefined;
      return { request, publish, apply: apply! };
    }, 10_000).then(async (found) => {
      // Give the other projector's spans a moment; if it was not the exporting one, try again.
      if (found.apply) return found;
      await new Promise((r) => setTimeout(r, 1500));
      const apply = receiver.spans.find(
        (s) => s.traceId === found.request.traceId && s.service === 'chainlift-projector',
      );
      return apply ? { ...found, apply } : undefined;
    });
  }
  expect(matched).toBeDefined();
  const { request, publish, apply } = matched!;
  expect(request.name).toBe('POST /graphql');
  expect(apply.name).toBe('apply CompanyRegistered');
  expect(apply.traceId).toBe(request.traceId);
  // The projector's span is the child of the gateway's producer span, through the Kafka headers.
  expect(apply.parentSpanId).toBe(publish.spanId);
  expect(publish.parentSpanId).toBe(request.spanId);
}, 150_000);
