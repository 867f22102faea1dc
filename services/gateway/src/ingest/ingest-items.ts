/**
 * What a company system may post to /ingest: events about itself, of the ingestible types,
 * matching their contracts, no larger than an event may be. Pure: one item in, a built event (the
 * one envelope builder, writes/envelope.ts) or the reason out.
 *
 * The server owns the envelope: `occurredAt` is the time the event arrived; the client's own id and
 * time are kept as `declared`. The envelope id is derived from the company and the client's id, so a
 * resend is the same event while another company posting the same id first changes nothing for this one.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  checkBackdate,
  fail,
  ok,
  type Declared,
  type Received,
  type Result,
} from '@chainlift/domain';
import { ROUTES } from '@chainlift/platform';
import { buildEvent, type BuiltEvent } from '../writes/envelope';

export const MAX_EVENTS_PER_REQUEST = 10_000;

export const INGESTIBLE_TYPES = Object.entries(ROUTES)
  .filter(([, route]) => route.ingestible)
  .map(([type]) => type);

/** Body lines: a JSON array, or NDJSON (one JSON object per line). */
export function parseBody(body: unknown): Result<unknown[]> {
  if (Array.isArray(body)) return ok(body);
  if (typeof body === 'string') {
    const items: unknown[] = [];
    const lines = body.split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      try {
        items.push(JSON.parse(line));
      } catch (error) {
        return fail('BAD_USER_INPUT', `line ${i + 1} is not JSON: ${(error as Error).message}`);
      }
    }
    return ok(items);
  }
  return fail(
    'BAD_USER_INPUT',
    'send a JSON array of events (application/json) or one event per line (application/x-ndjson)',
  );
}

/** The envelope id of a client's event id, in the company's own namespace (a name-based UUID, v5 layout). */
export function scopedEventId(companyId: string, clientId: string): string {
  const h = createHash('sha1').update(`${companyId}\n${clientId}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export interface IngestRules {
  /** INGEST_MAX_BACKDATE_DAYS */
  maxBackdateDays: number;
}

/** An item becomes an event written on behalf of the key's company, or is rejected with the reason. */
export function toEvent(
  item: unknown,
  companyId: string,
  received: Received,
  rules: IngestRules,
): Result<BuiltEvent> {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return fail('BAD_USER_INPUT', 'each event must be a JSON object');
  const { id, type, version, occurredAt, payload } = item as Record<string, unknown>;
  if (typeof type !== 'string' || !ROUTES[type]?.ingestible) {
    return fail(
      'BAD_USER_INPUT',
      `type must be one of ${INGESTIBLE_TYPES.join(', ')}; got ${JSON.stringify(type)}`,
      'type',
    );
  }
  if (id !== undefined && (typeof id !== 'string' || !id || id.length > 200))
    return fail('BAD_USER_INPUT', 'id must be a string of 1 to 200 characters', 'id');
  const backdated = checkBackdate(type, payload, received, rules.maxBackdateDays);
  if (!backdated.ok) return backdated;
  const declared: Declared = {
    ...(id !== undefined ? { id } : {}),
    ...(occurredAt !== undefined ? { occurredAt: occurredAt as string } : {}),
    ...(backdated.value ? { backdated: backdated.value } : {}),
  };
  const built = buildEvent(
    type,
    (payload ?? {}) as object,
    { via: 'ingest', companyId },
    {
      id: id !== undefined ? scopedEventId(companyId, id) : randomUUID(),
      occurredAt: received.at.toISOString(),
      version: (version as number | undefined) ?? 1,
      ...(Object.keys(declared).length ? { declared } : {}),
    },
  );
  if (!built.ok) return built;
  const acting = ROUTES[type]!.actingCompany(built.value.event.payload as Record<string, unknown>);
  if (acting !== companyId) {
    return fail(
      'FORBIDDEN',
      `a company can only write events about itself: this ${type} speaks for company ${acting}, the key belongs to ${companyId}`,
    );
  }
  return built;
}
