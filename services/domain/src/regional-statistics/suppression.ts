/**
 * Statistical disclosure control for the authorities' regional view: no figure is shown that
 * rests on fewer than `minimum` companies (5 by default), and no hidden figure can be worked out
 * again by subtracting shown figures from a shown total.
 *
 * A table is cells plus the sums they belong to: each row and column of a two-way table (grades
 * × industries) adds up to its margin, and the margins add up to the grand total. Every such sum
 * is a `line`: `total = parts₁ + … + partsₙ`. Suppression is in two steps:
 *
 * 1. Primary: every figure (cell or margin) over 1–4 companies is hidden. Zero stays shown — an
 *    empty cell says nothing about any company.
 * 2. Complementary: a line with exactly one hidden figure gives it away (total − the shown
 *    parts), so one more figure of that line is hidden — the shown one over the fewest companies,
 *    to lose as little as possible. Hiding it may open another line, so this repeats until no
 *    line has exactly one hidden figure.
 *
 * 3. Exact check: one more per line is not always enough — several lines together can still pin
 *    a hidden figure down. Each hidden figure is tested for being solvable from the shown figures
 *    and the lines (exact elimination over the hidden ones); a solvable one gets one
 *    more figure of its lines hidden (or, when those have nothing shown left, of the lines next
 *    to them), and steps 2–3 repeat. It ends: once every figure over a company is hidden, the
 *    lines pin nothing down.
 *
 * Counting companies, not rows, is the point: a cell's amount of receivables over three
 * companies is hidden even if they had thirty receivables between them.
 */

export const MIN_COMPANIES_PER_FIGURE = 5;

/** A figure's key and how many distinct companies it rests on. */
export interface Figure {
  readonly key: string;
  readonly companies: number;
}

/** `total` is the sum of `parts` (keys of figures). */
export interface Line {
  readonly total: string;
  readonly parts: readonly string[];
}

/** The keys of the figures to hide, and why each was hidden. */
export interface Suppression {
  readonly hidden: ReadonlyMap<string, 'FEWER_THAN_MINIMUM' | 'COMPLEMENTARY'>;
}

export function suppress(
  figures: readonly Figure[],
  lines: readonly Line[],
  minimum = MIN_COMPANIES_PER_FIGURE,
): Suppression {
  const companies = new Map(figures.map((f) => [f.key, f.companies]));
  const hidden = new Map<string, 'FEWER_THAN_MINIMUM' | 'COMPLEMENTARY'>();
  for (const f of figures)
    if (f.companies > 0 && f.companies < minimum) hidden.set(f.key, 'FEWER_THAN_MINIMUM');

  /** Hides the shown member over the fewest companies (a part before the total); zeros hide nothing. */
  const hideOneMore = (line: Line): boolean => {
    const candidates = [line.total, ...line.parts]
      .filter((k) => !hidden.has(k) && (companies.get(k) ?? 0) > 0)
      .sort((a, b) => (companies.get(a) ?? 0) - (companies.get(b) ?? 0) || a.localeCompare(b));
    const pick = candidates.find((k) => k !== line.total) ?? candidates[0];
    if (pick !== undefined) hidden.set(pick, 'COMPLEMENTARY');
    return pick !== undefined;
  };

  for (;;) {
    // Step 2. A line of zeros and one hidden figure can't exist (the hidden one is > 0, so
    // another member is > 0 too), so a line with one hidden figure always finds a complement.
    for (let changed = true; changed;) {
      changed = false;
      for (const line of lines)
        if ([line.total, ...line.parts].filter((k) => hidden.has(k)).length === 1)
          changed = hideOneMore(line) || changed;
    }
    // Step 3.
    const exposed = solvableFigures(lines, hidden)[0];
    if (exposed === undefined) break;
    // Hide one more figure in a line of the exposed one; when its lines have nothing shown left
    // (all hidden or zero), look one line further out, through the hidden figures they share.
    const seen = new Set<Line>();
    let reach = new Set([exposed]);
    let hid = false;
    while (!hid && reach.size > 0) {
      const ring = lines.filter(
        (l) => !seen.has(l) && [l.total, ...l.parts].some((k) => reach.has(k)),
      );
      ring.forEach((l) => seen.add(l));
      hid = ring.some(hideOneMore);
      reach = new Set(ring.flatMap((l) => [l.total, ...l.parts]).filter((k) => hidden.has(k)));
    }
    if (!hid) break;
  }
  return { hidden };
}

