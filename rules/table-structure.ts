import type { RuleContext, RuleModule, Span, TableEl } from '../src/types.js';
import { alignTableRows, cellCodeOf } from '../src/align/tables.js';
import { sectionInsertionPoint } from '../src/align/insertion.js';
import { details, examples } from './docs/table-structure.js';

export const meta: RuleModule['meta'] = {
  id: 'table-structure',
  description: 'Tables missing or added; other column or row counts; rows of ID- or date-keyed tables missing, added or reordered.',
  category: 'tables',
  defaultSeverity: 'error',
  fixable: false,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    missingTable: 'A table ({size}) is missing in this section (as in {canonical} line {canonicalLine}).',
    extraTable: 'Table ({size}) is not in {canonical}.',
    columns: 'Table has {actual} columns; expected {expected} (as in {canonical} line {canonicalLine}).',
    rows: 'Table has {actual} rows; expected {expected} (as in {canonical} line {canonicalLine}).',
    missingRow: 'Row `{key}` is missing from this table (as in {canonical} line {canonicalLine}).',
    extraRow: 'Row `{key}` is not in the table of {canonical}.',
    movedRow: 'Row `{key}` is row {actual} here; expected row {expected} (as in {canonical} line {canonicalLine}).',
  },
  docs: {
    description: 'Tables are aligned by section and order. A table the locale lacks or adds, or one with another number of columns or rows, is drift. A table keyed by an ID or date column (its cells all distinct whole numbers, codes or dates), or by a first column of names the locale writes alike (API property names), has its rows compared by key: a row missing, added or moved is named by its key. Rows of a table without a key column and with another row count are paired by their code, numbers, IDs and URLs: where that tells which rows are missing or added, each is named by its first cell; otherwise the row count is one finding. A key changed in place is left to preserved-tokens, a table in a missing or added section to heading-structure, and the change-log table to refresh-table.',
    example: 'The de-DE task table lacks the row `1044` that en-US has.',
    details,
    examples,
  },
};

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const size = (t: TableEl) => ({ size: `${count(t.header.cells.length, 'column')}, ${count(t.rows.length, 'row')}` });

/** Where a missing table belongs: at its section in the locale (see sectionInsertionPoint). */
function sectionSpan(ctx: RuleContext, table: TableEl): Span {
  return sectionInsertionPoint(table.section, ctx.alignment, ctx.locale);
}

export const check: RuleModule['check'] = (ctx) => {
  const { canonical, locale, alignment } = ctx;
  // The change-log table is refresh-table's.
  const changeLog = (t: TableEl, side: 'canonical' | 'locale') => canonical.refresh !== null && t.index === (side === 'canonical' ? canonical.refresh.table : locale.refresh?.table);
  // A table in a section only one side has goes with its section: heading-structure reports that.
  const alignedLocaleSections = new Set(alignment.sections.values());
  const cellCode = cellCodeOf(canonical, locale);
  for (const t of alignment.tables.canonicalOnly) {
    if (changeLog(t, 'canonical') || !alignment.sections.has(t.section)) continue;
    ctx.report({ messageId: 'missingTable', data: size(t), at: sectionSpan(ctx, t), related: { span: t.span }, key: `table:${t.index}` });
  }
  for (const t of alignment.tables.localeOnly) {
    if (changeLog(t, 'locale') || !alignedLocaleSections.has(t.section)) continue;
    ctx.report({ messageId: 'extraTable', data: size(t), at: t.span, key: `extra-table:${t.index}` });
  }
  for (const { canonical: c, locale: l } of alignment.tables.matched) {
    if (changeLog(c, 'canonical')) continue;
    const key = `table:${c.index}`;
    if (c.header.cells.length !== l.header.cells.length) {
      const [expected, actual] = [c.header.cells.length, l.header.cells.length];
      ctx.report({ messageId: 'columns', data: { expected, actual }, at: l.header.span, related: { span: c.header.span }, expected: String(expected), actual: String(actual), key: `${key}:columns` });
    }
    const rows = alignTableRows(c, l, ctx.sourceLocale, ctx.localeCode, cellCode);
    if (!rows.key && !rows.byTokens) {
      if (c.rows.length !== l.rows.length) {
        const [expected, actual] = [c.rows.length, l.rows.length];
        ctx.report({ messageId: 'rows', data: { expected, actual }, at: l.span, related: { span: c.span }, expected: String(expected), actual: String(actual), key: `${key}:rows` });
      }
      continue;
    }
    // Without a key column (rows paired by their tokens), a row is named by its first cell, and its second where the first repeats.
    const firsts = new Map<string, number>();
    for (const row of rows.key ? [] : [...c.rows, ...l.rows]) firsts.set(row.cells[0]?.text ?? '', (firsts.get(row.cells[0]?.text ?? '') ?? 0) + 1);
    const keyText = (row: TableEl['rows'][number]) => {
      const first = row.cells[rows.key?.column ?? 0]?.text ?? '';
      return !rows.key && (firsts.get(first) ?? 0) > 2 && row.cells.length > 1 ? `${first} | ${row.cells[1].text}` : first;
    };
    // A missing row belongs where the locale has the canonical row that follows it.
    const rowAfter = (row: TableEl['rows'][number]) => rows.matched.filter((m) => m.canonical.span.start.offset > row.span.start.offset).sort((a, b) => a.canonical.span.start.offset - b.canonical.span.start.offset)[0]?.locale.span;
    for (const row of rows.canonicalOnly) {
      ctx.report({ messageId: 'missingRow', data: { key: keyText(row) }, at: rowAfter(row) ?? l.span, related: { span: row.span }, expected: keyText(row), key: `${key}:row:${keyText(row)}` });
    }
    for (const row of rows.localeOnly) {
      ctx.report({ messageId: 'extraRow', data: { key: keyText(row) }, at: row.span, actual: keyText(row), key: `${key}:extra-row:${keyText(row)}` });
    }
    for (const m of rows.moved) {
      const [expected, actual] = [c.rows.indexOf(m.canonical) + 1, l.rows.indexOf(m.locale) + 1];
      ctx.report({ messageId: 'movedRow', data: { key: keyText(m.canonical), expected, actual }, at: m.locale.span, related: { span: m.canonical.span }, key: `${key}:moved:${keyText(m.canonical)}` });
    }
  }
};

export default { meta, check } satisfies RuleModule;
