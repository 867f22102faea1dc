/**
 * Regions as GB/T 2260 administrative division codes (行政区划代码): six digits, province (省级,
 * `330000`), prefecture (地级, `330200`), county (县级, `330203`). An authority (主管部门) of a
 * region covers every code under it: a province the whole province, a city its districts.
 *
 * A company's code comes from its 统一社会信用代码 (characters 3–8 are the registering authority's
 * division code), so today's free-text regions need no guessing for registered companies; the
 * text is mapped only when no USCC is known (see `regionCodeOfName`).
 */
import { fail, ok, type Result } from '../shared/errors';
import { divisionName } from './divisions';

export type RegionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

export interface RegionCode {
  /** Six digits, e.g. "330200". */
  readonly code: string;
  readonly level: RegionLevel;
}

const levelOf = (code: string): RegionLevel =>
  code.endsWith('0000') ? 'PROVINCE' : code.endsWith('00') ? 'PREFECTURE' : 'COUNTY';

/** Validates a six-digit division code; the message says what to check. */
export function parseRegionCode(input: string, field = 'region'): Result<RegionCode> {
  const code = input.trim();
  if (!/^\d{6}$/.test(code))
    return fail(
      'BAD_USER_INPUT',
      `Region "${input}" is not a GB/T 2260 code: six digits, e.g. 330200 for 宁波市`,
      field,
    );
  if (divisionName(`${code.slice(0, 2)}0000`) === undefined)
    return fail(
      'BAD_USER_INPUT',
      `Region "${code}" starts with ${code.slice(0, 2)}, which is no province's prefix in GB/T 2260`,
      field,
    );
  if (code.slice(2, 4) === '00' && code.slice(4) !== '00')
    return fail(
      'BAD_USER_INPUT',
      `Region "${code}" names a county under no prefecture (digits 3–4 are 00, digits 5–6 are not)`,
      field,
    );
  return ok({ code, level: levelOf(code) });
}

/** The province, prefecture and county codes that contain `code`, widest first. */
export function regionAncestry(code: string): string[] {
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  return [...new Set([province, prefecture, code])];
}

/** The code prefix of everything a region covers: "33" for a province, "3302" for a city. */
export function regionPrefix(region: RegionCode): string {
  return region.level === 'PROVINCE'
    ? region.code.slice(0, 2)
    : region.level === 'PREFECTURE'
      ? region.code.slice(0, 4)
      : region.code;
}

/** Whether an authority of region `authority` covers a company registered in region `company`. */
export function regionCovers(authority: RegionCode, company: string): boolean {
  return company.startsWith(regionPrefix(authority));
}

/** The division code inside a (validated) 统一社会信用代码: characters 3–8. */
export function regionCodeOfUscc(uscc: string): Result<RegionCode> {
  return parseRegionCode(uscc.slice(2, 8), 'uscc');
}
