// One sequence aligner for every element kind: longest common subsequence on structural
// keys, so order is respected and nothing is matched by translated text.
import type { Aligned, Matched } from '../types.js';

// Past this many cells the DP table costs more than it is worth: fall back to a greedy scan.
const MAX_DP_CELLS = 4_000_000;

/** Aligns two sequences on equal keys, keeping order (LCS). */
export function alignByKey<T>(canonical: readonly T[], locale: readonly T[], keyOf: (item: T, side: 'canonical' | 'locale') => string): Aligned<T> {
  const a = canonical.map((x) => keyOf(x, 'canonical'));
  const b = locale.map((x) => keyOf(x, 'locale'));
  const pairs = a.length * b.length > MAX_DP_CELLS ? greedyPairs(a, b) : lcsPairs(a, b);
  return collect(canonical, locale, pairs);
}

/** Aligns two collections whose order means nothing (a mapping's keys): equal keys match. */
export function alignByIdentity<T>(canonical: readonly T[], locale: readonly T[], keyOf: (item: T) => string): Aligned<T> {
  const byKey = new Map<string, number>();
  locale.forEach((item, j) => {
    const key = keyOf(item);
    if (!byKey.has(key)) byKey.set(key, j);
  });
  const pairs: Array<[number, number]> = [];
  canonical.forEach((item, i) => {
    const j = byKey.get(keyOf(item));
    if (j !== undefined) {
      pairs.push([i, j]);
      byKey.delete(keyOf(item));
    }
  });
  return collect(canonical, locale, pairs);
}

/** Turns index pairs into matched + leftovers. */
export function collect<T>(canonical: readonly T[], locale: readonly T[], pairs: Array<[number, number]>): Aligned<T> {
  const usedA = new Set(pairs.map(([i]) => i));
  const usedB = new Set(pairs.map(([, j]) => j));
  return {
    matched: pairs.map(([i, j]): Matched<T> => ({ canonical: canonical[i], locale: locale[j] })),
    canonicalOnly: canonical.filter((_, i) => !usedA.has(i)),
    localeOnly: locale.filter((_, j) => !usedB.has(j)),
  };
}

function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) i++;
    else j++;
  }
  return pairs;
}

function greedyPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const found = b.indexOf(a[i], j);
    if (found !== -1) {
      pairs.push([i, found]);
      j = found + 1;
    }
  }
  return pairs;
}

/**
 * Aligns two sequences maximizing a similarity score (Needleman-Wunsch with free gaps).
 * `score` returns null where two elements may not be matched at all.
 */
export function alignByScore<T>(canonical: readonly T[], locale: readonly T[], score: (c: T, l: T) => number | null): Aligned<T> {
  const n = canonical.length;
  const m = locale.length;
  if (n * m > MAX_DP_CELLS) {
    return alignByKey(canonical, locale, () => '');
  }
  const best = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const scores: Array<number | null> = new Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = score(canonical[i], locale[j]);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = scores[i * m + j];
      const diagonal = s === null ? -Infinity : best[at(i + 1, j + 1)] + s;
      best[at(i, j)] = Math.max(diagonal, best[at(i + 1, j)], best[at(i, j + 1)]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = scores[i * m + j];
    if (s !== null && best[at(i, j)] === best[at(i + 1, j + 1)] + s) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[at(i + 1, j)] >= best[at(i, j + 1)]) i++;
    else j++;
  }
  return collect(canonical, locale, pairs);
}

/** An alignment by score, and which elements it could not place: their pairing differs between equally good alignments. */
export interface ScoredAlignment<T> extends Aligned<T> {
  /** Elements paired, or left over, differently by two alignments of the best total score: neither matched nor only. */
  undecided: { canonical: T[]; locale: T[] };
}

// Totals are sums of fractions: two alignments within this much of each other score the same.
const SCORE_EPSILON = 1e-6;

/**
 * Like alignByScore, but honest about ties: a prefix and a suffix table of best totals tell,
 * for each element, whether every best alignment pairs it with the same partner (matched),
 * none pairs it (only), or the best alignments disagree (undecided). O(n·m) time and space;
 * past MAX_DP_CELLS, alignByScore's fallback with nothing undecided.
 */
