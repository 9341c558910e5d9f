// The order a set's pages are linted in: each page (key) as soon as its files are loaded,
// while the rest still parse on the workers, so the rules' time hides behind parsing
// instead of following it. A page whose links point at a page still loading (link-broken
// reads its headings' anchors) waits for the end of loading.
import type { FileRef } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import { locateTarget } from '../align/site-files.js';
import { resolveTarget } from '../align/resolve-target.js';
import type { SetFacts } from './set-facts.js';

/** Loads the set's files in page order and lints every page once: returns the pages in key order and what each yielded. */
export async function loadAndLintPages<R>(f: SetFacts, lintKey: (key: string) => R): Promise<{ keys: string[]; done: Map<string, R> }> {
  const { config, set, keysInScope, toLoad, outlineOptions } = f.c;
  const { outcomes, outlineOf, localeConfig, siteFor, pairsByKey, inScope } = f;
  // Which loaded files each page waits for: its pairs' files, and in consensus mode every locale's copy.
  const waiting = new Map<string, number>();
  const keysWaitingOn = new Map<string, string[]>();
  for (const key of keysInScope) {
    const files = new Set<string>();
    for (const p of pairsByKey.get(key) ?? []) {
      for (const ref of [p.source, p.target]) if (ref && toLoad.has(ref.rel) && (inScope.has(p) || (!set.source && !set.canonical))) files.add(ref.rel);
    }
    waiting.set(key, files.size);
    for (const rel of files) keysWaitingOn.set(rel, [...(keysWaitingOn.get(rel) ?? []), key]);
  }

  // True when every page this key's locale files link into with an anchor is loaded (or is read on demand).
  const anchorsReady = (key: string): boolean => {
    for (const pair of pairsByKey.get(key) ?? []) {
      const outline = inScope.has(pair) ? outlineOf(pair.target) : null;
      if (!outline || !pair.target) continue;
      const locale = localeConfig.get(pair.locale);
      if (!locale) continue;
      const site = siteFor(locale.dir, locale.suffix, [[pair.target.rel, outline]]);
      for (const link of outline.links) {
        if (!resolveTarget(link.target).fragment) continue;
        const found = locateTarget(pair.target.rel, link.target, site);
        if (found.state === 'exists' && toLoad.has(found.file) && !outcomes.has(found.file)) return false;
      }
    }
    return true;
  };

  const done = new Map<string, R>();
  const arrived = (rel: string, outcome: OutlineOutcome) => {
    if (outcomes.has(rel)) return;
    outcomes.set(rel, outcome);
    for (const key of keysWaitingOn.get(rel) ?? []) {
      const left = waiting.get(key)! - 1;
      waiting.set(key, left);
      if (left === 0 && anchorsReady(key)) done.set(key, lintKey(key));
    }
  };
  // Page by page, so pages finish loading (and are linted) one after another.
  const keys = [...keysInScope].sort();
  const inPageOrder = new Map<string, FileRef>();
  for (const key of keys) for (const p of pairsByKey.get(key) ?? []) for (const ref of [p.source, p.target]) if (ref && toLoad.has(ref.rel)) inPageOrder.set(ref.rel, ref);
  for (const [rel, ref] of toLoad) inPageOrder.set(rel, ref);
  const loaded = await f.c.load([...inPageOrder.values()], outlineOptions, config.maxFileSize, arrived);
  // A loader that does not stream hands everything over here; held-back pages run now.
  for (const [rel, outcome] of loaded) arrived(rel, outcome);
  for (const key of keys) if (!done.has(key)) done.set(key, lintKey(key));
  return { keys, done };
}
