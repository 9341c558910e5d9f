// Consensus mode: a set with no source takes, element by element, the majority of its
// locales (link targets mapped back to their neutral form) as the canonical outline.
// Where the locales split evenly there is no majority: that is reported, not guessed.
import type { Outline, RefreshRow, TargetMapper } from '../types.js';
import { alignOutlines, type FullAlignment } from '../align/index.js';

export interface ConsensusMember {
  locale: string;
  file: string;
  outline: Outline;
  mapper: TargetMapper;
}

/** An element the locales split evenly on; diagnostics about it are replaced by one note. */
export interface ConsensusTie {
  ruleId: string;
  /** The structural key the rules use for the element (see src/align/keys.ts). */
  key: string;
  what: string;
  /** value -> locales holding it. */
  values: Record<string, string[]>;
}

export interface Consensus {
  canonical: Outline;
  /** The locale whose file canonical positions point into. */
  pivot: ConsensusMember;
  ties: ConsensusTie[];
}

const identity: TargetMapper = { toLocale: (t) => t, toNeutral: (t) => t };

function neutralized(member: ConsensusMember): Outline {
  return { ...member.outline, links: member.outline.links.map((link) => ({ ...link, target: member.mapper.toNeutral(link.target) })) };
}

function agreement(a: FullAlignment): number {
  return a.headings.matched.length + a.links.matched.length + a.refreshRows.matched.length + a.frontmatter.matched.length;
}

/** The most common value, or null with the split when two or more values share the top count. */
function majority(values: Map<string, string[]>): { value: string } | { tie: Record<string, string[]> } {
  const ranked = [...values].sort((a, b) => b[1].length - a[1].length);
  if (ranked.length > 1 && ranked[0][1].length === ranked[1][1].length) {
    return { tie: Object.fromEntries(ranked.filter(([, who]) => who.length === ranked[0][1].length)) };
  }
  return { value: ranked[0][0] };
}

function vote(map: Map<string, string[]>, value: string, locale: string): void {
  map.set(value, [...(map.get(value) ?? []), locale]);
}

export interface ConsensusOptions {
  /** Front-matter keys translated per locale (`frontmatter.translatable`): no value to vote on. */
  translatableKeys?: readonly string[];
}

