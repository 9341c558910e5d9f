// align stage: pairs elements of the canonical outline with the locale outline by
// structure (heading depth sequence and the links under each heading, mapped link
// targets, table positions, change-log dates), never by translated text.
import type { Aligned, AlignmentView, Alignment, BlockEl, LinkEl, Matched, Outline, RefreshRow, TableEl, TargetMapper } from '../types.js';
import { alignByIdentity, alignByKey, collect } from './sequence.js';
import { alignHeadings, type HeadingAlignOptions } from './headings.js';

export { alignHeadings, type HeadingAlignment, type HeadingAlignOptions } from './headings.js';
import { readRefreshRows } from '../outline/refresh.js';
import { alignTocEntries } from './toc.js';
import { localizedEditionOf, samePageKey, sameUrlButLocale, targetKey } from './resolve-target.js';

/** Links: by neutral target within aligned sections, then across sections, then by position. */
export function alignLinks(
  canonical: Outline,
  locale: Outline,
  sections: Map<number, number>,
  canonicalMapper: TargetMapper,
  localeMapper: TargetMapper,
  /** The two sides' locale codes, to pair an external link with its localized edition (MDN `/en-US/` -> `/fr/`). */
  codes?: { canonical: string; locale: string },
): Aligned<LinkEl> {
  const toCanonicalSection = new Map<number, number>();
  for (const [c, l] of sections) toCanonicalSection.set(l, c);
  // Resolved, not raw: `./a.md` = `a.md`, `release%20notes.md` = `<release notes.md>`.
  const cKey = (link: LinkEl) => `${link.kind}\u0000${targetKey(canonicalMapper.toNeutral(link.target))}`;
  const lKey = (link: LinkEl) => `${link.kind}\u0000${targetKey(localeMapper.toNeutral(link.target))}`;
  const bySection = <T extends { section: number }>(items: readonly T[], sectionOf: (x: T) => number | undefined) => {
    const groups = new Map<number, T[]>();
    for (const x of items) {
      const s = sectionOf(x);
      if (s === undefined) continue;
      groups.set(s, [...(groups.get(s) ?? []), x]);
    }
    return groups;
  };
  const matched: Matched<LinkEl>[] = [];
  const cGroups = bySection(canonical.links, (x) => x.section);
  const lGroups = bySection(locale.links, (x) => toCanonicalSection.get(x.section));
  const cLeft: LinkEl[] = [];
  const lLeft: LinkEl[] = [...locale.links.filter((x) => !toCanonicalSection.has(x.section))];
  for (const [section, cLinks] of cGroups) {
    const aligned = alignByKey(cLinks, lGroups.get(section) ?? [], (x, side) => (side === 'canonical' ? cKey(x) : lKey(x)));
    matched.push(...aligned.matched);
    cLeft.push(...aligned.canonicalOnly);
    lLeft.push(...aligned.localeOnly);
  }
  for (const [section, lLinks] of lGroups) if (!cGroups.has(section)) lLeft.push(...lLinks);

  // A link whose section moved still has its target.
  const global = alignByKey(sortByOffset(cLeft), sortByOffset(lLeft), (x, side) => (side === 'canonical' ? cKey(x) : lKey(x)));
  matched.push(...global.matched);

  // An external link and the site's localized edition of it, in the same aligned section.
  let cRest = global.canonicalOnly;
  let lRest = global.localeOnly;
  if (codes) {
    const used = new Set<LinkEl>();
    for (const c of cRest) {
      if (c.kind !== 'link' && c.kind !== 'image') continue;
      const section = sections.get(c.section);
      const l = lRest.find((x) => !used.has(x) && x.kind === c.kind && x.section === section && (sameUrlButLocale(c.target, x.target, codes.canonical, codes.locale) || localizedEditionOf(c.target, x.target, codes.locale)));
      if (!l) continue;
      used.add(c).add(l);
      matched.push({ canonical: c, locale: l });
    }
    cRest = cRest.filter((x) => !used.has(x));
    lRest = lRest.filter((x) => !used.has(x));
  }

  // Left in the same aligned section and naming the same page (another query, fragment or
  // trailing `/`): the same link, its target changed.
  const pageKey = (x: LinkEl, side: 'canonical' | 'locale') => {
    const section = side === 'canonical' ? x.section : toCanonicalSection.get(x.section);
    const page = section === undefined ? null : samePageKey((side === 'canonical' ? canonicalMapper : localeMapper).toNeutral(x.target));
    return page === null ? `\u0000${side}\u0000${x.index}` : `${x.kind}\u0000${section}\u0000${page}`;
  };
  const samePage = alignByKey(cRest, lRest, pageKey);
  matched.push(...samePage.matched);
  cRest = samePage.canonicalOnly;
  lRest = samePage.localeOnly;

  // What is left in the same aligned section pairs up in order: the same link, another target;
  // but only where both sides have as many left (with one more or fewer, the order says nothing).
  const cGroupKey = (x: LinkEl) => `${x.kind}\u0000${x.section}`;
  const lGroupKey = (x: LinkEl) => `${x.kind}\u0000${toCanonicalSection.get(x.section) ?? 'none'}`;
  const leftCount = new Map<string, number>();
  for (const x of cRest) leftCount.set(cGroupKey(x), (leftCount.get(cGroupKey(x)) ?? 0) + 1);
  for (const x of lRest) leftCount.set(lGroupKey(x), (leftCount.get(lGroupKey(x)) ?? 0) - 1);
  const positional = alignByKey(cRest, lRest, (x, side) => {
    const key = side === 'canonical' ? cGroupKey(x) : lGroupKey(x);
    return leftCount.get(key) === 0 ? key : `\u0000${side}\u0000${x.index}`;
  });
  matched.push(...positional.matched);
  return {
    matched: matched.sort((a, b) => a.canonical.index - b.canonical.index),
    canonicalOnly: positional.canonicalOnly,
    localeOnly: positional.localeOnly,
  };
}

