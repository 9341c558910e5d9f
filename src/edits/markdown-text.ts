// Text a fix writes into Markdown must read back as exactly the text it stands for.
// Outlines hold what a reader sees (markup removed), so text copied from one file into
// another is escaped: every character that could start inline syntax is backslash-escaped
// (any ASCII punctuation may be), and the copy shows the same characters it was read as.

const INLINE_SYNTAX = /[\\`*_[\]<>|&~]/g;

/** Escapes visible text for a table cell (or any inline position). */
export function escapeInlineText(visible: string): string {
  return visible.replace(INLINE_SYNTAX, (c) => `\\${c}`);
}

/** One table row with a leading and trailing pipe, valid in any GFM table whatever its other rows look like. */
export function tableRowText(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
