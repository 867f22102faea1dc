/**
 * Every rate, rounding and day-count rule of the finance domain, in one place.
 *
 * - Rates are integer basis points (1 bp = 0.01 %): an advance rate of 80 % is 8000 bp, an annual
 *   interest rate of 4.35 % is 435 bp. No floating point anywhere.
 * - Day count: actual/360 (simple interest), the usual convention for short-term bank loans in China.
 * - Rounding: to the fen, half-up (half away from zero for the non-negative amounts used here).
 */
import { fail, ok, type Result } from '../shared/errors';

export const BP = 10_000;
export const DAY_COUNT_BASIS = 360;
const DAY_MS = 86_400_000;

/** round_half_up(a × b / c) in exact integer arithmetic (a, b ≥ 0; c > 0). */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const quotient = (product * 2n + divisor) / (divisor * 2n);
  const result = Number(quotient);
  if (!Number.isSafeInteger(result)) throw new RangeError('amount exceeds the exact integer range');
  return result;
}

/** amount × rate, rounded half-up to the fen. */
export const applyRateFen = (amountFen: number, rateBp: number): number =>
  mulDivHalfUp(amountFen, rateBp, BP);

/** Simple interest, actual/360, rounded half-up to the fen: principal × rate × days / 360. */
export const interestFen = (principalFen: number, annualRateBp: number, days: number): number =>
  mulDivHalfUp(principalFen, annualRateBp * days, BP * DAY_COUNT_BASIS);

/** Calendar days from one ISO date (yyyy-MM-dd) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` later (clamped to the month's end: 08-31 + 6 months = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** "80" / "80.5" / "4.35" percent → basis points (at most two decimals). */
export function parsePercent(text: string, field: string, maxBp = BP): Result<number> {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match)
    return fail(
      'BAD_USER_INPUT',
      `${field} must be a percentage with at most two decimals, like 80 or 4.35; got "${text}"`,
      field,
    );
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bp > maxBp)
    return fail('BAD_USER_INPUT', `${field} must be at most ${formatPercent(maxBp)}%`, field);
  return ok(bp);
}

/** 8000 bp → "80.00". */
export const formatPercent = (bp: number): string =>
  `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
