/**
 * POST /ingest — company systems (ERP, WMS) post batches of events with an API key. In this order:
 * the key is checked (before a byte of the body is read), the key's request rate (in memory, per
 * gateway), the body's size (413 over INGEST_MAX_BODY_BYTES), then each event on its own. The answer
 * is 202 with a result per event: accepted (on its topic; poll eventOutcome for what the projector made
 * of it) or rejected with the reason — an event larger than an event may be is rejected alone, and
 * events the event log could not take are rejected as UNAVAILABLE (send those again), so none is left
 * looking accepted. GET /ingest/whoami names the key's company.
 */
import { DomainFailure, type BusinessCalendar } from '@chainlift/domain';
import type { EventBus, IngestLimits, Logger } from '@chainlift/platform';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
  type Router,
} from 'express';
import { parseApiKey, secretMatches } from '../auth/api-keys';
import { WindowLimiter } from '../auth/rate-limit';
import type { ApiKeyReads } from '../reads/api-keys';
import { maxEventBytes, type BuiltEvent } from '../writes/envelope';
import { MAX_EVENTS_PER_REQUEST, parseBody, toEvent } from './ingest-items';
import { resumeTrace } from '../http/trace-requests';

type ItemResult = {
  index: number;
  eventId?: string;
  /** The client's own id, when it sent one. */
  id?: string;
  status: 'accepted' | 'rejected';
  code?: string;
  error?: string;
  /** A business date before the day the event arrived (within INGEST_MAX_BACKDATE_DAYS). */
  backdated?: { field: string; date: string; days: number };
};

interface KeyHolder {
  keyId: string;
  companyId: string;
  companyName: string;
}

const problem = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
};

/** Messages per publish call at most this many bytes together: the broker takes a batch per partition. */
function chunks<E extends { built: BuiltEvent }>(events: E[], maxBytes: number): E[][] {
  const out: E[][] = [];
  let current: E[] = [];
  let bytes = 0;
  for (const e of events) {
    const size = Buffer.byteLength(e.built.message.value);
    if (current.length && bytes + size > maxBytes) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(e);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

export function ingestRouter(options: {
  bus: EventBus;
  apiKeys: ApiKeyReads;
  log: Logger;
  /** The gateway's clock: an event sent without occurredAt is stamped from it. */
  calendar: BusinessCalendar;
  limits: IngestLimits;
}): Router {
  const router = express.Router();
  const { limits } = options;
  const requestsByKey = new WindowLimiter(limits.requestsPerMinute, 60_000);

  const authenticate = async (req: Request): Promise<KeyHolder> => {
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
    return { keyId: parsed.keyId, companyId: stored.companyId, companyName: stored.companyName };
  };

  const refuse = (res: Response, error: unknown): boolean => {
    if (!(error instanceof DomainFailure)) return false;
    problem(res, STATUS[error.error.code] ?? 400, error.error.code, error.error.message);
    return true;
  };

  /** Key, rate and declared size, before the body is read. */
  const admit: RequestHandler = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const holder = await authenticate(req);
      const wait = requestsByKey.blocked(holder.keyId);
      if (wait !== undefined) {
        res.setHeader('retry-after', String(Math.ceil(wait / 1000)));
        problem(
          res,
          429,
          'TOO_MANY_REQUESTS',
          `at most ${limits.requestsPerMinute} requests a minute per API key (on this gateway): try again in ${Math.ceil(wait / 1000)} s`,
        );
        return;
      }
      requestsByKey.hit(holder.keyId);
      if (Number(req.headers['content-length'] ?? 0) > limits.maxBodyBytes) {
        problem(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge(limits.maxBodyBytes));
        return;
      }
      res.locals.holder = holder;
      next();
    } catch (error) {
      if (!refuse(res, error)) next(error);
    }
  };

  router.get('/whoami', admit, (_req, res) => {
    const { companyId, companyName } = res.locals.holder as KeyHolder;
    res.json({ companyId, companyName });
  });

  router.post(
    '/',
    admit,
    express.json({ limit: limits.maxBodyBytes }),
    express.text({ type: ['application/x-ndjson', 'text/plain'], limit: limits.maxBodyBytes }),
    resumeTrace,
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const { companyId } = res.locals.holder as KeyHolder;
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
        const received = { at: options.calendar.now(), timeZone: options.calendar.timeZone };
        const results: ItemResult[] = [];
        const byTopic = new Map<string, { index: number; built: BuiltEvent }[]>();
        body.value.forEach((item, index) => {
          const clientId = (item as { id?: unknown } | null)?.id;
          const own = typeof clientId === 'string' ? { id: clientId } : {};
          const event = toEvent(item, companyId, received, limits);
          if (!event.ok) {
            results[index] = {
              index,
              ...own,
              status: 'rejected',
              code: event.error.code,
              error: event.error.message,
            };
            return;
          }
          const built = event.value;
          const list = byTopic.get(built.topic) ?? [];
          list.push({ index, built });
          byTopic.set(built.topic, list);
          const backdated = built.event.declared?.backdated;
          results[index] = {
            index,
            ...own,
            eventId: built.event.id,
            status: 'accepted',
            ...(backdated ? { backdated } : {}),
          };
        });
        let unwritten = 0;
        for (const [topic, events] of byTopic)
          for (const chunk of chunks(events, maxEventBytes())) {
            try {
              await options.bus.publish(
                topic,
                chunk.map((e) => e.built.message),
              );
            } catch (error) {
              options.log.error(
                { err: error, topic, events: chunk.length },
                'ingestion publish failed',
              );
              unwritten += chunk.length;
              for (const { index } of chunk)
                results[index] = {
                  ...results[index]!,
                  status: 'rejected',
                  code: 'UNAVAILABLE',
                  error:
                    'the event log (Kafka) did not take this event, so nothing of it was written: send it again (the same id is applied once)',
                };
            }
          }
        const accepted = results.filter((r) => r.status === 'accepted').length;
        const allLost = unwritten > 0 && accepted === 0;
        res
          .status(allLost ? 503 : 202)
          .json({ accepted, rejected: results.length - accepted, results });
      } catch (error) {
        if (!refuse(res, error)) next(error);
      }
    },
  );
  return router;
}

const tooLarge = (max: number) =>
  `the request body is larger than ${max} bytes (INGEST_MAX_BODY_BYTES): split the batch`;
