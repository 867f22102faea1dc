/**
 * The authority's statistics tables, shaped for display: a cell's text by its column's unit, and a
 * hidden cell's mark and reason. The server suppresses (schema/graphql/regional.graphql): a figure
 * resting on fewer than the minimum of companies shows "<5", one hidden so that it cannot be worked
 * out from the shown ones (complementary suppression) shows "—"; the reason is the tooltip.
 */
import type { MessageKey } from '../i18n/translate';
import { formatCount, formatMoney } from './format';

export type StatUnit = 'COMPANIES' | 'COUNT' | 'YUAN';
export type SuppressionReason = 'FEWER_THAN_MINIMUM' | 'COMPLEMENTARY';

export interface StatCellLike {
  value?: string | null;
  hidden?: SuppressionReason | null;
}

export type CellDisplay =
  { hidden: false; text: string } | { hidden: true; text: string; reason: MessageKey };

/** A cell as the table shows it; `minimum` is the smallest count a figure may rest on (5). */
export function statCell(cell: StatCellLike, unit: StatUnit, minimum: number): CellDisplay {
  if (cell.hidden === 'FEWER_THAN_MINIMUM')
    return { hidden: true, text: `<${minimum}`, reason: 'regional.hidden.FEWER_THAN_MINIMUM' };
  if (cell.hidden === 'COMPLEMENTARY')
    return { hidden: true, text: '—', reason: 'regional.hidden.COMPLEMENTARY' };
  const value = cell.value;
  if (value === null || value === undefined || value === '') return { hidden: false, text: '—' };
  if (unit === 'YUAN') return { hidden: false, text: formatMoney(value) };
  const whole = Number(value);
  return { hidden: false, text: Number.isSafeInteger(whole) ? formatCount(whole) : value };
}

/** How many cells of a table are hidden, by reason (the table's footnote). */
export function hiddenCounts(rows: readonly { cells: readonly StatCellLike[] }[]): {
  fewer: number;
  complementary: number;
} {
  let fewer = 0;
  let complementary = 0;
  for (const row of rows)
    for (const cell of row.cells) {
      if (cell.hidden === 'FEWER_THAN_MINIMUM') fewer += 1;
      else if (cell.hidden === 'COMPLEMENTARY') complementary += 1;
    }
  return { fewer, complementary };
}
