/**
 * The tables of an authority's regional view (RegionalStatistics), built from plain facts about
 * the region's companies and then suppressed together (suppression.ts).
 *
 * Every figure is a set of companies (or, for finance, a count or amount resting on one). A
 * figure's key is its SET, not its place: the same companies counted in two tables, or in two
 * months, are one figure, so it is hidden in both or shown in both — a total hidden in one table
 * cannot be read off another, and asking for more months shows nothing the fewer months hid.
 *
 * The sums an attacker knows are the lines: each row and column of a table adds up to its TOTAL,
 * and each coverage figure has its complement (the region's companies minus the assessed ones are
 * the unassessed ones — an unpublished figure, but one that can be worked out, so it takes part
 * in suppression like a shown one). All lines of all tables go to one `suppress()` call.
 *
 * Industries of fewer than `minimum` companies are one row, 其他行业, so that a row's name does
 * not tell that one or two companies of a rare trade are in the region.
 */
import { lastMonths } from '../calendar/calendar';
import { formatFenSum } from '../money/money';
import { MIN_COMPANIES_PER_FIGURE, suppress, type Line } from './suppression';

export type StatUnit = 'COMPANIES' | 'COUNT' | 'YUAN';
export type SuppressionReason = 'FEWER_THAN_MINIMUM' | 'COMPLEMENTARY';

export interface StatColumn {
  key: string;
  zh: string;
  en: string;
  unit: StatUnit;
}
export interface StatCell {
  /** Null when hidden. */
  value: string | null;
  hidden: SuppressionReason | null;
}
export interface StatRow {
  key: string;
  zh: string;
  en: string;
  cells: StatCell[];
}
export interface StatTable {
  key: string;
  zh: string;
  en: string;
  columns: StatColumn[];
  rows: StatRow[];
}

export interface GradeLabel {
  rank: number;
  zh: string;
  en: string;
}

/** One company of the region (a leader or an SME whose regionCode the authority covers). */
export interface RegionalCompanyFacts {
  companyId: string;
  industry: string | null;
  /** Its submitted assessments, any order: rank 0 = 未定级; submittedAt an ISO date-time. */
  submissions: readonly { rank: number; submittedAt: string }[];
  /** Sent stock reports or order events in the evidence window (as the chain dashboard counts it). */
  streaming: boolean;
  /** Has given any consent that is active. */
  sharing: boolean;
}

export const FINANCE_INSTRUMENTS = ['RECEIVABLES', 'PLEDGES', 'INVENTORY_LOANS'] as const;
export type FinanceInstrument = (typeof FINANCE_INSTRUMENTS)[number];

/** One SME's finance of one instrument: how many, and their amount in fen. */
export interface FinanceFact {
  instrument: FinanceInstrument;
  companyId: string;
  count: number;
  amountFen: bigint;
}

export interface RegionalInput {
  /** The grades, 未定级 (rank 0) first. */
  grades: readonly GradeLabel[];
  companies: readonly RegionalCompanyFacts[];
  finance: readonly FinanceFact[];
  /** Business date of today; gradesOverTime ends with its month. */
  today: string;
  months: number;
  minimum?: number;
}

export interface RegionalTables {
  /** How many companies the region counts (hidden as any figure is). */
  companies: StatCell;
  gradesByIndustry: StatTable;
  gradesOverTime: StatTable;
  coverage: StatTable;
  finance: StatTable;
  providerOutcomes: StatTable;
}

export const TOTAL = 'TOTAL';
export const OTHER_INDUSTRIES = 'OTHER';
const UNKNOWN_INDUSTRY = '未填行业';

