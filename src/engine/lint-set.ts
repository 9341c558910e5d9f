// Linting one set, stage by stage: the set's facts, its pages as they load, git history in
// batches for stale-translation, the translation status, the file-level findings, and
// the result in key order.
import type { PairHistory } from '../types.js';
import type { LintedFile } from './directives.js';
import type { SetResult } from './options.js';
import { setFacts, type SetContext } from './set-facts.js';
import { loadAndLintPages } from './schedule.js';
import { lintPage, type HistoryWork, type KeyResult } from './lint-page.js';
import { pageStatus, sourceWordsOf } from './page-status.js';
import { fileLevelFindings } from './file-findings.js';

/** Pairs whose history requests wait for one git batch at most (each keeps its pair's outlines until then). */
export const HISTORY_BATCH = 256;

/**
 * Lints one set: loads its files and lints each page (key) as soon as its files are in,
 * while the rest still parse on the workers, so the rules' time hides behind parsing
 * instead of following it. A page whose links point at a page still loading (link-broken
 * reads its anchors) waits until that page is in.
 */
export async function lintSet(c: SetContext): Promise<SetResult> {
  const { history, toLoad } = c;
  const f = setFacts(c);
  const historyWork: HistoryWork[] = [];
  const factsByTarget = new Map<string, PairHistory | undefined>();
  // Asks git about the pairs waiting for history, then runs stale-translation on each, into its page's findings.
  const resolveHistory = (results: ReadonlyMap<string, KeyResult>) => {
    const work = historyWork.splice(0);
    if (!history || work.length === 0) return;
    const facts = history.resolve(work.map((w) => w.request));
    work.forEach((w, i) => {
      factsByTarget.set(w.request.target.rel, facts[i]);
      if (facts[i]) w.run(facts[i], results.get(w.key)!.diagnostics);
    });
  };
  // A waiting request keeps its pair's outlines, so git is asked every HISTORY_BATCH pairs
  // (at a page's end), not once at the set's end. Without a history to read (no
  // repository, a shallow clone), each request is answered alone, from its own front
  // matter (a malformed pin): asked page by page.
  const historyNow = history !== null && history.notChecked() !== null;
  const waiting = new Map<string, KeyResult>();
  // The source page's word count is taken while its outline is in hand (it is dropped once the page is linted).
  const sourceWords = new Map<string, number>();
  const { keys, done } = await loadAndLintPages(f, (key) => {
    sourceWords.set(key, sourceWordsOf(f, key));
    const result = lintPage(f, key, historyWork);
    if (history) waiting.set(key, result);
    if (historyNow || historyWork.length >= HISTORY_BATCH) {
      resolveHistory(waiting);
      waiting.clear();
    }
    return result;
  });
  resolveHistory(waiting);
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
