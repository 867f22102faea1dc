/**
 * Regions (GB/T 2260) and an authority's regional view. The caller's region is its company's
 * registered one; the tables and their suppression are @chainlift/domain regional-statistics.
 */
import {
  buildRegionalTables,
  CURRENT_QUESTIONNAIRE,
  evidenceWindow,
  fail,
  mayViewRegionalStatistics,
  NO_GRADE,
  orThrow,
  REGIONAL_METHOD,
  regionOf,
  regionPrefix,
  MIN_COMPANIES_PER_FIGURE,
} from '@chainlift/domain';
import type { Resolvers } from '../generated';

const GRADES = [NO_GRADE, ...CURRENT_QUESTIONNAIRE.grades].map(({ rank, zh, en }) => ({
  rank,
  zh,
  en,
}));
const gradeOf = (rank: number) => GRADES.find((g) => g.rank === rank) ?? NO_GRADE;

export const regionalResolvers: Resolvers = {
  Query: {
    async region(_parent, { code }, ctx) {
      await ctx.auth.require('region.read');
      return regionOf(code.trim()) ?? null;
    },
    async regionalStatistics(_parent, { months }, ctx) {
      const user = await ctx.auth.require('regional.statistics');
      const span = months ?? 12;
      if (!Number.isInteger(span) || span < 1 || span > 36)
        orThrow(fail('BAD_USER_INPUT', 'months must be from 1 to 36', 'months'));
      // The authority's own region, whatever the request says (the rule allowed it for this code).
      const region = orThrow(
        mayViewRegionalStatistics({
          kind: user.companyKind,
          regionCode: await ctx.regional.regionCodeOf(user.companyId),
        }),
      );
      const prefix = regionPrefix(region);
      const today = ctx.calendar.today();
      const [companies, finance] = await Promise.all([
        ctx.regional.companies(prefix, evidenceWindow(today)),
        ctx.regional.finance(prefix),
      ]);
      const tables = buildRegionalTables({
        grades: GRADES,
        companies,
        finance: finance.map((f) => ({ ...f, amountFen: BigInt(f.amountFen) })),
        today,
        months: span,
      });
      // Company rows: only those that granted this authority an ASSESSMENT consent (audited).
      const consenting = await ctx.auth.filter(
        'assessment.read',
        companies.map((c) => ({ companyId: c.companyId })),
        'regional view',
      );
      const latest = new Map(
        companies.map((c) => [
          c.companyId,
          [...c.submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0],
        ]),
      );
      const rows = await Promise.all(
        consenting.map(async ({ companyId }) => {
          const last = latest.get(companyId!);
          return {
            company: await ctx.companies.mustGet(companyId!),
            grade: last ? gradeOf(last.rank) : null,
            submittedAt: last?.submittedAt ?? null,
          };
        }),
      );
      return {
        region: regionOf(region.code)!,
        asOf: today,
        companies: tables.companies.value === null ? null : Number(tables.companies.value),
        minimumCompanies: MIN_COMPANIES_PER_FIGURE,
        methodZh: REGIONAL_METHOD.zh,
        methodEn: REGIONAL_METHOD.en,
        gradesByIndustry: tables.gradesByIndustry,
        gradesOverTime: tables.gradesOverTime,
        coverage: tables.coverage,
        finance: tables.finance,
        providerOutcomes: tables.providerOutcomes,
        consentingCompanies: rows.sort((a, b) =>
          a.company.name.localeCompare(b.company.name, 'zh-CN'),
        ),
      };
    },
  },
  Company: {
    async regionCode(company, _args, ctx) {
      await ctx.auth.require('company.regionCode');
      const code =
        company.regionCode !== undefined
          ? company.regionCode
          : (await ctx.companies.byId(company.id))?.regionCode;
      return code ? (regionOf(code) ?? null) : null;
    },
  },
};
