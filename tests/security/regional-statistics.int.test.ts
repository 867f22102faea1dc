/**
 * Attacks on the authorities' regional view (issue 18 item 5):
 * - a company that is not an authority asks for it (every kind) — FORBIDDEN, no data;
 * - an authority tries to see another region: there is no argument naming one, and none it sends
 *   (an extra argument, a variable) changes the region it gets;
 * - a small region (3 companies): no figure over 1–4 companies anywhere in the answer;
 * - differencing: the same figure in two tables, or a month asked in two answers (months: 1, 2,
 *   6, 12), is shown in all or hidden in all, so subtracting across tables or answers finds
 *   nothing a single table hides.
 */
import { answersFor, graphqlAnswers, type Rank } from '../../scripts/seed/assessment-answers';
import { codeOf, startTestApi, uniqueUscc, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let chengdu: Account;
let wuhan: Account;

const STATS = `query ($m: Int) { regionalStatistics(months: $m) {
  region { code } companies
  gradesByIndustry { ...T } gradesOverTime { ...T } coverage { ...T } finance { ...T } providerOutcomes { ...T }
  consentingCompanies { company { id } }
} }
fragment T on StatTable { key columns { key unit } rows { key cells { value hidden } } }`;

interface Table {
  key: string;
  columns: { key: string; unit: string }[];
  rows: { key: string; cells: { value: string | null; hidden: string | null }[] }[];
}
interface Stats {
  region: { code: string };
  companies: number | null;
  gradesByIndustry: Table;
  gradesOverTime: Table;
  coverage: Table;
  finance: Table;
  providerOutcomes: Table;
  consentingCompanies: { company: { id: string } }[];
}
const TABLES = ['gradesByIndustry', 'gradesOverTime', 'coverage', 'finance'] as const;

async function company(division: string, industry: string, rank?: Rank) {
  const id = await api.company('SME', undefined, { industry, uscc: uniqueUscc(division) });
  if (rank === undefined) return id;
  const account = await api.user(id, 'ADMIN');
  await account.data(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    {
      a: graphqlAnswers(answersFor(rank)),
    },
  );
  return id;
}
const authority = async (region: string) =>
  api.user(await api.company('AUTHORITY', undefined, { region, industry: '政府' }), 'VIEWER');
const stats = async (who: Account, months: number) =>
  (await who.data<{ regionalStatistics: Stats }>(STATS, { m: months })).regionalStatistics;

/** Every shown figure over companies that rests on 1–4 of them. */
const smallFigures = (s: Stats) => [
  ...(s.companies !== null && s.companies > 0 && s.companies < 5 ? ['companies'] : []),
  ...TABLES.flatMap((k) =>
    s[k].rows.flatMap((r) =>
      r.cells
        .map((c, j) => ({ c, unit: s[k].columns[j]!.unit, column: s[k].columns[j]!.key }))
        .filter(({ c, unit }) => unit === 'COMPANIES' && [1, 2, 3, 4].includes(Number(c.value)))
        .map(({ column }) => `${k} ${r.key}/${column}`),
    ),
  ),
];

beforeAll(async () => {
  api = await startTestApi();
  chengdu = await authority('510100');
  wuhan = await authority('420100');
  // 成都: three companies in all.
  await company('510104', '食品', 1);
  await company('510104', '食品', 2);
  await company('510104', '食品');
  // 武汉: 汽车 8 at 二级, 4 at 一级, 6 not assessed; 电子 6 at 三级.
  for (let i = 0; i < 8; i += 1) await company('420102', '汽车', 2);
  for (let i = 0; i < 4; i += 1) await company('420102', '汽车', 1);
  for (let i = 0; i < 6; i += 1) await company('420102', '汽车');
  for (let i = 0; i < 6; i += 1) await company('420102', '电子', 3);
}, 600_000);
afterAll(() => api?.close());

it('refuses every caller that is not an authority, whatever its role or kind', async () => {
  const callers = [
    api.admin,
    await api.user(await api.company('SME'), 'ADMIN'),
    await api.user(await api.company('CHAIN_LEADER')),
    await api.user(await api.company('BANK')),
    await api.user(await api.company('WAREHOUSE_OPERATOR')),
    await api.user(await api.company('SERVICE_PROVIDER')),
  ];
  for (const who of callers) {
    const response = await who.gql(STATS, { m: 12 });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.data?.regionalStatistics ?? null).toBeNull();
    expect(codeOf(await who.gql('{ region(code: "420100") { name } }'))).toBe('FORBIDDEN');
  }
  expect(codeOf(await api.anonymous.gql(STATS, { m: 12 }))).toBe('UNAUTHENTICATED');
});

