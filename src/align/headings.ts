// Headings, anchored: first paired by what no translation changes (an explicit `{#id}`, the
// inline code, numbers and IDs of the heading), then fenced in by the blocks both sides hold
// unchanged (a paragraph with the same inline code, numbers and link targets), and only then
// paired by structure (depth sequence, links under the heading) between those fixed points.
// A missing heading therefore shifts nothing after it, and is placed where it should be.
// Between fixed points the bodies of the sections (section-bodies.ts) and then their parents
// and subsections (heading-ties.ts) tell alike headings apart; where equally good pairings
// still disagree, the headings are left undecided, for the rule to report as a count.
import type { Aligned, BlockEl, HeadingEl, LostHeading, Matched, Outline, Span, TargetMapper, UndecidedHeadings } from '../types.js';
import { alignByScoreWithTies, countBelow, heaviestIncreasing } from './sequence.js';
import { bagSimilarity, sectionBodies, sectionShapes } from './section-bodies.js';
import { placesOfMissing } from './heading-places.js';
import { breakTiesByParent } from './heading-ties.js';
import { groupUndecided } from './undecided-headings.js';
import { blockTokens } from '../outline/tokens.js';
import { targetKey } from './resolve-target.js';
import { vitepressSlug } from '../outline/anchors.js';

export interface HeadingAlignOptions {
  /** Sections may come in any order (glossaries sorted per language): none is reported as moved. */
  orderFree?: boolean;
  canonicalLocale?: string;
  localeCode?: string;
}

export interface HeadingAlignment extends Aligned<HeadingEl> {
  /** Headings paired by their keys but out of the canonical order: moved (reported once, as info). */
  moved: Matched<HeadingEl>[];
  /** Paired by keys out of order in an `order: "free"` set: the same section, nothing to report. */
  reordered: Matched<HeadingEl>[];
  /** Canonical heading index -> where it belongs in the locale file, for each unmatched canonical heading. */
  places: Map<number, { span: Span; lost: LostHeading | null }>;
  /** Blocks (headings included) paired by a key unique on both sides, in order: the fixed points. */
  anchors: Array<[BlockEl, BlockEl]>;
  /** Runs of headings whose pairing equally good alignments disagree on: in none of the lists above. */
  undecided: UndecidedHeadings[];
}

// A heading at another depth is matched only on strong evidence: most of its links agree.
const DEPTH_CHANGE_MIN_SIMILARITY = 0.75;
const ANCHORED = 100;

/** Link targets under each heading, neutral: a heading's language-independent signature. */
function sectionSignatures(outline: Outline, mapper: TargetMapper): Map<number, Set<string>> {
  const signatures = new Map<number, Set<string>>();
  for (const link of outline.links) {
    if (!signatures.has(link.section)) signatures.set(link.section, new Set());
    const key = targetKey(mapper.toNeutral(link.target));
    // Same-page anchors follow the translated headings: they say nothing about the section.
    if (key !== '#') signatures.get(link.section)!.add(key);
  }
  return signatures;
}

