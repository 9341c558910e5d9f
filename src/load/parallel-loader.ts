// The parallel, cached OutlineLoader. Parsing is nearly the whole cost of a run, so each
// file is parsed at most once per run, on every core, and never again while unchanged:
//   1. with a cache, every file is read and hashed here and looked up; hits are done;
//   2. the misses are parsed: in this thread when they are few (workers cost more than
//      they save), else on worker threads, in batches taken in page order and shrinking
//      toward the end (guidedBatches);
//   3. workers send back outcomes as JSON text (plain data, never mdast), which is what
//      the cache stores, so the main thread never re-serializes an outline.
// The main thread never loads the parser unless it parses in-thread (lazy import).
import { statSync } from 'node:fs';
import { readContained } from '../io/read.js';
import os from 'node:os';
import path from 'node:path';
import type { FileRef } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import type { OutlineOptions } from '../outline/index.js';
import { hashContent, type OutlineCache, type OutlineCacheStats } from '../cache/outline-cache.js';
import type { OutlineLoader } from './in-thread.js';
import { WorkerPool, guidedBatches, type OutlineBatch, type OutlineBatchResult } from './worker-pool.js';

export { guidedBatches, batchTarget, type OutlineBatch, type OutlineBatchResult } from './worker-pool.js';

export interface LoadProgress {
  /** Files handed to the loader so far (all sets). */
  total: number;
  /** Of those, files done (from the cache or parsed). */
  done: number;
  hits: number;
  parsed: number;
}

export interface LoaderStats {
  files: number;
  bytesParsed: number;
  parsed: number;
  /** Files parsed in this thread (small runs), and on workers. */
  parsedInThread: number;
  parsedOnWorkers: number;
  workersStarted: number;
  batches: number;
}

/**
 * Below this many bytes to parse, workers cost more than they save. A worker's start (a
 * thread, an isolate, loading unified + micromark) costs ~0.15 s on an idle 2-core machine,
 * repaid on two cores from about 2 × 0.15 s × the parse rate (~1 MB/s) ≈ 300 KB. Measured
 * with `node dist/scripts/bench.js --threshold` (docs/performance.md): under load, with
 * no idle core, workers did not win below 512 KB at all.
 */
export const IN_THREAD_BELOW_BYTES = 256 * 1024;

export interface ParallelLoaderOptions {
  /** Worker threads to use at most (default: os.availableParallelism()). 1: parse in this thread. */
  jobs?: number;
  cache?: OutlineCache | null;
  /** Cache entries are keyed by path relative to this directory (the cache file's). */
  cacheRoot?: string;
  onProgress?: (progress: LoadProgress) => void;
  inThreadBelowBytes?: number;
}

interface Miss {
  index: number;
  ref: FileRef;
  size: number;
  bytes?: Uint8Array;
  hash?: string;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

export class ParallelOutlineLoader {
  readonly stats: LoaderStats = { files: 0, bytesParsed: 0, parsed: 0, parsedInThread: 0, parsedOnWorkers: 0, workersStarted: 0, batches: 0 };
  readonly load: OutlineLoader;
  readonly jobs: number;
  private readonly cache: OutlineCache | null;
  private readonly cacheRoot: string;
  private readonly threshold: number;
  private readonly progress: LoadProgress = { total: 0, done: 0, hits: 0, parsed: 0 };
  private pool: WorkerPool | null = null;

  constructor(private readonly options: ParallelLoaderOptions = {}) {
    this.jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
    this.cache = options.cache ?? null;
    this.cacheRoot = options.cacheRoot ?? (this.cache ? path.dirname(this.cache.file) : process.cwd());
    this.threshold = options.inThreadBelowBytes ?? IN_THREAD_BELOW_BYTES;
    this.load = (files, outlineOptions, maxFileSize, onOutcome) => this.loadFiles(files, outlineOptions, maxFileSize, onOutcome);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }

  private poolOf(size: number): WorkerPool {
    this.pool ??= new WorkerPool();
    this.stats.workersStarted += this.pool.grow(size);
    return this.pool;
  }

  private report(): void {
    this.options.onProgress?.({ ...this.progress });
  }

