// Where the engine is assembled for the command line, the language server and --watch:
// runEngine with the parallel, cached loader (src/load/), the outline cache opened and
// saved around it, and the result cache (a set's findings reused while nothing they
// depend on changed).
import type { Config, FileRef, LintResult } from '../types.js';
import type { OutlineOptions } from '../outline/index.js';
import type { OutlineCache, OutlineCacheStats } from '../cache/outline-cache.js';
import { ParallelOutlineLoader, type LoadProgress } from '../load/parallel-loader.js';

export { type LoadProgress } from '../load/parallel-loader.js';
import { runEngine, type EngineOptions, type SetResult, type SetResultStore } from './lint.js';

export interface LoadingOptions {
  /** Worker threads (default: os.availableParallelism()). */
  jobs?: number;
  /** With a cache: reuse a set's findings while nothing they depend on changed (default true). */
  reuseResults?: boolean;
  /** The cache file, or null for no cache. */
  cacheFile?: string | null;
  onProgress?: (progress: LoadProgress) => void;
  inThreadBelowBytes?: number;
}

/** The result cache: set findings stored in the outline cache's file, digests over the loader's hashes. */
function resultStore(cache: OutlineCache, loader: ParallelOutlineLoader): SetResultStore {
  return {
    hashFiles: (files, maxFileSize) => loader.hashFiles(files, maxFileSize),
    get: (set, digest) => {
      const result = cache.getResult(set, digest) as SetResult | undefined;
      // Reused: the set's files will not be looked up, so their bytes need not be kept.
      if (result) loader.releaseHashed();
      return result;
    },
    put: (set, digest, result) => cache.putResult(set, digest, JSON.stringify(result)),
  };
}

/** What `result.meta.cache` holds: the cache's counts, or `enabled: false` and what was parsed. */
export type CacheMeta = ({ enabled: true } & OutlineCacheStats) | { enabled: false; hits: 0; misses: number; parsed: number };

/**
 * runEngine with the parallel, cached loader: opens the cache, lints, saves the cache
 * (only when something changed) and records `meta.cache` and `meta.loading`.
 */
export async function runEngineWithLoading(config: Config, engineOptions: EngineOptions, loading: LoadingOptions = {}): Promise<LintResult> {
  const { openOutlineCache } = await import('../cache/open.js');
  const cache = loading.cacheFile ? openOutlineCache(config, loading.cacheFile) : null;
  const loader = new ParallelOutlineLoader({ jobs: loading.jobs, cache, onProgress: loading.onProgress, inThreadBelowBytes: loading.inThreadBelowBytes });
  try {
    const result = await runEngine(config, {
      ...engineOptions,
      loadOutlines: loader.load,
      // Pages outside a narrowed run are read on demand (link anchors): through the cache too.
      readOutline: (ref: FileRef, options: OutlineOptions, maxFileSize: number) => loader.readOne(ref, options, maxFileSize),
      prepareReadOutline: () => loader.prepareReadOne(),
      ...(cache && loading.reuseResults !== false ? { results: resultStore(cache, loader) } : {}),
    });
    const cacheMeta: CacheMeta = cache
      ? { enabled: true, ...cache.save() }
      : { enabled: false, hits: 0, misses: loader.stats.files, parsed: loader.stats.parsed };
    result.meta = { ...result.meta, cache: cacheMeta, loading: { jobs: loader.jobs, ...loader.stats } };
    return result;
  } finally {
    cache?.discard();
    await loader.close();
  }
}
