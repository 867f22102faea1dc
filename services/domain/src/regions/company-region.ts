/**
 * A company's GB/T 2260 division (Company.regionCode), one rule for the projector (it stores the
 * code on the Company node, so Cypher filters by prefix) and the gateway:
 *
 * - an AUTHORITY (主管部门) registers the region it covers as a code: a real division of the table
 *   (province, prefecture or county); anything else is refused (BAD_USER_INPUT on `region`);
 * - anyone else: the code inside its USCC (characters 3–8) when that is a division, else its
 *   free-text region mapped (`regionCodeOfName`), else null (not counted in any region).
 */
import { fail, type Result } from '../shared/errors';
import { divisionFullName, divisionName, regionCodeOfName } from './divisions';
import {
  parseRegionCode,
  regionCodeOfUscc,
  type RegionCode,
  type RegionLevel,
} from './region-code';

/** An authority's region: a six-digit code of a division in the table. */
export function authorityRegion(region: string): Result<RegionCode> {
  const parsed = parseRegionCode(region, 'region');
  if (!parsed.ok)
    return fail(
      'BAD_USER_INPUT',
      `An authority registers the region it covers as a GB/T 2260 code: ${parsed.error.message}`,
      'region',
    );
  if (divisionName(parsed.value.code) === undefined)
    return fail(
      'BAD_USER_INPUT',
      `Region ${parsed.value.code} is no division in GB/T 2260: give a province, city or county code, e.g. 330200 for 宁波市`,
      'region',
    );
  return parsed;
}

export interface CompanyRegionFacts {
  kind: string;
  uscc?: string | null;
  region?: string | null;
}

/** The company's division code (see the header), or null when neither its USCC nor its region text names one. */
export function companyRegionCode(company: CompanyRegionFacts): string | null {
  if (company.kind === 'AUTHORITY') {
    const own = authorityRegion(company.region ?? '');
    return own.ok ? own.value.code : null;
  }
  if (company.uscc) {
    const fromUscc = regionCodeOfUscc(company.uscc);
    if (fromUscc.ok && divisionName(fromUscc.value.code) !== undefined) return fromUscc.value.code;
  }
  return regionCodeOfRegionText(company.region);
}

/** A free-text region mapped to its code; null for empty, unknown or ambiguous text. */
export function regionCodeOfRegionText(region: string | null | undefined): string | null {
  if (!region?.trim()) return null;
  const mapped = regionCodeOfName(region);
  return mapped.ok ? mapped.value : null;
}

/** A division as the API shows it (Region), or undefined for a code not in the table. */
export function regionOf(
  code: string,
): { code: string; name: string; fullName: string; level: RegionLevel } | undefined {
  const parsed = parseRegionCode(code);
  const name = divisionName(code);
  if (!parsed.ok || name === undefined) return undefined;
  return { code, name, fullName: divisionFullName(code) ?? name, level: parsed.value.level };
}
