// The outline cache's file format (see outline-cache.ts for the layout): its magic header,
// its key, the trailer that points at the index, the shape checks that refuse a foreign or
// damaged entry, and the byte-level reads and writes the cache is made of.
import { createHash } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { OutlineOutcome } from '../outline/from-file.js';

// /2: entries are entry-codec.ts's compact bytes (a tag byte and a zlib stream), not JSON text.
export const CACHE_FORMAT = 'l10n-lint-outline-cache/2';
export const DEFAULT_CACHE_FILE = '.l10n-lint-cache';
/** The first bytes of every cache file: what tells the cache's own file from anyone else's. */
export const CACHE_MAGIC = 'l10n-lint-outline-cache\n';
/** Result entries are named with a NUL, which no file path contains. */
export const RESULT_PREFIX = '\u0000results:';

/** What an outline depends on besides the file's content. */
export interface OutlineCacheKeyParts {
  toolVersion: string;
  outlineVersion: number;
  /** Versions of the parser packages (unified, remark-parse, ...). */
  parser: Record<string, string>;
  labelPattern: string | null;
  maxFileSize: number;
  /** How `.md` files are read (config `dialect`); absent means `markdown`. */
  markdownDialect?: string;
  /** The config's maxLineLength (a longer line is a parse problem instead of an outline). */
  maxLineLength: number;
}

export function outlineCacheKey(parts: OutlineCacheKeyParts): string {
  return createHash('sha256').update(JSON.stringify([CACHE_FORMAT, parts.toolVersion, parts.outlineVersion, parts.parser, parts.labelPattern, parts.maxFileSize, parts.markdownDialect ?? 'markdown', parts.maxLineLength])).digest('hex');
}

/**
 * Entries whose payloads are interchangeable: the same content hash, parsed by the same
 * dialect (the extension picks it: `.md` and `.mdx` parse the same bytes differently).
 * A set's results are keyed by their digest and never shared.
 */
export function payloadKey(rel: string, hash: string): string {
  return rel.startsWith(RESULT_PREFIX) ? `${rel}\u0000${hash}` : `${path.posix.extname(rel).toLowerCase()}\u0000${hash}`;
}

export function hashContent(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** How the cache file was found when the run opened it. */
export type CacheStatus = 'created' | 'loaded' | 'rebuilt';

export interface OutlineCacheStats {
  location: string;
  status: CacheStatus;
  /** Why an existing file was not used (status `rebuilt`). */
  reason?: string;
  /** Files whose outline came from the cache. */
  hits: number;
  /** Files looked up and not found (or found stale or unreadable). */
  misses: number;
  /** Files read and parsed in this run (misses that were parsed). */
  parsed: number;
  /** Entries dropped because their file no longer exists. */
  pruned: number;
  /** Entries in the file after saving (or as loaded when nothing was written). */
  entries: number;
  /** Whether the file was (re)written at the end of the run. */
  written: boolean;
  /** Sets whose findings were reused (hits), looked up and not found (misses), stored. */
  results: { hits: number; misses: number; stored: number };
}

export interface IndexEntry {
  hash: string;
  offset: number;
  length: number;
}

// The trailer: a newline, the index offset as 16 decimal digits, the format tag, a newline.
export const TRAILER_TAG = ' l10n-lint-outline-cache-end';
export const TRAILER_LENGTH = 1 + 16 + TRAILER_TAG.length + 1;

/** Why the file at `file` is not the cache's own to replace; null when it is (or when there is none). */
export function foreignFile(file: string): string | null {
  let fd: number | null = null;
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) return 'is a symbolic link, not an l10n-lint cache file';
    if (!stat.isFile()) return 'is not a regular file';
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(CACHE_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n === head.length && head.toString('latin1') === CACHE_MAGIC) return null;
    if (stat.size < TRAILER_LENGTH) return 'is not an l10n-lint cache file';
    const buffer = Buffer.alloc(TRAILER_LENGTH);
    readSync(fd, buffer, 0, TRAILER_LENGTH, stat.size - TRAILER_LENGTH);
    return /^\n\d{16} l10n-lint-outline-cache-end\n$/.test(buffer.toString('latin1')) ? null : 'is not an l10n-lint cache file';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : `cannot be checked (${(error as Error).message})`;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes `data` (text as UTF-8) at `position`; returns its length in bytes. */
export function writeAll(fd: number, data: string | Uint8Array, position: number): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
  return bytes.length;
}

/** `length` bytes at `offset` (pread); throws at the end of the file. */
export function readBytes(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, offset + read);
    if (n === 0) throw new Error('unexpected end of file');
    read += n;
  }
  return buffer;
}

export function copyRange(from: number, offset: number, length: number, to: number, position: number, buffer: Buffer): void {
  let done = 0;
  while (done < length) {
    const n = readSync(from, buffer, 0, Math.min(buffer.length, length - done), offset + done);
    if (n === 0) throw new Error('cache file shrank while copying');
    let written = 0;
    while (written < n) written += writeSync(to, buffer, written, n - written, position + done + written);
    done += n;
  }
}

export interface Header {
  format: unknown;
  key: unknown;
  entries: Array<[string, string, number, number]>;
}

export function isHeader(value: unknown): value is Header {
  if (typeof value !== 'object' || value === null) return false;
  const entries = (value as { entries?: unknown }).entries;
  return (
    Array.isArray(entries) &&
    entries.every(
      (e) => Array.isArray(e) && e.length === 4 && typeof e[0] === 'string' && typeof e[1] === 'string' && Number.isSafeInteger(e[2]) && e[2] >= 0 && Number.isSafeInteger(e[3]) && e[3] >= 0,
    )
  );
}

export function isSetResult(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { diagnostics?: unknown; linted?: unknown; files?: unknown; pairs?: unknown };
  return Array.isArray(v.diagnostics) && Array.isArray(v.linted) && Array.isArray(v.files) && typeof v.pairs === 'number';
}

// Shape check of a cached entry: enough to refuse foreign or damaged JSON, not a schema.
export function isOutcome(value: unknown): value is OutlineOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; outline?: any; problem?: any };
  if (v.ok === true) return typeof v.outline === 'object' && v.outline !== null && Array.isArray(v.outline.headings) && Array.isArray(v.outline.blocks);
  return v.ok === false && typeof v.problem === 'object' && v.problem !== null && typeof v.problem.reason === 'string';
}
