import {
  buildRegionalTables,
  TOTAL,
  type FinanceFact,
  type RegionalCompanyFacts,
  type RegionalInput,
  type StatTable,
} from './tables';

const GRADES = [
  { rank: 0, zh: '未定级', en: 'No grade' },
  { rank: 1, zh: '一级', en: 'Level 1' },
  { rank: 2, zh: '二级', en: 'Level 2' },
  { rank: 3, zh: '三级', en: 'Level 3' },
  { rank: 4, zh: '四级', en: 'Level 4' },
];

let n = 0;
/** `count` companies of an industry, each with one submission of `rank` (none for undefined). */
const companies = (
  count: number,
  industry: string,
  rank?: number,
  extra: Partial<RegionalCompanyFacts> = {},
  submittedAt = '2026-11-10T02:00:00Z',
): RegionalCompanyFacts[] =>
  Array.from({ length: count }, () => ({
    companyId: `c${String(++n).padStart(4, '0')}`,
    industry,
    submissions: rank === undefined ? [] : [{ rank, submittedAt }],
    streaming: false,
    sharing: false,
    ...extra,
  }));

const given = (facts: Partial<RegionalInput>) =>
  buildRegionalTables({
    grades: GRADES,
    companies: [],
    finance: [],
    today: '2026-12-06',
    months: 3,
    ...facts,
  });

