// A throwaway git repository for history tests: commits with known dates (GIT_AUTHOR_DATE,
// GIT_COMMITTER_DATE), no user or system config, and a way to count the git processes a
// run starts (a `git` on PATH that logs its arguments and runs the real one).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function write(root: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

/** Writes the files, stages them (and any moves done with `git mv` before) and commits at `date`; returns the hash. */
export function commit(root: string, date: string, message: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) write(root, rel, text);
  if (Object.keys(files).length) git(root, ['add', '--', ...Object.keys(files)]);
  git(root, ['commit', '-q', '-m', message], date);
  return git(root, ['rev-parse', 'HEAD']);
}

export function initRepo(prefix: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  git(root, ['init', '-q']);
  return root;
}

/**
 * Puts a logging `git` first on PATH for the duration of `run`, and returns how many git
 * processes were started and with which arguments.
 */
export async function countGitProcesses<T>(run: () => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const realGit = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'git')).find((file) => existsSync(file));
  if (!realGit) throw new Error('git not found on PATH');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-git-shim-'));
  const log = path.join(dir, 'calls.log');
  writeFileSync(log, '');
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(dir, 'git'), 0o755);
  const before = process.env.PATH;
  process.env.PATH = `${dir}${path.delimiter}${before}`;
  try {
    const result = await run();
    return { result, calls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  } finally {
    process.env.PATH = before;
  }
}
