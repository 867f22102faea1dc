/**
 * Every rate, rounding and day-count rule of the finance domain, in one place.
 *
 * - Rates are integer basis points (1 bp = 0.01 %): an advance rate of 80 % is 8000 bp, an annual
 *   interest rate of 4.35 % is 435 bp. No floating point anywhere.
 * - Day count: actual/360 (simple interest), the usual convention for short-term bank loans in China;
 *   the days themselves are counted by the business calendar (`calendar/calendar.ts`).
 * - Rounding: to the fen, half-up (half away from zero for the non-negative amounts used here).
 */
import { fail, ok, type Result } from '../shared/errors';

export const BP = 10_000;
export const DAY_COUNT_BASIS = 360;

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
