// Where a heading the locale lacks belongs in the locale file: the span a finding points at,
// and the line that was meant to be the heading when CommonMark did not read it as one.
import type { BlockEl, HeadingEl, LostHeading, Matched, Outline, Span } from '../types.js';

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Where each missing heading belongs in the locale: in the gap between the matched headings
 * around it, before the first anchored block that follows it in the canonical; a line of
 * that gap written as a heading of the same depth that CommonMark does not read as one
 * (`##Usage`, a heading glued to an HTML block) is taken as the heading meant.
 */
export function placesOfMissing(missing: readonly HeadingEl[], matched: readonly Matched<HeadingEl>[], anchors: ReadonlyArray<[BlockEl, BlockEl]>, locale: Outline): Map<number, { span: Span; lost: LostHeading | null }> {
  const places = new Map<number, { span: Span; lost: LostHeading | null }>();
  const usedLost = new Set<LostHeading>();
  for (const h of missing) {
    const before = matched.filter((m) => m.canonical.index < h.index).at(-1)?.locale.span.end.offset ?? -1;
    const afterPair = matched.find((m) => m.canonical.index > h.index);
    const after = afterPair?.locale.span.start.offset ?? Infinity;
    const anchor = anchors.find(([c, l]) => c.span.start.offset > h.span.start.offset && l.span.start.offset > before && l.span.start.offset < after);
    const lost = (locale.lostHeadings ?? []).find((x) => !usedLost.has(x) && x.depth === h.depth && x.span.start.offset > before && x.span.start.offset < after);
    if (lost) {
      usedLost.add(lost);
      places.set(h.index, { span: lost.span, lost });
    } else if (anchor) places.set(h.index, { span: anchor[1].span, lost: null });
    else if (afterPair) places.set(h.index, { span: afterPair.locale.span, lost: null });
    else places.set(h.index, { span: locale.headings.at(-1)?.span ?? START, lost: null });
  }
  return places;
}
