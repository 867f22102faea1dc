/**
 * Where the platform's "now" comes from: the system clock, or — in tests, never in production —
 * a clock set by CHAINLIFT_TEST_CLOCK. The business calendar reads it in the business time zone
 * (`businessCalendar` in @chainlift/domain); nothing else decides what day it is.
 */
import { businessCalendar, type BusinessCalendar, type Clock } from '@chainlift/domain';
import type { Config } from './config';

export const systemClock: Clock = { now: () => new Date() };

const OFFSET = /^([+-])(\d{1,6})(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** An instant with its zone: 2026-12-04T23:59:00+08:00 or 2026-12-04T15:59:00Z. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Is this a test clock setting: an ISO instant with its zone, or an offset like +8h? */
export const isTestClock = (text: string): boolean =>
  OFFSET.test(text) || (INSTANT.test(text) && !Number.isNaN(Date.parse(text)));

/** A fixed instant (the clock stands still), or the system clock shifted by an offset. */
export function testClock(setting: string, base: Clock = systemClock): Clock {
  const offset = OFFSET.exec(setting);
  if (offset) {
    const ms =
      (offset[1] === '-' ? -1 : 1) * Number(offset[2]) * UNIT_MS[offset[3] as keyof typeof UNIT_MS];
    return { now: () => new Date(base.now().getTime() + ms) };
  }
  if (!isTestClock(setting)) throw new RangeError(`not a test clock setting: "${setting}"`);
  const at = Date.parse(setting);
  return { now: () => new Date(at) };
}

/** A clock a test moves by hand: `set` an instant, and it stays there until set again. */
export interface SettableClock extends Clock {
  set(instant: string | Date): void;
}

export function settableClock(start: string | Date = new Date()): SettableClock {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set(instant) {
      const next = new Date(instant).getTime();
      if (Number.isNaN(next)) throw new RangeError(`not an instant: "${String(instant)}"`);
      at = next;
    },
  };
}

/** The configured clock: the system's, or the test clock (refused in production mode). */
export function clockOf(config: Config): Clock {
  const setting = config.calendar.testClock;
  if (!setting) return systemClock;
  if (config.mode === 'production')
    throw new Error(
      'CHAINLIFT_MODE=production runs on the real clock: unset CHAINLIFT_TEST_CLOCK (it is for tests).',
    );
  return testClock(setting);
}

/** The deployment's business calendar: its clock read in BUSINESS_TIME_ZONE. */
export const calendarOf = (config: Config, clock: Clock = clockOf(config)): BusinessCalendar =>
  businessCalendar(clock, config.calendar.timeZone);
