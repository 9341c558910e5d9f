// Applies one pass of fixes to a decoded text, the way ESLint does: fixes sorted by range,
// a fix that touches or overlaps one already taken waits for the next pass (after a
// re-lint, its range may have moved or its finding may be gone), and the chosen fixes are
// spliced in from the end backwards so every offset still refers to the original text.
import type { Fix } from '../types.js';

export interface AppliedPass {
  /** The text with the chosen fixes applied. */
  text: string;
  /** The fixes applied, in ascending range order, with ranges on the text before this pass. */
  applied: Fix[];
  /** Fixes that overlap an applied one: left for the next pass. */
  deferred: Fix[];
  /** Fixes that can never apply: a range outside the text, or one that splits a character. */
  rejected: Fix[];
}

function compareFixes(a: Fix, b: Fix): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

// A boundary between the two halves of a surrogate pair would leave lone surrogates, which
// UTF-8 cannot encode: the bytes around the fix would change.
function splitsCharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function isApplicable(text: string, { range: [start, end] }: Fix): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length && !splitsCharacter(text, start) && !splitsCharacter(text, end);
}

const sameFix = (a: Fix, b: Fix) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

/** Applies the non-overlapping fixes of one pass (see the file comment). */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedPass {
  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  const rejected: Fix[] = [];
  let lastEnd = -1;
  for (const fix of [...fixes].sort(compareFixes)) {
    if (!isApplicable(text, fix)) {
      rejected.push(fix);
      continue;
    }
    // The same edit reported twice (one definition used by two links) is made once.
    if (applied.length > 0 && sameFix(applied[applied.length - 1], fix)) continue;
    // A fix that changes nothing is no progress; taking it could loop until the pass limit.
    if (text.slice(fix.range[0], fix.range[1]) === fix.text) continue;
    // Touching ranges wait too: two insertions at one offset have no certain order.
    if (fix.range[0] <= lastEnd) {
      deferred.push(fix);
      continue;
    }
    applied.push(fix);
    lastEnd = fix.range[1];
  }
  // From the end backwards, collecting pieces: linear in the text, whatever the fix count.
  const pieces: string[] = [];
  let tail = text.length;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range: [start, end], text: replacement } = applied[i];
    pieces.push(text.slice(end, tail), replacement);
    tail = start;
  }
  pieces.push(text.slice(0, tail));
  return { text: pieces.reverse().join(''), applied, deferred, rejected };
}
