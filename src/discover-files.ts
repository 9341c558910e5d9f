// What discovery reads of the file system: a set's directories checked (missing, not a
// directory, unreadable, a link out of the root) and listed with fast-glob.
import fg from 'fast-glob';
import path from 'node:path';
import { accessSync, constants, lstatSync, realpathSync, statSync } from 'node:fs';
import type { Config, ContentSetConfig } from './types.js';
import { ConfigError } from './config/error.js';
import { isInside } from './io/read.js';

/** What checking a set's directories reads of the config: where paths start, and whether they may leave it. */
export type SetDirsConfig = Pick<Config, 'root' | 'allowOutsideRoot'>;

/**
 * Checks a set directory before it is listed: it must be a directory l10n-lint can read
 * and (unless allowOutsideRoot) really lie inside the config's directory after following
 * symbolic links. Throws ConfigError (exit 2, one line) otherwise: an unreadable directory
 * must not pass as "0 files" or make every file "missing". A directory that does not exist
 * is 'missing': the caller decides (a source directory must exist; a new locale's need not,
 * its files are then reported missing, which is true).
 */
export function checkSetDir(config: SetDirsConfig, dir: string): 'ok' | 'missing' {
  const abs = path.resolve(config.root, dir);
  const where = `set directory "${dir}" (${abs})`;
  let real: string;
  try {
    real = realpathSync(abs);
    if (!statSync(real).isDirectory()) throw new ConfigError(`${where} is not a directory`);
    accessSync(real, constants.R_OK | constants.X_OK);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' && !isDangling(abs)) return 'missing';
    throw new ConfigError(`cannot read ${where}: ${e.code ?? e.message}`);
  }
  if (!config.allowOutsideRoot && !isInside(realpathSync(config.root), real)) {
    throw new ConfigError(`${where} is a symbolic link that leaves the config's directory (to ${real}); set "allowOutsideRoot": true to allow it`);
  }
  return 'ok';
}

function isDangling(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Every directory of a set, checked; a missing source directory, or a set none of whose directories exist, is exit 2. */
export function checkSetDirs(config: SetDirsConfig, set: ContentSetConfig, dirs: Set<string>): Set<string> {
  const missing = new Set<string>();
  for (const dir of dirs) if (checkSetDir(config, dir) === 'missing') missing.add(dir);
  const misspelled = (dir: string) => `set "${set.name}": the directory "${dir}" (${path.resolve(config.root, dir)}) does not exist; check the config's "dir"`;
  if (set.source && missing.has(set.source.dir)) throw new ConfigError(misspelled(set.source.dir));
  if (missing.size === dirs.size && missing.size > 0) throw new ConfigError(misspelled([...missing][0]));
  return missing;
}

// Symbolic links to directories are not followed: fast-glob has no loop detection, and a
// link cycle would hang the run. A link to a file is taken (and contained when it is read);
// a dangling link is kept so reading it fails as a clear parse-error instead of the file
// silently vanishing. fast-glob's errors (an unreadable subdirectory) are not suppressed:
// they are one line and exit 2, never a silently shorter file list.
export function globDir(root: string, dir: string, patterns: string[], ignore: string[] = []): string[] {
  const cwd = path.resolve(root, dir);
  let entries: fg.Entry[];
  try {
    entries = fg.sync(patterns, {
      cwd,
      ignore,
      dot: false,
      onlyFiles: false,
      markDirectories: true,
      followSymbolicLinks: false,
      objectMode: true,
      unique: true,
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { path?: string };
    throw new ConfigError(`cannot list set directory "${dir}": ${e.code ?? ''}${e.path ? ` at ${e.path}` : ''} (${e.message.split('\n')[0]})`);
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.path.endsWith('/')) continue;
    // FIFOs, devices and sockets are listed too: reading refuses them, as a finding.
    if (entry.dirent.isSymbolicLink()) {
      if (!isDirectory(path.join(cwd, entry.path))) files.push(entry.path);
    } else if (!entry.dirent.isDirectory()) files.push(entry.path);
  }
  return files;
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false; // dangling: kept, and reported when read
  }
}
