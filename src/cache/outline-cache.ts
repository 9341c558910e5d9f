// The outline cache: one file on disk holding each file's outline (or parse problem),
// compactly encoded (entry-codec.ts), keyed by its path and the sha256 of its content,
// under a key made of the tool version, OUTLINE_VERSION, the parser versions and the parse
// options. A warm run reads and hashes every file and parses none.
//
// Layout (so memory stays bounded whatever the corpus size): a magic header line, the
// entries' bytes one after another (each followed by a newline), then an index line
// (JSON), then a fixed-width trailer giving the index's offset.
// Opening reads only the trailer and the index; an entry is read (pread) when it is hit.
// Saving streams the new entries to a temp file as they are produced, copies the entries
// kept from the old file, appends the index and renames the temp file over the old one.
// A corrupt, truncated or foreign file is ignored, never an error; it is replaced only when
// it is the cache's own (it starts with CACHE_MAGIC, which even a truncated cache keeps, or
// ends with the trailer below, as caches written before the header did): a
// `cache.location` pointing at someone else's file, a link or a device leaves it unchanged
// (the cache is then not written). The temporary file is created exclusively under a
// random name beside the cache file, so a planted link cannot redirect the write.
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { createTemporaryBeside } from '../io/write.js';
import path from 'node:path';
import type { OutlineOutcome } from '../outline/from-file.js';
import { DEFAULT_MAX_LINE_LENGTH } from '../config/limits.js';
import {
  CACHE_FORMAT, CACHE_MAGIC, RESULT_PREFIX, foreignFile, type OutlineCacheStats, TRAILER_LENGTH, TRAILER_TAG, copyRange, isHeader, isOutcome, isSetResult, outlineCacheKey, payloadKey, readBytes, writeAll, type IndexEntry, type OutlineCacheKeyParts,
} from './format.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';
import { PruneCheck, type CacheMembership } from './prune.js';

export type { CacheMembership } from './prune.js';
export { CACHE_FORMAT, CACHE_MAGIC, DEFAULT_CACHE_FILE, foreignFile, hashContent, outlineCacheKey, type CacheStatus, type OutlineCacheKeyParts, type OutlineCacheStats } from './format.js';

/**
 * One run's view of the cache file. `open` never throws; `save` never throws (a cache that
 * cannot be written is reported in `stats`, the lint result stands).
 */
export class OutlineCache {
  readonly file: string;
  readonly key: string;
  readonly parts: OutlineCacheKeyParts;
  readonly stats: OutlineCacheStats;
  private fd: number | null = null;
  private index = new Map<string, IndexEntry>();
  private visited = new Set<string>();
  private temp: { file: string; fd: number; offset: number; index: Map<string, IndexEntry>; payloads: Map<string, { offset: number; length: number }> } | null = null;
  private failed: string | null = null;

  /** What the config lints, for pruning (see open). */
  private membership: CacheMembership | null = null;

  private constructor(file: string, parts: OutlineCacheKeyParts) {
    this.file = file;
    this.parts = parts;
    this.key = outlineCacheKey(parts);
    this.stats = { location: file, status: 'created', hits: 0, misses: 0, parsed: 0, pruned: 0, entries: 0, written: false, results: { hits: 0, misses: 0, stored: 0 } };
  }

  /**
   * Opens the cache file at `file` for outlines made under `parts`. Entry paths are
   * relative to the cache file's folder (as the loader keys them), wherever it is; `_root`
   * (the config's folder) is no longer needed for that and is ignored. `membership`: what
   * the config lints, so a save drops entries of files and sets it no longer has (without
   * it, only entries of files that no longer exist).
   */
  static open(file: string, parts: OutlineCacheKeyParts, _root?: string, membership?: CacheMembership): OutlineCache {
    const cache = new OutlineCache(path.resolve(file), parts);
    cache.membership = membership ?? null;
    cache.readIndex();
    return cache;
  }

  /** Whether outlines parsed with these options belong in this cache. */
  accepts(labelPattern: string | null, maxFileSize: number, markdownDialect = 'markdown', maxLineLength: number = DEFAULT_MAX_LINE_LENGTH): boolean {
    return this.parts.labelPattern === labelPattern && this.parts.maxFileSize === maxFileSize && (this.parts.markdownDialect ?? 'markdown') === markdownDialect && this.parts.maxLineLength === maxLineLength;
  }