  private cacheFor(outlineOptions: OutlineOptions, maxFileSize: number): OutlineCache | null {
    // A cache opened for other parse options is not consulted (runs open it for the config's).
    return this.cache?.accepts(outlineOptions.labelPattern?.source ?? null, maxFileSize, outlineOptions.markdownDialect, outlineOptions.maxLineLength) ? this.cache : null;
  }

  /** Files read and hashed for the result cache, kept for the outline lookup that may follow (one set at a time). */
  private hashed = new Map<string, { bytes: Uint8Array; hash: string }>();

  /** Reads and hashes files (for the result cache's digest); null when one cannot be read. */
  hashFiles(files: readonly FileRef[], maxFileSize: number): Map<string, string> | null {
    this.hashed.clear();
    const hashes = new Map<string, string>();
    for (const ref of files) {
      const read = readAndHash(ref, maxFileSize);
      if (!read) return null;
      this.hashed.set(ref.abs, read);
      hashes.set(ref.rel, read.hash);
    }
    return hashes;
  }

  releaseHashed(): void {
    this.hashed.clear();
  }

  /** Reads and hashes a file and looks it up: the outcome on a hit, else what parsing it needs. */
  private lookUp(ref: FileRef, index: number, cache: OutlineCache | null, maxFileSize: number): OutlineOutcome | Miss {
    if (!cache) return { index, ref, size: sizeOf(ref.abs) };
    const read = this.hashed.get(ref.abs) ?? readAndHash(ref, maxFileSize);
    this.hashed.delete(ref.abs);
    // Unreadable: parsed below, where the read is retried and reported as a parse problem.
    if (!read) return { index, ref, size: 0 };
    const { bytes, hash } = read;
    const hit = cache.get(this.cacheKeyOf(ref), hash);
    if (!hit) return { index, ref, size: bytes.length, bytes, hash };
    this.progress.hits++;
    return hit;
  }

  /** Keeps a parsed file's outcome (as the worker's JSON, so every path yields the same data) and caches it. */
  private stored(miss: Miss, json: string, cache: OutlineCache | null): OutlineOutcome {
    const outcome = JSON.parse(json) as OutlineOutcome;
    if (cache && miss.hash) cache.put(this.cacheKeyOf(miss.ref), miss.hash, outcome);
    this.stats.parsed++;
    this.stats.bytesParsed += miss.size;
    this.progress.parsed++;
    return outcome;
  }

  private async loadFiles(
    files: readonly FileRef[],
    outlineOptions: OutlineOptions,
    maxFileSize: number,
    onOutcome?: (rel: string, outcome: OutlineOutcome) => void,
  ): Promise<Map<string, OutlineOutcome>> {
    const outcomes: Array<OutlineOutcome | undefined> = new Array(files.length);
    const cache = this.cacheFor(outlineOptions, maxFileSize);
    this.stats.files += files.length;
    this.progress.total += files.length;
    this.report();
    const misses: Miss[] = [];
    // Cache hits first, then each parsed file as its answer comes in: the engine lints while
    // workers parse. Streamed outcomes are not kept here (the engine drops each page's once
    // it is linted), so the map returned is then empty.
    const arrived = (index: number, outcome: OutlineOutcome) => {
      this.progress.done++;
      if (onOutcome) onOutcome(files[index].rel, outcome);
      else outcomes[index] = outcome;
    };
    files.forEach((ref, index) => {
      const found = this.lookUp(ref, index, cache, maxFileSize);
      if ('ok' in found) arrived(index, found);
      else misses.push(found);
    });
    this.hashed.clear();
    this.report();

    const store = (miss: Miss, json: string) => arrived(miss.index, this.stored(miss, json, cache));
    const missBytes = misses.reduce((sum, m) => sum + m.size, 0);
    if (misses.length > 0 && (this.jobs === 1 || missBytes < this.threshold || misses.length === 1)) {
      await this.parseInThread(misses, outlineOptions, maxFileSize, store);
    } else if (misses.length > 0) {
      await this.parseOnWorkers(misses, missBytes, outlineOptions, maxFileSize, store);
    }
    return onOutcome ? new Map() : new Map(files.map((ref, i) => [ref.rel, outcomes[i]!]));
  }

