/**
 * The one envelope builder: every event the gateway writes (a mutation's, an access record, an
 * ingested one) becomes an envelope here, is checked against its published contract
 * (`validateEvent`), routed to its topic and key (`routeOf`), and refused when it is larger than
 * the projector will ever apply (MAX_EVENT_BYTES) — such an event could never succeed, so it never
 * leaves the process.
 */
import { randomUUID } from 'node:crypto';
import {
  fail,
  ok,
  type Actor,
  type Declared,
  type EventEnvelope,
  type Result,
} from '@chainlift/domain';
import { loadConfig, routeOf, validateEvent } from '@chainlift/platform';

export interface BuiltEvent {
  event: EventEnvelope;
  topic: string;
  message: { key: string; value: string };
}

let configuredMax: number | undefined;
/** MAX_EVENT_BYTES: the largest message the projector applies (read once from the configuration). */
export const maxEventBytes = (): number => (configuredMax ??= loadConfig().projector.maxEventBytes);

export function buildEvent(
  type: string,
  payload: object,
  actor: Actor,
  options: { id?: string; occurredAt?: string; version?: number; declared?: Declared } = {},
): Result<BuiltEvent> {
  const candidate = {
    id: options.id ?? randomUUID(),
    type,
    version: options.version ?? 1,
    occurredAt: options.occurredAt ?? new Date().toISOString(),
    actor,
    payload,
    ...(options.declared ? { declared: options.declared } : {}),
  };
  const valid = validateEvent(candidate);
  if (!valid.ok) return valid;
  const event = valid.value;
  const route = routeOf(event.type);
  const value = JSON.stringify(event);
  const bytes = Buffer.byteLength(value);
  if (bytes > maxEventBytes())
    return fail(
      'BAD_USER_INPUT',
      `this ${event.type} event is ${bytes} bytes, more than the ${maxEventBytes()} an event may have: split it into smaller ones`,
    );
  return ok({
    event,
    topic: route.topic,
    message: { key: route.key(event.payload as Record<string, unknown>), value },
  });
}
