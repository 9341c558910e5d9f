// Atomic replacement of a file's bytes: a reader (or a crash) sees the old file or the
// new one, never half of each. The new bytes go to a temporary file in the same directory
// (so the rename cannot cross file systems), are flushed to disk, and take the old file's
// place in one rename. On any failure the temporary file is removed and the original is
// left exactly as it was.
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** The steps a test may replace, to simulate a crash between writing and renaming. */
export interface AtomicWriteSteps {
  rename: (from: string, to: string) => void;
}

const realSteps: AtomicWriteSteps = { rename: renameSync };

/** `.name.<pid>.<random>.tmp` beside the file: hidden, and unique across concurrent runs. */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function writeFileAtomic(file: string, bytes: Uint8Array, steps: Partial<AtomicWriteSteps> = {}): void {
  const { rename } = { ...realSteps, ...steps };
  // Through a symbolic link, replace the file it points at and keep the link.
  const target = realpathSync(file);
  const original = statSync(target);
  const temp = temporaryNameFor(target);
  let fd: number | null = openSync(temp, 'wx', 0o600);
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fchmodSync(fd, original.mode & 0o7777);
    try {
      fchownSync(fd, original.uid, original.gid);
    } catch {
      // Only root may give a file to another owner; anyone else keeps the file as their own.
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    rename(temp, target);
  } catch (error) {
    if (fd !== null) closeQuietly(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Already gone (renamed, or never created): nothing to clean up.
    }
    throw error;
  }
  syncDirectory(path.dirname(target));
}

function closeQuietly(fd: number): void {
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
