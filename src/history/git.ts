// The git queries the history stage needs. git runs with execFileSync and an argument
// list, never through a shell: paths are separate arguments after `--`, and a revision
// that comes from content (a front-matter pin) is accepted only as a hexadecimal hash.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommitFact } from '../types.js';

const FIELD = '\u001f';
const COMMIT_FORMAT = `--format=%H${FIELD}%cI${FIELD}%s`;
/** A commit hash (SHA-1 or SHA-256), abbreviated or full: the only revision taken from content. */
export const COMMIT_HASH = /^[0-9a-f]{4,64}$/i;

export type GitResult = { ok: true; stdout: string } | { ok: false; status: number | null; message: string };

/** Runs git in `cwd`; a non-zero exit is a result, not an exception. */
export function runGit(cwd: string, args: readonly string[]): GitResult {
  try {
    const stdout = execFileSync('git', ['-c', 'log.showSignature=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, stdout };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number | null; stderr?: string };
    if (e.code === 'ENOENT') return { ok: false, status: null, message: 'git is not installed (or not on PATH)' };
    return { ok: false, status: e.status ?? null, message: String(e.stderr ?? e.message).trim().split('\n')[0] };
  }
}

function parseCommits(stdout: string): CommitFact[] {
  return stdout
    .split('\n')
    .filter((line) => line.includes(FIELD))
    .map((line) => {
      const [hash, date, subject] = line.split(FIELD);
      return { hash, date, subject };
    });
}

export type OpenedRepository = { ok: true; repository: GitRepository } | { ok: false; problem: string };

/** One working tree: the queries of the history stage, with their answers cached. */
export class GitRepository {
  private readonly substantive = new Map<string, boolean>();

  private constructor(
    readonly toplevel: string,
    /** Commits whose parents a shallow clone has not fetched (empty in a full clone). */
    readonly shallowBoundary: ReadonlySet<string>,
  ) {}

  static open(dir: string): OpenedRepository {
    const top = runGit(dir, ['rev-parse', '--show-toplevel']);
    if (!top.ok) return { ok: false, problem: top.status === null ? top.message : `${dir} is not in a git repository` };
    const toplevel = top.stdout.trim();
    const shallowFile = runGit(toplevel, ['rev-parse', '--git-path', 'shallow']);
    const file = shallowFile.ok ? path.resolve(toplevel, shallowFile.stdout.trim()) : '';
    const boundary = file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    return { ok: true, repository: new GitRepository(toplevel, new Set(boundary)) };
  }

  get isShallow(): boolean {
    return this.shallowBoundary.size > 0;
  }

  /** The path git knows a file by (relative to the top level, forward slashes). */
  pathOf(abs: string): string {
    return path.relative(this.toplevel, abs).split(path.sep).join('/');
  }

  /** The last commit that touched the file, or null when it was never committed. */
  lastCommit(abs: string): CommitFact | null {
    const log = runGit(this.toplevel, ['log', '-1', COMMIT_FORMAT, '--', this.pathOf(abs)]);
    return log.ok ? parseCommits(log.stdout)[0] ?? null : null;
  }

  /** A commit named in content (a pin), resolved to its full hash; null when not a hash or not in this clone. */
  resolveCommit(revision: string): CommitFact | null {
    if (!COMMIT_HASH.test(revision)) return null;
    const show = runGit(this.toplevel, ['log', '-1', COMMIT_FORMAT, `${revision}^{commit}`]);
    return show.ok ? parseCommits(show.stdout)[0] ?? null : null;
  }

  /** Commits after `base` (not reachable from it) that changed more than whitespace or blank lines in the file, oldest first. */
  substantiveCommitsSince(base: string, abs: string): CommitFact[] {
    const file = this.pathOf(abs);
    const log = runGit(this.toplevel, ['log', '--reverse', COMMIT_FORMAT, `${base}..HEAD`, '--', file]);
    if (!log.ok) return [];
    return parseCommits(log.stdout).filter((commit) => this.changedMoreThanWhitespace(commit.hash, file));
  }

  private changedMoreThanWhitespace(commit: string, file: string): boolean {
    const key = `${commit}\u0000${file}`;
    let answer = this.substantive.get(key);
    if (answer === undefined) {
      // Exit 1: the diff ignoring whitespace is not empty. A commit without a parent here
      // (the first commit, or a shallow boundary) created the file as far as we can see.
      const diff = runGit(this.toplevel, ['diff', '-w', '--ignore-blank-lines', '--quiet', `${commit}^`, commit, '--', file]);
      answer = !diff.ok;
      this.substantive.set(key, answer);
    }
    return answer;
  }

  /** The file's text at a commit, or null when it did not exist there. */
  fileAt(commit: string, abs: string): string | null {
    const show = runGit(this.toplevel, ['show', `${commit}:${this.pathOf(abs)}`]);
    return show.ok ? show.stdout : null;
  }
}
