// Ties between equally good heading alignments, broken where structure still tells: a section
// stays under its parent, and over its subsections. Never overrules what the evidence decided; what it cannot break stays
// undecided (and is reported as a count, not as one heading).
import type { HeadingEl, Outline } from '../types.js';
import { alignByScoreWithTies, type ScoredAlignment } from './sequence.js';

// Added to a pair of undecided headings whose parents are paired: breaks a tie; far below the
// differences the evidence makes (fractions of shared blocks and keys), so it overrules none.
const PARENT_BONUS = 0.001;

/** Per heading index, the index of the nearest heading above it of a lower depth (its parent section), -1 for none. */
export function parentHeadings(outline: Outline): number[] {
  const stack: HeadingEl[] = [];
  return outline.headings.map((h) => {
    while (stack.length && stack.at(-1)!.depth >= h.depth) stack.pop();
    const parent = stack.at(-1)?.index ?? -1;
    stack.push(h);
    return parent;
  });
}

/**
 * Realigns the undecided headings of `aligned` among themselves, a pair whose parent headings
 * are paired scoring PARENT_BONUS more (`#### Comments` under the `###` both sides kept, not a
 * `####` whose `##` and `###` the page lacks), and so does a pair with a paired subsection
 * each (an empty `##` over the `###` both sides kept); decided pairs stay, canonical- and locale-only
 * headings stay so. A pass can decide a parent and the next its children: at most one pass per
 * heading level, each O(n·m).
 */
export function breakTiesByParent(
  aligned: ScoredAlignment<HeadingEl>,
  cRest: readonly HeadingEl[],
  lRest: readonly HeadingEl[],
  score: (c: HeadingEl, l: HeadingEl) => number | null,
  canonical: Outline,
  locale: Outline,
): ScoredAlignment<HeadingEl> {
  const [cParent, lParent] = [parentHeadings(canonical), parentHeadings(locale)];
  for (let pass = 0; pass < 6 && aligned.undecided.canonical.length + aligned.undecided.locale.length > 0; pass++) {
    const decided = new Map(aligned.matched.map((m) => [m.canonical, m.locale]));
    const decidedL = new Set(decided.values());
    const undecided = new Set<HeadingEl>([...aligned.undecided.canonical, ...aligned.undecided.locale]);
    const pairedIndex = new Map([...decided].map(([c, l]) => [c.index, l.index]));
    const sameParent = (c: HeadingEl, l: HeadingEl) => (cParent[c.index] === -1 ? lParent[l.index] === -1 : pairedIndex.get(cParent[c.index]) === lParent[l.index]);
    // The other way round: a heading whose subsection is paired with a subsection of the other (an empty `##` over a paired `###`).
    const parentsOfPairs = new Set([...decided].map(([c, l]) => `${cParent[c.index]}:${lParent[l.index]}`));
    const sameChild = (c: HeadingEl, l: HeadingEl) => parentsOfPairs.has(`${c.index}:${l.index}`);
    const next = alignByScoreWithTies(cRest, lRest, (c, l) => {
      if (decided.has(c) || decidedL.has(l)) return decided.get(c) === l ? score(c, l) : null;
      if (!undecided.has(c) || !undecided.has(l)) return null;
      const s = score(c, l);
      return s === null ? null : s + (sameParent(c, l) ? PARENT_BONUS : 0) + (sameChild(c, l) ? PARENT_BONUS : 0);
    });
    // No tie broken: another pass would change nothing.
    if (next.undecided.canonical.length + next.undecided.locale.length === undecided.size) break;
    aligned = next;
  }
  return aligned;
}
