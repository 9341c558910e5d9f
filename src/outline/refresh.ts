// The refresh (change-log) table: a table keyed by a date column. An outline marks its
// own candidate; alignment then takes the locale table that aligns with the canonical one.
import type { Outline, RefreshRow, RefreshTable, TableEl } from '../types.js';
import { looksLikeDate, normalizeDate } from './dates.js';

/** Rows of a change-log table: date, author, description (first three columns). */
export function readRefreshRows(table: TableEl): RefreshRow[] {
  return table.rows.map((row) => {
    const dateRaw = row.cells[0]?.text ?? '';
    return {
      dateRaw,
      date: normalizeDate(dateRaw),
      author: row.cells[1]?.text ?? '',
      description: row.cells[2]?.text ?? '',
      span: row.span,
      cells: row.cells,
    };
  });
}

/** True when most rows of the first column are dates (or attempts at one). */
export function isDateKeyed(table: TableEl): boolean {
  if (table.rows.length === 0 || table.header.cells.length < 2) return false;
  const dated = table.rows.filter((row) => {
    const first = row.cells[0]?.text ?? '';
    return normalizeDate(first) !== null || looksLikeDate(first);
  }).length;
  return dated * 2 >= table.rows.length && dated > 0;
}

export function refreshTableOf(outline: Pick<Outline, 'tables'>, table: TableEl): RefreshTable {
  return { table: table.index, heading: table.section, rows: readRefreshRows(table), span: table.span };
}

/** The file's change-log table: the last date-keyed table (change logs close a page). */
export function findRefreshTable(outline: Pick<Outline, 'tables'>): RefreshTable | null {
  const candidates = outline.tables.filter(isDateKeyed);
  const table = candidates[candidates.length - 1];
  return table ? refreshTableOf(outline, table) : null;
}
