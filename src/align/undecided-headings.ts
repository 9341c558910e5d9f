// Headings the alignment could not place, grouped into the runs a finding can name: the
// undecided headings of both sides that sit between the same two paired headings (and, with
// anchored paragraphs, between the same two anchors).
import type { HeadingEl, Matched, Outline, Span, UndecidedHeadings } from '../types.js';
import { countBelow } from './sequence.js';

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * One run per gap between consecutive pairs of `matched` (sorted by canonical index, in order on
 * both sides) and per anchor rank (`rank` counts the anchors before a heading on its side).
 * Each run lists its headings in document order. A run with nothing on one side cannot occur:
 * a heading is undecided only when some best alignment pairs it.
 */
export function groupUndecided(
  undecided: { canonical: readonly HeadingEl[]; locale: readonly HeadingEl[] },
  matched: readonly Matched<HeadingEl>[],
  rank: (h: HeadingEl, side: 'c' | 'l') => number,
  locale: Outline,
): UndecidedHeadings[] {
  const at = { c: matched.map((m) => m.canonical.span.start.offset), l: matched.map((m) => m.locale.span.start.offset) };
  const runs = new Map<string, { gap: number; canonical: HeadingEl[]; locale: HeadingEl[] }>();
  const runOf = (h: HeadingEl, side: 'c' | 'l') => {
    const gap = countBelow(at[side], h.span.start.offset);
    const key = `${gap}:${rank(h, side)}`;
    return runs.get(key) ?? runs.set(key, { gap, canonical: [], locale: [] }).get(key)!;
  };
  for (const h of undecided.canonical) runOf(h, 'c').canonical.push(h);
  for (const h of undecided.locale) runOf(h, 'l').locale.push(h);
  return [...runs.values()]
    .sort((a, b) => (a.canonical[0]?.index ?? Infinity) - (b.canonical[0]?.index ?? Infinity))
    .map(({ gap, canonical, locale: here }) => {
      const before = matched[gap - 1] ?? null;
      const after = matched[gap] ?? null;
      const span = here[0]?.span ?? after?.locale.span ?? locale.headings.at(-1)?.span ?? START;
      return { canonical: [...canonical].sort((a, b) => a.index - b.index), locale: [...here].sort((a, b) => a.index - b.index), before, after, span };
    });
}
