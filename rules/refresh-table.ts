import type { Fix, Outline, RefreshRow, RuleModule, TableEl } from '../src/types.js';
import { escapeInlineText, tableRowText } from '../src/fix/markdown-text.js';
import { tableLineBreak } from '../src/fix/line-breaks.js';
import { translateMarkerOf } from '../src/fix/settings.js';

export const meta: RuleModule['meta'] = {
  id: 'refresh-table',
  description: 'Change-log rows missing, added or with other dates or authors than the canonical.',
  category: 'tables',
  defaultSeverity: 'error',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { compareAuthors: { type: 'boolean', description: 'Report a row whose author differs (default true).' } },
  },
  defaults: { compareAuthors: true },
  messages: {
    missingTable: 'The change-log table is missing; {canonical} has one with {count} rows (line {canonicalLine}).',
    missingRow: 'Change-log row dated {date} ({author}) is missing (as in {canonical} line {canonicalLine}).',
    extraRow: 'Change-log row dated {date} is not in {canonical}.',
    author: 'Change-log row dated {date} names `{actual}`; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    malformedDate: 'Change-log date `{actual}` is not a date (M/D/YYYY, YYYY-MM-DD or YYYY 年 M 月 D 日).',
    malformedDateAligned: 'Change-log date `{actual}` is not a date; expected {expected} (as in {canonical} line {canonicalLine}).',
  },
  docs: {
    description: 'The refresh (change-log) table is found structurally: the table under the heading aligned with the canonical change-log heading. Rows are keyed by their date, whatever its format (`M/D/YYYY`, `MM/DD/YYYY`, ISO, `YYYY 年 M 月 D 日`); a row the locale lacks or adds, another author, or a date that is not a date is drift.',
    example: 'pt-BR has a row dated 05/04/2020 that en-US does not have.',
  },
};

/** 1 when the dated rows run oldest first, -1 newest first, 0 when they do not tell or are not in order. */
function dateOrder(rows: readonly RefreshRow[]): 1 | -1 | 0 {
  const dates = rows.map((r) => r.date).filter((d): d is string => d !== null);
  const ascending = dates.every((d, i) => i === 0 || dates[i - 1] <= d);
  const descending = dates.every((d, i) => i === 0 || dates[i - 1] >= d);
  return ascending && !descending ? 1 : descending && !ascending ? -1 : 0;
}

/**
 * Inserts the canonical row into the locale table, in date order (the locale's, else the
 * canonical's): date and author as in the canonical, the description copied behind the
 * translate marker. Cells are copied as the text a reader sees, escaped so they read back
 * the same. Only a top-level table (not in a list or quote) with the canonical's columns,
 * three at most, whose order and line break are certain, is fixed.
 */
function insertRowFix(row: RefreshRow, canonicalTable: TableEl | undefined, localeTable: TableEl, localeRows: readonly RefreshRow[], canonicalRows: readonly RefreshRow[], locale: Readonly<Outline>, marker: string): Fix | undefined {
  const columns = localeTable.header.cells.length;
  if (row.date === null || !canonicalTable || canonicalTable.header.cells.length !== columns || columns > 3 || localeTable.span.start.column !== 1 || /[\r\n]/.test(marker)) return undefined;
  const order = dateOrder(localeRows) || dateOrder(canonicalRows);
  const lineBreak = tableLineBreak(localeTable, locale);
  if (order === 0 || lineBreak === null) return undefined;
  const cells = Array.from({ length: columns }, (_, i) => {
    const text = escapeInlineText(row.cells[i]?.text ?? '');
    return i === 2 ? `${marker.replace(/\|/g, '\\|')}${text}` : text;
  });
  const newRow = tableRowText(cells);
  const before = localeRows.find((r) => r.date !== null && (order === 1 ? r.date > row.date! : r.date < row.date!));
  if (before) {
    const lineStart = before.span.start.offset - (before.span.start.column - 1);
    return { range: [lineStart, lineStart], text: `${newRow}${lineBreak}` };
  }
  const after = localeTable.rows[localeTable.rows.length - 1].span.end;
  return { range: [after.offset, after.offset], text: `${lineBreak}${newRow}` };
}

export const check: RuleModule<{ compareAuthors: boolean }>['check'] = (ctx) => {
  const { canonical, alignment, locale } = ctx;
  const table = canonical.refresh;
  if (table && alignment.localeRefresh === null) {
    ctx.report({ messageId: 'missingTable', data: { count: table.rows.length }, at: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, related: { span: table.span }, key: 'refresh-table' });
    return;
  }
  const localeTable = locale.tables.find((t) => t.rows.some((r) => alignment.localeRefresh?.some((x) => x.span.start.offset === r.span.start.offset)));
  const tableSpan = localeTable?.span ?? locale.refresh?.span;
  const marker = translateMarkerOf(ctx.settings);
  for (const row of alignment.refreshRows.canonicalOnly) {
    const fix = localeTable && table ? insertRowFix(row, canonical.tables[table.table], localeTable, alignment.localeRefresh ?? [], canonical.refresh?.rows ?? [], locale, marker) : undefined;
    ctx.report({
      messageId: 'missingRow',
      data: { date: row.dateRaw, author: row.author },
      ...(tableSpan ? { at: tableSpan } : {}),
      related: { span: row.span },
      expected: row.cells.map((c) => c.text).join(' | '),
      key: `row:${row.date ?? row.dateRaw}`,
      ...(fix ? { fix } : {}),
    });
  }
  for (const row of alignment.refreshRows.localeOnly) {
    if (row.date === null) {
      ctx.report({ messageId: 'malformedDate', data: { actual: row.dateRaw }, at: row.cells[0]?.span ?? row.span, actual: row.dateRaw, key: `row-date:${row.dateRaw}` });
      continue;
    }
    ctx.report({ messageId: 'extraRow', data: { date: row.dateRaw }, at: row.span, actual: row.cells.map((c) => c.text).join(' | '), key: `row:${row.date}` });
  }
  for (const { canonical: c, locale: l } of alignment.refreshRows.matched) {
    if (l.date === null) {
      ctx.report({ messageId: 'malformedDateAligned', data: { actual: l.dateRaw, expected: c.dateRaw }, at: l.cells[0]?.span ?? l.span, related: { span: c.span }, expected: c.dateRaw, actual: l.dateRaw, key: `row-date:${c.date ?? c.dateRaw}` });
      continue;
    }
    if (ctx.options.compareAuthors && c.author.trim() !== l.author.trim()) {
      ctx.report({ messageId: 'author', data: { date: l.dateRaw, actual: l.author, expected: c.author }, at: l.cells[1]?.span ?? l.span, related: { span: c.span }, expected: c.author, actual: l.author, key: `row-author:${c.date}` });
    }
  }
};

export default { meta, check } satisfies RuleModule;
