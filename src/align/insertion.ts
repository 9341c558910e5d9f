// Where in the locale file a missing canonical element belongs: at the locale element
// aligned with the next canonical element that the locale does have.
import type { Alignment, HeadingEl, Outline, Span } from '../types.js';

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** A span in the locale file for a missing heading (the next aligned heading, or the last one). */
export function headingInsertionPoint(missing: HeadingEl, alignment: Pick<Alignment, 'headings'>, locale: Outline): Span {
  const next = alignment.headings.matched
    .filter((m) => m.canonical.index > missing.index)
    .sort((a, b) => a.canonical.index - b.canonical.index)[0];
  if (next) return next.locale.span;
  return locale.headings.at(-1)?.span ?? START;
}

/**
 * A span in the locale file for something missing from canonical section `section`: the
 * locale heading aligned with it, else where its missing heading belongs, else (the part
 * before the first heading) the locale's first block; the top of the file only when the
 * locale has none of these.
 */
export function sectionInsertionPoint(section: number, alignment: Pick<Alignment, 'sections' | 'missingHeadingPlaces'>, locale: Outline): Span {
  const localeSection = alignment.sections.get(section);
  if (localeSection !== undefined && localeSection >= 0) return locale.headings[localeSection]?.span ?? START;
  const place = alignment.missingHeadingPlaces?.get(section);
  if (place) return place.span;
  if (section === -1) return locale.blocks[0]?.span ?? START;
  return START;
}
