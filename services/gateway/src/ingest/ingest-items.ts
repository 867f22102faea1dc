/**
 * What a company system may post to /ingest: events about itself, of the ingestible types,
 * matching their contracts. Pure: one item in, an envelope or the reason out.
 */
import { randomUUID } from 'node:crypto';
import { fail, ok, type EventEnvelope, type Result } from '@chainlift/domain';
import { ROUTES, validateEvent } from '@chainlift/platform';

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

/** An item becomes an event envelope written on behalf of the key's company, or is rejected with the reason. */
export function toEvent(item: unknown, companyId: string, now: Date): Result<EventEnvelope> {
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
  const event = {
    id: id ?? randomUUID(),
    type,
    version: version ?? 1,
    occurredAt: occurredAt ?? now.toISOString(),
    actor: { via: 'ingest', companyId },
    payload,
  };
  const valid = validateEvent(event);
  if (!valid.ok) return valid;
  const acting = ROUTES[type]!.actingCompany(valid.value.payload as Record<string, unknown>);
  if (acting !== companyId) {
    return fail(
      'FORBIDDEN',
      `a company can only write events about itself: this ${type} speaks for company ${acting}, the key belongs to ${companyId}`,
    );
  }
  return ok(valid.value);
}