it('gives an authority its own region only: no argument names another, and an extra one is refused, not obeyed', async () => {
  expect((await stats(chengdu, 12)).region.code).toBe('510100');
  for (const query of [
    '{ regionalStatistics(region: "420100") { region { code } } }',
    '{ regionalStatistics(code: "420100") { region { code } } }',
    '{ regionalStatistics(months: 12, regionCode: "420000") { region { code } } }',
  ]) {
    const response = await chengdu.gql<{ regionalStatistics?: unknown }>(query);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.data?.regionalStatistics ?? null).toBeNull();
  }
  // Looking a division up tells its name, never its figures.
  const { region } = await chengdu.data<{ region: unknown }>(
    '{ region(code: "420100") { code name } }',
  );
  expect(region).toEqual({ code: '420100', name: '武汉市' });
  // 武汉's companies are in no figure of 成都's answer.
  const s = await stats(chengdu, 12);
  expect(s.companies).toBeNull();
  expect(s.consentingCompanies).toEqual([]);
});

it('shows no figure over 1–4 companies anywhere in a small region’s answer', async () => {
  for (const months of [1, 12, 36]) {
    const s = await stats(chengdu, months);
    expect(smallFigures(s)).toEqual([]);
    expect(s.companies).toBeNull();
  }
});

it('cannot be differenced across tables or across answers for different months', async () => {
  const answers = await Promise.all([1, 2, 6, 12].map((m) => stats(wuhan, m)));
  for (const s of answers) expect(smallFigures(s)).toEqual([]);
  // a month in several answers: shown or hidden the same way in each
  const months = new Map<string, string>();
  for (const s of answers)
    for (const r of s.gradesOverTime.rows) {
      const seen = JSON.stringify(r.cells);
      expect(months.get(r.key) ?? seen).toBe(seen);
      months.set(r.key, seen);
    }
  const s = answers.at(-1)!;
  const byKey = (t: Table, key: string) => t.rows.find((r) => r.key === key)!;
  // the latest month's grades are the TOTAL row of grades by industry: alike
  expect(s.gradesOverTime.rows.at(-1)!.cells).toEqual(byKey(s.gradesByIndustry, 'TOTAL').cells);
  // an industry's assessed companies in coverage are its row total in grades by industry: alike
  const assessed = s.coverage.columns.findIndex((c) => c.key === 'assessed');
  for (const r of s.gradesByIndustry.rows)
    expect(byKey(s.coverage, r.key).cells[assessed]).toEqual(r.cells.at(-1));
  // the region's companies are the coverage TOTAL: alike
  expect(byKey(s.coverage, 'TOTAL').cells[0]!.value).toBe(
    s.companies === null ? null : String(s.companies),
  );
  // 汽车's 一级 (4) is hidden, and its row total shown does not give it away
  const car = byKey(s.gradesByIndustry, '汽车');
  expect(car.cells[1]).toEqual({ value: null, hidden: 'FEWER_THAN_MINIMUM' });
  expect(car.cells.filter((c) => c.hidden).length).toBeGreaterThanOrEqual(2);
  // every row and column with its TOTAL: never exactly one hidden figure
  for (const k of ['gradesByIndustry', 'gradesOverTime', 'coverage'] as const) {
    const t = s[k];
    if (t.columns.at(-1)!.key === 'TOTAL')
      for (const r of t.rows) expect(r.cells.filter((c) => c.hidden).length).not.toBe(1);
    if (t.rows.at(-1)!.key === 'TOTAL')
      t.columns.forEach((_, j) =>
        expect(t.rows.filter((r) => r.cells[j]!.hidden).length).not.toBe(1),
      );
  }
});
