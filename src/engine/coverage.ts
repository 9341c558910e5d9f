// Coverage per locale: how many source pages each locale has translated, up to date,
// stale or missing, and the words of source text behind. Counted per set by the engine
// from discovery and the history stage's facts (not from findings, which inline disables
// and baselines may hide), then added up over the run's sets.
import type { LocaleCoverage } from '../types.js';

export type SetCoverage = Map<string, LocaleCoverage>;

/** Zero coverage; `upToDate` and `stale` are null when staleness is not checked. */
export function emptyCoverage(staleChecked: boolean): LocaleCoverage {
  return { pages: 0, translated: 0, upToDate: staleChecked ? 0 : null, stale: staleChecked ? 0 : null, missing: 0, wordsBehind: 0 };
}

/**
 * Adds a set's coverage into the run's. Staleness known in one set and not in another
 * (a consensus set has no source history) stays a number: the pages of the other set count
 * as translated only.
 */
export function addCoverage(total: SetCoverage, add: Iterable<[string, LocaleCoverage]>): void {
  for (const [locale, c] of add) {
    const t = total.get(locale);
    if (!t) {
      total.set(locale, { ...c });
      continue;
    }
    t.pages += c.pages;
    t.translated += c.translated;
    t.missing += c.missing;
    t.wordsBehind += c.wordsBehind;
    t.upToDate = t.upToDate === null && c.upToDate === null ? null : (t.upToDate ?? 0) + (c.upToDate ?? 0);
    t.stale = t.stale === null && c.stale === null ? null : (t.stale ?? 0) + (c.stale ?? 0);
  }
}
