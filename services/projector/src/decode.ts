/** How the projector reads one message: a valid event, or why not (with its id, when one can be read). */
import type { EventEnvelope } from '@chainlift/domain';
import { decodeEvent, salvageEventId } from '@chainlift/platform';
import type { Rejection, Source } from './apply-batch';

export type Decoded =
  | { ok: true; event: EventEnvelope }
  | { ok: false; reason: string; rejection: Rejection | undefined };

export function decodeMessage(value: Buffer | null, source: Source): Decoded {
  const decoded = decodeEvent(value);
  if (decoded.ok) return { ok: true, event: decoded.value };
  const eventId = salvageEventId(value);
  const { code, message } = decoded.error;
  return {
    ok: false,
    reason: message,
    rejection: eventId ? { eventId, type: 'Invalid', code, message, source } : undefined,
  };
}
