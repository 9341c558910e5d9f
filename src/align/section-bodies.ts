// What a section holds, without its words: the evidence that tells which heading of a gap a
// translation dropped or added when the headings themselves (translated) cannot. Translation
// leaves a section's blocks in place (as many paragraphs, a list with as many items, the same
// code fence, a table with as many columns) and keeps what those blocks hold that is not
// prose (inline code, numbers, IDs, link and image targets, fenced code).
import type { BlockEl, Outline, TargetMapper } from '../types.js';
import { blockTokens } from '../outline/tokens.js';
import { targetKey } from './resolve-target.js';

/** A section's body as two multisets: its shape (kinds and sizes of blocks) and its keys (what the blocks hold). */
export interface SectionBody {
  /** `p`, `list:ol:3`, `code:bash`, `table:3`, `img` …, with counts. */
  shape: Map<string, number>;
  /** `code:x`, `number:10`, `link:a.md`, `fence:bash:…`, `anchor:4` …, with counts. */
  keys: Map<string, number>;
}

const add = (bag: Map<string, number>, item: string) => bag.set(item, (bag.get(item) ?? 0) + 1);

/**
 * Per heading index, the body of its section (the blocks up to the next heading, of any
 * depth). `anchorOf` numbers the blocks paired across the two files (the same number on both
 * sides), so a section holding an anchored paragraph keys to the section holding its partner.
 * Dates are left out (written per locale), as is every word. Linear in the outline's size.
 */
export function sectionBodies(outline: Outline, mapper: TargetMapper, locale: string, anchorOf: ReadonlyMap<BlockEl, number>): SectionBody[] {
  const bodies = outline.headings.map((): SectionBody => ({ shape: new Map(), keys: new Map() }));
  const bodyOf = (section: number) => (section >= 0 ? bodies[section] : undefined);
  for (const block of outline.blocks) {
    const body = bodyOf(block.section);
    if (!body || block.kind === 'heading') continue;
    // Paragraphs shape a section; list items and cells are counted by their list and table.
    if (block.kind === 'paragraph') add(body.shape, 'p');
    for (const t of blockTokens(block, locale)) if (t.kind !== 'date') add(body.keys, `${t.kind}:${t.values[0]}`);
    const anchor = anchorOf.get(block);
    if (anchor !== undefined) add(body.keys, `anchor:${anchor}`);
  }
  for (const list of outline.lists) {
    const body = bodyOf(list.section);
    if (body) add(body.shape, `list:${list.ordered ? 'ol' : 'ul'}:${list.items}`);
  }
  for (const table of outline.tables) {
    const body = bodyOf(table.section);
    if (body) add(body.shape, `table:${table.header.cells.length}`);
  }
  for (const code of outline.code) {
    const body = bodyOf(code.section);
    if (!body || code.kind !== 'fenced') continue;
    add(body.shape, `code:${code.lang ?? ''}`);
    // Comments in a fence may be translated: its text is a key (one exact match or none), its language is shape.
    add(body.keys, `fence:${code.lang ?? ''}:${code.value}`);
  }
  for (const link of outline.links) {
    const body = bodyOf(link.section);
    if (!body) continue;
    if (link.kind === 'image') add(body.shape, 'img');
    const key = targetKey(mapper.toNeutral(link.target));
    // Same-page anchors follow the translated headings: they say nothing about the section.
    if (key !== '#') add(body.keys, `${link.kind}:${key}`);
  }
  return bodies;
}

/**
 * Weighted Jaccard of two multisets (shared count over union count), in [0, 1]; `empty`
 * when both are empty (two bodies with no shape are alike; two with no keys say nothing).
 */
export function bagSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, empty: number): number {
  if (a.size === 0 && b.size === 0) return empty;
  let shared = 0;
  let union = 0;
  for (const [item, n] of a) {
    const k = b.get(item) ?? 0;
    shared += Math.min(n, k);
    union += Math.max(n, k);
  }
  for (const [item, k] of b) if (!a.has(item)) union += k;
  return union === 0 ? empty : shared / union;
}

/** Per heading, the kinds of the blocks up to the next heading (`p p li td td`): a section's shape, kept by translation. */
export function sectionShapes(outline: Outline): string[] {
  const shapes = outline.headings.map(() => '');
  for (const block of outline.blocks) if (block.kind !== 'heading' && block.section >= 0) shapes[block.section] += `${block.kind} `;
  return shapes;
}
