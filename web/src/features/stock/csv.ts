/** Stock CSV as the SME uploads it: sku,warehouse,quantity[,product_name]; a header row is skipped. */
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
  const positions: StockRow[] = [];
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const cells = line.split(',').map((c) => c.trim());
    if (i === 0 && !/^\d+$/.test(cells[2] ?? '')) continue;
    const [sku, warehouse, quantity, productName] = cells;
    if (!sku || !/^\d+$/.test(quantity ?? '')) return { positions: [], bad: { row: i + 1, line } };
    positions.push({
      sku,
      warehouse: warehouse || 'MAIN',
      quantity: Number(quantity),
      ...(productName ? { productName } : {}),
    });
  }
  return { positions };
}
