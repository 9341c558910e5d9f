// Positions between l10n-lint and the Language Server Protocol. l10n-lint counts lines and
// columns from 1 and columns in UTF-16 code units (as mdast and JavaScript strings do);
// LSP counts both from 0 and, by default, characters in UTF-16 code units too (LSP 3.17,
// "Position": the default `positionEncoding` is "utf-16"). So converting is subtracting
// one from each, done here and nowhere else.
import type { Range } from 'vscode-languageserver';

/** A place in a file as diagnostics and related locations carry it (all fields 1-based). */
export interface OneBasedPlace {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * The LSP range of a 1-based place: lines and columns minus one; UTF-16 code units are
 * kept as they are (both sides count them). An end column is exclusive on both sides.
 * A place without a line (a file-level finding: missing, orphan, misnamed) becomes the
 * empty range at the start of the file; a place without an end ends where it starts.
 */
export function toLspRange(place: OneBasedPlace): Range {
  if (place.line === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = { line: place.line - 1, character: Math.max(0, (place.column ?? 1) - 1) };
  const end = place.endLine === undefined ? start : { line: place.endLine - 1, character: Math.max(0, (place.endColumn ?? 1) - 1) };
  return { start, end };
}