  private fromFile: typeof import('../outline/from-file.js') | null = null;

  /** Loads the parser into this thread, for readOne (synchronous, so it cannot load it itself). */
  async prepareReadOne(): Promise<void> {
    this.fromFile ??= await import('../outline/from-file.js');
  }

  /**
   * One file, synchronously, through the cache: what the engine reads on demand (the
   * headings of pages outside a narrowed run, for link anchors). Needs prepareReadOne().
   */
  readOne(ref: FileRef, outlineOptions: OutlineOptions, maxFileSize: number): OutlineOutcome {
    const cache = this.cacheFor(outlineOptions, maxFileSize);
    this.stats.files++;
    const found = this.lookUp(ref, 0, cache, maxFileSize);
    if ('ok' in found) return found;
    return this.stored(found, JSON.stringify(this.parseHere(found, outlineOptions, maxFileSize)), cache);
  }

  private parseHere(miss: Miss, outlineOptions: OutlineOptions, maxFileSize: number): OutlineOutcome {
    const { outlineFormatOf, outlineFromBytes, outlineFromFile } = this.fromFile!;
    this.stats.parsedInThread++;
    return miss.bytes ? outlineFromBytes(miss.bytes, outlineOptions, maxFileSize, outlineFormatOf(miss.ref.abs)) : outlineFromFile(miss.ref.abs, outlineOptions, maxFileSize, miss.ref.within);
  }

  private cacheKeyOf(ref: FileRef): string {
    return path.relative(this.cacheRoot, ref.abs).split(path.sep).join('/');
  }

  private async parseInThread(misses: Miss[], outlineOptions: OutlineOptions, maxFileSize: number, store: (miss: Miss, json: string) => void): Promise<void> {
    await this.prepareReadOne();
    for (const miss of misses) {
      store(miss, JSON.stringify(this.parseHere(miss, outlineOptions, maxFileSize)));
      this.report();
    }
  }

  private async parseOnWorkers(misses: Miss[], missBytes: number, outlineOptions: OutlineOptions, maxFileSize: number, store: (miss: Miss, json: string) => void): Promise<void> {
    const labelPattern = outlineOptions.labelPattern?.source ?? null;
    const batches = guidedBatches(misses, missBytes, this.jobs).map((group, i): { batch: OutlineBatch; misses: Miss[] } => ({
      misses: group,
      batch: {
        id: this.stats.batches + i,
        labelPattern,
        markdownDialect: outlineOptions.markdownDialect,
        maxFileSize,
        maxLineLength: outlineOptions.maxLineLength,
        files: group.map((m) => ({ key: m.index, abs: m.ref.abs, within: m.ref.within, bytes: m.bytes })),
      },
    }));
    this.stats.batches += batches.length;
    const byIndex = new Map(misses.map((m) => [m.index, m]));
    const pool = this.poolOf(Math.min(this.jobs, batches.length));
    const parsedBefore = this.stats.parsed;
    const leftovers = await pool.run(
      batches.map((b) => b.batch),
      (result) => {
        for (const { key, json } of result.results) {
          store(byIndex.get(key)!, json);
        }
        this.report();
      },
    );
    this.stats.parsedOnWorkers += this.stats.parsed - parsedBefore;
    // Batches whose worker died (out of memory, killed) are parsed here, so the run completes.
    if (leftovers.length > 0) {
      const ids = new Set(leftovers.map((b) => b.id));
      // Their bytes went to the dead worker (transferred): read the files again.
      const again = batches.filter((b) => ids.has(b.batch.id)).flatMap((b) => b.misses.map((m) => ({ ...m, bytes: undefined })));
      await this.parseInThread(again, outlineOptions, maxFileSize, store);
    }
  }
}

// Through the contained, bounded reader: a refused file (a link out of the root, a FIFO, too
// large) is null here and reported as a parse problem when it is parsed (read again there).
function readAndHash(ref: FileRef, maxFileSize: number): { bytes: Uint8Array; hash: string } | null {
  const bytes = readContained(ref.abs, ref.within, maxFileSize);
  return bytes instanceof Uint8Array ? { bytes, hash: hashContent(bytes) } : null;
}

function sizeOf(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return 0;
  }
}
