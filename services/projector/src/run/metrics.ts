/** What one projector transaction adds to the metrics (chainlift_projector_*). */
import type { Outcome } from '@chainlift/domain';
import { metrics } from '@chainlift/platform';
import type { DeadLetter } from './dead-letters';

/** The event type a dead letter's bytes name, when they can be read at all. */
const typeInBytes = (value: Buffer | null): string => {
  try {
    const type = (JSON.parse(value?.toString('utf8') ?? '') as { type?: unknown }).type;
    return typeof type === 'string' && /^[A-Za-z]{1,64}$/.test(type) ? type : 'unknown';
  } catch {
    return 'unknown';
  }
};

export function countTransaction(report: {
  seconds: number;
  events: number;
  outcomes: readonly Outcome[];
  /** The type of each event in the transaction, by id (REJECTED outcomes do not carry it). */
  typeOf: ReadonlyMap<string, string>;
  deadLetters: readonly Pick<DeadLetter, 'message' | 'eventId'>[];
}): void {
  metrics.projectorTransactionDuration.observe(report.seconds);
  metrics.projectorTransactionEvents.observe(report.events);
  for (const o of report.outcomes)
    metrics.projectorEvents.inc({
      type:
        (o.status === 'APPLIED' ? o.type : undefined) ?? report.typeOf.get(o.eventId) ?? 'unknown',
      result: o.status === 'APPLIED' ? 'applied' : 'refused',
    });
  for (const d of report.deadLetters)
    metrics.projectorEvents.inc({
      type: (d.eventId && report.typeOf.get(d.eventId)) || typeInBytes(d.message.value),
      result: 'dead_lettered',
    });
}