function jaccard(a: Set<string> | undefined, b: Set<string> | undefined): number {
  if (!a || !b || a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The language-invariant key of each block: its inline code, numbers, IDs, URLs and
 * placeholders, and the link targets inside it; '' when it has none. Dates are left out
 * (written per locale), so are words, except a heading's whole text (kept alike only when
 * it is a name: it then pairs only with the same text, unique on both sides).
 */
function blockKeys(outline: Outline, mapper: TargetMapper, locale: string): string[] {
  const links = [...outline.links].sort((a, b) => a.span.start.offset - b.span.start.offset);
  let next = 0;
  const order = outline.blocks.map((_, i) => i).sort((a, b) => outline.blocks[a].span.start.offset - outline.blocks[b].span.start.offset);
  const keys = new Array<string>(outline.blocks.length).fill('');
  for (const i of order) {
    const block = outline.blocks[i];
    const parts: string[] = [];
    if (block.kind === 'heading') {
      const heading = outline.headings[block.section];
      if (heading?.id) parts.push(`#${heading.id}`);
    }
    for (const t of blockTokens(block, locale)) if (t.kind !== 'date') parts.push(`${t.kind}:${t.values[0]}`);
    while (next < links.length && links[next].span.start.offset < block.span.start.offset) next++;
    for (let k = next; k < links.length && links[k].span.start.offset < block.span.end.offset; k++) {
      // Resolved, not raw (`./a.md` = `a.md`); same-page anchors are translated, so no key.
      const key = targetKey(mapper.toNeutral(links[k].target));
      if (key !== '#') parts.push(`link:${key}`);
    }
    // A heading written alike in both languages (`vite`, `build.format`, a product name) is its own key.
    if (parts.length === 0 && block.kind === 'heading' && block.text !== '') parts.push(`text:${block.text}`);
    keys[i] = parts.length ? `${block.kind === 'heading' ? 'h' : 'b'}\u0000${parts.sort().join('\u0001')}` : '';
  }
  return keys;
}

/** An ID or slug as compared across slugging conventions: lower case, runs of other than letters and digits as one `-`. Linear. */
function idForm(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

/**
 * Keys a heading by the anchor the locale kept: a locale heading with an explicit ID
 * (`## 翻訳 {#english-slug}`, how Hugo and VitePress translators keep links working) pairs
 * with the canonical heading whose explicit ID or slug is that ID, when each is unique on
 * its side, however the rest of the two keys differ. Rewrites `cKeys` and `lKeys` in place.
 */
function keyKeptAnchors(canonical: Outline, locale: Outline, cKeys: string[], lKeys: string[]): void {
  const headingBlocks = (outline: Outline) => {
    const at = new Map<number, number>();
    outline.blocks.forEach((b, i) => b.kind === 'heading' && at.set(b.section, i));
    return at;
  };
  const count = (ids: Array<string | null>) => {
    const seen = new Map<string, number>();
    for (const id of ids) if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
    return seen;
  };
  // A canonical heading without an ID is served at its slug: github-slugger's (`ogimage`) or
  // VitePress's (`og-image`), whichever convention the translator copied.
  const cForms = canonical.headings.map((h) => (h.id ? [idForm(h.id)] : [...new Set([idForm(h.slug), idForm(vitepressSlug(h.text))])]).filter((f) => f !== ''));
  const cByForm = new Map<string, Set<number>>();
  cForms.forEach((forms, i) => forms.forEach((f) => cByForm.set(f, (cByForm.get(f) ?? new Set()).add(i))));
  const lIds = locale.headings.map((h) => (h.id ? idForm(h.id) || null : null));
  const lCount = count(lIds);
  const [cBlock, lBlock] = [headingBlocks(canonical), headingBlocks(locale)];
  const used = new Set<number>();
  lIds.forEach((id, j) => {
    const owners = id ? cByForm.get(id) : undefined;
    if (!id || !owners || owners.size !== 1 || lCount.get(id) !== 1) return;
    const [i] = owners;
    const [bi, bj] = [cBlock.get(i), lBlock.get(j)];
    if (used.has(i) || bi === undefined || bj === undefined) return;
    used.add(i);
    cKeys[bi] = lKeys[bj] = `h\u0000#${id}`;
  });
}

/** Keys that occur exactly once in the list. */
function uniqueKeys(keys: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const k of keys) if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n === 1).map(([k]) => k));
}

// Weight of a heading pair against a paragraph pair (1) when choosing which keyed pairs keep their order.
const HEADING_PAIR_WEIGHT = 1_000_000;