function sortByOffset<T extends { span: { start: { offset: number } } }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** Tables by their place: the aligned section, then order within it. */
export function alignTables(canonical: Outline, locale: Outline, sections: Map<number, number>): Aligned<TableEl> {
  return alignByKey(canonical.tables, locale.tables, (t, side) => (side === 'canonical' ? String(sections.get(t.section) ?? `c${t.section}`) : String(t.section)));
}

/**
 * Blocks (paragraphs, list items, cells, headings): first the anchors (a key of code,
 * numbers and link targets unique on both sides), then, between two anchors, by section and
 * kind in order, but only where both sides have as many: with one paragraph more or less
 * the position says nothing, and comparing the wrong blocks is a false finding.
 */
export function alignBlocks(canonical: Outline, locale: Outline, sections: Map<number, number>, anchors: ReadonlyArray<[BlockEl, BlockEl]> = []): Aligned<BlockEl> {
  const anchoredC = new Set(anchors.map(([c]) => c));
  const anchoredL = new Set(anchors.map(([, l]) => l));
  const cAt = anchors.map(([c]) => c.span.start.offset);
  const lAt = anchors.map(([, l]) => l.span.start.offset);
  const groups = new Map<string, { c: BlockEl[]; l: BlockEl[] }>();
  const groupOf = (key: string) => groups.get(key) ?? groups.set(key, { c: [], l: [] }).get(key)!;
  let k = 0;
  for (const b of canonical.blocks) {
    if (anchoredC.has(b)) continue;
    while (k < cAt.length && cAt[k] < b.span.start.offset) k++;
    groupOf(`${sections.get(b.section) ?? `c${b.section}`}\u0000${b.kind}\u0000${k}`).c.push(b);
  }
  k = 0;
  for (const b of locale.blocks) {
    if (anchoredL.has(b)) continue;
    while (k < lAt.length && lAt[k] < b.span.start.offset) k++;
    groupOf(`${b.section}\u0000${b.kind}\u0000${k}`).l.push(b);
  }
  const matched: Matched<BlockEl>[] = anchors.map(([c, l]) => ({ canonical: c, locale: l }));
  const pairedC = new Set<BlockEl>(anchoredC);
  const pairedL = new Set<BlockEl>(anchoredL);
  for (const { c, l } of groups.values()) {
    if (c.length !== l.length) continue;
    c.forEach((b, i) => {
      matched.push({ canonical: b, locale: l[i] });
      pairedC.add(b);
      pairedL.add(l[i]);
    });
  }
  return {
    matched: matched.sort((a, b) => a.canonical.index - b.canonical.index),
    canonicalOnly: canonical.blocks.filter((b) => !pairedC.has(b)),
    localeOnly: locale.blocks.filter((b) => !pairedL.has(b)),
  };
}

/** Change-log rows by date value; a row with an unreadable date pairs by position. */
export function alignRefreshRows(canonicalRows: readonly RefreshRow[], localeRows: readonly RefreshRow[]): Aligned<RefreshRow> {
  const byDate = alignByKey(canonicalRows, localeRows, (row) => row.date ?? `\u0000raw:${row.dateRaw}`);
  const undated = byDate.localeOnly.filter((row) => row.date === null);
  const positional = collect(
    byDate.canonicalOnly,
    undated,
    byDate.canonicalOnly.slice(0, undated.length).map((_, i) => [i, i] as [number, number]),
  );
  return {
    matched: [...byDate.matched, ...positional.matched],
    canonicalOnly: positional.canonicalOnly,
    localeOnly: [...byDate.localeOnly.filter((row) => row.date !== null), ...positional.localeOnly],
  };
}

