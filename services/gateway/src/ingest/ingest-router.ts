/**
 * POST /ingest — company systems (ERP, WMS) post batches of events with an API key. The answer is
 * 202 with a result per event: accepted (published to its topic; poll eventOutcome for what the
 * projector made of it) or rejected with the reason. GET /ingest/whoami names the key's company.
 */
import { DomainFailure, type BusinessCalendar, type EventEnvelope } from '@chainlift/domain';
import { routeOf, type EventBus, type Logger } from '@chainlift/platform';
import express, { type Request, type Response, type Router } from 'express';
import { parseApiKey, secretMatches } from '../auth/api-keys';
import type { ApiKeyReads } from '../reads/api-keys';
import { MAX_EVENTS_PER_REQUEST, parseBody, toEvent } from './ingest-items';

type ItemResult = {
  index: number;
  eventId?: string;
  status: 'accepted' | 'rejected';
  code?: string;
  error?: string;
};

const problem = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

export function ingestRouter(options: {
  bus: EventBus;
  apiKeys: ApiKeyReads;
  log: Logger;
  /** The gateway's clock: an event sent without occurredAt is stamped from it. */
  calendar: BusinessCalendar;
}): Router {
  const router = express.Router();

  const authenticate = async (
    req: Request,
  ): Promise<{ companyId: string; companyName: string }> => {
    const header =
      req.headers['x-api-key'] ?? req.headers.authorization?.replace(/^Bearer\s+/i, '');
    const parsed = typeof header === 'string' ? parseApiKey(header) : undefined;
    if (!parsed)
      throw new DomainFailure({
        code: 'UNAUTHENTICATED',
        message:
          "send your API key as 'Authorization: Bearer clk_…' (a company ADMIN creates it with createApiKey)",
      });
    const stored = await options.apiKeys.credentials(parsed.keyId);
    if (!stored || !secretMatches(parsed.secret, stored.secretHash))
      throw new DomainFailure({ code: 'UNAUTHENTICATED', message: 'this API key is not valid' });
    if (!stored.active)
      throw new DomainFailure({
        code: 'UNAUTHENTICATED',
        message: 'this API key was revoked: ask your company admin for a new one',
      });
    if (stored.companyKind !== 'CHAIN_LEADER' && stored.companyKind !== 'SME') {
      throw new DomainFailure({
        code: 'FORBIDDEN',
        message: `ingestion is for chain leaders' and suppliers' systems, not ${stored.companyKind}`,
      });
    }
    return { companyId: stored.companyId, companyName: stored.companyName };
  };

  const handle =
    (work: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        await work(req, res);
      } catch (error) {
        if (error instanceof DomainFailure) {
          problem(
            res,
            error.error.code === 'UNAUTHENTICATED'
              ? 401
              : error.error.code === 'FORBIDDEN'
                ? 403
                : 400,
            error.error.code,
            error.error.message,
          );
          return;
        }
        options.log.error({ err: error }, 'ingestion failed');
        problem(
          res,
          503,
          'UNAVAILABLE',
          'the event log (Kafka) could not take the whole batch: send it again — events that carry their own id are applied once however often they are sent',
        );
      }
    };

  router.get(
    '/whoami',
    handle(async (req, res) => {
      res.json(await authenticate(req));
    }),
  );

  router.post(
    '/',
    express.json({ limit: '20mb' }),
    express.text({ type: ['application/x-ndjson', 'text/plain'], limit: '20mb' }),
    handle(async (req, res) => {
      const { companyId } = await authenticate(req);
      const body = parseBody(req.body);
      if (!body.ok) throw new DomainFailure(body.error);
      if (body.value.length > MAX_EVENTS_PER_REQUEST) {
        problem(
          res,
          413,
          'BAD_USER_INPUT',
          `at most ${MAX_EVENTS_PER_REQUEST} events per request; split the batch`,
        );
        return;
      }
      const now = options.calendar.now();
      const results: ItemResult[] = [];
      const byTopic = new Map<string, { key: string; value: string }[]>();
      body.value.forEach((item, index) => {
        const event = toEvent(item, companyId, now);
        if (!event.ok) {
          results.push({
            index,
            status: 'rejected',
            code: event.error.code,
            error: event.error.message,
          });
          return;
        }
        const envelope: EventEnvelope = event.value;
        const route = routeOf(envelope.type);
        const list = byTopic.get(route.topic) ?? [];
        list.push({
          key: route.key(envelope.payload as Record<string, unknown>),
          value: JSON.stringify(envelope),
        });
        byTopic.set(route.topic, list);
        results.push({ index, eventId: envelope.id, status: 'accepted' });
      });
      for (const [topic, messages] of byTopic) await options.bus.publish(topic, messages);
      const accepted = results.filter((r) => r.status === 'accepted').length;
      res.status(202).json({ accepted, rejected: results.length - accepted, results });
    }),
  );
  return router;
}
