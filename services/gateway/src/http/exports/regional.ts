/**
 * The authority's regional view as .xlsx: one sheet per table of `regionalStatistics` (the same
 * resolver, so the same rule — the caller's own region only — and the same suppression), a hidden
 * figure an empty cell with its reason in the column beside none: the 说明 sheet says what empty
 * means, and lists the companies that consented.
 */
import { sheet, type Column, type ColumnKind, type Sheet } from './workbook';
import type { ExportTable } from './tables';

interface StatTable {
  zh: string;
  columns: { key: string; zh: string; unit: 'COMPANIES' | 'COUNT' | 'YUAN' }[];
  rows: { zh: string; cells: { value: string | null; hidden: string | null }[] }[];
}
interface Stats {
  region: { fullName: string; code: string };
  asOf: string;
  methodZh: string;
  gradesByIndustry: StatTable;
  gradesOverTime: StatTable;
  coverage: StatTable;
  finance: StatTable;
  providerOutcomes: StatTable;
  consentingCompanies: {
    company: { name: string; uscc: string };
    grade: { zh: string } | null;
    submittedAt: string | null;
  }[];
}

const TABLE = 'zh columns { key zh unit } rows { zh cells { value hidden } }';
const KIND: Record<StatTable['columns'][number]['unit'], ColumnKind> = {
  COMPANIES: 'int',
  COUNT: 'int',
  YUAN: 'money',
};

/** A table's sheet: the row label, then one typed column per column of the table (hidden = empty). */
function statSheet(table: StatTable): Sheet {
  type Row = StatTable['rows'][number];
  const columns: Column<Row>[] = [
    { header: '项目', type: 'text', value: (r) => r.zh, width: 20 },
    ...table.columns.map((c, j): Column<Row> => ({
      header: c.zh,
      type: KIND[c.unit],
      value: (r) => r.cells[j]?.value ?? null,
      width: 14,
    })),
  ];
  return sheet(table.zh.slice(0, 31), columns, table.rows);
}

type Note = { label: string; value: string | null };
const noteColumns: Column<Note>[] = [
  { header: '项目', type: 'text', value: (n) => n.label, width: 20 },
  { header: '内容', type: 'text', value: (n) => n.value, width: 100 },
];

type Consenting = Stats['consentingCompanies'][number];
const consentingColumns: Column<Consenting>[] = [
  { header: '企业名称', type: 'text', value: (c) => c.company.name, width: 30 },
  { header: '统一社会信用代码', type: 'text', value: (c) => c.company.uscc, width: 22 },
  { header: '最新等级', type: 'text', value: (c) => c.grade?.zh ?? '未评估', width: 12 },
  { header: '提交时间', type: 'datetime', value: (c) => c.submittedAt, width: 20 },
];

export const regionalStatistics: ExportTable = {
  name: 'regional-statistics',
  params: { months: { required: false } },
  variables: (filters) => ({ months: filters.months ? Number(filters.months) : 12 }),
  query: `query ExportRegionalStatistics($months: Int) {
    regionalStatistics(months: $months) {
      region { code fullName } asOf methodZh
      gradesByIndustry { ${TABLE} } gradesOverTime { ${TABLE} } coverage { ${TABLE} }
      finance { ${TABLE} } providerOutcomes { ${TABLE} }
      consentingCompanies { company { name uscc } grade { zh } submittedAt }
    }
  }`,
  sheets: (data) => {
    const s = data.regionalStatistics as Stats;
    return [
      sheet('说明', noteColumns, [
        { label: '地区', value: `${s.region.fullName}（${s.region.code}）` },
        { label: '统计日期', value: s.asOf },
        { label: '空白单元格', value: '隐藏：少于5家企业，或为防止由合计减出而互补隐藏' },
        { label: '口径', value: s.methodZh },
      ]),
      statSheet(s.gradesByIndustry),
      statSheet(s.gradesOverTime),
      statSheet(s.coverage),
      statSheet(s.finance),
      statSheet(s.providerOutcomes),
      sheet('已授权企业', consentingColumns, s.consentingCompanies),
    ];
  },
};
