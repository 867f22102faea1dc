/** How the projector reads one message: a valid event, or why not (with its id, when one can be read). */
import type { EventEnvelope } from '@chainlift/domain';
import { decodeEvent, loadConfig, salvageEventId } from '@chainlift/platform';
import type { Rejection, Source } from './apply-batch';

export type Decoded =
  | { ok: true; event: EventEnvelope }
  | { ok: false; reason: string; rejection: Rejection | undefined };

export interface DecodeLimits {
  /** Messages with more bytes than this are not applied (MAX_EVENT_BYTES). */
  maxEventBytes: number;
}

let configured: DecodeLimits | undefined;
/** The limits of the configuration (read once), for callers that pass none. */
const configuredLimits = (): DecodeLimits =>
  (configured ??= { maxEventBytes: loadConfig().projector.maxEventBytes });

export function decodeMessage(
  value: Buffer | null,
  source: Source,
  limits: DecodeLimits = configuredLimits(),
): Decoded {
  if (value !== null && value.length > limits.maxEventBytes) {
    const reason = `message is too large: ${value.length} bytes, above the limit of ${limits.maxEventBytes} bytes (MAX_EVENT_BYTES)`;
    return { ok: false, reason, rejection: rejectionOf(value, 'BAD_USER_INPUT', reason, source) };
  }
  const decoded = decodeEvent(value);
  if (decoded.ok) return { ok: true, event: decoded.value };
  const { code, message } = decoded.error;
  return { ok: false, reason: message, rejection: rejectionOf(value, code, message, source) };
}

function rejectionOf(
  value: Buffer | null,
  code: string,
  message: string,
  source: Source,
): Rejection | undefined {
  const eventId = salvageEventId(value);
  return eventId ? { eventId, type: 'Invalid', code, message, source } : undefined;
}
