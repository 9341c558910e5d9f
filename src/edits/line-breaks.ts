// Which line break a fix that adds a line must write. Rules see outlines, not text, so the
// break is read from what the outline knows for certain; where it cannot tell (a file with
// mixed line endings and no evidence near the insertion), there is no fix.
import type { Outline, TableEl } from '../types.js';

export type LineBreak = '\n' | '\r\n';

/** The file's one line break, or null when it has none or mixes them. */
export function fileLineBreak(outline: Pick<Outline, 'lineEnding'>): LineBreak | null {
  return outline.lineEnding === 'lf' ? '\n' : outline.lineEnding === 'crlf' ? '\r\n' : null;
}

/**
 * The line break between a table's body rows. A row's span ends where its line does, and
 * the next row's line starts `column - 1` characters before the row: the gap is the break.
 */
export function tableLineBreak(table: Pick<TableEl, 'rows'>, outline: Pick<Outline, 'lineEnding'>): LineBreak | null {
  const gaps = new Set<number>();
  for (let i = 1; i < table.rows.length; i++) {
    const end = table.rows[i - 1].span.end;
    const next = table.rows[i].span.start;
    gaps.add(next.offset - (next.column - 1) - end.offset);
  }
  if (gaps.size === 0) return fileLineBreak(outline);
  if (gaps.size > 1) return null;
  const [gap] = gaps;
  // A gap of one in a CRLF file is a lone CR, of two in an LF file something else: no guess.
  if (gap === 1 && (outline.lineEnding === 'lf' || outline.lineEnding === 'mixed')) return '\n';
  if (gap === 2 && (outline.lineEnding === 'crlf' || outline.lineEnding === 'mixed')) return '\r\n';
  return null;
}
