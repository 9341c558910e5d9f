// writeOutputFile: a report or baseline path given by the user. A device, FIFO or
// `/dev/stdout` is written in place (never replaced by a regular file); a directory is a
// usage error; a regular file or a new path is replaced atomically (write.ts).
import { constants, mkdirSync, openSync, statSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isInside } from './read.js';
import { WriteError, closeQuietly, realpathOr, replaceFileAtomic } from './write.js';

/**
 * Writes a report, baseline or snapshot to `file` (absolute). A path inside `within` (the
 * config's directory, where a pull request may have planted links; null: no such check)
 * must also lie inside it by real path, whatever links it goes through; a path outside it
 * (`/dev/stdout`, `/tmp/report.json`) is the operator's and is followed as given. Throws
 * WriteError, one line, on any failure; `usage` when `file` is a directory.
 */
export function writeOutputFile(file: string, data: string | Uint8Array, within: string | null = null): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const descriptor = descriptorOf(file);
    if (descriptor !== null) {
      writeToDescriptor(descriptor, bytes);
      return;
    }
    const contained = within !== null && isInside(path.resolve(within), path.resolve(file));
    if (contained) {
      const real = realpathOr(file, true);
      if (!isInside(realpathOr(within), real)) throw new WriteError(`${file} leads outside ${within} (a symbolic link); not written`);
    }
    let stat: Stats | null = null;
    try {
      stat = statSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (stat?.isDirectory()) throw new WriteError(`--output ${file} is a directory; give a file name`, true);
    if (stat && !stat.isFile()) {
      writeInPlace(file, bytes);
      return;
    }
    if (!stat) mkdirSync(path.dirname(file), { recursive: true });
    replaceFileAtomic(file, bytes, { within: contained ? within : null });
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${file}: ${(error as Error).message.replace(/, \w+ '.*'$/, '')}`);
  }
}

// A device or FIFO (`/dev/null`, a named pipe): write into it as a shell redirect would.
// No O_CREAT and no O_TRUNC: it is never turned into, or created as, a regular file.
function writeInPlace(file: string, bytes: Uint8Array): void {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND);
  try {
    writeToDescriptor(fd, bytes);
  } finally {
    closeQuietly(fd);
  }
}

// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N` name this process's own
// descriptors; reopening them fails when the descriptor is a socket (ENXIO) and would
// truncate a file the shell opened, so they are written through the descriptor itself.
function descriptorOf(file: string): number | null {
  if (process.platform === 'win32') return null;
  if (file === '/dev/stdout') return 1;
  if (file === '/dev/stderr') return 2;
  const match = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(file);
  return match ? Number(match[1]) : null;
}

function writeToDescriptor(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      // A pipe Node made non-blocking: wait for the reader, as a blocking write would.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