  private readIndex(): void {
    if (!existsSync(this.file)) return;
    const rebuild = (reason: string) => {
      this.stats.status = 'rebuilt';
      this.stats.reason = reason;
      this.index.clear();
      this.closeOld();
    };
    try {
      // lstat: a link (to /dev/zero, a FIFO, a secret) is not the cache's own file and is not opened.
      if (!lstatSync(this.file).isFile()) return rebuild('not a regular file');
      this.fd = openSync(this.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const size = fstatSync(this.fd).size;
      if (size < TRAILER_LENGTH) return rebuild('too short to be a cache file');
      const trailer = readBytes(this.fd, size - TRAILER_LENGTH, TRAILER_LENGTH).toString('latin1');
      const match = /^\n(\d{16}) l10n-lint-outline-cache-end\n$/.exec(trailer);
      if (!match) return rebuild('no cache trailer (foreign or truncated file)');
      const indexOffset = Number(match[1]);
      if (indexOffset >= size - TRAILER_LENGTH) return rebuild('index offset out of range');
      const header = JSON.parse(readBytes(this.fd, indexOffset, size - TRAILER_LENGTH - indexOffset).toString('utf8')) as unknown;
      if (!isHeader(header)) return rebuild('unrecognized index');
      if (header.format !== CACHE_FORMAT) return rebuild(`format ${String(header.format)}`);
      if (header.key !== this.key) return rebuild('made by another version or with other parse options');
      for (const [rel, hash, offset, length] of header.entries) {
        if (offset + length > indexOffset) return rebuild('entry out of range');
        this.index.set(rel, { hash, offset, length });
      }
      this.stats.status = 'loaded';
      this.stats.entries = this.index.size;
    } catch (error) {
      rebuild(`unreadable (${(error as Error).message.split('\n')[0]})`);
    }
  }

  private closeOld(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** The cached outcome of the file at `rel` (path relative to the cache's directory) if its content hash matches. */
  get(rel: string, hash: string): OutlineOutcome | undefined {
    const outcome = this.read(rel, hash, isOutcome);
    if (outcome) this.stats.hits++;
    else this.stats.misses++;
    return outcome;
  }

  /** An entry's value if its hash matches and `accept` takes it; a damaged entry is dropped (a miss, replaced by what follows). */
  private read<T>(rel: string, hash: string, accept: (value: unknown) => value is T): T | undefined {
    this.visited.add(rel);
    const entry = this.index.get(rel);
    if (!entry || entry.hash !== hash || this.fd === null) return undefined;
    try {
      const value = decodeEntry(readBytes(this.fd, entry.offset, entry.length));
      if (!accept(value)) throw new Error('not the expected entry');
      return value;
    } catch {
      this.index.delete(rel);
      return undefined;
    }
  }

  /**
   * A set's findings stored under `digest` (everything they depend on, see the engine's
   * setResultDigest); stored in the same file as the outlines, under a name no file can have.
   */
  getResult(set: string, digest: string): object | undefined {
    const value = this.read(RESULT_PREFIX + set, digest, isSetResult);
    if (value) this.stats.results.hits++;
    else this.stats.results.misses++;
    return value;
  }

  /** Stores a set's findings: the result, or its JSON text. */
  putResult(set: string, digest: string, result: string | object): void {
    this.stats.results.stored++;
    this.write(RESULT_PREFIX + set, digest, result);
  }

  /**
   * Stores a freshly parsed outcome: the JSON text the worker produced, or that text
   * already parsed (saves parsing it again). Encoded at once: the value may change after.
   */
  put(rel: string, hash: string, outcome: string | OutlineOutcome): void {
    this.stats.parsed++;
    this.write(rel, hash, outcome);
  }

  private write(rel: string, hash: string, value: string | object): void {
    this.visited.add(rel);
    if (this.failed) return;
    try {
      const temp = this.openTemp();
      // One payload per content: identical files (a page left untranslated, a keepNames
      // file copied to every locale) share it; a file written twice in a run is written once.
      const shared = temp.payloads.get(payloadKey(rel, hash));
      if (shared) {
        temp.index.set(rel, { hash, offset: shared.offset, length: shared.length });
        return;
      }
      let bytes: Buffer;
      try {
        bytes = encodeEntry(typeof value === 'string' ? JSON.parse(value) : value);
      } catch {
        return; // a value that cannot be encoded (nested past the stack) is not stored: a miss next time
      }
      const length = writeAll(temp.fd, bytes, temp.offset);
      writeAll(temp.fd, '\n', temp.offset + length);
      temp.index.set(rel, { hash, offset: temp.offset, length });
      temp.payloads.set(payloadKey(rel, hash), { offset: temp.offset, length });
      temp.offset += length + 1;
    } catch (error) {
      this.abandon(error as Error);
    }
  }

  private openTemp() {
    if (!this.temp) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const { file, fd } = createTemporaryBeside(this.file);
      this.temp = { file, fd, offset: 0, index: new Map<string, IndexEntry>(), payloads: new Map<string, { offset: number; length: number }>() };
      this.temp.offset = writeAll(fd, CACHE_MAGIC, 0);
    }
    return this.temp;
  }

  private abandon(error: Error): void {
    this.failed = error.message.split('\n')[0];
    this.removeTemp();
  }

  private removeTemp(): void {
    if (!this.temp) return;
    // Best effort: a temp file carries the pid in its name and nothing reads it.
    try {
      if (this.temp.fd !== -1) closeSync(this.temp.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(this.temp.file);
    } catch {
      // already gone
    }
    this.temp = null;
  }

  /**
   * Writes the cache if anything changed: entries parsed in this run, entries kept from
   * the old file (looked up in this run, or not looked up and whose file still exists and
   * still belongs to the config: see prune.ts), and drops the others.
   *
   * Pruning happens when the file is written anyway: a run that changed nothing (a warm
   * run reusing every set's results looks up no outline) does not stat every entry's file.
   * A deleted file changes its set's file list, so the next run lints that set, writes,
   * and prunes.
   */
  save(): OutlineCacheStats {
    // A run that stored nothing (it checked no file) leaves no empty cache file behind.
    const dirty = this.temp !== null || (this.stats.status !== 'loaded' && this.index.size > 0) || this.stats.status === 'rebuilt';
    if (!dirty || this.failed) {
      this.stats.entries = this.index.size;
      this.discard();
      if (this.failed) this.stats.reason = `not written: ${this.failed}`;
      return this.stats;
    }
    const prune = new PruneCheck(path.dirname(this.file), this.membership);
    const keptOld: Array<[string, IndexEntry]> = [];
    for (const [rel, entry] of this.index) {
      if (this.temp?.index.has(rel)) continue;
      // Not looked up in this run (another locale or path was linted, or the set's results
      // were reused): kept while the config still lints it, see prune.ts.
      if (!this.visited.has(rel) && prune.drops(rel)) {
        this.stats.pruned++;
        continue;
      }
      keptOld.push([rel, entry]);
    }
    try {
      const temp = this.openTemp();
      const buffer = Buffer.allocUnsafe(1 << 16);
      for (const [rel, entry] of keptOld) {
        if (this.fd === null) break;
        const shared = temp.payloads.get(payloadKey(rel, entry.hash));
        if (shared) {
          temp.index.set(rel, { hash: entry.hash, offset: shared.offset, length: shared.length });
          continue;
        }
        copyRange(this.fd, entry.offset, entry.length + 1, temp.fd, temp.offset, buffer);
        temp.index.set(rel, { hash: entry.hash, offset: temp.offset, length: entry.length });
        temp.payloads.set(payloadKey(rel, entry.hash), { offset: temp.offset, length: entry.length });
        temp.offset += entry.length + 1;
      }
      const entries = [...temp.index].map(([rel, e]) => [rel, e.hash, e.offset, e.length]);
      const header = JSON.stringify({ format: CACHE_FORMAT, key: this.key, entries });
      const indexOffset = temp.offset;
      writeAll(temp.fd, `${header}\n${String(indexOffset).padStart(16, '0')}${TRAILER_TAG}\n`, indexOffset);
      closeSync(temp.fd);
      temp.fd = -1;
      this.closeOld();
      const foreign = foreignFile(this.file);
      if (foreign) throw new Error(`${this.file} ${foreign}; it is left unchanged`);
      renameSync(temp.file, this.file);
      this.stats.entries = temp.index.size;
      this.stats.written = true;
      this.temp = null;
    } catch (error) {
      this.abandon(error as Error);
      this.stats.reason = `not written: ${this.failed}`;
    }
    this.discard();
    return this.stats;
  }

  /** Closes files and removes the temp file without writing (an aborted run). */
  discard(): void {
    this.closeOld();
    this.removeTemp();
  }
}
