// Heading slugs by file, for link-broken's `page.md#anchor` check. A run narrowed by
// --shard or --changed-since loads only its own pairs, yet its links still point into
// pages outside them: those pages' headings are read on first use, so a narrowed run
// reports exactly what the full run reports for the same pairs.
import type { FilePair, FileRef } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';

export class AnchorsByFile extends Map<string, ReadonlySet<string>> {
  private readonly unloaded = new Map<string, FileRef>();

  constructor(
    loaded: ReadonlyMap<string, OutlineOutcome>,
    pairs: readonly FilePair[],
    private readonly read: (file: FileRef) => OutlineOutcome,
  ) {
    super();
    for (const [rel, outcome] of loaded) if (outcome.ok) super.set(rel, slugsOf(outcome));
    for (const pair of pairs) {
      for (const ref of [pair.source, pair.target]) if (ref && !loaded.has(ref.rel)) this.unloaded.set(ref.rel, ref);
    }
  }

  override get(rel: string): ReadonlySet<string> | undefined {
    const ref = this.unloaded.get(rel);
    if (ref) {
      this.unloaded.delete(rel);
      const outcome = this.read(ref);
      if (outcome.ok) super.set(rel, slugsOf(outcome));
    }
    return super.get(rel);
  }

  override has(rel: string): boolean {
    return this.get(rel) !== undefined;
  }
}

function slugsOf(outcome: Extract<OutlineOutcome, { ok: true }>): ReadonlySet<string> {
  return new Set(outcome.outline.headings.map((h) => h.slug));
}
