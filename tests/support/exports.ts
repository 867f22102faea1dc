/** Downloading GET /export/<table>.xlsx and opening it with exceljs, as a spreadsheet user would. */
import ExcelJS from 'exceljs';
import type { Client, TestApi } from './platform';

export interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  /** The workbook (a 200 answer). */
  book?: ExcelJS.Workbook;
  /** The JSON error (any other answer). */
  error?: { code: string; message: string; field?: string };
}

/** GET /export/<file>?<filters> with the client's token. */
export async function download(
  api: TestApi,
  who: Client,
  file: string,
  filters: Record<string, string> = {},
): Promise<Download> {
  const url = new URL(`/export/${file}`, api.url);
  for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
  const response = await fetch(url, {
    headers: who.token ? { authorization: `Bearer ${who.token}` } : {},
  });
  const result: Download = {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
  };
  if (response.status === 200) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    result.book = book;
  } else {
    result.error = ((await response.json()) as { error: Download['error'] }).error;
  }
  return result;
}

/** A sheet's header row. */
export const headersOf = (sheet: ExcelJS.Worksheet): string[] =>
  (sheet.getRow(1).values as unknown[]).slice(1).map(String);

/** The data rows (under the header) as objects keyed by header. */
export function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.Cell>[] {
  const headers = headersOf(sheet);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  }
  return rows;
}

/** A workbook's sheet by name; throws naming the sheet when it is missing. */
export function sheetOf(book: ExcelJS.Workbook | undefined, name: string): ExcelJS.Worksheet {
  const sheet = book?.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
