import {
  cellKey,
  columnTotalKey,
  GRAND_TOTAL_KEY,
  rowTotalKey,
  suppress,
  suppressTwoWay,
  type Figure,
  type Line,
} from './suppression';

/**
 * The attacker, written independently of the rule: knowing every shown figure and every sum
 * relation, which hidden figures can be solved for exactly? A hidden figure x is determined iff
 * its unit vector lies in the row space of the lines restricted to the hidden figures (Gaussian
 * elimination on small integer matrices).
 */
function solvable(figures: readonly Figure[], lines: readonly Line[], hidden: ReadonlySet<string>) {
  const unknowns = figures.map((f) => f.key).filter((k) => hidden.has(k));
  const index = new Map(unknowns.map((k, i) => [k, i]));
  const rows = lines
    .map((line) => {
      const row = new Array<number>(unknowns.length).fill(0);
      const at = index.get(line.total);
      if (at !== undefined) row[at] = row[at]! + 1;
      for (const p of line.parts) {
        const i = index.get(p);
        if (i !== undefined) row[i] = row[i]! - 1;
      }
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  // reduced row echelon form
  const m = rows.map((r) => [...r]);
  let lead = 0;
  const pivots: number[] = [];
  for (let r = 0; r < m.length && lead < unknowns.length; lead += 1) {
    const i = m.findIndex((row, k) => k >= r && Math.abs(row[lead]!) > 1e-9);
    if (i < 0) continue;
    [m[r], m[i]] = [m[i]!, m[r]!];
    const pivot = m[r]![lead]!;
    m[r] = m[r]!.map((v) => v / pivot);
    for (let k = 0; k < m.length; k += 1)
      if (k !== r) {
        const f = m[k]![lead]!;
        m[k] = m[k]!.map((v, j) => v - f * m[r]![j]!);
      }
    pivots.push(lead);
    r += 1;
  }
  // a variable is determined iff some RREF row has a single non-zero entry, on it
  return unknowns.filter((_, j) =>
    m.some((row) => Math.abs(row[j]!) > 1e-9 && row.every((v, k) => k === j || Math.abs(v) < 1e-9)),
  );
}

const twoWay = (grid: number[][]) => {
  const rows = grid.map((_, i) => `r${i}`);
  const columns = grid[0]!.map((_, j) => `c${j}`);
  const table = {
    rows,
    columns,
    companies: (r: string, c: string) => grid[Number(r.slice(1))]![Number(c.slice(1))]!,
  };
  const figures: Figure[] = [];
  const lines: Line[] = [];
  rows.forEach((r, i) => {
    columns.forEach((c, j) => figures.push({ key: cellKey(r, c), companies: grid[i]![j]! }));
    figures.push({ key: rowTotalKey(r), companies: grid[i]!.reduce((a, b) => a + b, 0) });
    lines.push({ total: rowTotalKey(r), parts: columns.map((c) => cellKey(r, c)) });
  });
  columns.forEach((c, j) => {
    figures.push({ key: columnTotalKey(c), companies: grid.reduce((a, row) => a + row[j]!, 0) });
    lines.push({ total: columnTotalKey(c), parts: rows.map((r) => cellKey(r, c)) });
  });
  figures.push({ key: GRAND_TOTAL_KEY, companies: grid.flat().reduce((a, b) => a + b, 0) });
  lines.push({ total: GRAND_TOTAL_KEY, parts: rows.map(rowTotalKey) });
  lines.push({ total: GRAND_TOTAL_KEY, parts: columns.map(columnTotalKey) });
  return { table, figures, lines };
};

describe('small-cell suppression', () => {
  it('given a line with one small part, when suppressed, then the smallest other part is hidden too', () => {
    const figures = [
      { key: 'A', companies: 3 },
      { key: 'B', companies: 9 },
      { key: 'C', companies: 6 },
      { key: 'T', companies: 18 },
    ];
    const { hidden } = suppress(figures, [{ total: 'T', parts: ['A', 'B', 'C'] }]);
    expect([...hidden]).toEqual([
      ['A', 'FEWER_THAN_MINIMUM'],
      ['C', 'COMPLEMENTARY'],
    ]);
  });

  it('given zero cells, when suppressed, then zeros stay shown and are never picked as the complement', () => {
    const figures = [
      { key: 'A', companies: 2 },
      { key: 'Z', companies: 0 },
      { key: 'B', companies: 40 },
      { key: 'T', companies: 42 },
    ];
    const { hidden } = suppress(figures, [{ total: 'T', parts: ['A', 'Z', 'B'] }]);
    expect(hidden.has('Z')).toBe(false);
    expect(hidden.get('B')).toBe('COMPLEMENTARY');
  });

  it('given a total of fewer than five, when suppressed, then it and a part are hidden', () => {
    const figures = [
      { key: 'A', companies: 0 },
      { key: 'B', companies: 4 },
      { key: 'T', companies: 4 },
    ];
    const { hidden } = suppress(figures, [{ total: 'T', parts: ['A', 'B'] }]);
    expect(hidden.get('T')).toBe('FEWER_THAN_MINIMUM');
    expect(hidden.get('B')).toBe('FEWER_THAN_MINIMUM');
  });

  it('given a grades × industries table, when suppressed, then no shown figure rests on 1–4 companies and the attacker solves no hidden one', () => {
    const grid = [
      [12, 3, 7, 0],
      [8, 9, 2, 15],
      [20, 6, 11, 5],
    ];
    const { table, figures, lines } = twoWay(grid);
    const { hidden } = suppressTwoWay(table);
    for (const f of figures)
      if (f.companies > 0 && f.companies < 5) expect(hidden.get(f.key)).toBe('FEWER_THAN_MINIMUM');
    expect(solvable(figures, lines, new Set(hidden.keys()))).toEqual([]);
    // the primary ones are r0|c1 (3) and r1|c2 (2); they must have company
    expect(hidden.size).toBeGreaterThan(2);
  });

  it('given a realistic grades × 20 industries table, when suppressed, then it stays safe and keeps most figures', () => {
    const grid = Array.from({ length: 5 }, (_, g) =>
      Array.from({ length: 20 }, (__, i) => ((g * 7 + i * 13) % 17) + (i % 4 === 0 ? 0 : 3)),
    );
    const { table, figures, lines } = twoWay(grid);
    const { hidden } = suppressTwoWay(table);
    expect(solvable(figures, lines, new Set(hidden.keys()))).toEqual([]);
    expect(hidden.size).toBeLessThan(figures.length / 2);
  });

  it('given 300 random tables, when suppressed, then no hidden figure can be worked out from the shown ones', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 300; t += 1) {
      const rows = 1 + Math.floor(random() * 4);
      const cols = 1 + Math.floor(random() * 5);
      const grid = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.2 ? 0 : Math.floor(random() * 12))),
      );
      const { table, figures, lines } = twoWay(grid);
      const { hidden } = suppressTwoWay(table);
      for (const f of figures)
        if (f.companies > 0 && f.companies < 5) expect(hidden.has(f.key)).toBe(true);
      const solved = solvable(figures, lines, new Set(hidden.keys()));
      if (solved.length > 0)
        throw new Error(`table ${JSON.stringify(grid)}: ${solved.join(', ')} can be solved`);
    }
  });
});