export const REGIONAL_METHOD = {
  zh:
    '统计本地区（按GB/T 2260行政区划代码，省级覆盖所辖市县）的链主和中小企业：企业所在地取统一社会信用代码第3–8位，缺失时取填报地区。' +
    '等级取各企业最新提交的自评估（按月统计时取月末时点）；数据接入指近90天有库存上报或订单事件；数据共享指已授予任一授权；' +
    '融资为本地区中小企业已确权的应收账款、应收账款质押和存货融资。少于5家企业的数字不显示；能由显示的合计减出隐藏数字的，' +
    '另隐藏一个数字（互补隐藏）。企业少于5家的行业并入“其他行业”。企业名单只列出向本部门授予了评估授权的企业。',
  en:
    'Leaders and SMEs of the region (GB/T 2260 codes; a province covers its cities and counties), located by characters 3–8 of ' +
    'their USCC, else by the region they gave. Grades are each company’s latest submitted self-assessment (as of each month’s ' +
    'end over time); streaming means stock reports or order events in the last 90 days; sharing means any consent given; ' +
    "finance is confirmed receivables, receivable pledges and inventory loans of the region's SMEs. A figure over fewer than " +
    '5 companies is hidden, and so is one more wherever a hidden figure could be worked out from shown totals ' +
    '(complementary suppression). Industries of fewer than 5 companies are shown together as “other”. Companies are ' +
    'listed only when they granted this authority an ASSESSMENT consent.',
};

/** The figures and lines of all tables, suppressed together. */
class Sheet {
  readonly companies = new Map<string, number>();
  readonly lines: Line[] = [];
  private readonly sets = new Map<string, string>();

  /** The figure of a set of companies (one key per distinct set). */
  set(ids: ReadonlySet<string>): string {
    const canonical = [...ids].sort().join(',');
    let key = this.sets.get(canonical);
    if (key === undefined) {
      key = `set${this.sets.size}`;
      this.sets.set(canonical, key);
      this.companies.set(key, ids.size);
    }
    return key;
  }

  /** A figure that is not a set of companies (a count or an amount) resting on `companies`. */
  figure(key: string, companies: number): string {
    this.companies.set(key, companies);
    return key;
  }

  line(total: string, parts: readonly string[]) {
    this.lines.push({ total, parts });
  }

  /** Column `j` of the TOTAL row is the sum of column `j` of `rows`, for each `j` given. */
  columnSums(
    total: readonly CellSpec[],
    rows: ReadonlyArray<{ cells: CellSpec[] }>,
    columns: readonly number[],
  ) {
    for (const j of columns)
      this.line(
        total[j]!.figure,
        rows.map((row) => row.cells[j]!.figure),
      );
  }
}

interface CellSpec {
  figure: string;
  value: string;
}
interface TableSpec extends Omit<StatTable, 'rows'> {
  rows: Array<Omit<StatRow, 'cells'> & { cells: CellSpec[] }>;
}

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  new Set([...a].filter((id) => !b.has(id)));

const collator = new Intl.Collator('zh-CN');

/** The latest submission at or before `until` (ISO text compares in time order). */
const rankAsOf = (c: RegionalCompanyFacts, until: string): number | undefined => {
  let latest: { rank: number; submittedAt: string } | undefined;
  for (const s of c.submissions)
    if (s.submittedAt <= until && (!latest || s.submittedAt > latest.submittedAt)) latest = s;
  return latest?.rank;
};

const gradeColumns = (grades: readonly GradeLabel[]): StatColumn[] => [
  ...grades.map((g) => ({ key: `G${g.rank}`, zh: g.zh, en: g.en, unit: 'COMPANIES' as const })),
  { key: TOTAL, zh: '合计', en: 'Total', unit: 'COMPANIES' },
];

