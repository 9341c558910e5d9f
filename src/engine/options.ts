// What a caller hands the engine (EngineOptions) and what a set's linting yields
// (SetResult, plain data the result cache stores): the engine's interface, apart from
// the files that implement it so they can all name it without importing each other.
import type { Diagnostic, FileFinding, FileRef, LocaleCoverage, RuleModule } from '../types.js';
import type { LintedFile } from './directives.js';
import type { OutlineLoader, OutlineReader } from '../load/in-thread.js';

/**
 * Where a set's findings are kept between runs (the result cache, beside the outline
 * cache): a set whose files, file list, config and code are unchanged is not linted again.
 */
export interface SetResultStore {
  /** The sha256 of each file's content, read now; null when one cannot be read (no reuse then). */
  hashFiles(files: readonly FileRef[], maxFileSize: number): Map<string, string> | null;
  get(set: string, digest: string): SetResult | undefined;
  put(set: string, digest: string, result: SetResult): void;
}

export interface EngineOptions {
  /** Only these locales (--locale). */
  locales?: readonly string[];
  /** Only these rules (--rule). */
  rules?: readonly string[];
  /** Keep outlines and alignment views for the HTML report. */
  includePairs?: boolean;
  /** Swap in parallel/cached loading (issue 7). */
  loadOutlines?: OutlineLoader;
  /** Reads one file's outline on demand (anchors of pages outside a narrowed run); default: parse it here, uncached. */
  readOutline?: OutlineReader;
  /** Makes readOutline usable (loads the parser); called once a set may need it. */
  prepareReadOutline?: () => Promise<void>;
  /** Reuse each set's findings while nothing they depend on changed (the CLI's cache). */
  results?: SetResultStore;
  /** The rules to run (default: the built-in registry); tests pass their own. */
  ruleModules?: readonly RuleModule[];
  /** Only pairs whose keys this returns true for (--changed-since, --shard). */
  pairFilter?: (set: string, key: string, locale: string) => boolean;
  /** Only file-level findings (missing, orphan, misnamed, duplicate) this returns true for; `key` is their pair's key (for an orphan: its file). */
  fileFindingFilter?: (finding: FileFinding, key: string) => boolean;
  /**
   * Texts to lint instead of what is on disk, by absolute path (the language server's
   * unsaved editor buffers). Each text is linted as if it were the file's decoded content
   * (after the BOM), so diagnostic positions and fix offsets refer to it. Only files that
   * discovery finds on disk are linted; an override for any other path is ignored. While
   * any is given, set results are neither reused nor stored (the cache's digest hashes disk bytes).
   */
  overrides?: ReadonlyMap<string, string>;
}

/** What linting one set yields: plain data, so it can be stored in the result cache and reused. */
export interface SetResult {
  /** Before dedupe and inline disables, which run over the whole run's findings. */
  diagnostics: Diagnostic[];
  /** The files whose pairs were linted, with what their inline disables need. */
  linted: LintedFile[];
  /** Files loaded (read and parsed, or taken from the outline cache). */
  files: string[];
  pairs: number;
  /** Coverage per locale of the set's pages in scope. */
  coverage: Array<[string, LocaleCoverage]>;
}