/**
 * Step 3: the hidden figures an attacker can solve for exactly from the lines. The lines over the
 * hidden figures are brought to reduced row echelon form with exact integer arithmetic; a figure
 * is solvable iff some reduced row has it as its only unknown.
 */
function solvableFigures(lines: readonly Line[], hidden: ReadonlyMap<string, unknown>): string[] {
  const unknowns = [...hidden.keys()];
  const column = new Map(unknowns.map((k, i) => [k, i]));
  const m = lines.map((line) => {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    const add = (k: string, v: bigint) => {
      const i = column.get(k);
      if (i !== undefined) row[i] = row[i]! + v;
    };
    add(line.total, 1n);
    for (const p of line.parts) add(p, -1n);
    return row;
  });
  let r = 0;
  for (let c = 0; c < unknowns.length && r < m.length; c += 1) {
    const i = m.findIndex((row, k) => k >= r && row[c] !== 0n);
    if (i < 0) continue;
    [m[r], m[i]] = [m[i]!, m[r]!];
    const pivot = m[r]!;
    for (let k = 0; k < m.length; k += 1) {
      const f = m[k]![c]!;
      if (k !== r && f !== 0n) m[k] = reduced(m[k]!.map((v, j) => v * pivot[c]! - f * pivot[j]!));
    }
    r += 1;
  }
  return unknowns.filter((_, j) =>
    m.some((row) => row[j] !== 0n && row.every((v, k) => k === j || v === 0n)),
  );
}

/** A row divided by the gcd of its entries, so elimination keeps its numbers small. */
function reduced(row: bigint[]): bigint[] {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = row.reduce((acc, v) => gcd(acc, v < 0n ? -v : v), 0n);
  return g > 1n ? row.map((v) => v / g) : row;
}

/**
 * A two-way table with margins: `cell(row, column)` gives the companies of one cell; rows and
 * columns are summed by the caller's data (a company counts once in each cell it is in, and a
 * company is in exactly one row and one column for the sums to hold).
 */
export interface TwoWayTable<R extends string, C extends string> {
  readonly rows: readonly R[];
  readonly columns: readonly C[];
  readonly companies: (row: R, column: C) => number;
}

export const cellKey = (row: string, column: string) => `${row}|${column}`;
export const rowTotalKey = (row: string) => `${row}|*`;
export const columnTotalKey = (column: string) => `*|${column}`;
export const GRAND_TOTAL_KEY = '*|*';

/** Suppresses a two-way table with its row, column and grand totals shown beside it. */
export function suppressTwoWay<R extends string, C extends string>(
  table: TwoWayTable<R, C>,
  minimum = MIN_COMPANIES_PER_FIGURE,
): Suppression {
  const figures: Figure[] = [];
  const lines: Line[] = [];
  let grand = 0;
  const columnSums = new Map<C, number>();
  for (const row of table.rows) {
    let rowSum = 0;
    for (const column of table.columns) {
      const n = table.companies(row, column);
      figures.push({ key: cellKey(row, column), companies: n });
      rowSum += n;
      columnSums.set(column, (columnSums.get(column) ?? 0) + n);
    }
    figures.push({ key: rowTotalKey(row), companies: rowSum });
    lines.push({ total: rowTotalKey(row), parts: table.columns.map((c) => cellKey(row, c)) });
    grand += rowSum;
  }
  for (const column of table.columns) {
    figures.push({ key: columnTotalKey(column), companies: columnSums.get(column) ?? 0 });
    lines.push({ total: columnTotalKey(column), parts: table.rows.map((r) => cellKey(r, column)) });
  }
  figures.push({ key: GRAND_TOTAL_KEY, companies: grand });
  lines.push({ total: GRAND_TOTAL_KEY, parts: table.rows.map(rowTotalKey) });
  lines.push({ total: GRAND_TOTAL_KEY, parts: table.columns.map(columnTotalKey) });
  return suppress(figures, lines, minimum);
}
