// Which of the old file's entries a save keeps. An entry not looked up in this run (its
// locale or path was outside a narrowed run, or its set's findings were reused) is kept
// while its file exists and lies in one of the config's set folders; the findings of a set
// the config no longer has are dropped. Entries looked up in this run are the run's to
// keep or replace.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RESULT_PREFIX } from './format.js';

/** What the config lints, for pruning what it no longer does (see OutlineCache.open). */
export interface CacheMembership {
  /** Names of the config's content sets (a set's findings are stored under its name). */
  sets: ReadonlySet<string>;
  /**
   * Absolute paths of the config's set folders (every source and locale `dir`): discover
   * lists every file under them, so a file elsewhere is no longer the config's. A path
   * test, not a listing: a save stats each kept entry once and lists no folder.
   */
  folders: readonly string[];
}

/** Decides, entry by entry, what one save drops. */
export class PruneCheck {
  private readonly prefixes: string[] | null;

  /** `base`: the folder entry paths are relative to (the cache file's: the loader keys them so). */
  constructor(private readonly base: string, private readonly membership: CacheMembership | null) {
    this.prefixes = membership ? membership.folders.map((dir) => (path.resolve(dir).endsWith(path.sep) ? path.resolve(dir) : path.resolve(dir) + path.sep)) : null;
  }

  /** Whether the entry `rel`, not looked up in this run, is dropped. */
  drops(rel: string): boolean {
    if (rel.startsWith(RESULT_PREFIX)) return this.membership !== null && !this.membership.sets.has(rel.slice(RESULT_PREFIX.length));
    const abs = path.resolve(this.base, rel);
    if (this.prefixes && !this.prefixes.some((prefix) => abs.startsWith(prefix))) return true;
    return !existsSync(abs);
  }
}
