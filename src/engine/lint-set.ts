// Linting one set, stage by stage: the set's facts, its pages as they load, git history in
// one batch for stale-translation, the translation status, the file-level findings, and
// the result in key order.
import type { PairHistory } from '../types.js';
import type { LintedFile } from './directives.js';
import type { SetResult } from './options.js';
import { setFacts, type SetContext } from './set-facts.js';
import { loadAndLintPages } from './schedule.js';
import { lintPage, type HistoryWork } from './lint-page.js';
import { pageStatus, sourceWordsOf } from './page-status.js';
import { fileLevelFindings } from './file-findings.js';

/**
 * Lints one set: loads its files and lints each page (key) as soon as its files are in,
 * while the rest still parse on the workers, so the rules' time hides behind parsing
 * instead of following it. A page whose links point at a page still loading (link-broken
 * reads its headings) waits for the end of loading.
 */
export async function lintSet(c: SetContext): Promise<SetResult> {
  const { history, toLoad } = c;
  const f = setFacts(c);
  const historyWork: HistoryWork[] = [];
  // The source page's word count is taken while its outline is in hand (it is dropped once the page is linted).
  const sourceWords = new Map<string, number>();
  const { keys, done } = await loadAndLintPages(f, (key) => {
    sourceWords.set(key, sourceWordsOf(f, key));
    return lintPage(f, key, historyWork);
  });

  // History: every pair of the set asked of git at once, then stale-translation per pair.
  const factsByTarget = new Map<string, PairHistory | undefined>();
  if (history && historyWork.length > 0) {
    const facts = history.resolve(historyWork.map((w) => w.request));
    historyWork.forEach((work, i) => {
      factsByTarget.set(work.request.target.rel, facts[i]);
      if (facts[i]) work.run(facts[i], done.get(work.key)!.diagnostics);
    });
  }
  const coverage = pageStatus(f, keys, factsByTarget, sourceWords);
  const { diagnostics, unpairedLinted } = fileLevelFindings(f);

  // In key order, as if the pages had been linted one after another.
  const linted = new Map<string, LintedFile>();
  let pairCount = 0;
  for (const key of keys) {
    const result = done.get(key)!;
    diagnostics.push(...result.diagnostics);
    for (const file of result.linted) linted.set(file.file, file);
    c.pairViews.push(...result.views);
    pairCount += result.pairs;
  }
  for (const file of unpairedLinted) if (!linted.has(file.file)) linted.set(file.file, file);
  return { diagnostics, linted: [...linted.values()], files: [...toLoad.keys()].filter((rel) => f.arrived.has(rel)), pairs: pairCount, coverage: [...coverage] };
}
