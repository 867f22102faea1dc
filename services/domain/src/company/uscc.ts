/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z):
 *   1      registration authority (登记管理部门码)
 *   2      organisation type (机构类别码)
 *   3–8    administrative region code (登记管理机关行政区划码, GB/T 2260, digits)
 *   9–17   organisation code (主体标识码, GB 11714)
 *   18     check digit over the first 17 characters, weights 3^i mod 31.
 */
import { fail, ok, type Result } from '../shared/errors';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code (assumed in the alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i]!;
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Normalises (trims, upper-cases) and validates a USCC. The error message says what is wrong
 * in terms the person typing it can check against the business licence.
 */
export function parseUscc(input: string): Result<string> {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) {
    return fail(
      'BAD_USER_INPUT',
      `统一社会信用代码 must have 18 characters; "${code}" has ${code.length}`,
      'uscc',
    );
  }
  if (!SHAPE.test(code)) {
    return fail(
      'BAD_USER_INPUT',
      `统一社会信用代码 "${code}" has a character that cannot appear there (letters I, O, S, V, Z are never used; characters 3–8 are the region's digits)`,
      'uscc',
    );
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return fail(
      'BAD_USER_INPUT',
      `统一社会信用代码 "${code}" fails its check digit: the last character should be ${expected}, not ${code.charAt(17)}. Check the code on the business licence.`,
      'uscc',
    );
  }
  return ok(code);
}

/** Completes 17 characters into a valid code. For demo data and tests. */
export function withUsccCheckChar(first17: string): string {
  return first17 + usccCheckChar(first17);
}
