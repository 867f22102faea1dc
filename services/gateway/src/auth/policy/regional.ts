/**
 * The regional view of an authority (主管部门): its own region's aggregates, and the division
 * table. No target: the region is the caller's company's registered one (facts.regionCodeOf),
 * never an argument, so no request can name another region.
 */
import { mayViewRegionalStatistics } from '@chainlift/domain';
import { type Rule, decided, signedIn } from './rule';

const authorityOfItsRegion =
  (what: string): Rule =>
  async (p, _t, facts) =>
    decided(
      mayViewRegionalStatistics(
        { kind: p.companyKind, regionCode: await facts.regionCodeOf(p.companyId) },
        what,
      ),
    );

export const REGIONAL_POLICY = {
  'regional.statistics': authorityOfItsRegion("a region's statistics"),
  'region.read': authorityOfItsRegion('looking up GB/T 2260 divisions'),
  /** Like the company's region text: part of the public register. */
  'company.regionCode': signedIn,
} satisfies Record<string, Rule>;
