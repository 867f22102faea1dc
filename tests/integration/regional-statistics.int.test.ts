/**
 * An authority's regional view end to end on the real servers (issue 18 item 5): two authorities —
 * 苏州市 (a city) and 广东省 (a province) — each see the aggregates of their own region only; one
 * industry of 苏州 has enough companies that cells show, a cell of 3 is hidden and so is its
 * complement (the shown row total minus the shown cells would give it away), an industry of 2 is
 * folded into 其他行业, other regions' companies are never counted, and only the company that
 * granted the authority an ASSESSMENT consent is listed.
 */
import { answersFor, graphqlAnswers, type Rank } from '../../scripts/seed/assessment-answers';
import { download, headersOf, rowsOf } from '../support/exports';
import { codeOf, startTestApi, uniqueUscc, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let suzhou: Account;
let guangdong: Account;
let consenting: string;
let shanghaiWithSuzhouText: string;
let machineryLeader: string;
let member: Account;

const STATS = `query ($m: Int) { regionalStatistics(months: $m) {
  region { code name fullName level } asOf companies minimumCompanies methodZh methodEn
  gradesByIndustry { ...T } gradesOverTime { ...T } coverage { ...T } finance { ...T } providerOutcomes { ...T }
  consentingCompanies { company { id name regionCode { code } } grade { rank zh } submittedAt }
} }
fragment T on StatTable { key zh en columns { key unit } rows { key zh cells { value hidden } } }`;

interface Table {
  key: string;
  columns: { key: string; unit: string }[];
  rows: { key: string; zh: string; cells: { value: string | null; hidden: string | null }[] }[];
}
interface Stats {
  region: { code: string; name: string; fullName: string; level: string };
  asOf: string;
  companies: number | null;
  minimumCompanies: number;
  gradesByIndustry: Table;
  gradesOverTime: Table;
  coverage: Table;
  finance: Table;
  providerOutcomes: Table;
  consentingCompanies: {
    company: { id: string; name: string; regionCode: { code: string } | null };
    grade: { rank: number; zh: string } | null;
    submittedAt: string | null;
  }[];
}

const statsOf = async (who: Account, months = 12) =>
  (await who.data<{ regionalStatistics: Stats }>(STATS, { m: months })).regionalStatistics;

const row = (t: Table, key: string) => {
  const found = t.rows.find((r) => r.key === key);
  if (!found) throw new Error(`${t.key} has no row ${key}: ${t.rows.map((r) => r.key).join(', ')}`);
  return found;
};
const cell = (t: Table, rowKey: string, column: string) =>
  row(t, rowKey).cells[t.columns.findIndex((c) => c.key === column)]!;

/** An SME (or leader) in division `division`, with a submitted assessment of `rank` if given. */
async function company(
  division: string,
  industry: string,
  rank?: Rank,
  kind: 'SME' | 'CHAIN_LEADER' = 'SME',
): Promise<{ id: string; account?: Account }> {
  const id = await api.company(kind, undefined, { industry, uscc: uniqueUscc(division) });
  if (rank === undefined) return { id };
  const account = await api.user(id, 'ADMIN');
  await account.data(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    {
      a: graphqlAnswers(answersFor(rank)),
    },
  );
  return { id, account };
}

const authority = async (region: string, name: string) => {
  const id = await api.company('AUTHORITY', name, { region, industry: '政府' });
  return api.user(id, 'VIEWER');
};

beforeAll(async () => {
  api = await startTestApi();
  suzhou = await authority('320500', '苏州市工业和信息化局');
  guangdong = await authority('440000', '广东省工业和信息化厅');

  // 苏州 (虎丘区 and 吴中区 under 苏州市): 机械 — 9 at 二级, 3 at 一级, 6 not assessed, 1 leader not assessed.
  const machinery = [];
  for (let i = 0; i < 9; i += 1) machinery.push(await company('320505', '机械', 2));
  for (let i = 0; i < 3; i += 1) machinery.push(await company('320506', '机械', 1));
  for (let i = 0; i < 6; i += 1) machinery.push(await company('320505', '机械'));
  machineryLeader = (await company('320505', '机械', undefined, 'CHAIN_LEADER')).id;
  // 纺织: two companies — folded into 其他行业.
  await company('320505', '纺织');
  await company('320506', '纺织');
  // Not counted: a bank in 苏州, and a company whose USCC is 上海's although its region text says 苏州.
  await api.company('BANK', '苏州测试银行', { uscc: uniqueUscc('320505'), industry: '机械' });
  shanghaiWithSuzhouText = await api.company('SME', '上海沪机', {
    uscc: uniqueUscc('310101'),
    region: '江苏省苏州市',
    industry: '机械',
  });
  // One 二级 company grants 苏州's authority its assessment; so does the 上海 one (outside the region).
  const first = machinery[0]!;
  consenting = first.id;
  member = machinery[1]!.account!;
  const grant = (who: Account, grantee: string) =>
    who.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
      g: grantee,
    });
  await grant(first.account!, suzhou.companyId);
  await grant(await api.user(shanghaiWithSuzhouText, 'ADMIN'), suzhou.companyId);

  // 广东省: 深圳 5 and 广州 2, all 电子, assessed 三级.
  for (let i = 0; i < 5; i += 1) await company('440304', '电子', 3);
  for (let i = 0; i < 2; i += 1) await company('440106', '电子', 3);
}, 600_000);
afterAll(() => api?.close());

