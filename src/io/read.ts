// Every content file l10n-lint reads goes through here. Content comes from pull requests,
// so it is untrusted: a file may be a symbolic link to a secret outside the repository
// (`~/.git-credentials`, `/proc/self/environ`), a FIFO that never ends, or `/dev/zero`.
// A read is therefore (1) resolved, when it is a link, to its real path, which must lie
// inside the content root; (2) opened without blocking and checked with fstat to be a
// regular file; (3) bounded: a file over the size limit is refused from its fstat size,
// and never more than the limit (plus one byte, to notice a file that grew) is read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Why a read was refused; each is a messageId of the parse-error rule. */
export interface ReadRefusal {
  reason: 'unreadable' | 'tooLarge' | 'outsideRoot' | 'notRegular';
  detail: string;
}

/** True when `inner` is `outer` or lies below it (both absolute; `..de` is a name, not a parent). */
export function isInside(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!isParentStep(rel) && !path.isAbsolute(rel));
}

/** Whether a relative path's first segment is `..` (not merely a name starting with two dots). */
export function isParentStep(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || rel.startsWith('../');
}

// Real paths of roots, resolved once per run (a root does not move while l10n-lint runs).
const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync(root);
    } catch {
      real = path.resolve(root);
    }
    realRoots.set(root, real);
  }
  return real;
}

/**
 * Where `abs` really is, if it stays inside `within` (absolute; null: anywhere).
 * Returns the real path, or a refusal: `outsideRoot` when a symbolic link leads out,
 * `unreadable` when the path does not resolve (a dangling link, a vanished file).
 */
export function containedPath(abs: string, within: string | null | undefined): string | ReadRefusal {
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    return { reason: 'unreadable', detail: errorText(error) };
  }
  if (within && !isInside(realRoot(within), real)) {
    return { reason: 'outsideRoot', detail: 'link leaves the content root; "allowOutsideRoot" is off' };
  }
  return real;
}

/**
 * Reads a content file: contained in `within` (null: anywhere), a regular file, at most
 * `maxBytes` bytes. Never throws; never blocks on a FIFO; never reads more than
 * `maxBytes + 1` bytes whatever the file claims to be.
 */
export function readContained(abs: string, within: string | null | undefined, maxBytes: number): Uint8Array | ReadRefusal {
  // Content paths come from discovery, which lists a set directory (checked to lie inside
  // the root by real path) without following links to directories: only the file itself
  // can be a link out. So a path that is not a link is read as it is (O_NOFOLLOW: it cannot
  // become one before the open), and only a link pays for realpath(3).
  let real = abs;
  let isLink = true;
  try {
    isLink = lstatSync(abs).isSymbolicLink();
  } catch (error) {
    return { reason: 'unreadable', detail: errorText(error) };
  }
  if (isLink) {
    const resolved = containedPath(abs, within);
    if (typeof resolved !== 'string') return resolved;
    real = resolved;
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (isLink ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (error) {
    return { reason: 'unreadable', detail: errorText(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: 'notRegular', detail: `it is ${kindOf(stat)}, not a regular file` };
    if (stat.size > maxBytes) return { reason: 'tooLarge', detail: `${stat.size} bytes, the limit is ${maxBytes}` };
    // Read to the end, but never past the limit: a file that grows while it is read stops here.
    let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      // The size fstat gave is read: done (a file of size 0, like those in /proc, is read to its end).
      if (length === stat.size && length > 0) break;
      if (length === chunk.length) {
        if (chunk.length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { reason: 'tooLarge', detail: `more than ${maxBytes} bytes, the limit is ${maxBytes}` };
    return chunk.subarray(0, length);
  } catch (error) {
    return { reason: 'unreadable', detail: errorText(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing was written through it
    }
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

// Node's message repeats the absolute path ("…, open '/abs/path'"); the finding names the file already.
function errorText(error: unknown): string {
  return (error as Error).message.replace(/, \w+ '.*'$/, '');
}
