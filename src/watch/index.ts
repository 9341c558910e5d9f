// `l10n-lint --watch`: lint once and print the report, then lint again after every change
// under the sets' folders (a save, a new or deleted file, the config) and print only what
// changed since the run before: each new finding (`+`) and each fixed one (`-`), matched
// by fingerprint, so a finding that only moved lines is neither.
//
// The watcher is chokidar (4.x): Node's own fs.watch reports an editor's atomic save
// (write a temporary file, rename it over the page) as a rename of the temporary file, or
// twice, depending on the platform, and its `recursive` option is missing or was unreliable
// on Linux before Node 20; chokidar turns all of that into one `change` per saved file on
// Linux, macOS and Windows alike, with one dependency.
//
// Each run is a whole lint through the caches: unchanged files' outlines come from the
// outline cache and unchanged sets' findings from the result cache, so a save parses one
// file and re-runs the rules over its set only, and findings in other pages that depend on
// the saved one (link anchors, missing files) are right too.
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Config, Diagnostic, LintResult } from '../types.js';
import type { EngineOptions } from '../engine/lint.js';
import { runEngineWithLoading } from '../engine/run.js';
import { formatFindingLine } from '../reporters/stylish.js';
import { loadReporter } from '../reporters/index.js';
import { resolveLintConfig } from '../index.js';
import type { CliIo } from '../cli-io.js';

export interface WatchOptions {
  jobs?: number;
  cacheFile: string | null;
  /** Quiet time after the last change before linting, in milliseconds. */
  debounceMs?: number;
  /** Stops watching when aborted (default: SIGINT or SIGTERM). */
  signal?: AbortSignal;
}

export const DEFAULT_WATCH_DEBOUNCE_MS = 100;

/**
 * What changed between two runs: findings only in the later one (new), only in the earlier
 * (fixed). Matched by fingerprint first; what is left is matched by file, rule and message
 * with line numbers taken out, because some structural keys (a block's index) move when a
 * paragraph is added above, and the writer did not fix and re-make those findings.
 */
export function diffFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): { added: Diagnostic[]; fixed: Diagnostic[] } {
  const was = new Set(before.map((d) => d.fingerprint));
  const is = new Set(after.map((d) => d.fingerprint));
  const added = after.filter((d) => !was.has(d.fingerprint));
  const fixed = before.filter((d) => !is.has(d.fingerprint));
  const key = (d: Diagnostic) => `${d.file}\u0000${d.ruleId}\u0000${d.message.replace(/\bline \d+/g, 'line')}`;
  const left = new Map<string, number>();
  for (const d of fixed) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  const moved = new Map<string, number>();
  const reallyAdded = added.filter((d) => {
    const n = left.get(key(d)) ?? 0;
    if (n === 0) return true;
    left.set(key(d), n - 1);
    moved.set(key(d), (moved.get(key(d)) ?? 0) + 1);
    return false;
  });
  const reallyFixed = fixed.filter((d) => {
    const n = moved.get(key(d)) ?? 0;
    if (n === 0) return true;
    moved.set(key(d), n - 1);
    return false;
  });
  return { added: reallyAdded, fixed: reallyFixed };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clock = () => new Date().toTimeString().slice(0, 8);

/** The lines printed after a re-lint: a header, then `+ file:line:col: message [rule]` and `- …`. */
export function formatChanges(changedFiles: readonly string[], before: readonly Diagnostic[], result: LintResult, time = clock()): string {
  const { added, fixed } = diffFindings(before, result.diagnostics);
  const what = changedFiles.length === 1 ? changedFiles[0] : `${changedFiles.length} files`;
  const delta = added.length + fixed.length === 0 ? 'no new or fixed findings' : `${added.length} new, ${fixed.length} fixed`;
  const lines = [`[${time}] ${what} changed: ${delta}; now ${plural(result.summary.errors, 'error')}, ${plural(result.summary.warnings, 'warning')}`];
  for (const d of added) lines.push(`  + ${formatFindingLine(d)}`);
  for (const d of fixed) lines.push(`  - ${formatFindingLine(d)}`);
  return `${lines.join('\n')}\n`;
}

/** The folders a config's sets read (source, locales), relative paths resolved against its root. */
export function watchedFolders(config: Pick<Config, 'root' | 'sets'>): string[] {
  const dirs = new Set<string>();
  for (const set of config.sets) {
    if (set.source) dirs.add(path.resolve(config.root, set.source.dir));
    for (const l of set.locales) dirs.add(path.resolve(config.root, l.dir));
    if (set.canonical) dirs.add(path.resolve(config.root, set.canonical));
  }
  return [...dirs].sort();
}

/** Runs until stopped (options.signal, else SIGINT/SIGTERM); resolves 0, or 2 when the watcher fails. */
export async function runWatch(initialConfig: Config, engineOptions: EngineOptions, options: WatchOptions, io: CliIo): Promise<number> {
  let config = initialConfig;
  const lintNow = () => runEngineWithLoading(config, engineOptions, { jobs: options.jobs, cacheFile: options.cacheFile });
  let last = await lintNow();
  io.stdout((await loadReporter('stylish'))(last, { root: config.root, color: io.isTTY }));
  const folders = watchedFolders(config);
  const cacheName = options.cacheFile ? path.basename(options.cacheFile) : '.l10n-lint-cache';
  // The cache (and its temporary files) is written by the runs themselves: never a change.
  const ignored = (file: string) => path.basename(file).startsWith(cacheName) || path.basename(file).startsWith(`.${cacheName}`);
  const watcher: FSWatcher = watch([...folders, ...(config.file ? [config.file] : [])], { ignoreInitial: true, ignored, atomic: true });

  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const relint = async () => {
    const files = [...changed].map((f) => path.relative(config.root, f).split(path.sep).join('/')).sort();
    const configChanged = config.file !== null && changed.has(config.file);
    changed.clear();
    if (configChanged && config.file) {
      try {
        config = resolveLintConfig({ config: config.file, cwd: io.cwd });
      } catch (error) {
        io.stderr(`l10n-lint: ${(error as Error).message}; still linting with the config as it was\n`);
        return;
      }
    }
    try {
      const result = await lintNow();
      io.stdout(formatChanges(files, last.diagnostics, result));
      last = result;
    } catch (error) {
      io.stderr(`l10n-lint: ${(error as Error).message}\n`);
    }
  };
  const onChange = (file: string) => {
    changed.add(path.resolve(file));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running.then(relint);
    }, options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS);
  };
  watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);

  return new Promise<number>((resolve) => {
    let failed = false;
    const stop = () => {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.then(() => watcher.close()).then(() => resolve(failed ? 2 : 0));
    };
    watcher.on('error', (error) => {
      io.stderr(`l10n-lint: watching failed: ${(error as Error).message}\n`);
      failed = true;
      stop();
    });
    watcher.on('ready', () => io.stderr(`l10n-lint: watching ${plural(folders.length, 'folder')} for changes (Ctrl+C to stop)\n`));
    if (options.signal) options.signal.addEventListener('abort', stop, { once: true });
    else {
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }
  });
}
