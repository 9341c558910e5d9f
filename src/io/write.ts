// Every file l10n-lint writes goes through here: reports (--output), the baseline, the
// snapshot, the cache and --fix. Two ways of writing:
//
// - replaceFileAtomic: the new bytes go to a temporary file beside the target (exclusive
//   create, random name, so a planted link or a concurrent run cannot redirect it), are
//   flushed, and take the target's place in one rename; on any failure the temporary file
//   is removed and the target is left as it was. A symbolic link is written through (its
//   target is replaced, the link kept), only when its real path stays inside the allowed
//   root. The target keeps its owner and mode, setuid and setgid included (chown first:
//   chown clears those bits). With `expected`, the target must still hold exactly those
//   bytes (and the mtime seen before writing) right before the rename, and the old file
//   is checked again after it: an edit that landed in between is put back, never lost.
// - writeOutputFile (output-file.ts): a report or baseline path given by the user.
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isInside } from './read.js';

/** A file that could not be written: the CLI reports it as one line, exit 2. */
export class WriteError extends Error {
  /** True when the path itself is the problem (a directory): a usage error. */
  readonly usage: boolean;
  constructor(message: string, usage = false) {
    super(message);
    this.usage = usage;
  }
}

/** The steps a test may replace, to simulate a crash or a concurrent edit. */
export interface AtomicWriteSteps {
  rename: (from: string, to: string) => void;
}

const realSteps: AtomicWriteSteps = { rename: renameSync };

export interface ReplaceOptions {
  /** Real root a symbolic link may lead into; null or absent: anywhere. */
  within?: string | null;
  /** The bytes the target must still hold when it is replaced (--fix); absent: not checked. */
  expected?: Uint8Array;
  /** Refuse a file the user could not write in place (--fix), as `sed -i` does not. */
  requireWritable?: boolean;
}

/** `.name.<pid>.<random>.tmp` beside the file: hidden, and unique across concurrent runs. */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Creates the temporary file that will replace `target`: beside it (the rename cannot cross
 * file systems), exclusively (O_EXCL: a planted file or link at that name fails the
 * create instead of being written through), under a random name. Every writer that
 * replaces a file starts here (replaceFileAtomic, the cache).
 */
export function createTemporaryBeside(target: string, mode = 0o666): { file: string; fd: number } {
  const file = temporaryNameFor(target);
  return { file, fd: openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode) };
}

/** Thrown when the target changed on disk while it was being written; the target holds the other writer's bytes. */
export class ChangedOnDiskError extends Error {}

/**
 * Replaces the bytes of an existing regular file `file` (or one that does not exist yet)
 * atomically. Throws on failure (the target is then unchanged); throws ChangedOnDiskError
 * when `expected` no longer matches.
 */
export function replaceFileAtomic(file: string, bytes: Uint8Array, options: ReplaceOptions = {}, steps: Partial<AtomicWriteSteps> = {}): void {
  const { rename } = { ...realSteps, ...steps };
  const target = realTarget(file, options.within);
  let original: Stats | null = null;
  try {
    original = statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || options.expected) throw error;
  }
  if (original && !original.isFile()) throw new WriteError(`${file} is not a regular file`);
  if (original && options.requireWritable) {
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new WriteError(`${file} is read-only; l10n-lint does not replace a file you could not write`);
    }
  }
  // Kept open to look at the old file after the rename: an append that landed in it then is not lost.
  const oldFd = options.expected ? openSync(target, constants.O_RDONLY) : null;
  let temp = '';
  let fd: number | null = null;
  try {
    ({ file: temp, fd } = createTemporaryBeside(target, original ? 0o600 : 0o666));
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    if (original) {
      try {
        fchownSync(fd, original.uid, original.gid);
      } catch {
        // Only root may give a file to another owner; anyone else keeps the file as their own.
      }
      // After chown, which clears setuid and setgid: the mode is the original's, bits and all.
      fchmodSync(fd, original.mode & 0o7777);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    let seen: Stats | null = null;
    if (oldFd !== null && original) {
      seen = fstatSync(oldFd);
      if (!sameFile(statSync(target), seen) || seen.mtimeMs !== original.mtimeMs || !holds(oldFd, options.expected!)) {
        throw new ChangedOnDiskError('it changed on disk while l10n-lint was fixing it; not written');
      }
    }
    rename(temp, target);
    if (oldFd !== null && seen) putBackLateEdit(oldFd, seen, target, bytes);
  } catch (error) {
    if (fd !== null) closeQuietly(fd);
    try {
      if (temp) unlinkSync(temp);
    } catch {
      // Already gone (renamed, or never created): nothing to clean up.
    }
    throw error;
  } finally {
    if (oldFd !== null) closeQuietly(oldFd);
  }
  syncDirectory(path.dirname(target));
}

// Between the last check and the rename another program may still have written into the
// old file (an editor appending). Its edit is then in the file that was just replaced: put
// that file's bytes back (when nobody touched the new one either) and say it was not fixed.
function putBackLateEdit(oldFd: number, seen: Stats, target: string, written: Uint8Array): void {
  const now = fstatSync(oldFd);
  if (now.size === seen.size && now.mtimeMs === seen.mtimeMs) return;
  const edited = readAll(oldFd, now.size);
  const current = openSync(target, constants.O_RDONLY);
  try {
    if (!holds(current, written)) throw new ChangedOnDiskError('it changed on disk while l10n-lint was fixing it; not written');
  } finally {
    closeQuietly(current);
  }
  replaceFileAtomic(target, edited, { expected: written });
  throw new ChangedOnDiskError('it changed on disk while l10n-lint was writing it; the other edit was kept and the fix not written');
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev;
}

function readAll(fd: number, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, buffer, length, size - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** Whether the open file holds exactly `bytes`, compared from its start. */
function holds(fd: number, bytes: Uint8Array): boolean {
  const size = fstatSync(fd).size;
  if (size !== bytes.length) return false;
  return readAll(fd, size).equals(bytes);
}

/** The real path a write goes to: through symbolic links, and inside `within` when given. */
function realTarget(file: string, within: string | null | undefined): string {
  let target: string;
  try {
    target = realpathSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Not there yet: its directory must be (it is created by the caller when it may be).
    target = path.join(realpathSync(path.dirname(file)), path.basename(file));
    if (isLink(file)) throw new WriteError(`${file} is a symbolic link to a file that does not exist; not written`);
  }
  if (within && !isInside(realpathOr(within), target)) {
    throw new WriteError(`${file} leads outside ${within} (a symbolic link); not written`);
  }
  return target;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

// The real path of `file`; of a path that does not exist yet, its nearest existing
// ancestor's real path joined with the rest (with `throughMissing`), else the path itself.
export function realpathOr(file: string, throughMissing = false): string {
  try {
    return realpathSync(file);
  } catch {
    if (!throughMissing || isLink(file)) return path.resolve(file);
    const parent = path.dirname(path.resolve(file));
    return parent === path.resolve(file) ? parent : path.join(realpathOr(parent, true), path.basename(file));
  }
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that error is the one to report.
  }
}

// Makes the rename itself durable. Not every platform can open a directory (Windows), and
// the file's new bytes are already safe, so a failure here is not an error.
function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // See above.
  } finally {
    if (fd !== null) closeQuietly(fd);
  }
}
