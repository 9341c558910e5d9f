import type { RuleModule } from '../src/types.js';
import { insertRowFix, type RowInsertion } from '../src/edits/refresh-row.js';
import { DEFAULT_TRANSLATE_MARKER } from '../src/edits/settings.js';
import { examples } from './docs/refresh-table.js';

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
    examples,
  },
};

export const check: RuleModule<{ compareAuthors: boolean }>['check'] = (ctx) => {
  const { canonical, alignment, locale } = ctx;
  const table = canonical.refresh;
  if (table && alignment.localeRefresh === null) {
    ctx.report({ messageId: 'missingTable', data: { count: table.rows.length }, at: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, related: { span: table.span }, key: 'refresh-table' });
    return;
  }
  const localeTable = locale.tables.find((t) => t.rows.some((r) => alignment.localeRefresh?.some((x) => x.span.start.offset === r.span.start.offset)));
  const tableSpan = localeTable?.span ?? locale.refresh?.span;
  const canonicalTable = table ? canonical.tables[table.table] : undefined;
  const insertion: RowInsertion | null = table && canonicalTable && localeTable
    ? { canonicalTable, localeTable, canonicalRows: table.rows, localeRows: alignment.localeRefresh ?? [], rows: alignment.refreshRows, locale, marker: ctx.settings.translateMarker ?? DEFAULT_TRANSLATE_MARKER }
    : null;
  for (const row of alignment.refreshRows.canonicalOnly) {
    const fix = insertion ? insertRowFix(row, insertion) : undefined;
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
      // The canonical's own malformed date, copied as written, is not drift in the locale.
      if (c.date === null && l.dateRaw.trim() === c.dateRaw.trim()) continue;
      ctx.report({ messageId: 'malformedDateAligned', data: { actual: l.dateRaw, expected: c.dateRaw }, at: l.cells[0]?.span ?? l.span, related: { span: c.span }, expected: c.dateRaw, actual: l.dateRaw, key: `row-date:${c.date ?? c.dateRaw}` });
      continue;
    }
    if (ctx.options.compareAuthors && c.author.trim() !== l.author.trim()) {
      ctx.report({ messageId: 'author', data: { date: l.dateRaw, actual: l.author, expected: c.author }, at: l.cells[1]?.span ?? l.span, related: { span: c.span }, expected: c.author, actual: l.author, key: `row-author:${c.date}` });
    }
  }
};

export default { meta, check } satisfies RuleModule;