export function buildRegionalTables(input: RegionalInput): RegionalTables {
  const minimum = input.minimum ?? MIN_COMPANIES_PER_FIGURE;
  const sheet = new Sheet();
  const size = (ids: ReadonlySet<string>) => String(ids.size);
  const cellOf = (ids: ReadonlySet<string>): CellSpec => ({
    figure: sheet.set(ids),
    value: size(ids),
  });

  // Industry rows: the industries of at least `minimum` companies, then 其他行业.
  const byIndustry = new Map<string, RegionalCompanyFacts[]>();
  for (const c of input.companies) {
    const industry = c.industry?.trim() || UNKNOWN_INDUSTRY;
    byIndustry.set(industry, [...(byIndustry.get(industry) ?? []), c]);
  }
  const groups: Array<{ key: string; zh: string; en: string; members: RegionalCompanyFacts[] }> =
    [];
  const other: RegionalCompanyFacts[] = [];
  for (const [industry, members] of [...byIndustry].sort(([a], [b]) => collator.compare(a, b)))
    if (members.length >= minimum)
      groups.push({ key: industry, zh: industry, en: industry, members });
    else other.push(...members);
  if (other.length > 0)
    groups.push({ key: OTHER_INDUSTRIES, zh: '其他行业', en: 'Other industries', members: other });
  const ids = (
    members: readonly RegionalCompanyFacts[],
    keep = (_: RegionalCompanyFacts) => true,
  ) => new Set(members.filter(keep).map((c) => c.companyId));
  const everyone = ids(input.companies);

  // Grades by industry: latest grade now.
  const latest = new Map(input.companies.map((c) => [c.companyId, rankAsOf(c, '~')]));
  const ranks = input.grades.map((g) => g.rank);
  const gradeSet = (members: readonly RegionalCompanyFacts[], rank: number) =>
    ids(members, (c) => latest.get(c.companyId) === rank);
  const assessedSet = (members: readonly RegionalCompanyFacts[]) =>
    ids(members, (c) => latest.get(c.companyId) !== undefined);
  const gradeRows = groups.map((g) => {
    const cells = ranks.map((r) => cellOf(gradeSet(g.members, r)));
    const total = cellOf(assessedSet(g.members));
    sheet.line(
      total.figure,
      cells.map((c) => c.figure),
    );
    return { key: g.key, zh: g.zh, en: g.en, cells: [...cells, total] };
  });
  const gradeTotals = ranks.map((r) => cellOf(gradeSet(input.companies, r)));
  sheet.columnSums(
    gradeTotals,
    gradeRows,
    ranks.map((_, j) => j),
  );
  const assessedAll = cellOf(assessedSet(input.companies));
  sheet.line(
    assessedAll.figure,
    gradeRows.map((row) => row.cells[ranks.length]!.figure),
  );
  sheet.line(
    assessedAll.figure,
    gradeTotals.map((c) => c.figure),
  );
  const gradesByIndustry: TableSpec = {
    key: 'gradesByIndustry',
    zh: '各行业数字化水平等级',
    en: 'Digital level grades by industry',
    columns: gradeColumns(input.grades),
    rows: [
      ...gradeRows,
      { key: TOTAL, zh: '合计', en: 'Total', cells: [...gradeTotals, assessedAll] },
    ],
  };

  // Grades over time: as of each month's end; the current month is today's latest grades.
  const everyoneCell = cellOf(everyone);
  const gradesOverTime: TableSpec = {
    key: 'gradesOverTime',
    zh: '等级分布变化（月末）',
    en: 'Grades over time (month ends)',
    columns: gradeColumns(input.grades),
    rows: lastMonths(input.today, input.months).map((month) => {
      const at = new Map(input.companies.map((c) => [c.companyId, rankAsOf(c, `${month}~`)]));
      const cells = ranks.map((r) =>
        cellOf(new Set([...at].filter(([, rank]) => rank === r).map(([id]) => id))),
      );
      const assessed = new Set([...at].filter(([, rank]) => rank !== undefined).map(([id]) => id));
      const total = cellOf(assessed);
      sheet.line(
        total.figure,
        cells.map((c) => c.figure),
      );
      // The region's companies minus these are the unassessed ones: a figure to protect too.
      sheet.line(everyoneCell.figure, [total.figure, sheet.set(minus(everyone, assessed))]);
      return { key: month, zh: month, en: month, cells: [...cells, total] };
    }),
  };

  // Coverage by industry.
  const measures: Array<{
    key: string;
    zh: string;
    en: string;
    of: (c: RegionalCompanyFacts) => boolean;
  }> = [
    {
      key: 'assessed',
      zh: '已评估',
      en: 'Assessed',
      of: (c) => latest.get(c.companyId) !== undefined,
    },
    {
      key: 'streaming',
      zh: '数据接入（近90天）',
      en: 'Streaming data (90 days)',
      of: (c) => c.streaming,
    },
    {
      key: 'sharing',
      zh: '数据共享（已授权）',
      en: 'Sharing (a consent given)',
      of: (c) => c.sharing,
    },
  ];
  const coverageRow = (key: string, zh: string, en: string, members: RegionalCompanyFacts[]) => {
    const all = ids(members);
    const cells = [cellOf(all)];
    for (const m of measures) {
      const have = ids(members, m.of);
      cells.push(cellOf(have));
      sheet.line(sheet.set(all), [sheet.set(have), sheet.set(minus(all, have))]);
    }
    return { key, zh, en, cells };
  };
  const coverageRows = groups.map((g) => coverageRow(g.key, g.zh, g.en, g.members));
  const coverageTotal = coverageRow(TOTAL, '合计', 'Total', [...input.companies]);
  sheet.columnSums(
    coverageTotal.cells,
    coverageRows,
    coverageTotal.cells.map((_, j) => j),
  );
  const coverage: TableSpec = {
    key: 'coverage',
    zh: '覆盖情况',
    en: 'Coverage',
    columns: [
      { key: 'companies', zh: '企业数', en: 'Companies', unit: 'COMPANIES' },
      ...measures.map((m) => ({ key: m.key, zh: m.zh, en: m.en, unit: 'COMPANIES' as const })),
    ],
    rows: [...coverageRows, coverageTotal],
  };

  // Finance extended to the region's SMEs.
  const instruments: Record<FinanceInstrument, { zh: string; en: string }> = {
    RECEIVABLES: { zh: '已确权应收账款', en: 'Confirmed receivables' },
    PLEDGES: { zh: '应收账款质押融资', en: 'Receivable pledges' },
    INVENTORY_LOANS: { zh: '存货融资', en: 'Inventory loans' },
  };
  /** Companies, count and amount of these facts (count and amount rest on the companies). */
  const financeCells = (key: string, facts: readonly FinanceFact[]): CellSpec[] => {
    const companies = new Set(facts.map((f) => f.companyId));
    return [
      cellOf(companies),
      {
        figure: sheet.figure(`finance:${key}:count`, companies.size),
        value: String(facts.reduce((a, f) => a + f.count, 0)),
      },
      {
        figure: sheet.figure(`finance:${key}:amount`, companies.size),
        value: formatFenSum(facts.reduce((a, f) => a + f.amountFen, 0n)),
      },
    ];
  };
  const financeRows = FINANCE_INSTRUMENTS.map((instrument) => ({
    key: instrument,
    ...instruments[instrument],
    cells: financeCells(
      instrument,
      input.finance.filter((f) => f.instrument === instrument),
    ),
  }));
  const financeTotal = {
    key: TOTAL,
    zh: '合计',
    en: 'Total',
    cells: financeCells(TOTAL, input.finance),
  };
  // Counts and amounts add up over the instruments; companies do not (one may have several).
  sheet.columnSums(financeTotal.cells, financeRows, [1, 2]);
  const finance: TableSpec = {
    key: 'finance',
    zh: '供应链金融（本地区中小企业）',
    en: "Supply-chain finance to the region's SMEs",
    columns: [
      { key: 'companies', zh: '企业数', en: 'Companies', unit: 'COMPANIES' },
      { key: 'count', zh: '笔数', en: 'Count', unit: 'COUNT' },
      { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', unit: 'YUAN' },
    ],
    rows: [...financeRows, financeTotal],
  };

  // TODO(matching): rows of measured outcomes by scenario from delivered engagements among the
  // region's SMEs are the `matching` branch's (issue 18 item 4); the columns are fixed here.
  const providerOutcomes: TableSpec = {
    key: 'providerOutcomes',
    zh: '服务商实测成效',
    en: "Providers' measured outcomes",
    columns: [
      { key: 'measured', zh: '已测量服务数', en: 'Engagements measured', unit: 'COUNT' },
      { key: 'improved', zh: '提升', en: 'Improved', unit: 'COUNT' },
      { key: 'unchanged', zh: '不变', en: 'Unchanged', unit: 'COUNT' },
      { key: 'declined', zh: '下降', en: 'Declined', unit: 'COUNT' },
    ],
    rows: [],
  };

  const { hidden } = suppress(
    [...sheet.companies].map(([key, companies]) => ({ key, companies })),
    sheet.lines,
    minimum,
  );
  const render = (c: CellSpec): StatCell => {
    const reason = hidden.get(c.figure);
    return reason ? { value: null, hidden: reason } : { value: c.value, hidden: null };
  };
  const table = (t: TableSpec): StatTable => ({
    ...t,
    rows: t.rows.map((r) => ({ ...r, cells: r.cells.map(render) })),
  });
  return {
    companies: render(everyoneCell),
    gradesByIndustry: table(gradesByIndustry),
    gradesOverTime: table(gradesOverTime),
    coverage: table(coverage),
    finance: table(finance),
    providerOutcomes: table(providerOutcomes),
  };
}
