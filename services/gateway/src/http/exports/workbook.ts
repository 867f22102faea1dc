/**
 * One generic .xlsx writer for every table export: columns {header, type, value} and rows → a
 * sheet with typed cells, so a spreadsheet sums amounts and sorts dates without any conversion.
 *
 * - money: the API's exact decimal string in yuan ("1234567.50", from integer fen) → a number
 *   cell formatted `"¥"#,##0.00`. Number("1234567.50") is the double nearest to the exact
 *   decimal (ECMAScript's string-to-number rounds correctly), the same double as fen / 100 for any
 *   |fen| < 2^53 (both operands exact, one correctly rounded division); the platform's amounts
 *   stay below 10^13 fen, so two decimals always come back exactly when the cell is shown or read.
 * - date: a business date "yyyy-MM-dd" → a Date at UTC midnight of that day (how Excel stores a
 *   calendar day, no time zone moves it), formatted yyyy-mm-dd.
 * - datetime: an instant (ISO-8601) → a Date cell, shown yyyy-mm-dd hh:mm (UTC, as stored).
 * - percent: a percent decimal string ("77.24") → the fraction 0.7724 by moving the decimal
 *   point in the string (no float division), formatted 0.00%.
 * - decimal: a decimal string ("12.5") → the nearest number; int: a whole number; text: as is. Null or empty stays an empty cell.
 */
import ExcelJS from 'exceljs';

export type ColumnKind = 'money' | 'date' | 'datetime' | 'text' | 'int' | 'decimal' | 'percent';

export interface Column<Row> {
  /** The header, in Chinese (the users' language). */
  header: string;
  type: ColumnKind;
  value: (row: Row) => string | number | null | undefined;
  width?: number;
}

type Raw = string | number | null | undefined;

/** A sheet ready to write: its columns and each row's raw values (one per column). */
export interface Sheet {
  name: string;
  columns: Omit<Column<never>, 'value'>[];
  rows: Raw[][];
}

/** Rows of any shape → a sheet, each column reading its value from a row. */
export const sheet = <Row>(name: string, columns: Column<Row>[], rows: readonly Row[]): Sheet => ({
  name,
  columns: columns.map(({ header, type, width }) => ({
    header,
    type,
    ...(width ? { width } : {}),
  })),
  rows: rows.map((row) => columns.map((column) => column.value(row))),
});

export const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  money: '"¥"#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0.00%',
  int: '0',
  decimal: '0.0',
  text: undefined,
};

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** "1234567.50" → 1234567.5 (see the header for why this is exact to the fen). */
export function moneyCell(amount: string): number {
  if (!/^-?\d{1,16}(\.\d{1,2})?$/.test(amount))
    throw new RangeError(`not an amount in yuan to the fen: ${amount}`);
  return Number(amount);
}

/** "77.24" (percent) → 0.7724, by moving the decimal point two places left in the string. */
export function percentCell(percent: string): number {
  if (!DECIMAL.test(percent)) throw new RangeError(`not a decimal percentage: ${percent}`);
  const negative = percent.startsWith('-');
  const [whole = '0', fraction = ''] = percent.replace(/^-/, '').split('.');
  const padded = whole.padStart(3, '0');
  const text = `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
  return Number(`${negative ? '-' : ''}${text}`);
}

/** "2027-03-31" → that calendar day at 00:00 UTC (Excel's day, unshifted). */
export function dateCell(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a date yyyy-MM-dd: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function datetimeCell(instant: string): Date {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${instant}`);
  return date;
}

/** One cell's value for its column's type. */
export function cellValue(type: ColumnKind, raw: Raw): string | number | Date | null {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (type) {
    case 'money':
      return moneyCell(String(raw));
    case 'percent':
      return percentCell(String(raw));
    case 'date':
      return dateCell(String(raw));
    case 'datetime':
      return datetimeCell(String(raw));
    case 'int': {
      const n = Number(raw);
      if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number: ${raw}`);
      return n;
    }
    case 'decimal':
      if (!DECIMAL.test(String(raw))) throw new RangeError(`not a decimal: ${raw}`);
      return Number(raw);
    case 'text':
      return String(raw);
  }
}

/** The sheets as one .xlsx file: a bold, frozen header row, typed cells, column formats. */
export async function writeWorkbook(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ChainLift';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((column, i) => ({
      header: column.header,
      key: String(i),
      width: column.width ?? (column.type === 'text' ? 24 : 16),
      ...(NUMBER_FORMATS[column.type] ? { style: { numFmt: NUMBER_FORMATS[column.type] } } : {}),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows)
      worksheet.addRow(sheet.columns.map((column, i) => cellValue(column.type, row[i])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