const row = (t: StatTable, key: string) => {
  const r = t.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key} in ${t.key}`);
  return r;
};
const col = (t: StatTable, key: string) => t.columns.findIndex((c) => c.key === key);
const values = (t: StatTable, key: string) => row(t, key).cells.map((c) => c.value);

/** What subtraction gives away: a row or column with its TOTAL where exactly one figure is hidden. */
function lonelyHidden(t: StatTable): string[] {
  const found: string[] = [];
  const total = col(t, TOTAL);
  if (total >= 0)
    for (const r of t.rows)
      if (r.cells.filter((c) => c.hidden).length === 1) found.push(`${t.key} row ${r.key}`);
  const totalRow = t.rows.find((r) => r.key === TOTAL);
  if (totalRow)
    t.columns.forEach((c, j) => {
      if (c.unit === 'COMPANIES' && t.key === 'finance') return; // companies do not add up
      if (t.rows.filter((r) => r.cells[j]!.hidden).length === 1)
        found.push(`${t.key} column ${c.key}`);
    });
  return found;
}

/** No figure on 1–4 companies is shown anywhere. */
function smallShown(t: StatTable): string[] {
  return t.rows.flatMap((r) =>
    r.cells
      .map((c, j) => ({ c, column: t.columns[j]! }))
      .filter(
        ({ c, column }) =>
          column.unit === 'COMPANIES' &&
          c.value !== null &&
          Number(c.value) > 0 &&
          Number(c.value) < 5,
      )
      .map(({ column }) => `${t.key} ${r.key}/${column.key}`),
  );
}

describe('buildRegionalTables', () => {
  const machinery = [
    ...companies(8, '机械', 2, { streaming: true }),
    ...companies(6, '机械', 1, { sharing: true }),
    ...companies(3, '机械', 3),
    ...companies(5, '机械'),
  ];
  const textiles = [...companies(6, '纺织', 1), ...companies(7, '纺织', 2)];
  const rare = companies(2, '航天', 4);

  it('given industries of 22, 13 and 2 companies, when built, then the rare one is under 其他行业 and hidden', () => {
    const t = given({ companies: [...machinery, ...textiles, ...rare] });
    expect(t.gradesByIndustry.rows.map((r) => r.key)).toEqual(['纺织', '机械', 'OTHER', TOTAL]);
    expect(
      row(t.gradesByIndustry, 'OTHER').cells.every((c) => c.value === null || c.value === '0'),
    ).toBe(true);
    expect(t.companies).toEqual({ value: '37', hidden: null });
  });

  it('given a cell of 3 companies, when built, then it is hidden and so is a complement in its row and column', () => {
    const t = given({ companies: [...machinery, ...textiles] });
    const g3 = col(t.gradesByIndustry, 'G3');
    expect(row(t.gradesByIndustry, '机械').cells[g3]).toEqual({
      value: null,
      hidden: 'FEWER_THAN_MINIMUM',
    });
    // the row total (17 assessed) minus the shown cells would give 3 away: something else is hidden
    expect(
      row(t.gradesByIndustry, '机械').cells.filter((c) => c.hidden === 'COMPLEMENTARY').length,
    ).toBeGreaterThan(0);
    for (const table of Object.values(t).filter((x): x is StatTable => 'rows' in x)) {
      expect(lonelyHidden(table)).toEqual([]);
      expect(smallShown(table)).toEqual([]);
    }
  });

  it('given the same companies, when built, then the latest month of gradesOverTime is the TOTAL row of gradesByIndustry, hidden alike', () => {
    const t = given({ companies: [...machinery, ...textiles, ...rare] });
    const months = t.gradesOverTime.rows.map((r) => r.key);
    expect(months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(row(t.gradesOverTime, '2026-12').cells).toEqual(row(t.gradesByIndustry, TOTAL).cells);
    // before any submission: nobody assessed
    expect(values(t.gradesOverTime, '2026-10')).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('given more months asked for, when built, then the months both answers show are shown and hidden alike', () => {
    const facts = {
      companies: [
        ...machinery,
        ...textiles,
        ...companies(4, '纺织', 3, {}, '2026-08-03T02:00:00Z'),
      ],
    };
    const three = given({ ...facts, months: 3 });
    const twelve = given({ ...facts, months: 12 });
    for (const r of three.gradesOverTime.rows)
      expect(row(twelve.gradesOverTime, r.key).cells).toEqual(r.cells);
    expect(twelve.gradesByIndustry).toEqual(three.gradesByIndustry);
  });

  it('given 3 streaming companies of 22, when built, then streaming is hidden and its complement cannot be read off companies − streaming', () => {
    const t = given({
      companies: [
        ...companies(3, '机械', undefined, { streaming: true }),
        ...companies(19, '机械'),
      ],
    });
    const streaming = col(t.coverage, 'streaming');
    expect(row(t.coverage, '机械').cells[streaming]!.hidden).toBe('FEWER_THAN_MINIMUM');
    expect(row(t.coverage, TOTAL).cells[streaming]!.hidden).toBe('FEWER_THAN_MINIMUM');
    // 19 non-streaming companies is a figure over ≥ 5: companies may stay shown
    expect(row(t.coverage, TOTAL).cells[0]).toEqual({ value: '22', hidden: null });
  });

  it('given 19 of 22 companies streaming, when built, then streaming or companies is hidden (22 − 19 = 3 would show the 3 that do not)', () => {
    const t = given({
      companies: [
        ...companies(19, '机械', undefined, { streaming: true }),
        ...companies(3, '机械'),
      ],
    });
    const streaming = col(t.coverage, 'streaming');
    const total = row(t.coverage, TOTAL).cells;
    expect(total[0]!.hidden ?? total[streaming]!.hidden).toBe('COMPLEMENTARY');
  });

  it('given finance of 6 SMEs in receivables and 3 in pledges, when built, then pledges are hidden, one more row too, and the TOTAL gives nothing away', () => {
    const smes = companies(9, '机械');
    const finance: FinanceFact[] = [
      ...smes.slice(0, 6).map((c) => ({
        instrument: 'RECEIVABLES' as const,
        companyId: c.companyId,
        count: 2,
        amountFen: 5_000_000_000_000_000n,
      })),
      ...smes.slice(6).map((c) => ({
        instrument: 'PLEDGES' as const,
        companyId: c.companyId,
        count: 1,
        amountFen: 10_000n,
      })),
    ];
    const t = given({ companies: smes, finance });
    expect(values(t.finance, 'PLEDGES')).toEqual([null, null, null]);
    // INVENTORY_LOANS are zero (shown), so the complement is the receivables' count and amount
    expect(values(t.finance, 'INVENTORY_LOANS')).toEqual(['0', '0', '0.00']);
    expect(row(t.finance, 'RECEIVABLES').cells.map((c) => c.hidden)).toEqual([
      null,
      'COMPLEMENTARY',
      'COMPLEMENTARY',
    ]);
    // 6 × 50 000 000 000 000.00 yuan + 300.00: exact, past 2^53 fen
    expect(values(t.finance, TOTAL)).toEqual(['9', '15', '300000000000300.00']);
    expect(lonelyHidden(t.finance)).toEqual([]);
  });

  it('given a region of 4 companies, when built, then no figure over any company is shown', () => {
    const t = given({ companies: companies(4, '机械', 2, { streaming: true, sharing: true }) });
    expect(t.companies.value).toBeNull();
    for (const table of [t.gradesByIndustry, t.gradesOverTime, t.coverage, t.finance])
      expect(smallShown(table)).toEqual([]);
  });

  it('gives providerOutcomes its columns and (until the matching branch) no rows', () => {
    const t = given({ companies: machinery });
    expect(t.providerOutcomes.columns.map((c) => c.key)).toEqual([
      'measured',
      'improved',
      'unchanged',
      'declined',
    ]);
    expect(t.providerOutcomes.rows).toEqual([]);
  });
});
