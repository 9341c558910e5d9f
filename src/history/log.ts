// A repository's history read in one pass: a handful of git processes for the whole run,
// however many pairs there are (before: several per pair, 88 s for 194 pairs on a Hugo
// site). Three reads: the repository's state (`rev-parse`), the commit graph (one `git log`
// over every commit of HEAD: hash, parents, date, subject), and which commits touched which
// files of the content sets (one `git log --name-status -M` over the sets' folders, renames
// followed). File versions are then fetched together through one `git cat-file --batch`.
import path from 'node:path';
import type { CommitFact } from '../types.js';
import { COMMIT_HASH, runGit } from './git.js';

const FIELD = '\u001f';
const RECORD = '\u001e';

export interface RepositoryState {
  toplevel: string;
  /** The full hash of HEAD: what the history facts depend on (the result cache's key). */
  head: string;
  shallow: boolean;
}

/** `outside`: the folder is in no git repository at all (not a shallow clone, not a git failure). */
export type OpenedRepository = { ok: true; state: RepositoryState } | { ok: false; problem: string; outside?: boolean };

/** The repository `dir` is in, or why there is none (one process). */
export function openRepository(dir: string): OpenedRepository {
  const result = runGit(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD']);
  if (!result.ok) {
    if (result.status === null) return { ok: false, problem: result.message };
    if (/not a git repository/i.test(result.message)) return { ok: false, problem: 'the content is not in a git repository', outside: true };
    if (/ambiguous argument 'HEAD'|unknown revision/i.test(result.message)) return { ok: false, problem: 'the git repository has no commits yet' };
    return { ok: false, problem: `git could not read the repository (${result.message})` };
  }
  const [toplevel, shallow, head] = result.stdout.toString('utf8').split('\n');
  return { ok: true, state: { toplevel, shallow: shallow === 'true', head } };
}

/** One commit that touched a file, with the path the file had after it (and before it, when the commit renamed it). */
export interface FileCommit {
  hash: string;
  path: string;
  previousPath?: string;
  /** The commit only moved the file (git's similarity index 100): its content did not change. */
  movedOnly?: boolean;
}

/** A small binary min-heap of commit positions, for walking ancestors oldest-last. */
class PositionHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0];
  }
  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** The walk from one commit towards the root, kept between questions about the same commit. */
interface AncestorWalk {
  seen: Set<number>;
  heap: PositionHeap;
}

export class RepositoryHistory {
  /** Commits of HEAD in topological order (a child before its parents): HEAD is 0. */
  private readonly hashes: string[] = [];
  private readonly position = new Map<string, number>();
  private readonly parents: number[][] = [];
  private readonly facts: CommitFact[] = [];
  /** Current path (relative to the top level) -> commits that touched the file, newest first, renames followed. */
  private readonly byFile = new Map<string, FileCommit[]>();
  private readonly walks = new Map<number, AncestorWalk>();
  private readonly pins = new Map<string, string | null | 'ambiguous'>();

  private constructor(readonly state: RepositoryState) {}

  /**
   * Reads the commit graph and the history of every file under `dirs` (absolute paths):
   * two git processes. Throws an Error naming git's message when either fails.
   */
  static read(state: RepositoryState, dirs: readonly string[]): RepositoryHistory {
    const history = new RepositoryHistory(state);
    const graph = runGit(state.toplevel, ['log', '--topo-order', `--format=%H${FIELD}%P${FIELD}%cI${FIELD}%s`, 'HEAD']);
    if (!graph.ok) throw new Error(`git log failed: ${graph.message}`);
    const lines = graph.stdout.toString('utf8').split('\n');
    const parentHashes: string[][] = [];
    for (const line of lines) {
      if (!line.includes(FIELD)) continue;
      const [hash, parents, date, subject] = line.split(FIELD);
      history.position.set(hash, history.hashes.length);
      history.hashes.push(hash);
      history.facts.push({ hash, date, subject });
      parentHashes.push(parents ? parents.split(' ') : []);
    }
    // A parent missing from the list is beyond a shallow clone's boundary.
    for (const list of parentHashes) history.parents.push(list.map((h) => history.position.get(h)).filter((p): p is number => p !== undefined));

    const pathspecs = [...new Set(dirs.map((dir) => path.relative(state.toplevel, dir).split(path.sep).join('/') || '.'))].filter((p) => !p.startsWith('../'));
    if (pathspecs.length === 0) return history;
    const log = runGit(state.toplevel, ['log', '--no-merges', '-M', '--name-status', '-z', `--format=${RECORD}%H`, 'HEAD', '--', ...pathspecs]);
    if (!log.ok) throw new Error(`git log --name-status failed: ${log.message}`);
    history.indexFiles(log.stdout.toString('utf8'));
    return history;
  }

  // Newest first: a rename `old -> new` attributes the commits of `old` older than it to
  // `new` (whatever `new` is later renamed to), and commits of a file later created at
  // `old` stay with that file, since they come before the rename in the walk.
  private indexFiles(output: string): void {
    const currentName = new Map<string, string>();
    const nameOf = (p: string) => currentName.get(p) ?? p;
    for (const record of output.split(RECORD)) {
      if (!record) continue;
      const tokens = record.split('\0');
      const hash = tokens[0].trim();
      for (let i = 1; i < tokens.length; ) {
        const status = tokens[i].replace(/^\n/, '');
        if (!status) {
          i++;
          continue;
        }
        if (status.startsWith('R') || status.startsWith('C')) {
          const [from, to] = [tokens[i + 1], tokens[i + 2]];
          i += 3;
          const current = nameOf(to);
          this.add(current, { hash, path: to, previousPath: from, ...(status === 'R100' ? { movedOnly: true } : {}) });
          if (status.startsWith('R')) currentName.set(from, current);
        } else {
          const file = tokens[i + 1];
          i += 2;
          // A file deleted here and created again later is another file: this commit and
          // older ones are the deleted file's history, not the current one's.
          if (status === 'D') currentName.set(file, `\u0000deleted ${hash} ${file}`);
          this.add(nameOf(file), { hash, path: file });
        }
      }
    }
  }

