// Translation status of a set's pages (coverage per locale, and each page's state for the
// status page): missing, translated, and with history stale or up to date.
import type { FileRef, LocaleCoverage, PageStatus, PairHistory } from '../types.js';
import { outlineWords } from '../outline/words.js';
import { emptyCoverage } from './coverage.js';
import type { SetFacts } from './set-facts.js';

/** The words of a page's source outline (0 without a source): read while the page is in flight. */
export function sourceWordsOf(f: SetFacts, key: string): number {
  const keyPairs = (f.pairsByKey.get(key) ?? []).filter((p) => f.inScope.has(p));
  const sourceOutline = f.c.set.source ? f.outlineOf(keyPairs[0]?.source ?? null) : null;
  return sourceOutline ? outlineWords(sourceOutline) : 0;
}

/**
 * Coverage per locale over the pages `keys`, with each page's source words from
 * `sourceWords` (sourceWordsOf); pages go to `f.c.pages` when the HTML report wants them.
 */
export function pageStatus(f: SetFacts, keys: readonly string[], factsByTarget: ReadonlyMap<string, PairHistory | undefined>, sourceWords: ReadonlyMap<string, number>): Map<string, LocaleCoverage> {
  const { options, set, history } = f.c;
  const { pairsByKey, inScope } = f;
  const staleChecked = history !== null && set.source !== undefined && history.notChecked() === null;
  const coverage = new Map<string, LocaleCoverage>();
  const urlBase = options.includePairs && staleChecked ? history!.commitUrlBase() : null;
  for (const key of keys) {
    const keyPairs = (pairsByKey.get(key) ?? []).filter((p) => inScope.has(p));
    const words = sourceWords.get(key) ?? 0;
    const page: PageStatus = { set: set.name, key, sourceFile: keyPairs[0]?.source?.rel ?? null, words, locales: {} };
    for (const pair of keyPairs) {
      const entry = coverage.get(pair.locale) ?? emptyCoverage(staleChecked);
      coverage.set(pair.locale, entry);
      entry.pages++;
      if (!pair.target) {
        entry.missing++;
        entry.wordsBehind += words;
        page.locales[pair.locale] = { state: 'missing', file: pair.expectedTarget, wordsBehind: words, commits: [], sections: [] };
        continue;
      }
      entry.translated++;
      const facts = factsByTarget.get(pair.target.rel);
      let state: PageStatus['locales'][string]['state'] = 'translated';
      if (staleChecked && facts && facts.unknown === null && !facts.invalidPin) {
        state = facts.sourceCommitsSince.length > 0 ? 'stale' : 'up-to-date';
        if (state === 'stale') {
          entry.stale!++;
          entry.wordsBehind += facts.wordsBehind ?? 0;
        } else entry.upToDate!++;
      }
      page.locales[pair.locale] = {
        state,
        file: pair.target.rel,
        wordsBehind: state === 'stale' ? facts?.wordsBehind ?? 0 : 0,
        commits: state === 'stale' ? facts!.sourceCommitsSince.map((c) => ({ ...c, ...(urlBase ? { url: urlBase + c.hash } : {}) })) : [],
        sections: state === 'stale' ? [...new Set([...(facts!.changes?.sectionsAdded ?? []), ...(facts!.changes?.sectionsTouched ?? [])])] : [],
      };
    }
    if (options.includePairs && keyPairs.length > 0) f.c.pages.push(page);
  }
  return coverage;
}
