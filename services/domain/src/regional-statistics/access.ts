/**
 * Who may see a region's statistics: an AUTHORITY (主管部门), and only of its own region — the
 * region is the one it registered (Company.regionCode), never one the caller names.
 */
import { fail, ok, type Result } from '../shared/errors';
import { parseRegionCode, type RegionCode } from '../regions/region-code';

export function mayViewRegionalStatistics(
  caller: { kind: string | undefined; regionCode?: string | null },
  what = 'the regional view',
): Result<RegionCode> {
  if (caller.kind !== 'AUTHORITY')
    return fail(
      'FORBIDDEN',
      `${what} is for authorities (主管部门) of a region, not ${caller.kind ?? 'unknown'}`,
    );
  if (!caller.regionCode)
    return fail(
      'FORBIDDEN',
      `${what}: your authority has no GB/T 2260 region registered; ask the platform operator`,
    );
  const region = parseRegionCode(caller.regionCode);
  return region.ok ? ok(region.value) : fail('FORBIDDEN', `${what}: ${region.error.message}`);
}