  private add(current: string, commit: FileCommit): void {
    const list = this.byFile.get(current);
    if (list) list.push(commit);
    else this.byFile.set(current, [commit]);
  }

  /** The path git knows a file by (relative to the top level, forward slashes). */
  pathOf(abs: string): string {
    return path.relative(this.state.toplevel, abs).split(path.sep).join('/');
  }

  /** Commits that touched the file, newest first (renames followed); empty when never committed. */
  commitsOf(abs: string): readonly FileCommit[] {
    return this.byFile.get(this.pathOf(abs)) ?? [];
  }

  fact(hash: string): CommitFact | undefined {
    const p = this.position.get(hash);
    return p === undefined ? undefined : this.facts[p];
  }

  /**
   * A hash written in content (a pin), full or abbreviated, matched against HEAD's commits:
   * the full hash, null when no commit of HEAD has it, 'ambiguous' when several do.
   */
  resolvePin(revision: string): string | null | 'ambiguous' {
    if (!COMMIT_HASH.test(revision)) return null;
    const wanted = revision.toLowerCase();
    let answer = this.pins.get(wanted);
    if (answer !== undefined) return answer;
    if (this.position.has(wanted)) answer = wanted;
    else {
      const found = this.hashes.filter((h) => h.startsWith(wanted));
      answer = found.length === 1 ? found[0] : found.length === 0 ? null : 'ambiguous';
    }
    this.pins.set(wanted, answer);
    return answer;
  }

  /**
   * Whether `ancestor` is `commit` or one of its ancestors. Walks parents in topological
   * order from `commit`, never past `ancestor`'s position (a parent always comes after its
   * child), and keeps the walk for the next question about `commit`.
   */
  isAncestor(ancestor: string, commit: string): boolean {
    const a = this.position.get(ancestor);
    const c = this.position.get(commit);
    if (a === undefined || c === undefined) return false;
    if (a === c) return true;
    if (a < c) return false;
    let walk = this.walks.get(c);
    if (!walk) {
      walk = { seen: new Set([c]), heap: new PositionHeap() };
      walk.heap.push(c);
      this.walks.set(c, walk);
    }
    while (walk.heap.size > 0 && walk.heap.peek() <= a) {
      const next = walk.heap.pop();
      for (const parent of this.parents[next]) {
        if (walk.seen.has(parent)) continue;
        walk.seen.add(parent);
        walk.heap.push(parent);
      }
    }
    return walk.seen.has(a);
  }

  /**
   * File versions, many at once (one `git cat-file --batch`): each spec is
   * `<full hash>:<path>` or `<full hash>^:<path>`; the answer maps a spec to the text, or
   * null when the file did not exist there (or the commit has no parent in this clone).
   */
  readVersions(specs: readonly string[]): Map<string, string | null> {
    const out = new Map<string, string | null>();
    // A path with a line break cannot be named on cat-file's input: unknown, like a missing file.
    const asked = [...new Set(specs)].filter((spec) => {
      if (/[\r\n]/.test(spec)) {
        out.set(spec, null);
        return false;
      }
      return true;
    });
    if (asked.length === 0) return out;
    const result = runGit(this.state.toplevel, ['cat-file', '--batch'], asked.map((s) => `${s}\n`).join(''));
    if (!result.ok) throw new Error(`git cat-file failed: ${result.message}`);
    const bytes = result.stdout;
    let offset = 0;
    for (const spec of asked) {
      const end = bytes.indexOf(10, offset);
      if (end < 0) break;
      const header = bytes.subarray(offset, end).toString('utf8');
      offset = end + 1;
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!match) {
        out.set(spec, null);
        continue;
      }
      const size = Number(match[2]);
      out.set(spec, match[1] === 'blob' ? bytes.subarray(offset, offset + size).toString('utf8') : null);
      offset += size + 1;
    }
    return out;
  }

  /** `https://github.com/o/r/commit/` or GitLab's equivalent for the `origin` remote; null for other hosts (one process). */
  commitUrlBase(): string | null {
    const result = runGit(this.state.toplevel, ['config', '--get', 'remote.origin.url']);
    if (!result.ok) return null;
    return commitUrlBaseOf(result.stdout.toString('utf8').trim());
  }
}

/** The web address of a commit page for a GitHub or GitLab remote URL (https or scp-like ssh); null otherwise. */
export function commitUrlBaseOf(remote: string): string | null {
  const match = /^(?:https:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)(github\.com|gitlab\.com)[:/]([\w.-]+(?:\/[\w.-]+)+)$/.exec(remote.replace(/\/$/, '').replace(/\.git$/, ''));
  if (!match) return null;
  const [, host, repo] = match;
  return host === 'github.com' ? `https://github.com/${repo}/commit/` : `https://gitlab.com/${repo}/-/commit/`;
}
