/**
 * Stock CSV as the SME uploads it: sku,warehouse,quantity[,product_name]; a header row is skipped.
 * Parsed by Papa Parse (RFC 4180: quoted fields, commas and quotes inside them, CRLF, BOM).
 */
import Papa from 'papaparse';

export interface StockRow {
  sku: string;
  warehouse: string;
  quantity: number;
  productName?: string;
}

export function parseStockCsv(csv: string): {
  positions: StockRow[];
  /** The first malformed row (1-based), when there is one: then nothing is sent. */
  bad?: { row: number; line: string };
} {
  const text = csv.replace(/^\uFEFF/, '');
  const { data: rows } = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const lines = text.split(/\r?\n/);
  const positions: StockRow[] = [];
  for (const [i, raw] of rows.entries()) {
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (i === 0 && !/^\d+$/.test(cells[2] ?? '')) continue;
    const [sku, warehouse, quantity, productName] = cells;
    if (!sku || !/^\d+$/.test(quantity ?? ''))
      return { positions: [], bad: { row: i + 1, line: (lines[i] ?? cells.join(',')).trim() } };
    positions.push({
      sku,
      warehouse: warehouse || 'MAIN',
      quantity: Number(quantity),
      ...(productName ? { productName } : {}),
    });
  }
  return { positions };
}
