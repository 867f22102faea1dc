/**
 * The supplier list a leader uploads: one supplier per row, checked row by row before anything is
 * written. Row numbers are the spreadsheet's (the header is row 1), so "row 17" is where the
 * person looks. Headers may be English or Chinese.
 */
import { parse } from 'csv-parse/sync';
import { parseUscc } from '../company/uscc';
import { parseEmail } from '../users/user';

export const MAX_IMPORT_ROWS = 5000;

export interface SupplierRow {
  row: number;
  name: string;
  uscc: string;
  email: string;
  supplies: string[];
}

export interface RowProblem {
  row: number;
  uscc: string | null;
  name: string | null;
  message: string;
}

export interface ParsedSupplierCsv {
  rows: SupplierRow[];
  problems: RowProblem[];
}

const HEADERS: Record<keyof Omit<SupplierRow, 'row'>, string[]> = {
  name: ['name', 'company', '名称', '企业名称', '供应商名称'],
  uscc: ['uscc', '统一社会信用代码', '信用代码'],
  email: ['email', 'contact email', '邮箱', '联系邮箱'],
  supplies: ['supplies', 'products', '供应产品', '产品'],
};

const findColumn = (header: string[], names: string[]) =>
  header.findIndex((h) => names.includes(h.trim().toLowerCase()));

export function parseSupplierCsv(text: string): ParsedSupplierCsv {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    return {
      rows: [],
      problems: [
        {
          row: 0,
          uscc: null,
          name: null,
          message: `the file is not valid CSV: ${(error as Error).message}`,
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header)
    return {
      rows: [],
      problems: [{ row: 0, uscc: null, name: null, message: 'the file is empty' }],
    };
  const columns = Object.fromEntries(
    Object.entries(HEADERS).map(([key, names]) => [key, findColumn(header, names)]),
  ) as Record<keyof typeof HEADERS, number>;
  const missing = (['name', 'uscc', 'email'] as const).filter((k) => columns[k] < 0);
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          uscc: null,
          name: null,
          message: `the header row lacks column(s) ${missing.join(', ')} (expected: name, uscc, email, supplies)`,
        },
      ],
    };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      problems: [
        {
          row: 0,
          uscc: null,
          name: null,
          message: `at most ${MAX_IMPORT_ROWS} suppliers per file; this one has ${body.length}`,
        },
      ],
    };
  }

  const rows: SupplierRow[] = [];
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: number) => (column >= 0 ? (cells[column] ?? '').trim() : '');
    const name = cell(columns.name);
    const rawUscc = cell(columns.uscc);
    const problem = (message: string, uscc: string | null = rawUscc || null) =>
      problems.push({ row, uscc, name: name || null, message });
    if (!name) return problem(`row ${row}: the company name is empty`);
    const uscc = parseUscc(rawUscc);
    if (!uscc.ok) return problem(`row ${row}: invalid USCC — ${uscc.error.message}`);
    const email = parseEmail(cell(columns.email));
    if (!email.ok) return problem(`row ${row}: ${email.error.message}`, uscc.value);
    const earlier = firstRowOf.get(uscc.value);
    if (earlier !== undefined)
      return problem(
        `row ${row}: USCC ${uscc.value} is already listed at row ${earlier}`,
        uscc.value,
      );
    firstRowOf.set(uscc.value, row);
    const supplies = cell(columns.supplies)
      .split(/[;；,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
    rows.push({ row, name, uscc: uscc.value, email: email.value, supplies });
    return undefined;
  });
  return { rows, problems };
}
