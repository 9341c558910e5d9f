// --changed-since <ref>: lint only the pairs touched since a git ref, whichever side
// changed. A changed source file re-checks all its locales; a changed locale file checks
// its pair (in consensus mode, every locale of its key: the consensus moves with it);
// added, renamed and deleted files give their file-level findings (missing, orphan,
// naming). A change to the config or a snapshot file re-checks its whole set.
// git runs without a shell, arguments as an array, paths read NUL-separated (-z).
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Config, ContentSetConfig, FileFinding } from '../types.js';
import type { RunScope } from './scope.js';
import { ConfigError } from '../config/error.js';
import { stripKnownSuffix } from '../discover.js';

const toPosix = (p: string) => p.split(path.sep).join('/');

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
}

function gitFailure(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr;
  return (typeof stderr === 'string' && stderr.trim().split('\n')[0]) || (error as Error).message;
}

/**
 * Files changed since `ref` (committed, staged, unstaged and untracked), as paths relative
 * to `root` (`../` for files outside it); deleted files and both sides of a rename included. Throws ConfigError when
 * `root` is not in a git work tree or the ref does not name a commit.
 */
export function changedFilesSince(ref: string, root: string): string[] {
  if (ref === '' || ref.startsWith('-')) throw new ConfigError(`--changed-since: "${ref}" is not a git ref`);
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], root).trim();
  } catch (error) {
    throw new ConfigError(`--changed-since needs a git repository, and ${root} is not in one (${gitFailure(error)})`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch {
    throw new ConfigError(`--changed-since: unknown git ref "${ref}" (in CI, fetch it first, e.g. "git fetch origin ${ref.replace(/^origin\//, '')}"; a shallow clone may lack it)`);
  }
  // Paths are relative to the top of the work tree: both commands run there.
  const tracked = git(['-c', 'core.quotepath=off', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', ref, '--'], top).split('\0');
  const changed = new Set<string>();
  for (let i = 0; i < tracked.length; ) {
    const status = tracked[i++];
    if (!status) continue;
    // Renames and copies (R100, C75) list the old path, then the new one.
    const paths = status.startsWith('R') || status.startsWith('C') ? 2 : 1;
    for (let k = 0; k < paths; k++) changed.add(tracked[i++]);
  }
  for (const file of git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')) if (file) changed.add(file);

  const realRoot = realpathSync(root);
  const realTop = realpathSync(top);
  // Kept even when outside the config's directory: a set may live there (allowOutsideRoot).
  return [...changed].map((file) => toPosix(path.relative(realRoot, path.join(realTop, file)))).sort();
}

function suffixesOf(set: ContentSetConfig): string[] {
  return [...set.locales.map((l) => l.suffix), set.source?.suffix ?? ''].filter((s) => s !== '');
}

/** A set's dir as changed paths are written: relative to the config's directory, '' for itself. */
function normalDir(root: string, dir: string): string {
  return toPosix(path.relative(root, path.resolve(root, dir)));
}

function under(dir: string, file: string): string | null {
  if (dir === '') return file.startsWith('../') ? null : file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : null;
}

interface ChangedKeys {
  wholeSet: boolean;
  /** Keys whose source file changed: every locale of them. */
  everyLocale: Set<string>;
  /** Keys whose file changed in one locale. */
  byLocale: Map<string, Set<string>>;
}

// Which keys a changed file belongs to, by the same naming rules discovery pairs with.
function changedKeysOf(set: ContentSetConfig, changed: readonly string[], configFile: string | null, root: string): ChangedKeys {
  const keys: ChangedKeys = { wholeSet: false, everyLocale: new Set(), byLocale: new Map(set.locales.map((l) => [l.locale, new Set<string>()])) };
  const snapshot = set.canonical ? toPosix(path.relative(root, set.canonical)) : null;
  const suffixes = suffixesOf(set);
  const sourceDir = set.source ? normalDir(root, set.source.dir) : null;
  for (const file of changed) {
    if (file === configFile || file === snapshot) keys.wholeSet = true;
    if (set.source && sourceDir !== null) {
      const rel = under(sourceDir, file);
      if (rel !== null) {
        const { neutral, suffix } = stripKnownSuffix(rel, suffixes);
        if (set.keepNames.includes(path.posix.basename(rel))) keys.everyLocale.add(rel);
        else if (suffix === (set.source.suffix ?? '')) keys.everyLocale.add(set.source.suffix ? neutral : rel);
      }
    }
    for (const locale of set.locales) {
      const dir = normalDir(root, locale.dir);
      const rel = under(dir, file);
      if (rel === null) continue;
      const { neutral, suffix } = stripKnownSuffix(rel, suffixes);
      const sharer = set.locales.find((l) => l !== locale && normalDir(root, l.dir) === dir && l.suffix === suffix);
      const sourceOwns = sourceDir === dir && suffix === (set.source?.suffix ?? '');
      if (sharer || (sourceOwns && !set.keepNames.includes(path.posix.basename(rel)))) continue;
      // Its own file, or a misnamed one (no suffix, another suffix) that discovery still pairs.
      keys.byLocale.get(locale.locale)!.add(set.keepNames.includes(path.posix.basename(rel)) ? rel : neutral);
    }
  }
  if (!set.source && !set.canonical) for (const localeKeys of keys.byLocale.values()) for (const key of localeKeys) keys.everyLocale.add(key);
  return keys;
}

/** What --changed-since reads of the config: the sets' folders under `root`, and the config file (a change to it changes every pair). */
export type ChangedFilesConfig = Pick<Config, 'root' | 'file' | 'sets'>;

/** The engine filters of a run narrowed to the pairs the changed files touch. */
export function changedFilesScope(config: ChangedFilesConfig, changed: readonly string[]): RunScope {
  const configFile = config.file ? toPosix(path.relative(config.root, config.file)) : null;
  const bySet = new Map(config.sets.map((set) => [set.name, changedKeysOf(set, changed, configFile, config.root)]));
  const pairFilter = (set: string, key: string, locale: string): boolean => {
    const keys = bySet.get(set);
    return Boolean(keys && (keys.wholeSet || keys.everyLocale.has(key) || keys.byLocale.get(locale)?.has(key)));
  };
  const fileFindingFilter = (finding: FileFinding, key: string): boolean => pairFilter(finding.set, finding.kind === 'orphan' ? orphanKey(config, finding) : key, finding.locale);
  return { pairFilter, fileFindingFilter };
}

/** An orphan's neutral key: the key its source file had (or would have). */
export function orphanKey(config: Pick<Config, 'root' | 'sets'>, finding: FileFinding): string {
  const set = config.sets.find((s) => s.name === finding.set);
  const locale = set?.locales.find((l) => l.locale === finding.locale);
  if (!set || !locale) return finding.file;
  const rel = toPosix(path.relative(path.resolve(config.root, locale.dir), path.resolve(config.root, finding.file)));
  const suffixes = suffixesOf(set);
  return stripKnownSuffix(rel, suffixes).neutral;
}
