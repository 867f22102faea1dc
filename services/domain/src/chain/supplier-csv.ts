/**
 * The supplier list a leader uploads: one supplier per row, checked row by row before anything is
 * written. Row numbers are the spreadsheet's (the header is row 1), so "row 17" is where the
 * person looks. Headers may be English or Chinese.
 */
import { parse } from 'csv-parse/sync';
import { MAX_COMPANY_NAME } from '../company/company';
import { parseUscc } from '../company/uscc';
import { decodeText, refuseMisdecoded } from '../shared/decode-text';
import { fail, ok, type Result } from '../shared/errors';
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

/** What a product name and a supplier's list of them may hold (the SuppliersInvited contract). */
export const MAX_PRODUCT_NAME = 100;
export const MAX_PRODUCTS = 100;

/** Characters as the event contract counts them (code points, not UTF-16 units). */
const lengthOf = (text: string) => [...text].length;

/**
 * One supplier to invite, from a CSV row or the invite form: every limit of the SuppliersInvited
 * contract, so that a row that passes here is never refused when the event is published.
 */
export function checkSupplierRow(input: {
  name: string;
  uscc: string;
  email: string;
  supplies: readonly string[];
}): Result<Omit<SupplierRow, 'row'>> {
  const name = input.name.trim();
  if (!name) return fail('BAD_USER_INPUT', 'the company name is empty', 'name');
  if (lengthOf(name) > MAX_COMPANY_NAME)
    return fail(
      'BAD_USER_INPUT',
      `the company name has ${lengthOf(name)} characters; at most ${MAX_COMPANY_NAME}`,
      'name',
    );
  const uscc = parseUscc(input.uscc);
  if (!uscc.ok) return fail('BAD_USER_INPUT', `invalid USCC — ${uscc.error.message}`, 'uscc');
  const email = parseEmail(input.email);
  if (!email.ok) return fail('BAD_USER_INPUT', email.error.message, 'email');
  const supplies = input.supplies.map((s) => s.trim()).filter(Boolean);
  const long = supplies.find((s) => lengthOf(s) > MAX_PRODUCT_NAME);
  if (long !== undefined)
    return fail(
      'BAD_USER_INPUT',
      `the product "${[...long].slice(0, 20).join('')}…" has ${lengthOf(long)} characters; at most ${MAX_PRODUCT_NAME}`,
      'supplies',
    );
  if (supplies.length > MAX_PRODUCTS)
    return fail(
      'BAD_USER_INPUT',
      `${supplies.length} products listed; at most ${MAX_PRODUCTS} per supplier`,
      'supplies',
    );
  return ok({ name, uscc: uscc.value, email: email.value, supplies });
}

/**
 * The file's bytes (what the browser read, base64-decoded by the API): UTF-8 with or without a
 * BOM, or GBK/GB18030 as Excel saves "CSV" on Chinese Windows (see shared/decode-text.ts).
 */
export function parseSupplierCsvBytes(bytes: Uint8Array): ParsedSupplierCsv {
  const decoded = decodeText(bytes);
  return decoded.ok ? parseSupplierCsv(decoded.value.text) : fileProblem(decoded.error.message);
}

/**
 * What an upload sends: exactly one of the text (`csv`) or the file's bytes in base64
 * (`csvBase64`, decoded by the rule of shared/decode-text.ts). Neither, both, or base64 that is
 * not base64: refused before anything is read.
 */
export function parseSupplierUpload(upload: {
  csv?: string | null;
  csvBase64?: string | null;
}): Result<ParsedSupplierCsv> {
  const { csv, csvBase64 } = upload;
  if ((csv == null) === (csvBase64 == null))
    return fail(
      'BAD_USER_INPUT',
      'send the file as exactly one of csv (text) or csvBase64 (its bytes)',
      'csv',
    );
  if (csv != null) return ok(parseSupplierCsv(csv));
  let binary: string;
  try {
    binary = atob(csvBase64!.replace(/\s+/g, ''));
  } catch {
    return fail('BAD_USER_INPUT', 'csvBase64 is not base64', 'csvBase64');
  }
  return ok(parseSupplierCsvBytes(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

const fileProblem = (message: string): ParsedSupplierCsv => ({
  rows: [],
  problems: [{ row: 0, uscc: null, name: null, message }],
});

/** The accepted header names per column (English or Chinese; README lists them). */
export const SUPPLIER_CSV_HEADERS: Record<keyof Omit<SupplierRow, 'row'>, string[]> = {
  name: ['name', 'company', '名称', '企业名称', '供应商名称'],
  uscc: ['uscc', '统一社会信用代码', '信用代码'],
  email: ['email', 'contact email', '邮箱', '联系邮箱'],
  supplies: ['supplies', 'products', '供应产品', '产品'],
};

const findColumn = (header: string[], names: string[]) =>
  header.findIndex((h) => names.includes(h.trim().toLowerCase()));

export function parseSupplierCsv(text: string): ParsedSupplierCsv {
  const readable = refuseMisdecoded(text);
  if (!readable.ok) return fileProblem(readable.error.message);
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
    Object.entries(SUPPLIER_CSV_HEADERS).map(([key, names]) => [key, findColumn(header, names)]),
  ) as Record<keyof typeof SUPPLIER_CSV_HEADERS, number>;
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
    const checked = checkSupplierRow({
      name,
      uscc: rawUscc,
      email: cell(columns.email),
      supplies: cell(columns.supplies).split(/[;；,，]/),
    });
    if (!checked.ok) {
      const uscc = parseUscc(rawUscc);
      return problem(`row ${row}: ${checked.error.message}`, uscc.ok ? uscc.value : undefined);
    }
    const earlier = firstRowOf.get(checked.value.uscc);
    if (earlier !== undefined)
      return problem(
        `row ${row}: USCC ${checked.value.uscc} is already listed at row ${earlier}`,
        checked.value.uscc,
      );
    firstRowOf.set(checked.value.uscc, row);
    rows.push({ row, ...checked.value });
    return undefined;
  });
  return { rows, problems };
}
