// The repository root (git's top level) of a path, found without running git: the nearest
// folder upward that holds a `.git` entry (a folder, or a file in a worktree or submodule,
// as `git rev-parse --show-toplevel` would find). CI outputs name files from there, because
// that is how GitHub annotations and code scanning place them; the default cache stops there.
import { statSync } from 'node:fs';
import path from 'node:path';

const found = new Map<string, string | null>();

/** The absolute git top level containing `start` (absolute), or null outside git. Memoized per start folder. */
export function gitTopLevel(start: string): string | null {
  const from = path.resolve(start);
  if (found.has(from)) return found.get(from)!;
  let dir = from;
  let top: string | null = null;
  for (;;) {
    if (exists(path.join(dir, '.git'))) {
      top = dir;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  found.set(from, top);
  return top;
}

/**
 * The folder CI reports name files from: the git top level of the config's folder, else
 * the working directory (outside git, as ESLint's and markdownlint's paths are).
 */
export function reportBase(configRoot: string, cwd: string): string {
  return gitTopLevel(configRoot) ?? path.resolve(cwd);
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
