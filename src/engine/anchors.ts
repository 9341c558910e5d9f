// Anchors by file (heading slugs, explicit IDs, HTML ids), for link-broken's `page.md#anchor` check,
// kept as small sets of strings so a page's outline can be dropped once its page is linted
// while its anchors stay for the pages that link to it. A page the run loads gives its
// anchors as it arrives (noteLoaded); the engine holds back a page whose links point at a
// page still loading, so a lookup never misses one. A run narrowed by --shard or
// --changed-since loads only its own pairs, yet its links still point into pages outside
// them: those pages are read on first use (from the cache when it has them), their anchors
// kept and their outlines dropped, so a narrowed run reports exactly what the full run
// reports for the same pairs.
import type { FilePair, FileRef, SluggerName } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import { anchorsOf } from '../outline/anchors.js';

export class AnchorsByFile extends Map<string, ReadonlySet<string>> {
  private readonly unloaded = new Map<string, FileRef>();

  constructor(
    /** Files the run loads itself (never read here: they arrive through noteLoaded). */
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

  /** A loaded file's anchors, taken as it arrives (a file that failed to parse has none). */
  noteLoaded(rel: string, outcome: OutlineOutcome): void {
    if (outcome.ok && !super.has(rel)) super.set(rel, anchorsOf(outcome.outline, this.slugger));
  }

  override get(rel: string): ReadonlySet<string> | undefined {
    if (super.has(rel)) return super.get(rel);
    const ref = this.unloaded.get(rel);
    if (!ref) return undefined;
    this.unloaded.delete(rel);
    const outcome = this.read(ref);
    if (outcome.ok) super.set(rel, anchorsOf(outcome.outline, this.slugger));
    return super.get(rel);
  }

  override has(rel: string): boolean {
    return this.get(rel) !== undefined;
  }
}
