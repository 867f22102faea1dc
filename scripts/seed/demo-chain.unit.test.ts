import {
  companyRegionCode,
  regionCovers,
  parseRegionCode,
  registerCompany,
} from '@chainlift/domain';
import { DEMO_COMPANIES } from './demo-chain';

describe('the demo companies', () => {
  it('given each demo company, when registered, then the registration rule accepts it (USCCs unique)', () => {
    for (const c of DEMO_COMPANIES)
      expect({
        key: c.key,
        ok: registerCompany(c, '00000000-0000-4000-8000-000000000000').ok,
      }).toEqual({
        key: c.key,
        ok: true,
      });
    expect(new Set(DEMO_COMPANIES.map((c) => c.uscc)).size).toBe(DEMO_COMPANIES.length);
  });

  it('given the demo authority, then its region has an industry of at least 5 companies (its view shows real cells)', () => {
    const authority = DEMO_COMPANIES.find((c) => c.kind === 'AUTHORITY')!;
    const region = parseRegionCode(authority.region);
    if (!region.ok) throw new Error(region.error.message);
    const byIndustry = new Map<string, number>();
    for (const c of DEMO_COMPANIES) {
      const code = companyRegionCode(c);
      if (
        (c.kind === 'SME' || c.kind === 'CHAIN_LEADER') &&
        code &&
        regionCovers(region.value, code)
      )
        byIndustry.set(c.industry, (byIndustry.get(c.industry) ?? 0) + 1);
    }
    expect(Math.max(...byIndustry.values())).toBeGreaterThanOrEqual(5);
  });
});