describe('Company.regionCode', () => {
  it('comes from the USCC, before the region text', async () => {
    const { company: c } = await suzhou.data<{
      company: { regionCode: { code: string; fullName: string; level: string } };
    }>('query ($id: ID!) { company(id: $id) { regionCode { code fullName level } } }', {
      id: shanghaiWithSuzhouText,
    });
    expect(c.regionCode).toEqual({ code: '310101', fullName: '上海市黄浦区', level: 'COUNTY' });
  });

  it("is an authority's registered code; a region text for an authority is refused and registers nothing", async () => {
    const { company: c } = await suzhou.data<{ company: { regionCode: { name: string } } }>(
      'query ($id: ID!) { company(id: $id) { regionCode { name } } }',
      { id: suzhou.companyId },
    );
    expect(c.regionCode).toEqual({ name: '苏州市' });
    const uscc = uniqueUscc('320500');
    const refused = await api.admin.gql(
      'mutation ($i: RegisterCompanyInput!) { registerCompany(input: $i) { company { id } } }',
      { i: { name: '某局', uscc, kind: 'AUTHORITY', region: '江苏省苏州市', industry: '政府' } },
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('region');
    expect(await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c', { uscc })).toEqual([]);
  });
});

describe('the authority of 苏州市', () => {
  let s: Stats;
  beforeAll(async () => {
    s = await statsOf(suzhou);
  });

  it('sees its own region, counting its leaders and SMEs only', () => {
    expect(s.region).toEqual({
      code: '320500',
      name: '苏州市',
      fullName: '江苏省苏州市',
      level: 'PREFECTURE',
    });
    // 18 + 1 机械 and 2 纺织; not the bank, not the 上海 company with a 苏州 text
    expect(s.companies).toBe(21);
    expect(cell(s.coverage, 'TOTAL', 'companies').value).toBe('21');
    expect(s.minimumCompanies).toBe(5);
  });

  it('shows the grades of 机械: the cell of 3 is hidden, and so is its complement, so 12 − 9 cannot be worked out', () => {
    const t = s.gradesByIndustry;
    expect(t.rows.map((r) => r.key)).toEqual(['机械', 'OTHER', 'TOTAL']);
    expect(row(t, '机械').cells).toEqual([
      { value: '0', hidden: null },
      { value: null, hidden: 'FEWER_THAN_MINIMUM' },
      { value: null, hidden: 'COMPLEMENTARY' },
      { value: '0', hidden: null },
      { value: '0', hidden: null },
      { value: '12', hidden: null },
    ]);
    // the latest month shows the same figures the same way (no differencing between the tables)
    expect(s.gradesOverTime.rows.at(-1)!.cells).toEqual(row(t, 'TOTAL').cells);
    expect(s.gradesOverTime.rows).toHaveLength(12);
  });

  it('folds 纺织 (2 companies) into 其他行业 and hides it', () => {
    expect(row(s.coverage, 'OTHER').zh).toBe('其他行业');
    expect(cell(s.coverage, 'OTHER', 'companies')).toEqual({
      value: null,
      hidden: 'FEWER_THAN_MINIMUM',
    });
    // 21 − the 机械 row would give OTHER away: the 机械 companies are hidden too
    expect(cell(s.coverage, '机械', 'companies')).toEqual({ value: null, hidden: 'COMPLEMENTARY' });
    expect(cell(s.coverage, '机械', 'assessed').value).toBe('12');
  });

  it('never shows a figure over 1–4 companies, nor a lonely hidden one in a row or column with its total', () => {
    for (const t of [s.gradesByIndustry, s.gradesOverTime, s.coverage, s.finance]) {
      t.rows.forEach((r) =>
        r.cells.forEach((c, j) => {
          if (t.columns[j]!.unit === 'COMPANIES' && c.value !== null)
            expect({ t: t.key, r: r.key, small: [1, 2, 3, 4].includes(Number(c.value)) }).toEqual({
              t: t.key,
              r: r.key,
              small: false,
            });
        }),
      );
      if (t.columns.at(-1)?.key === 'TOTAL')
        for (const r of t.rows) expect(r.cells.filter((c) => c.hidden).length).not.toBe(1);
    }
  });

  it('has no finance yet and the providers’ outcome columns (rows come with engagements)', () => {
    expect(row(s.finance, 'TOTAL').cells.map((c) => c.value)).toEqual(['0', '0', '0.00']);
    expect(s.providerOutcomes.columns.map((c) => c.key)).toEqual([
      'measured',
      'improved',
      'unchanged',
      'declined',
    ]);
  });

  it('lists only the company of its region that consented, with its grade', () => {
    expect(s.consentingCompanies.map((c) => c.company.id)).toEqual([consenting]);
    expect(s.consentingCompanies[0]).toMatchObject({
      company: { regionCode: { code: '320505' } },
      grade: { rank: 2 },
    });
    expect(s.consentingCompanies.map((c) => c.company.id)).not.toContain(machineryLeader);
  });

  it("is offered to its region's companies as a consent candidate for ASSESSMENT; another region's authority is not", async () => {
    const { consentCandidates } = await member.data<{
      consentCandidates: { company: { id: string }; relations: string[]; scopes: string[] }[];
    }>('{ consentCandidates(scope: ASSESSMENT) { company { id } relations scopes } }');
    expect(consentCandidates).toContainEqual({
      company: { id: suzhou.companyId },
      relations: ['REGION_AUTHORITY'],
      scopes: ['ASSESSMENT'],
    });
    expect(consentCandidates.map((c) => c.company.id)).not.toContain(guangdong.companyId);
  });

  it('looks divisions up', async () => {
    const { region } = await suzhou.data<{ region: { fullName: string } | null }>(
      'query ($c: String!) { region(code: $c) { fullName } }',
      { c: '320505' },
    );
    expect(region).toEqual({ fullName: '江苏省苏州市虎丘区' });
  });
});

describe('regional-statistics.xlsx', () => {
  it('holds the tables as the authority sees them, hidden figures empty; a company that is not an authority gets 403', async () => {
    const file = await download(api, suzhou, 'regional-statistics.xlsx', { months: '3' });
    expect(file.status).toBe(200);
    const book = file.book!;
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '各行业数字化水平等级',
      '等级分布变化（月末）',
      '覆盖情况',
      '供应链金融（本地区中小企业）',
      '服务商实测成效',
      '已授权企业',
    ]);
    const grades = book.getWorksheet('各行业数字化水平等级')!;
    expect(headersOf(grades)).toEqual(['项目', '未定级', '一级', '二级', '三级', '四级', '合计']);
    const machinery = rowsOf(grades).find((r) => r['项目']!.value === '机械')!;
    expect([machinery['一级']!.value, machinery['二级']!.value, machinery['合计']!.value]).toEqual([
      null,
      null,
      12,
    ]);
    expect(rowsOf(book.getWorksheet('已授权企业')!).map((r) => r['企业名称']!.value)).toHaveLength(
      1,
    );
    const sme = await api.user(consenting, 'VIEWER');
    const refused = await download(api, sme, 'regional-statistics.xlsx');
    expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('the authority of 广东省', () => {
  it('covers its cities (深圳 and 广州) and nothing of 苏州', async () => {
    const s = await statsOf(guangdong, 3);
    expect(s.region).toMatchObject({ code: '440000', level: 'PROVINCE' });
    expect(s.companies).toBe(7);
    expect(cell(s.gradesByIndustry, '电子', 'G3').value).toBe('7');
    expect(s.gradesByIndustry.rows.map((r) => r.key)).toEqual(['电子', 'TOTAL']);
    expect(s.gradesOverTime.rows).toHaveLength(3);
    expect(s.consentingCompanies).toEqual([]);
  });
});

describe('an invited company', () => {
  it('gets its regionCode from its USCC when invited, before it has a profile', async () => {
    const leader = await api.user(machineryLeader, 'ADMIN');
    const { createChain } = await leader.data<{ createChain: { id: string } }>(
      'mutation { createChain(name: "苏州机械链") { id } }',
    );
    const uscc = uniqueUscc('320506');
    await leader.data(
      'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
      {
        c: createChain.id,
        s: { name: '吴中待邀', uscc, email: `${uscc.toLowerCase()}@test.chainlift` },
      },
    );
    const [invited] = await api.cypher(
      'MATCH (c:Company {uscc: $uscc}) RETURN c.regionCode AS code',
      {
        uscc,
      },
    );
    expect(invited).toEqual({ code: '320506' });
  });
});
