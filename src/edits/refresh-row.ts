// The refresh-table fix: a change-log row the locale lacks, inserted where both date order
// and the alignment put it.
import type { Aligned, Fix, Outline, RefreshRow, TableEl } from '../types.js';
import { escapeInlineText, tableRowText } from './markdown-text.js';
import { tableLineBreak } from './line-breaks.js';

/** 1 when the dated rows run oldest first, -1 newest first, 0 when they cannot tell (one date), null when out of order. */
function dateOrder(rows: readonly RefreshRow[]): 1 | -1 | 0 | null {
  const dates = rows.map((r) => r.date).filter((d): d is string => d !== null);
  const ascending = dates.every((d, i) => i === 0 || dates[i - 1] <= d);
  const descending = dates.every((d, i) => i === 0 || dates[i - 1] >= d);
  return ascending && descending ? 0 : ascending ? 1 : descending ? -1 : null;
}

export interface RowInsertion {
  canonicalTable: TableEl;
  localeTable: TableEl;
  canonicalRows: readonly RefreshRow[];
  localeRows: readonly RefreshRow[];
  rows: Aligned<RefreshRow>;
  locale: Readonly<Outline>;
  marker: string;
}

/**
 * Inserts the canonical row into the locale table: date and author as in the canonical, the
 * description copied behind the translate marker; cells are the text a reader sees, escaped
 * so they read back the same. The place must be certain twice over: date order (the
 * locale's, else the canonical's) and the alignment (before the locale row matched with the
 * next canonical row) must name the same row, or both the end of the table. Only a
 * top-level table (not in a list or quote) with the canonical's columns, three at most,
 * whose line break is certain, is fixed.
 */
export function insertRowFix(row: RefreshRow, at: RowInsertion): Fix | undefined {
  const { localeTable, localeRows, canonicalRows } = at;
  const columns = localeTable.header.cells.length;
  if (row.date === null || at.canonicalTable.header.cells.length !== columns || columns > 3 || localeTable.span.start.column !== 1 || /[\r\n]/.test(at.marker)) return undefined;
  const localeOrder = dateOrder(localeRows);
  const order = localeOrder === 0 ? dateOrder(canonicalRows) : localeOrder;
  const lineBreak = tableLineBreak(localeTable, at.locale);
  if (!order || lineBreak === null) return undefined;
  const byDate = localeRows.find((r) => r.date !== null && (order === 1 ? r.date > row.date! : r.date < row.date!));
  const position = canonicalRows.indexOf(row);
  const byAlignment = at.rows.matched
    .filter((m) => canonicalRows.indexOf(m.canonical) > position)
    .sort((a, b) => canonicalRows.indexOf(a.canonical) - canonicalRows.indexOf(b.canonical))[0]?.locale;
  if (byDate !== byAlignment) return undefined;
  const cells = Array.from({ length: columns }, (_, i) => {
    const text = escapeInlineText(row.cells[i]?.text ?? '');
    return i === 2 ? `${at.marker.replace(/\|/g, '\\|')}${text}` : text;
  });
  const newRow = tableRowText(cells);
  if (byDate) {
    const lineStart = byDate.span.start.offset - (byDate.span.start.column - 1);
    return { range: [lineStart, lineStart], text: `${newRow}${lineBreak}` };
  }
  const end = localeTable.rows[localeTable.rows.length - 1].span.end;
  return { range: [end.offset, end.offset], text: `${lineBreak}${newRow}` };
}
