/**
 * Backdated business dates of ingested events. A company system may report what happened a few days
 * ago (a delivery typed in late), but such dates feed on-time KPIs and assessment evidence: an event
 * whose "it happened on" date lies before the day it arrives is marked, and one more than the
 * configured days before is refused. Dates are compared as business days (China's calendar day by
 * default: the business calendar's time zone), an instant such as `reportedAt` by the day it fell on there.
 */
import { businessDayOf, daysBetween, isIsoDate } from '../calendar/calendar';
import { fail, ok, type Result } from '../shared/errors';
import type { Backdated } from './envelope';

/** The payload field that says when the event's business fact happened, per ingestible type. */
export const HAPPENED_ON: Readonly<Record<string, string>> = {
  StockReported: 'reportedAt',
  OrderPlaced: 'placedOn',
  OrderActedOn: 'on',
  ReceivableRegistered: 'issuedOn',
  ReceivableConfirmed: 'on',
  ReceivableDisputed: 'on',
};

/** When an event arrived, and the time zone its business days are counted in. */
export interface Received {
  at: Date;
  timeZone: string;
}

/** ok(undefined) for a date on or after the day received, ok(mark) within `maxDays` before it, BAD_USER_INPUT beyond. */
export function checkBackdate(
  type: string,
  payload: unknown,
  received: Received,
  maxDays: number,
): Result<Backdated | undefined> {
  const field = HAPPENED_ON[type];
  const value = field ? (payload as Record<string, unknown> | null)?.[field] : undefined;
  if (!field || typeof value !== 'string' || Number.isNaN(Date.parse(value))) return ok(undefined);
  const happenedOn = isIsoDate(value) ? value : businessDayOf(value, received.timeZone);
  const days = daysBetween(happenedOn, businessDayOf(received.at, received.timeZone));
  if (days <= 0) return ok(undefined);
  if (days > maxDays)
    return fail(
      'BAD_USER_INPUT',
      `${field} ${happenedOn} is ${days} days before the day it arrived; at most ${maxDays} days back are accepted (INGEST_MAX_BACKDATE_DAYS)`,
      `payload.${field}`,
    );
  return ok({ field, date: happenedOn, days });
}
