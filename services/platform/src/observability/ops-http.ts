/**
 * The operator's endpoints, the same on the gateway (its own port) and the projector (a small port
 * of its own, PROJECTOR_HTTP_PORT): GET /health/live, /health/ready (/health is ready's alias) and
 * /metrics.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log';
import { readiness, type Checks } from './health';
import { scrapeMetrics, type MetricsAnswer } from './metrics';

export interface OpsOptions {
  /** The readiness checks (each bounded in time). */
  checks: Checks;
  /** METRICS_TOKEN: when set, /metrics asks for it as a bearer token. */
  metricsToken: string | undefined;
  /** Refreshes gauges measured at scrape time. */
  beforeScrape?: () => Promise<void>;
}

const json = (status: number, value: unknown): MetricsAnswer => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});

/** The answer to an operator's GET on `path`, or undefined when the path is not one of them. */
export async function opsAnswer(
  path: string,
  authorization: string | undefined,
  options: OpsOptions,
): Promise<MetricsAnswer | undefined> {
  switch (path) {
    case '/health/live':
      return json(200, { status: 'ok' });
    case '/health':
    case '/health/ready': {
      const ready = await readiness(options.checks);
      return json(ready.status === 'ok' ? 200 : 503, ready);
    }
    case '/metrics':
      return scrapeMetrics(authorization, options.metricsToken, options.beforeScrape);
    default:
      return undefined;
  }
}

export interface OpsServer {
  url: string;
  close(): Promise<void>;
}

/** A small HTTP server with only the operator's endpoints (the projector's). */
export async function startOpsServer(
  options: OpsOptions & { host: string; port: number; log: Logger },
): Promise<OpsServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const answer =
      req.method === 'GET' || req.method === 'HEAD'
        ? opsAnswer(path, req.headers.authorization, options)
        : Promise.resolve(undefined);
    answer
      .then((a) => a ?? json(404, { status: 'not found', paths: OPS_PATHS }))
      .catch((error: unknown) => {
        options.log.error({ err: error, path }, 'an operator endpoint failed');
        return json(500, { status: 'error' });
      })
      .then(
        (a) => {
          res.writeHead(a.status, { 'content-type': a.contentType, 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : a.body);
        },
        () => res.destroy(),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const OPS_PATHS = ['/health/live', '/health/ready', '/health', '/metrics'] as const;