export function alignHeadings(canonical: Outline, locale: Outline, canonicalMapper: TargetMapper, localeMapper: TargetMapper, options: HeadingAlignOptions = {}): HeadingAlignment {
  const cSig = sectionSignatures(canonical, canonicalMapper);
  const lSig = sectionSignatures(locale, localeMapper);
  const cKeys = blockKeys(canonical, canonicalMapper, options.canonicalLocale ?? 'und');
  const lKeys = blockKeys(locale, localeMapper, options.localeCode ?? options.canonicalLocale ?? 'und');
  keyKeptAnchors(canonical, locale, cKeys, lKeys);
  const unique = uniqueKeys(cKeys);
  const lUnique = uniqueKeys(lKeys);
  const lByKey = new Map<string, number>();
  lKeys.forEach((k, j) => lUnique.has(k) && unique.has(k) && lByKey.set(k, j));

  // 1. Keyed pairs, whatever their order; those out of order moved (or reordered, in a free set).
  const keyed: Array<[BlockEl, BlockEl]> = [];
  cKeys.forEach((k, i) => {
    const j = lByKey.get(k);
    if (j !== undefined) keyed.push([canonical.blocks[i], locale.blocks[j]]);
  });
  keyed.sort((a, b) => a[0].span.start.offset - b[0].span.start.offset);
  // A heading pair outweighs any number of paragraph pairs: a paragraph that shares a number
  // (`10`) with one across a section boundary must not push an ID-paired heading out of order.
  const weights = keyed.map(([c]) => (c.kind === 'heading' ? HEADING_PAIR_WEIGHT : 1));
  const inOrder = heaviestIncreasing(keyed.map(([, l]) => l.span.start.offset), weights);
  const anchors = keyed.filter((_, k) => inOrder.has(k));
  const outOfOrder = keyed.filter((_, k) => !inOrder.has(k));

  const headingOf = (outline: Outline, block: BlockEl) => (block.kind === 'heading' ? outline.headings[block.section] : undefined);
  const anchoredTo = new Map<HeadingEl, HeadingEl>();
  const anchoredLocale = new Set<HeadingEl>();
  for (const [c, l] of anchors) {
    const [ch, lh] = [headingOf(canonical, c), headingOf(locale, l)];
    if (ch && lh) {
      anchoredTo.set(ch, lh);
      anchoredLocale.add(lh);
    }
  }
  const moved: Matched<HeadingEl>[] = [];
  for (const [c, l] of outOfOrder) {
    const [ch, lh] = [headingOf(canonical, c), headingOf(locale, l)];
    if (ch && lh) moved.push({ canonical: ch, locale: lh });
  }
  const movedC = new Set(moved.map((m) => m.canonical));
  const movedL = new Set(moved.map((m) => m.locale));

  // 2. Every anchor fences the headings in: a heading with r anchors before it pairs only with one that has r too.
  const cAnchorAt = anchors.map(([c]) => c.span.start.offset);
  const lAnchorAt = anchors.map(([, l]) => l.span.start.offset);
  const rank = (h: HeadingEl, side: 'c' | 'l') => countBelow(side === 'c' ? cAnchorAt : lAnchorAt, h.span.start.offset);

  // 3. Between the anchors, by structure: depth, the links under each heading, and the body of
  // its section (what its blocks are and hold, an anchored paragraph's partner included).
  const cAnchorOf = new Map(anchors.map(([c], k) => [c, k]));
  const lAnchorOf = new Map(anchors.map(([, l], k) => [l, k]));
  const cBody = sectionBodies(canonical, canonicalMapper, options.canonicalLocale ?? 'und', cAnchorOf);
  const lBody = sectionBodies(locale, localeMapper, options.localeCode ?? options.canonicalLocale ?? 'und', lAnchorOf);
  const cRest = canonical.headings.filter((h) => !movedC.has(h));
  const lRest = locale.headings.filter((h) => !movedL.has(h));
  const scoreOf = (c: HeadingEl, l: HeadingEl): number | null => {
    const fixed = anchoredTo.get(c);
    if (fixed) return fixed === l ? ANCHORED : null;
    if (anchoredLocale.has(l) || rank(c, 'c') !== rank(l, 'l')) return null;
    const similarity = jaccard(cSig.get(c.index), lSig.get(l.index));
    const labelBonus = c.label !== null && c.label === l.label ? 0.5 : 0;
    if (c.depth === l.depth) return 2 + 2 * similarity + labelBonus + 2 * bagSimilarity(cBody[c.index].keys, lBody[l.index].keys, 0) + bagSimilarity(cBody[c.index].shape, lBody[l.index].shape, 1);
    // A heading at another depth is still the same heading when its links say so.
    return similarity >= DEPTH_CHANGE_MIN_SIMILARITY ? 0.5 + 2 * similarity + labelBonus : null;
  };
  // Computed once per pair: the tie-breaking passes ask again.
  const scores = new Map<number, number | null>();
  const structural = (c: HeadingEl, l: HeadingEl) => {
    const key = c.index * (locale.headings.length + 1) + l.index;
    if (!scores.has(key)) scores.set(key, scoreOf(c, l));
    return scores.get(key)!;
  };
  let aligned = alignByScoreWithTies(cRest, lRest, structural);
  // 3b. Only to break the ties left: a section stays under its parent.
  aligned = breakTiesByParent(aligned, cRest, lRest, structural, canonical, locale);
  const open = new Set<HeadingEl>([...aligned.undecided.canonical, ...aligned.undecided.locale]);

  const cShape = sectionShapes(canonical);
  const lShape = sectionShapes(locale);
  // 4. Left over in the same gap, as many on each side, with sections of the same shape: the same
  // headings at other depths (one finding each, not a missing and an extra).
  const matched = [...aligned.matched].sort((a, b) => a.canonical.index - b.canonical.index);
  const matchedAt = { c: matched.map((m) => m.canonical.span.start.offset), l: matched.map((m) => m.locale.span.start.offset) };
  const byGap = (hs: readonly HeadingEl[], side: 'c' | 'l') => {
    const gaps = new Map<number, HeadingEl[]>();
    for (const h of hs) {
      const gap = countBelow(matchedAt[side], h.span.start.offset);
      gaps.set(gap, [...(gaps.get(gap) ?? []), h]);
    }
    return gaps;
  };
  // Undecided headings count too: `## A ### B ## C` against `## A ## B ## C` is one heading at another depth.
  const byIndex = (hs: HeadingEl[]) => hs.sort((a, b) => a.index - b.index);
  const cGaps = byGap(byIndex([...aligned.canonicalOnly, ...aligned.undecided.canonical]), 'c');
  const lGaps = byGap(byIndex([...aligned.localeOnly, ...aligned.undecided.locale]), 'l');
  const extraPairs: Matched<HeadingEl>[] = [];
  for (const [gap, cs] of cGaps) {
    const ls = lGaps.get(gap) ?? [];
    // Undecided alike (as many, the same depths in order, only their bodies tell otherwise): paired in order, as before there was a tie to see.
    const alike = (c: HeadingEl, l: HeadingEl) => cShape[c.index] === lShape[l.index] || (c.depth === l.depth && open.has(c) && open.has(l));
    if (cs.length === ls.length && cs.every((c, k) => rank(c, 'c') === rank(ls[k], 'l') && alike(c, ls[k]))) cs.forEach((c, k) => extraPairs.push({ canonical: c, locale: ls[k] }));
  }
  const allMatched = [...matched, ...extraPairs].sort((a, b) => a.canonical.index - b.canonical.index);
  const pairedC = new Set(allMatched.map((m) => m.canonical));
  const pairedL = new Set(allMatched.map((m) => m.locale));
  // Undecided headings are in no list: the rule names their run, not one of them.
  const undecidedC = new Set(aligned.undecided.canonical.filter((h) => !pairedC.has(h)));
  const undecidedL = new Set(aligned.undecided.locale.filter((h) => !pairedL.has(h)));
  const canonicalOnly = canonical.headings.filter((h) => !pairedC.has(h) && !movedC.has(h) && !undecidedC.has(h));
  const localeOnly = locale.headings.filter((h) => !pairedL.has(h) && !movedL.has(h) && !undecidedL.has(h));

  // 5. Sections that share their links, one side only in sequence: moved too.
  const lOnly = [...localeOnly];
  for (const c of [...canonicalOnly]) {
    const k = lOnly.findIndex((l) => l.depth === c.depth && jaccard(cSig.get(c.index), lSig.get(l.index)) >= DEPTH_CHANGE_MIN_SIMILARITY);
    if (k === -1) continue;
    moved.push({ canonical: c, locale: lOnly.splice(k, 1)[0] });
    canonicalOnly.splice(canonicalOnly.indexOf(c), 1);
  }
  const finalLocaleOnly = localeOnly.filter((l) => lOnly.includes(l));
  const undecided = groupUndecided({ canonical: [...undecidedC], locale: [...undecidedL] }, allMatched, rank, locale);
  const places = placesOfMissing(canonicalOnly, allMatched, anchors, locale);
  // Where other rules put what an undecided section lacks: the run's place.
  for (const run of undecided) for (const h of run.canonical) places.set(h.index, { span: run.span, lost: null });

  return {
    matched: allMatched,
    canonicalOnly,
    localeOnly: finalLocaleOnly,
    moved: options.orderFree ? [] : moved,
    reordered: options.orderFree ? moved : [],
    places,
    anchors,
    undecided,
  };
}
