/**
 * The business calendar: what day it is for the platform's users, and every piece of arithmetic on
 * business dates. A business date (an order's placing and promised dates, a receivable's issue and
 * due dates, a pledge's dates, interest days, evidence days, …) is a calendar day in the platform's
 * business time zone — China's (`Asia/Shanghai`) unless a deployment says otherwise — written
 * yyyy-MM-dd. Instants (`occurredAt`, `raisedAt`, audit times) stay UTC instants; a business date is
 * taken from an instant only here (`businessDayOf`), with the zone given explicitly.
 *
 * Pure: "now" comes from a `Clock` the caller injects, never from the process's wall clock or `TZ`.
 * The arithmetic below works on UTC midnights only because a calendar date has no time of day; it
 * never turns a date into "today".
 */
import { fail, ok, type Result } from '../shared/errors';

/** A calendar day, yyyy-MM-dd, in the business time zone. */
export type BusinessDate = string;

export const DEFAULT_BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** One year of a term (payment terms, loans): twelve calendar months, month ends clamped. */
export const MONTHS_IN_A_YEAR = 12;

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is this text a real calendar date written yyyy-MM-dd (2026-02-29 is not)? */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A business date from user input, or BAD_USER_INPUT naming the field. */
export function parseBusinessDate(text: string, field: string): Result<BusinessDate> {
  const value = text.trim();
  return isIsoDate(value)
    ? ok(value)
    : fail('BAD_USER_INPUT', `${field} must be a date like 2026-12-31; got "${text}"`, field);
}

/** Days in a month (1–12) of a year, leap years counted. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const parts = (date: BusinessDate): [number, number, number] => {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: "${date}"`);
  return date.split('-').map(Number) as [number, number, number];
};

const utcMidnight = (date: BusinessDate): number => {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
};

const fromUtcMidnight = (ms: number): BusinessDate => {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar days from one date to another; negative when `to` is earlier. */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** The same day `months` later, clamped to the month's end: 08-31 + 6 months = 02-28 (02-29 in a leap year). */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** One year after `date`: twelve calendar months (2024-02-29 → 2025-02-28; 2025-03-01 → 2026-03-01). */
export const oneYearAfter = (date: BusinessDate): BusinessDate => addMonths(date, MONTHS_IN_A_YEAR);

/** Is `a` an earlier day than `b`? (yyyy-MM-dd compares as text.) */
export const isBefore = (a: BusinessDate, b: BusinessDate): boolean => a < b;

/** Is `a` a later day than `b`? */
export const isAfter = (a: BusinessDate, b: BusinessDate): boolean => a > b;

/** The first and last day of a window of `days` days ending with `today` (both included). */
export function dayWindow(
  today: BusinessDate,
  days: number,
): { first: BusinessDate; last: BusinessDate } {
  return { first: addDays(today, -(days - 1)), last: today };
}

/** yyyy-MM of `today` and the `count - 1` months before it, oldest first: ["2026-06", …, "2026-11"]. */
export function lastMonths(today: BusinessDate, count: number): string[] {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) =>
    addMonths(firstOfMonth, i - (count - 1)).slice(0, 7),
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterOf = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** Is this an IANA time zone the runtime knows (`Asia/Shanghai`, `Europe/Berlin`, `UTC`)? */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** The business date an instant falls on in a time zone (2026-12-04T18:05:00Z in Asia/Shanghai → 2026-12-05). */
export function businessDayOf(instant: Date | string | number, timeZone: string): BusinessDate {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not an instant: "${String(instant)}"`);
  const found: Record<string, string> = {};
  for (const p of formatterOf(timeZone).formatToParts(at)) found[p.type] = p.value;
  return `${found.year!.padStart(4, '0')}-${found.month}-${found.day}`;
}

/** Where "now" comes from: the system's clock in production, a set one in tests. */
export interface Clock {
  now(): Date;
}

/** "What day is it" for one deployment: a clock read in the business time zone. */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** The current instant. */
  now(): Date;
  /** The current instant as an ISO string (UTC). */
  instant(): string;
  /** Today's business date. */
  today(): BusinessDate;
  /** The business date of an instant. */
  dayOf(instant: Date | string | number): BusinessDate;
}

export function businessCalendar(clock: Clock, timeZone: string): BusinessCalendar {
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  return {
    timeZone,
    now: () => clock.now(),
    instant: () => clock.now().toISOString(),
    today: () => businessDayOf(clock.now(), timeZone),
    dayOf: (instant) => businessDayOf(instant, timeZone),
  };
}