export function buildConsensus(members: readonly ConsensusMember[], options: ConsensusOptions = {}): Consensus {
  const translatable = new Set(options.translatableKeys ?? []);
  const outlines = members.map(neutralized);
  const n = members.length;
  // The pivot is the locale that agrees most with all the others; votes are cast on its elements.
  const alignments = outlines.map((a, i) => outlines.map((b, j) => (i === j ? null : alignOutlines(a, b, identity, identity))));
  const scores = alignments.map((row) => row.reduce((sum, a) => sum + (a ? agreement(a) : 0), 0));
  const pivotIndex = scores.indexOf(Math.max(...scores));
  const pivot = outlines[pivotIndex];
  const others = outlines.map((_, j) => j).filter((j) => j !== pivotIndex);
  const ties: ConsensusTie[] = [];
  // Ties on indexed elements get their key once the kept elements are re-indexed.
  const pending: Array<{ element: { index: number }; ruleId: string; keyOf: (e: { index: number }) => string; what: string; values: Record<string, string[]> }> = [];
  const canonical: Outline = structuredClone(pivot);

  // Headings: kept when a majority has them; depth and label by majority.
  const keptHeadings = new Set<number>();
  for (const heading of pivot.headings) {
    const depths = new Map<string, string[]>();
    const labels = new Map<string, string[]>();
    vote(depths, String(heading.depth), members[pivotIndex].locale);
    vote(labels, heading.label ?? '', members[pivotIndex].locale);
    for (const j of others) {
      const m = alignments[pivotIndex][j]!.headings.matched.find((x) => x.canonical.index === heading.index);
      if (!m) continue;
      vote(depths, String(m.locale.depth), members[j].locale);
      vote(labels, m.locale.label ?? '', members[j].locale);
    }
    const supporters = [...depths.values()].reduce((s, who) => s + who.length, 0);
    if (supporters * 2 < n) continue;
    keptHeadings.add(heading.index);
    const target = canonical.headings[heading.index];
    const depth = majority(depths);
    if ('value' in depth) target.depth = Number(depth.value);
    const label = majority(labels);
    if ('value' in label) target.label = label.value === '' ? null : label.value;
    else pending.push({ element: target, ruleId: 'label-prefix', keyOf: (h) => `label:heading:${h.index}`, what: `the label of heading "${heading.text}"`, values: label.tie });
  }
  canonical.headings = canonical.headings.filter((h) => keptHeadings.has(h.index));

  // Links: kept when a majority has them; neutral target and label by majority.
  const keptLinks = new Set<number>();
  for (const link of pivot.links) {
    const targets = new Map<string, string[]>();
    const labels = new Map<string, string[]>();
    vote(targets, link.target, members[pivotIndex].locale);
    vote(labels, link.label ?? '', members[pivotIndex].locale);
    for (const j of others) {
      const m = alignments[pivotIndex][j]!.links.matched.find((x) => x.canonical.index === link.index);
      if (!m) continue;
      vote(targets, m.locale.target, members[j].locale);
      vote(labels, m.locale.label ?? '', members[j].locale);
    }
    const supporters = [...targets.values()].reduce((s, who) => s + who.length, 0);
    if (supporters * 2 < n) continue;
    keptLinks.add(link.index);
    const target = canonical.links[link.index];
    const chosen = majority(targets);
    if ('value' in chosen) target.target = chosen.value;
    else pending.push({ element: target, ruleId: 'link-target', keyOf: (l) => `link:${l.index}`, what: `the target of link "${link.text}"`, values: chosen.tie });
    const label = majority(labels);
    if ('value' in label) target.label = label.value === '' ? null : label.value;
    else pending.push({ element: target, ruleId: 'label-prefix', keyOf: (l) => `label:link:${l.index}`, what: `the label of link "${link.text}"`, values: label.tie });
  }
  canonical.links = canonical.links.filter((l) => keptLinks.has(l.index));

  // Change-log rows: by date across all locales (a row can be missing from the pivot).
  if (canonical.refresh) {
    const rowsByDate = new Map<string, { row: RefreshRow; locales: string[] }>();
    members.forEach((member, i) => {
      const rows = i === pivotIndex ? pivot.refresh?.rows ?? [] : alignments[pivotIndex][i]!.localeRefresh ?? [];
      for (const row of rows) {
        if (row.date === null) continue;
        const entry = rowsByDate.get(row.date) ?? { row: i === pivotIndex ? row : { ...row, span: canonical.refresh!.span }, locales: [] };
        if (!entry.locales.includes(member.locale)) entry.locales.push(member.locale);
        rowsByDate.set(row.date, entry);
      }
    });
    const rows: RefreshRow[] = [];
    for (const [date, { row, locales }] of rowsByDate) {
      if (locales.length * 2 > n) rows.push(row);
      else if (locales.length * 2 === n) {
        const absent = members.map((m) => m.locale).filter((l) => !locales.includes(l));
        ties.push({ ruleId: 'refresh-table', key: `row:${date}`, what: `the change-log row dated ${date}`, values: { present: locales, absent } });
      }
    }
    canonical.refresh = { ...canonical.refresh, rows: rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')) };
  }

  // Front matter: keys by presence, values (of keys not translated) by majority.
  if (canonical.frontmatter) {
    const byKey = new Map<string, Map<string, string[]>>();
    members.forEach((member, i) => {
      for (const entry of outlines[i].frontmatter?.entries ?? []) {
        if (!byKey.has(entry.key)) byKey.set(entry.key, new Map());
        vote(byKey.get(entry.key)!, JSON.stringify(entry.value), member.locale);
      }
    });
    canonical.frontmatter.entries = canonical.frontmatter.entries.filter((entry) => {
      const values = byKey.get(entry.key)!;
      const supporters = [...values.values()].reduce((s, who) => s + who.length, 0);
      if (supporters * 2 < n) return false;
      // A translated value differs in every locale by design: only its presence is voted on.
      if (translatable.has(entry.key)) return true;
      const chosen = majority(values);
      if ('value' in chosen) entry.value = JSON.parse(chosen.value);
      else ties.push({ ruleId: 'frontmatter-values', key: `fm:${entry.key}`, what: `the value of front-matter key "${entry.key}"`, values: chosen.tie });
      return true;
    });
  }
  reindex(canonical);
  for (const tie of pending) ties.push({ ruleId: tie.ruleId, key: tie.keyOf(tie.element), what: tie.what, values: tie.values });
  return { canonical, pivot: members[pivotIndex], ties };
}

// Dropped headings and links leave gaps; indexes must again be positions in the arrays.
function reindex(outline: Outline): void {
  const headingIndex = new Map<number, number>([[-1, -1]]);
  outline.headings.forEach((h, i) => {
    headingIndex.set(h.index, i);
    h.index = i;
  });
  // An element under a dropped heading belongs to the nearest kept heading before it.
  const sectionOf = (old: number) => {
    for (let s = old; s >= -1; s--) if (headingIndex.has(s)) return headingIndex.get(s)!;
    return -1;
  };
  outline.links.forEach((l, i) => {
    l.index = i;
    l.section = sectionOf(l.section);
  });
  for (const group of [outline.tables, outline.lists, outline.code, outline.blocks] as Array<Array<{ section: number }>>) {
    for (const el of group) el.section = sectionOf(el.section);
  }
  if (outline.refresh) outline.refresh.heading = sectionOf(outline.refresh.heading);
}
