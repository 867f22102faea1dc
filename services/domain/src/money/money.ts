/**
 * Money is integer fen (分) everywhere inside the platform; the API speaks decimal strings with
 * at most two decimals ("1234.50") and a currency (CNY by default). No floating point here.
 */
import { fail, ok, type Result } from '../shared/errors';

export const DEFAULT_CURRENCY = 'CNY';

/**
 * Largest amount accepted anywhere (a price, a line, an order total, a principal): 10^13 fen (one
 * hundred billion yuan), far inside 2^53, so every sum of a few amounts stays an exact integer.
 */
export const MAX_AMOUNT_FEN = 10_000_000_000_000;

/** An amount in fen within the platform's bound (a whole number, 0 ≤ fen ≤ 10^13), or why not. */
export function checkAmountFen(fen: number, field = 'amount'): Result<number> {
  if (!Number.isInteger(fen) || fen < 0)
    return fail(
      'BAD_USER_INPUT',
      `${field} must be a non-negative amount in yuan with at most two decimals`,
      field,
    );
  if (fen > MAX_AMOUNT_FEN)
    return fail(
      'BAD_USER_INPUT',
      `${field} is larger than the platform accepts (at most ${formatYuan(MAX_AMOUNT_FEN)})`,
      field,
    );
  return ok(fen);
}

/** "1234.5" → 123450 fen. Rejects signs, more than two decimals, exponents and empty strings. */
export function parseAmount(text: string, field = 'amount'): Result<number> {
  const trimmed = text.trim();
  const match = /^(\d{1,13})(?:\.(\d{1,}))?$/.exec(trimmed);
  if (!match) {
    return fail(
      'BAD_USER_INPUT',
      `${field} must be a non-negative decimal amount like 1234.50; got "${text}"`,
      field,
    );
  }
  const decimals = match[2] ?? '';
  if (decimals.length > 2) {
    return fail(
      'BAD_USER_INPUT',
      `${field} has more than two decimals ("${text}"); amounts are in yuan to the fen`,
      field,
    );
  }
  const fen = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'));
  return checkAmountFen(fen, field);
}

/**
 * An amount in a message to people, who work in yuan: 99999999 → "999,999.99 元" (never fen).
 * Every message that names an amount uses this one formatter.
 */
export function formatYuan(fen: number): string {
  const [whole, cents] = formatFen(fen).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents} 元`;
}

/** 123450 → "1234.50"; negative amounts keep their sign. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A sum of fen that may pass 2^53 (a region's total), as formatFen: 123450n → "1234.50". */
export function formatFenSum(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function parseCurrency(text: string | null | undefined, field = 'currency'): Result<string> {
  const code = (text ?? DEFAULT_CURRENCY).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code))
    return fail(
      'BAD_USER_INPUT',
      `${field} must be a three-letter ISO 4217 code such as CNY`,
      field,
    );
  return ok(code);
}

/** quantity × unit price in fen within the platform's bound (a refusal, never a throw). */
export const lineAmountFen = (
  quantity: number,
  unitPriceFen: number,
  field = 'lines',
): Result<number> => checkAmountFen(quantity * unitPriceFen, field);

/** quantity × unit price in fen, checked to stay an exact integer. */
export function lineTotalFen(quantity: number, unitPriceFen: number): number {
  const total = quantity * unitPriceFen;
  if (!Number.isSafeInteger(total))
    throw new RangeError('line total exceeds the exact integer range');
  return total;
}
