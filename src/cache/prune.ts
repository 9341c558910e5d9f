// Which of the old file's entries a save keeps. An entry not looked up in this run (its
// locale or path was outside a narrowed run, or its set's findings were reused) is kept
// while its file exists and the config still lints it; the findings of a set the config no
// longer has are dropped. Entries looked up in this run are the run's to keep or replace.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RESULT_PREFIX } from './format.js';

/** What the config lints, for pruning what it no longer does (see OutlineCache.open). */
export interface CacheMembership {
  /** Names of the config's content sets (a set's findings are stored under its name). */
  sets: ReadonlySet<string>;
  /**
   * Absolute paths of every file in the config's set folders, or null when they cannot be
   * listed (then only entries of files that no longer exist are pruned). Called at most
   * once per save, and only when an entry was not looked up in the run.
   */
  files: () => ReadonlySet<string> | null;
}

/** Decides, entry by entry, what one save drops. */
export class PruneCheck {
  private files: ReadonlySet<string> | null | undefined;

  /** `base`: the folder entry paths are relative to (the cache file's: the loader keys them so). */
  constructor(private readonly base: string, private readonly membership: CacheMembership | null) {}

  /** Whether the entry `rel`, not looked up in this run, is dropped. */
  drops(rel: string): boolean {
    if (rel.startsWith(RESULT_PREFIX)) return this.membership !== null && !this.membership.sets.has(rel.slice(RESULT_PREFIX.length));
    const abs = path.resolve(this.base, rel);
    if (!existsSync(abs)) return true;
    if (!this.membership) return false;
    if (this.files === undefined) this.files = this.membership.files();
    return this.files !== null && !this.files.has(abs);
  }
}
