/**
 * Amounts people type in yuan (an order's unit price, a loan's principal, a product's limits),
 * turned into the API's exact decimal strings through integer fen: never a float.
 */
import { fenToAmount, toFen } from './format';

/** "30,000.5" / " 30000.50 " / 30000.5 → 3000050n; undefined when it is not an amount with at most two decimals. */
export function yuanToFen(input: string | number | null | undefined): bigint | undefined {
  if (input === null || input === undefined) return undefined;
  const text = String(input).replace(/[,，\s¥]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) return undefined;
  return toFen(text);
}

/** What the API takes for a yuan amount a person typed: "30000.50". Throws on anything else. */
export function yuanToAmount(input: string | number): string {
  const fen = yuanToFen(input);
  if (fen === undefined) throw new Error(`not an amount in yuan: ${input}`);
  return fenToAmount(fen);
}

/** A form rule's test: a positive amount in yuan with at most two decimals. */
export function isPositiveYuan(input: string | number | null | undefined): boolean {
  const fen = yuanToFen(input);
  return fen !== undefined && fen > 0n;
}

/** quantity × unit price (yuan) in fen; 0n while either is missing or invalid. */
export function lineTotalFen(
  quantity: number | null | undefined,
  unitPrice: string | number | null | undefined,
): bigint {
  const fen = yuanToFen(unitPrice);
  if (fen === undefined || !quantity || !Number.isSafeInteger(quantity)) return 0n;
  return BigInt(quantity) * fen;
}

/** The total of order lines (or pledged goods), as the API's decimal string. */
export function linesTotal(
  lines: ({ quantity?: number | null; price?: string | number | null } | undefined)[],
): string {
  return fenToAmount(lines.reduce((sum, l) => sum + lineTotalFen(l?.quantity, l?.price), 0n));
}

/** A percent typed with at most two decimals ("70", "77.5") in basis points (7000, 7750). */
export const percentToBasisPoints = (percent: string | number | null | undefined) =>
  yuanToFen(percent);

/** That percent of an amount, rounded down to the fen, as the API's decimal string ("" when either is invalid). */
export function percentOf(amount: string, percent: string | number | null | undefined): string {
  const bp = percentToBasisPoints(percent);
  const fen = yuanToFen(amount);
  if (bp === undefined || fen === undefined) return '';
  return fenToAmount((fen * bp) / 10_000n);
}
