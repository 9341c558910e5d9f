// TOC entries by tree position: the children of matched entries are aligned in order, an
// equal (neutral) href or the same kind of entry (leaf or group) telling which sibling is
// which when one side has an entry more. Names are translated and never compared.
import type { Aligned, Matched, TargetMapper, TocEntry, TocOutline } from '../types.js';
import { alignByScore } from './sequence.js';

export function alignTocEntries(canonical: TocOutline | undefined, locale: TocOutline | undefined, canonicalMapper: TargetMapper, localeMapper: TargetMapper): Aligned<TocEntry> {
  const cEntries = canonical?.entries ?? [];
  const lEntries = locale?.entries ?? [];
  const matched: Matched<TocEntry>[] = [];
  const childrenOf = (entries: readonly TocEntry[], parent: number) => entries.filter((e) => e.parent === parent);
  const alignSiblings = (cParent: number, lParent: number) => {
    const aligned = alignByScore(childrenOf(cEntries, cParent), childrenOf(lEntries, lParent), (c, l) => {
      const sameTarget = c.href !== null && l.href !== null && canonicalMapper.toNeutral(c.href) === localeMapper.toNeutral(l.href);
      return 1 + (sameTarget ? 2 : 0) + ((c.children > 0) === (l.children > 0) ? 0.5 : 0);
    });
    for (const m of aligned.matched) {
      matched.push(m);
      alignSiblings(m.canonical.index, m.locale.index);
    }
  };
  alignSiblings(-1, -1);
  const usedC = new Set(matched.map((m) => m.canonical.index));
  const usedL = new Set(matched.map((m) => m.locale.index));
  return {
    matched: matched.sort((a, b) => a.canonical.index - b.canonical.index),
    canonicalOnly: cEntries.filter((e) => !usedC.has(e.index)),
    localeOnly: lEntries.filter((e) => !usedL.has(e.index)),
  };
}
