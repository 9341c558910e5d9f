// Running git for the history stage. git runs with execFileSync and an argument list,
// never through a shell: paths are separate arguments after `--`, and a revision that
// comes from content (a front-matter pin) is accepted only as a hexadecimal hash and
// matched against the commits git listed, never handed to git as a revision.
import { execFileSync } from 'node:child_process';

/** A commit hash (SHA-1 or SHA-256), abbreviated or full: the only revision taken from content. */
export const COMMIT_HASH = /^[0-9a-f]{4,64}$/i;

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; status: number | null; message: string };

// Settings that would change what git prints: quoted non-ASCII paths, signatures in logs,
// a user's pager or colour choices, a replace ref or graft rewriting history.
const FIXED_SETTINGS = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'color.ui=false', '--no-replace-objects'];

/**
 * Runs `git <args>` in `cwd` (no shell) and returns its standard output as bytes; a
 * non-zero exit is a result, not an exception. `input` is written to its standard input
 * (for `cat-file --batch`).
 */
export function runGit(cwd: string, args: readonly string[], input?: string): GitResult {
  try {
    const stdout = execFileSync('git', [...FIXED_SETTINGS, ...args], {
      cwd,
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
    return { ok: true, stdout };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number | null; stderr?: Buffer | string };
    if (e.code === 'ENOENT') return { ok: false, status: null, message: 'git is not installed (or not on PATH)' };
    return { ok: false, status: e.status ?? null, message: String(e.stderr ?? e.message).trim().split('\n')[0] };
  }
}
