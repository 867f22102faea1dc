/**
 * npm run ingest -- --file <stock.csv | orders.csv | events.ndjson> [--key clk_…] [--url http://127.0.0.1:4000/ingest]
 *
 * Streams a company system's export into the platform through POST /ingest, in batches, with a
 * progress bar and a final count. The API key (CHAINLIFT_API_KEY or --key) decides the company.
 *   stock CSV:  sku,warehouse,quantity[,product_name]                 → StockReported (UPDATE)
 *   orders CSV: number,supplier_id,promised_date,sku,quantity,unit_price[,product_name,currency,placed_on]
 *               (one row per line; rows with the same number form one order) → OrderPlaced
 *   NDJSON:     one event per line: {"type": …, "payload": {…}} (an "id" makes re-sending safe)
 * Exits 1 if any event was rejected, listing the first ones with their line numbers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { businessDayOf, placeOrder } from '@chainlift/domain';
import { loadConfig } from '@chainlift/platform';
import { fatal } from './lib/say';

interface Args {
  file: string;
  key: string;
  url: string;
  batch: number;
}

function args(): Args {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = value('file');
  const key = value('key') ?? process.env.CHAINLIFT_API_KEY;
  if (!file)
    throw new Error(
      'name the file: npm run ingest -- --file stock.csv (see scripts/ingest.ts for the formats)',
    );
  if (!key)
    throw new Error(
      'give the API key: --key clk_… or CHAINLIFT_API_KEY (a company ADMIN creates one with the createApiKey mutation)',
    );
  return {
    file,
    key,
    url: value('url') ?? 'http://127.0.0.1:4000/ingest',
    batch: Number(value('batch') ?? 1000),
  };
}

/** A stable id per source line, so sending the same file twice applies it once. */
const idFor = (file: string, line: string) => {
  const h = createHash('sha256')
    .update(`${path.basename(file)}\n${line}`)
    .digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

interface Item {
  line: number;
  event: Record<string, unknown>;
}

function readItems(file: string, companyId: string): Item[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.ndjson') || file.endsWith('.jsonl')) {
    return text
      .split('\n')
      .map((line, i) => ({ line: i + 1, raw: line.trim() }))
      .filter((l) => l.raw)
      .map(({ line, raw }) => {
        try {
          return { line, event: JSON.parse(raw) as Record<string, unknown> };
        } catch {
          throw new Error(`${file} line ${line} is not JSON`);
        }
      });
  }
  const rows = parse(text, {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  const columns = Object.keys(rows[0] ?? {});
  const now = new Date().toISOString();
  if (columns.includes('warehouse')) {
    return rows.map((r, i) => ({
      line: i + 2,
      event: {
        id: idFor(file, `${i}:${JSON.stringify(r)}`),
        type: 'StockReported',
        payload: {
          companyId,
          mode: 'UPDATE',
          reportedAt: now,
          positions: [
            {
              sku: r.sku,
              productName: r.product_name || r.sku,
              warehouse: r.warehouse || 'MAIN',
              quantity: Number(r.quantity),
            },
          ],
        },
      },
    }));
  }
  if (columns.includes('supplier_id')) {
    const orders = new Map<string, { line: number; rows: Record<string, string>[] }>();
    rows.forEach((r, i) => {
      const entry = orders.get(r.number!) ?? { line: i + 2, rows: [] };
      entry.rows.push(r);
      orders.set(r.number!, entry);
    });
    return [...orders.entries()].map(([number, { line, rows: lines }]) => {
      const first = lines[0]!;
      const orderId = idFor(file, `order:${number}`);
      const placed = placeOrder(
        {
          number,
          supplierId: first.supplier_id!,
          currency: first.currency || 'CNY',
          promisedDate: first.promised_date!,
          lines: lines.map((l) => ({
            sku: l.sku!,
            productName: l.product_name,
            quantity: Number(l.quantity),
            unitPrice: l.unit_price!,
          })),
        },
        companyId,
        orderId,
        '0000-01-01', // an export may hold past promises: the date check is for people typing orders
      );
      if (!placed.ok)
        return { line, event: { invalid: `order ${number}: ${placed.error.message}` } };
      return {
        line,
        event: {
          id: orderId,
          type: 'OrderPlaced',
          // The day the order enters the platform, on the business calendar (China's day by default).
          payload: {
            ...placed.value,
            placedOn: businessDayOf(now, loadConfig().calendar.timeZone),
          },
        },
      };
    });
  }
  throw new Error(
    `${file}: a stock CSV needs a warehouse column, an orders CSV a supplier_id column; or use .ndjson events`,
  );
}

function bar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${total ? Math.floor((done * 100) / total) : 100}% ${done}/${total} events  ${Math.round(rate)}/s`;
}

async function main() {
  const { file, key, url, batch } = args();
  const headers = { authorization: `Bearer ${key}` };
  const who = await fetch(`${url.replace(/\/$/, '')}/whoami`, { headers });
  if (!who.ok)
    throw new Error(
      `the platform refused the key (${who.status}): ${((await who.json()) as { error?: { message?: string } }).error?.message ?? ''}`,
    );
  const company = (await who.json()) as { companyId: string; companyName: string };
  const items = readItems(file, company.companyId);
  process.stderr.write(`• sending ${items.length} events from ${file} as ${company.companyName}\n`);

  const rejected: { line: number; error: string }[] = [];
  let accepted = 0;
  const started = Date.now();
  for (let i = 0; i < items.length; i += batch) {
    const chunk = items.slice(i, i + batch);
    const local = chunk.filter((c) => 'invalid' in c.event);
    for (const c of local) rejected.push({ line: c.line, error: String(c.event.invalid) });
    const sendable = chunk.filter((c) => !('invalid' in c.event));
    if (sendable.length > 0) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(sendable.map((c) => c.event)),
      });
      const body = (await response.json()) as {
        accepted?: number;
        results?: { index: number; status: string; error?: string }[];
        error?: { message: string };
      };
      if (response.status !== 202)
        throw new Error(
          `the platform answered ${response.status} at event ${i + 1}: ${body.error?.message ?? ''} (${accepted} events were accepted before)`,
        );
      accepted += body.accepted ?? 0;
      for (const r of body.results ?? [])
        if (r.status === 'rejected')
          rejected.push({ line: sendable[r.index]!.line, error: r.error ?? '' });
    }
    process.stderr.write(`\r${bar(Math.min(i + batch, items.length), items.length, started)}`);
  }
  process.stderr.write('\n');
  console.log(`${accepted} accepted, ${rejected.length} rejected`);
  for (const r of rejected.slice(0, 10)) console.log(`  line ${r.line}: ${r.error}`);
  if (rejected.length > 10) console.log(`  … and ${rejected.length - 10} more`);
  if (rejected.length > 0) process.exitCode = 1;
}

main().catch(fatal);
