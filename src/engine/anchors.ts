// Anchors by file (heading slugs, explicit IDs, HTML ids), for link-broken's `page.md#anchor` check. A run narrowed by
// --shard or --changed-since loads only its own pairs, yet its links still point into
// pages outside them: those pages' headings are read on first use, so a narrowed run
// reports exactly what the full run reports for the same pairs. Pages the run loads
// arrive while rules already run (the engine lints a page as soon as its files are in);
// the engine holds back a pair whose links point at a page still loading, so a lookup
// never sees one.
import type { FilePair, FileRef, SluggerName } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import { anchorsOf } from '../outline/anchors.js';

export class AnchorsByFile extends Map<string, ReadonlySet<string>> {
  private readonly unloaded = new Map<string, FileRef>();

  constructor(
    /** The run's loaded outcomes so far (a live map: it grows while loading). */
    private readonly loaded: ReadonlyMap<string, OutlineOutcome>,
    /** Files the run loads itself (never read here). */
    loading: ReadonlySet<string>,
    pairs: readonly FilePair[],
    private readonly read: (file: FileRef) => OutlineOutcome,
    /** The site's slugger (the set's `slugger`). */
    private readonly slugger: SluggerName = 'github',
  ) {
    super();
    for (const pair of pairs) {
      for (const ref of [pair.source, pair.target]) if (ref && !loading.has(ref.rel)) this.unloaded.set(ref.rel, ref);
    }
  }

  override get(rel: string): ReadonlySet<string> | undefined {
    if (super.has(rel)) return super.get(rel);
    const ref = this.unloaded.get(rel);
    let outcome = this.loaded.get(rel);
    if (!outcome && ref) {
      this.unloaded.delete(rel);
      outcome = this.read(ref);
    }
    if (outcome?.ok) super.set(rel, anchorsOf(outcome.outline, this.slugger));
    return super.get(rel);
  }

  override has(rel: string): boolean {
    return this.get(rel) !== undefined;
  }
}