export function alignByScoreWithTies<T>(canonical: readonly T[], locale: readonly T[], score: (c: T, l: T) => number | null): ScoredAlignment<T> {
  const n = canonical.length;
  const m = locale.length;
  if (n * m > MAX_DP_CELLS) return { ...alignByScore(canonical, locale, score), undecided: { canonical: [], locale: [] } };
  const at = (i: number, j: number) => i * (m + 1) + j;
  const scores: Array<number | null> = new Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = score(canonical[i], locale[j]);
  const suffix = new Float64Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = scores[i * m + j];
      suffix[at(i, j)] = Math.max(s === null ? -Infinity : suffix[at(i + 1, j + 1)] + s, suffix[at(i + 1, j)], suffix[at(i, j + 1)]);
    }
  }
  const prefix = new Float64Array((n + 1) * (m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = scores[(i - 1) * m + (j - 1)];
      prefix[at(i, j)] = Math.max(s === null ? -Infinity : prefix[at(i - 1, j - 1)] + s, prefix[at(i - 1, j)], prefix[at(i, j - 1)]);
    }
  }
  const best = suffix[at(0, 0)] - SCORE_EPSILON;
  // Per element: the partners some best alignment gives it, and whether some best alignment leaves it out.
  const partnersC = canonical.map(() => new Set<number>());
  const partnersL = locale.map(() => new Set<number>());
  const skippedC = new Array<boolean>(n).fill(false);
  const skippedL = new Array<boolean>(m).fill(false);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i < n && j < m) {
        const s = scores[i * m + j];
        if (s !== null && prefix[at(i, j)] + s + suffix[at(i + 1, j + 1)] >= best) {
          partnersC[i].add(j);
          partnersL[j].add(i);
        }
      }
      if (i < n && prefix[at(i, j)] + suffix[at(i + 1, j)] >= best) skippedC[i] = true;
      if (j < m && prefix[at(i, j)] + suffix[at(i, j + 1)] >= best) skippedL[j] = true;
    }
  }
  const pairs: Array<[number, number]> = [];
  const undecided = { canonical: [] as T[], locale: [] as T[] };
  const decidedL = new Set<number>();
  partnersC.forEach((partners, i) => {
    if (partners.size === 0) return;
    const [j] = partners;
    if (partners.size === 1 && !skippedC[i] && partnersL[j].size === 1 && !skippedL[j]) {
      pairs.push([i, j]);
      decidedL.add(j);
    } else undecided.canonical.push(canonical[i]);
  });
  partnersL.forEach((partners, j) => partners.size > 0 && !decidedL.has(j) && undecided.locale.push(locale[j]));
  const aligned = collect(canonical, locale, pairs);
  const undecidedC = new Set(undecided.canonical);
  const undecidedL = new Set(undecided.locale);
  return {
    matched: aligned.matched,
    canonicalOnly: aligned.canonicalOnly.filter((x) => !undecidedC.has(x)),
    localeOnly: aligned.localeOnly.filter((x) => !undecidedL.has(x)),
    undecided,
  };
}

/**
 * Indexes of the increasing run of `values` with the largest total weight (a Fenwick tree of
 * prefix maxima over the values' ranks, O(n log n)); ties keep the earlier run.
 */
export function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  const ranks = [...new Set(values)].sort((a, b) => a - b);
  const rankOf = new Map(ranks.map((v, r) => [v, r + 1]));
  const treeBest = new Array<number>(ranks.length + 1).fill(0);
  const treeAt = new Array<number>(ranks.length + 1).fill(-1);
  const total = new Array<number>(values.length).fill(0);
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let best = 0;
    let at = -1;
    for (let r = rankOf.get(values[i])! - 1; r > 0; r -= r & -r) {
      if (treeBest[r] > best) [best, at] = [treeBest[r], treeAt[r]];
    }
    total[i] = best + weights[i];
    previous[i] = at;
    for (let r = rankOf.get(values[i])!; r <= ranks.length; r += r & -r) {
      if (total[i] > treeBest[r]) [treeBest[r], treeAt[r]] = [total[i], i];
    }
  }
  let end = -1;
  for (let i = 0; i < values.length; i++) if (end === -1 || total[i] > total[end]) end = i;
  const kept = new Set<number>();
  for (let at = end; at !== -1; at = previous[at]) kept.add(at);
  return kept;
}

/** Number of offsets in the sorted list strictly below `offset`. */
export function countBelow(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
