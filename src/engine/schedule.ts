// The order a set's pages are linted in, and how long their outlines live: each page (key)
// is linted as soon as its files are loaded, while the rest still parse on the workers, so
// the rules' time hides behind parsing instead of following it; and a page's outlines are
// dropped as soon as every page that reads them is linted, so memory follows the pages in
// flight, not the set. A page whose links point at a page still loading (link-broken reads
// its anchors) waits until that page has arrived.
import type { FileRef } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import { locateTarget } from '../align/site-files.js';
import { resolveTarget } from '../align/resolve-target.js';
import type { SetFacts } from './set-facts.js';

/** Loads the set's files in page order and lints every page once: returns the pages in key order and what each yielded. */
export async function loadAndLintPages<R>(f: SetFacts, lintKey: (key: string) => R): Promise<{ keys: string[]; done: Map<string, R> }> {
  const { config, set, keysInScope, toLoad, outlineOptions } = f.c;
  const { outcomes, arrived, outlineOf, localeConfig, siteFor, pairsByKey, inScope } = f;
  // Which loaded files each page reads: its pairs' files, and in consensus mode every locale's copy.
  const filesOfKey = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  const keysWaitingOn = new Map<string, string[]>();
  for (const key of keysInScope) {
    const files = new Set<string>();
    for (const p of pairsByKey.get(key) ?? []) {
      for (const ref of [p.source, p.target]) if (ref && toLoad.has(ref.rel) && (inScope.has(p) || (!set.source && !set.canonical))) files.add(ref.rel);
    }
    filesOfKey.set(key, [...files]);
    waiting.set(key, files.size);
    for (const rel of files) keysWaitingOn.set(rel, [...(keysWaitingOn.get(rel) ?? []), key]);
  }
  // Pages each file is still read by: at zero its outline is dropped.
  const readers = new Map([...keysWaitingOn].map(([rel, keys]) => [rel, keys.length]));

  // The files still loading that this key's locale files link into with an anchor.
  const anchorsPending = (key: string): Set<string> => {
    const pending = new Set<string>();
    for (const pair of pairsByKey.get(key) ?? []) {
      const outline = inScope.has(pair) ? outlineOf(pair.target) : null;
      if (!outline || !pair.target) continue;
      const locale = localeConfig.get(pair.locale);
      if (!locale) continue;
      const site = siteFor(locale.dir, locale.suffix, [[pair.target.rel, outline]]);
      for (const link of outline.links) {
        if (!resolveTarget(link.target).fragment) continue;
        const found = locateTarget(pair.target.rel, link.target, site);
        if (found.state === 'exists' && toLoad.has(found.file) && !arrived.has(found.file)) pending.add(found.file);
      }
    }
    return pending;
  };

  const done = new Map<string, R>();
  const lintAndRelease = (key: string) => {
    done.set(key, lintKey(key));
    for (const rel of filesOfKey.get(key) ?? []) {
      const left = readers.get(rel)! - 1;
      readers.set(rel, left);
      // Failures stay (the set's parse-error findings read them at the end).
      if (left === 0 && outcomes.get(rel)?.ok) outcomes.delete(rel);
    }
  };
  // Held-back pages by the file they wait for, and how many files each still waits for.
  const keysWaitingForAnchors = new Map<string, string[]>();
  const anchorWaits = new Map<string, number>();
  const ready = (key: string) => {
    const pending = anchorsPending(key);
    if (pending.size === 0) return lintAndRelease(key);
    anchorWaits.set(key, pending.size);
    for (const rel of pending) keysWaitingForAnchors.set(rel, [...(keysWaitingForAnchors.get(rel) ?? []), key]);
  };
  const onArrival = (rel: string, outcome: OutlineOutcome) => {
    if (arrived.has(rel)) return;
    arrived.add(rel);
    outcomes.set(rel, outcome);
    f.anchors.noteLoaded(rel, outcome);
    for (const key of keysWaitingForAnchors.get(rel) ?? []) {
      const left = anchorWaits.get(key)! - 1;
      anchorWaits.set(key, left);
      if (left === 0) lintAndRelease(key);
    }
    keysWaitingForAnchors.delete(rel);
    for (const key of keysWaitingOn.get(rel) ?? []) {
      const left = waiting.get(key)! - 1;
      waiting.set(key, left);
      if (left === 0) ready(key);
    }
  };
  // Page by page, so pages finish loading (and are linted) one after another.
  const keys = [...keysInScope].sort();
  const inPageOrder = new Map<string, FileRef>();
  for (const key of keys) for (const p of pairsByKey.get(key) ?? []) for (const ref of [p.source, p.target]) if (ref && toLoad.has(ref.rel)) inPageOrder.set(ref.rel, ref);
  for (const [rel, ref] of toLoad) inPageOrder.set(rel, ref);
  // A streaming loader hands each outcome to onArrival and keeps none; one that does not
  // stream hands everything over here.
  const loaded = await f.c.load([...inPageOrder.values()], outlineOptions, config.maxFileSize, onArrival);
  for (const [rel, outcome] of loaded) onArrival(rel, outcome);
  // Pages with no file to load (every translation missing), and any still held back.
  for (const key of keys) if (!done.has(key)) lintAndRelease(key);
  return { keys, done };
}
