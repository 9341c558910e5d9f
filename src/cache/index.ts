// Where the outline cache lives and when it is on, ESLint's `--cache` being the model:
//   --cache-location <path>  a file, or a directory to hold `.l10n-lint-cache`
//                            (default: the config's `cache.location`, else
//                            `node_modules/.cache/l10n-lint/.l10n-lint-cache`, see
//                            defaultCacheDir: out of the working tree and of `git status`);
//   on by default in a local run; off by default when the CI environment variable is set
//   (fresh CI machines have no cache to reuse, and a CI that restores one says so with
//   --cache); --no-cache turns it off, --cache turns it on.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
// This module stays light (the CLI loads it at startup); opening the cache is in open.ts.
import type { Config } from '../types.js';
import { DEFAULT_CACHE_FILE } from './outline-cache.js';
import { gitTopLevel } from '../repo-root.js';

export { OutlineCache, DEFAULT_CACHE_FILE } from './outline-cache.js';
export type { OutlineCacheStats } from './outline-cache.js';
export { cacheSizeBytes } from './size.js';

/** True when the environment says this is a CI run (the `CI` variable, as set by GitHub Actions, GitLab, CircleCI...). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Whether the cache is used: `--cache`/`--no-cache` when given, else on unless in CI. */
export function cacheEnabled(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag ?? !isCi(env);
}

/** The cache file for a run: `--cache-location` (relative to cwd), the config's `cache.location` (relative to the config), or the default. */
export function resolveCacheFile(config: Config, location: string | undefined, cwd: string): string {
  const configured = config.cache?.location;
  const given = location ?? configured;
  if (given === undefined) return defaultCacheFile(config.root);
  const resolved = path.resolve(location !== undefined ? cwd : config.root, given);
  // Like ESLint: a path ending in a separator, or an existing directory, holds the default file name.
  if (/[\\/]$/.test(given) || isDirectory(resolved)) return path.join(resolved, DEFAULT_CACHE_FILE);
  return resolved;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** How --help names the default cache folder. */
export const DEFAULT_CACHE_DIR_HINT = 'node_modules/.cache/l10n-lint/ (the nearest node_modules above the config)';

/**
 * The default cache folder, by the convention of ESLint, Babel, Prettier and find-cache-dir:
 * `node_modules/.cache/l10n-lint` in the nearest folder from the config's folder upward that
 * has a node_modules (not past the git top level, so another project's is never used), else
 * beside the config (created when the cache is written). node_modules is ignored by every
 * JavaScript project's .gitignore, so the cache stays out of `git status`.
 */
export function defaultCacheDir(configRoot: string): string {
  const stop = gitTopLevel(configRoot);
  let dir = path.resolve(configRoot);
  for (;;) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'l10n-lint');
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) break;
    dir = parent;
  }
  return path.join(configRoot, 'node_modules', '.cache', 'l10n-lint');
}

/**
 * The default cache file: in defaultCacheDir, one file per config (named from the config's
 * folder relative to the cache folder, as ESLint names a cache in a directory from its cwd),
 * so two configs of one repository neither share entries nor prune each other's.
 */
export function defaultCacheFile(configRoot: string): string {
  const dir = defaultCacheDir(configRoot);
  const id = createHash('sha256').update(path.relative(dir, path.resolve(configRoot)).split(path.sep).join('/')).digest('hex').slice(0, 12);
  return path.join(dir, `${DEFAULT_CACHE_FILE}-${id}`);
}
