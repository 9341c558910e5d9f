// The guards run on a text before it is parsed, each one linear pass with no parser loaded:
// the longest line (config `maxLineLength`) and the deepest nesting of block containers
// (block quotes and list items, CommonMark 5), which micromark would recurse into.

/** Deeper container nesting than this is refused before parsing (real pages nest a few levels). */
export const MAX_NESTING_DEPTH = 100;

export { DEFAULT_MAX_LINE_LENGTH } from './config/limits.js';

/**
 * The longest line of `text`, in UTF-16 code units, split where micromark splits lines
 * (LF, CRLF and a lone CR), with its 1-based line number counted by LF as every other
 * position in l10n-lint is. One pass, linear.
 */
export function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > best.length) best = { line, length: i - start };
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || text.charCodeAt(i) === 10) line++;
    start = i + 1;
  }
  return best;
}

interface OpenContainer {
  quote: boolean;
  /** For a list item: the column its content starts at; a line continues the item when indented this far. */
  contentColumn: number;
}

/**
 * How deeply block quotes and list items nest, measured the way micromark nests them
 * (CommonMark's container blocks): a line first continues the open containers (`>` for a
 * quote; indentation up to the item's content column for a list item, any indent width),
 * then opens new ones: `>`, or a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by
 * whitespace or the end of the line (an empty item nests like any other). Not a Markdown
 * parser: a resource guard, run before parsing because the parser's cost grows faster
 * than linearly with depth. Linear: every container a line matches consumes characters.
 * Lazy continuation and fenced code are not modelled (a guard errs on nesting, not text).
 */
export function maxContainerDepth(text: string): number {
  let deepest = 0;
  const open: OpenContainer[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const depth = containersOfLine(text, start, end, open);
    if (depth > deepest) deepest = depth;
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return deepest;
}

// Matches and opens the containers of the line text[start, end), updating `open`; returns its depth.
function containersOfLine(text: string, start: number, end: number, open: OpenContainer[]): number {
  let i = start;
  let column = 0;
  // Skips spaces and tabs (a tab to the next multiple of 4) up to column `limit`.
  const skipSpace = (limit: number) => {
    while (i < end && column < limit) {
      const c = text.charCodeAt(i);
      if (c === 32) column++;
      else if (c === 9) column = column + 4 - (column % 4);
      else break;
      i++;
    }
  };
  const blank = () => {
    for (let k = i; k < end; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return false;
    return true;
  };
  let matched = 0;
  for (; matched < open.length; matched++) {
    const c = open[matched];
    if (blank()) {
      if (c.quote) break;
      continue; // a blank line keeps list items open
    }
    const from = column;
    if (c.quote) {
      const save = i;
      const saveColumn = column;
      skipSpace(from + 3);
      if (text.charCodeAt(i) !== 62 /* > */) {
        i = save;
        column = saveColumn;
        break;
      }
      i++;
      column++;
      if (text.charCodeAt(i) === 32) {
        i++;
        column++;
      }
    } else {
      const save = i;
      const saveColumn = column;
      skipSpace(c.contentColumn);
      if (column < c.contentColumn) {
        i = save;
        column = saveColumn;
        break;
      }
    }
  }
  open.length = matched;
  if (blank()) return open.length;
  // Open new containers.
  for (;;) {
    const from = column;
    skipSpace(from + 4);
    if (column - from >= 4 || i >= end) break; // indented code, or nothing left
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      open.push({ quote: true, contentColumn: 0 });
      i++;
      column++;
      if (text.charCodeAt(i) === 32) {
        i++;
        column++;
      }
      continue;
    }
    let markerEnd = i;
    if (c === 45 || c === 43 || c === 42) {
      if (isThematicBreak(text, i, end)) break;
      markerEnd = i + 1;
    } else {
      while (markerEnd < end && markerEnd - i < 9 && text.charCodeAt(markerEnd) >= 48 && text.charCodeAt(markerEnd) <= 57) markerEnd++;
      const d = text.charCodeAt(markerEnd);
      if (markerEnd === i || (d !== 46 && d !== 41)) break;
      markerEnd++;
    }
    const after = markerEnd < end ? text.charCodeAt(markerEnd) : -1;
    if (after !== -1 && after !== 32 && after !== 9) break;
    const markerColumn = column + (markerEnd - i);
    i = markerEnd;
    column = markerColumn;
    if (blank()) {
      open.push({ quote: false, contentColumn: markerColumn + 1 });
      i = end;
      break;
    }
    const save = i;
    const saveColumn = column;
    skipSpace(markerColumn + 5);
    if (column - markerColumn > 4) {
      // Content indented 5+ columns is indented code inside the item: the item's content starts one column after the marker.
      i = save;
      column = saveColumn;
      open.push({ quote: false, contentColumn: markerColumn + 1 });
      break;
    }
    open.push({ quote: false, contentColumn: column });
  }
  return open.length;
}

// `- - -`, `***`, `* * *`: a thematic break, not a list item (CommonMark 4.1).
function isThematicBreak(text: string, i: number, end: number): boolean {
  const marker = text.charCodeAt(i);
  let count = 0;
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === marker) count++;
    else if (c !== 32 && c !== 9) return false;
  }
  return count >= 3;
}