/** The locale's change-log table: the one aligned with the canonical's, else its own. */
export function localeRefreshRows(canonical: Outline, locale: Outline, tables: Aligned<TableEl>): RefreshRow[] | null {
  if (!canonical.refresh) return locale.refresh?.rows ?? null;
  const pair = tables.matched.find((m) => m.canonical.index === canonical.refresh!.table);
  if (pair) return readRefreshRows(pair.locale);
  return locale.refresh?.rows ?? null;
}

export type FullAlignment = Alignment;

export function alignOutlines(canonical: Outline, locale: Outline, canonicalMapper: TargetMapper, localeMapper: TargetMapper, options: HeadingAlignOptions = {}): FullAlignment {
  const headings = alignHeadings(canonical, locale, canonicalMapper, localeMapper, options);
  // The two sides' locale codes pair an external link with its localized edition (MDN `/en-US/` -> `/fr/`).
  const codes = options.canonicalLocale !== undefined && options.localeCode !== undefined ? { canonical: options.canonicalLocale, locale: options.localeCode } : undefined;
  const sections = new Map<number, number>([[-1, -1]]);
  for (const m of [...headings.matched, ...headings.moved, ...headings.reordered]) sections.set(m.canonical.index, m.locale.index);
  const tables = alignTables(canonical, locale, sections);
  const localeRefresh = localeRefreshRows(canonical, locale, tables);
  return {
    // Sections reordered in a free-order set are the same sections: matched, not moved.
    headings: { matched: [...headings.matched, ...headings.reordered], canonicalOnly: headings.canonicalOnly, localeOnly: headings.localeOnly },
    movedHeadings: headings.moved,
    missingHeadingPlaces: headings.places,
    undecidedHeadings: headings.undecided,
    sections,
    links: alignLinks(canonical, locale, sections, canonicalMapper, localeMapper, codes),
    tables,
    blocks: alignBlocks(canonical, locale, sections, headings.anchors),
    // Front matter is a mapping: its keys match whatever their order.
    frontmatter: alignByIdentity(canonical.frontmatter?.entries ?? [], locale.frontmatter?.entries ?? [], (e) => e.key),
    refreshRows: alignRefreshRows(canonical.refresh?.rows ?? [], localeRefresh ?? []),
    localeRefresh,
    toc: alignTocEntries(canonical.toc, locale.toc, canonicalMapper, localeMapper),
  };
}

/** Index pairs in reading order, gaps as null: what the side-by-side report draws. */
export function toAlignmentView(alignment: FullAlignment, canonical: Outline, locale: Outline): AlignmentView {
  const pairsOf = <T>(aligned: Aligned<T>, indexOf: (x: T, side: 'c' | 'l') => number, extra: Matched<T>[] = []): Array<[number | null, number | null]> => {
    const rows: Array<[number | null, number | null]> = [
      ...[...aligned.matched, ...extra].map((m): [number | null, number | null] => [indexOf(m.canonical, 'c'), indexOf(m.locale, 'l')]),
      ...aligned.canonicalOnly.map((x): [number | null, number | null] => [indexOf(x, 'c'), null]),
      ...aligned.localeOnly.map((x): [number | null, number | null] => [null, indexOf(x, 'l')]),
    ];
    // Reading order: by canonical index, a locale-only row after the row before it in the locale.
    const order = (row: [number | null, number | null]) => {
      if (row[0] !== null) return row[0];
      const before = rows.filter((r) => r[0] !== null && r[1] !== null && r[1] < row[1]!).map((r) => r[0]!);
      return (before.length ? Math.max(...before) : -1) + 0.5;
    };
    return rows.sort((a, b) => order(a) - order(b) || (a[1] ?? -1) - (b[1] ?? -1));
  };
  const cRows = canonical.refresh?.rows ?? [];
  const lRows = alignment.localeRefresh ?? [];
  return {
    // Undecided headings are drawn unpaired, each on its side.
    headings: pairsOf(
      {
        matched: alignment.headings.matched,
        canonicalOnly: [...alignment.headings.canonicalOnly, ...(alignment.undecidedHeadings ?? []).flatMap((r) => r.canonical)],
        localeOnly: [...alignment.headings.localeOnly, ...(alignment.undecidedHeadings ?? []).flatMap((r) => r.locale)],
      },
      (h) => h.index,
      alignment.movedHeadings,
    ),
    links: pairsOf(alignment.links, (l) => l.index),
    tables: pairsOf(alignment.tables, (t) => t.index),
    refreshRows: pairsOf(alignment.refreshRows, (r, side) => (side === 'c' ? cRows : lRows).indexOf(r)),
  };
}
