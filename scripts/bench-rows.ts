// The rows of `npm run bench` (scripts/bench.ts): what each row runs on a corpus, and
// running them interleaved (run 1 of every row, then run 2...) so that a change in machine
// load touches every row alike. A large corpus (40×) gets only the rows the issue asks of
// it (cold, the 3 shards, markdownlint-cli2): the others would take an hour there.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { childJs, cliHasFlag, cliJs, git, latencyFrom, measure, repo, type Command, type Sample } from './bench-measure.js';

export interface Row {
  name: string;
  /** Short key for --rows and the JSON. */
  key: string;
  runs: number;
  /** Runs before each measured run (not measured), e.g. to change a file. */
  before?: (run: number) => void;
  after?: (run: number) => void;
  command: Command | null;
  /** Why the row cannot run, shown instead of numbers. */
  unavailable?: string;
  /** Validates a run (e.g. no "Cannot find module" from a tool): an error message or null. */
  check?: (stderr: string, code: number | null) => string | null;
  samples: Sample[];
  error?: string;
  /**
   * A JSON file `{ medianMs }` the child writes: the row's wall time is that (a latency
   * inside a running process, not the process's run); CPU and memory are not shown.
   */
  wallFrom?: string;
}

export interface Corpus {
  dir: string;
  config: string;
  files: string[];
  bytes: number;
  label: string;
}

/** The files l10n-lint lints for a config: every discovered source and locale file. */
export async function lintedFiles(config: string): Promise<string[]> {
  const { resolveLintConfig } = await import('../src/index.js');
  const { discoverSet } = await import('../src/discover.js');
  const resolved = resolveLintConfig({ config, cwd: path.dirname(config) });
  const files = new Set<string>();
  for (const set of resolved.sets) {
    for (const pair of discoverSet(resolved, set).pairs) {
      if (pair.source) files.add(pair.source.abs);
      if (pair.target) files.add(pair.target.abs);
    }
  }
  return [...files].sort();
}

/** Shards in the shard rows (issue 20: each of 3 shards against the whole run). */
export const SHARDS = 3;

/**
 * The rows for one corpus, and where the warm row's cache is (primed here, so its size can
 * be read). `large`: only cold, the shards and markdownlint-cli2.
 */
export function rowsFor(corpus: Corpus, scratch: string, jobs: number, runs: number, toolRuns: number, large = false): { rows: Row[]; warmCache: string | null } {
  const list = path.join(scratch, 'files.txt');
  writeFileSync(list, `${corpus.files.join('\n')}\n`);
  const lint = (extra: string[], dir = corpus.dir, report = 'report.json'): Command => ({
    script: cliJs,
    args: ['--config', path.join(dir, path.relative(corpus.dir, corpus.config)), '--format', 'json', '--output', path.join(scratch, report), '--jobs', String(jobs), ...extra],
    cwd: dir,
    okCodes: [0, 1],
  });
  const markdownlint = realpathSync(path.join(repo, 'node_modules/.bin/markdownlint-cli2'));
  const toolCheck = (stderr: string) => (/Cannot find (module|package)|Cannot process file|Error: /.test(stderr) ? stderr.split('\n').find((l) => /Cannot|Error/.test(l)) ?? 'failed' : null);
  const cold: Row = { name: 'l10n-lint cold (--no-cache)', key: 'cold', runs, command: lint(['--no-cache']), samples: [] };
  // Each shard writes its own report (the merge of the three equals the cold run's).
  const shardRows: Row[] = Array.from({ length: SHARDS }, (_, i) => ({
    name: `l10n-lint cold, --shard ${i + 1}/${SHARDS}`,
    key: `shard${i + 1}`,
    runs,
    command: lint(['--no-cache', '--shard', `${i + 1}/${SHARDS}`], corpus.dir, `shard-${i + 1}.json`),
    samples: [],
  }));
  const markdownlintRow: Row = {
    name: 'markdownlint-cli2 (default config)',
    key: 'markdownlint',
    runs: toolRuns,
    command: { script: markdownlint, args: ['**/*.md'], cwd: corpus.dir, okCodes: [0, 1] },
    check: toolCheck,
    samples: [],
  };
  if (large) return { rows: [cold, ...shardRows, markdownlintRow], warmCache: null };

  const warmCache = path.join(scratch, 'warm.cache');
  const changedCache = path.join(scratch, 'changed.cache');
  const hasChangedSince = cliHasFlag('--changed-since');
  // --changed-since needs a git repository. The other rows run outside one (as a plain
  // checkout of generated files is not), so stale-translation's git queries, which cost per
  // pair and are not what this bench is about, only run for the changed row's few pairs.
  const gitDir = `${corpus.dir}-git`;
  const inGit =
    hasChangedSince &&
    (cpSync(corpus.dir, gitDir, { recursive: true }), true) &&
    git(gitDir, ['init', '-q']) &&
    git(gitDir, ['add', '-A']) &&
    git(gitDir, ['commit', '-q', '-m', 'bench base']);
  // The changed file: a source page (its pairs in every locale are linted again).
  const changedSource = corpus.files.find((f) => /\/en-US\/.+\/[^/]+\.md$/.test(f) && !f.endsWith('index.md')) ?? corpus.files[0];
  const changed = path.join(gitDir, path.relative(corpus.dir, changedSource));
  const original = inGit ? readFileSync(changed) : Buffer.alloc(0);
  // Staleness on and off, cold, in a repository with 200 commits (issue: on costs ≤ 1.15× off).
  const historyDir = hasChangedSince ? corpusWithHistory(corpus, 200) : null;
  const staleOffConfig = historyDir ? path.join(historyDir, 'l10n-lint.stale-off.json') : '';
  if (historyDir) {
    const config = JSON.parse(readFileSync(path.join(historyDir, path.relative(corpus.dir, corpus.config)), 'utf8'));
    writeFileSync(staleOffConfig, JSON.stringify({ ...config, rules: { ...config.rules, 'stale-translation': 'off' } }));
  }
  const remark = realpathSync(path.join(repo, 'node_modules/.bin/remark'));
  const plugin = (name: string) => path.join(repo, 'node_modules', name, 'index.js');
  const rows: Row[] = [
    cold,
    ...shardRows,
    { name: 'l10n-lint warm (cache, nothing changed)', key: 'warm', runs, command: lint(['--cache', '--cache-location', warmCache]), samples: [] },
    {
      name: 'l10n-lint one changed file (--changed-since)',
      key: 'changed',
      runs,
      command: hasChangedSince && inGit ? lint(['--cache', '--cache-location', changedCache, '--changed-since', 'HEAD'], gitDir) : null,
      unavailable: !hasChangedSince ? 'n/a (flag missing)' : !inGit ? 'n/a (git unavailable)' : undefined,
      // A new edit each run (so the file is parsed again), undone afterwards for the other rows.
      before: (run) => writeFileSync(changed, Buffer.concat([original, Buffer.from(`\nEdited for bench run ${run}.\n`)])),
      after: () => writeFileSync(changed, original),
      samples: [],
    },
    {
      // A writer's keystroke in a running language server: didChange of a source page's
      // unsaved buffer → its diagnostics, the page's pairs in every locale re-linted from the
      // warm outline cache (primed below, beside the config, where the server finds it).
      name: 'l10n-lint one edited buffer, warm (lsp)',
      key: 'lspEdit',
      runs,
      command: { script: childJs, args: ['lsp-edit', '--config', corpus.config, '--file', changedSource, '--out', path.join(scratch, 'lsp-edit.json'), '--edits', '5'], cwd: corpus.dir },
      wallFrom: path.join(scratch, 'lsp-edit.json'),
      samples: [],
    },
    {
      name: 'l10n-lint cold, staleness on (git, 200 commits)',
      key: 'staleOn',
      runs,
      command: historyDir ? lint(['--no-cache'], historyDir) : null,
      unavailable: historyDir ? undefined : 'n/a (git unavailable)',
      samples: [],
    },
    {
      name: 'l10n-lint cold, staleness off (same repository)',
      key: 'staleOff',
      runs,
      command: historyDir ? { ...lint(['--no-cache'], historyDir), args: ['--config', staleOffConfig, ...lint(['--no-cache'], historyDir).args.slice(2)] } : null,
      unavailable: historyDir ? undefined : 'n/a (git unavailable)',
      samples: [],
    },
    { name: `parse-only floor (unified + remark, ${jobs} worker${jobs === 1 ? '' : 's'})`, key: 'parseFloor', runs, command: { script: childJs, args: ['parse', '--list', list, '--jobs', String(jobs)], cwd: corpus.dir }, samples: [] },
    { name: 'read-and-hash floor (sha256)', key: 'hashFloor', runs, command: { script: childJs, args: ['hash', '--list', list], cwd: corpus.dir }, samples: [] },
    markdownlintRow,
    {
      name: 'remark-cli (preset-lint-recommended)',
      key: 'remark',
      runs: toolRuns,
      command: {
        script: remark,
        args: ['.', '--use', plugin('remark-frontmatter'), '--use', plugin('remark-gfm'), '--use', plugin('remark-preset-lint-recommended'), '--quiet', '--frail', '--no-stdout', '--no-color'],
        cwd: corpus.dir,
        okCodes: [0, 1],
      },
      check: toolCheck,
      samples: [],
    },
  ];
  // Prime the caches the warm and changed rows start from (not measured).
  const prime = (command: Command) => spawnSync(process.execPath, [command.script, ...command.args], { cwd: command.cwd, stdio: 'ignore' });
  prime(lint(['--cache', '--cache-location', warmCache]));
  prime(lint(['--cache']));
  if (inGit) prime(lint(['--cache', '--cache-location', changedCache], gitDir));
  return { rows, warmCache };
}

export function runRows(rows: Row[], scratch: string, only: Set<string> | null, progress: (text: string) => void): void {
  const active = rows.filter((r) => r.command && (!only || only.has(r.key)));
  const rounds = Math.max(...active.map((r) => r.runs));
  // Warm the page cache so the first measured row does not pay the disk.
  const hash = rows.find((r) => r.key === 'hashFloor');
  if (hash?.command) measure(hash.command, scratch);
  for (let round = 0; round < rounds; round++) {
    for (const row of active) {
      if (round >= row.runs || row.error) continue;
      progress(`  ${row.key} ${round + 1}/${row.runs}`);
      row.before?.(round);
      const sample = measure(row.command!, scratch);
      if (row.wallFrom) Object.assign(sample, { wallMs: latencyFrom(row.wallFrom), cpuMs: NaN, maxRssMb: NaN });
      row.after?.(round);
      const ok = row.command!.okCodes ?? [0];
      const problem = !ok.includes(sample.code ?? -1) ? `exit code ${sample.code}: ${sample.stderr.trim().split('\n').slice(-3).join(' | ')}` : row.check?.(sample.stderr, sample.code) ?? null;
      if (problem) row.error = problem;
      else row.samples.push(sample);
    }
  }
  progress('');
}


/**
 * The corpus in a git repository with `commits` commits of history: a first commit of
 * every file, then commits that each edit one file (a source page or a translation,
 * taken in a fixed order), dated a day apart, so that some translations end up stale.
 * Returns the repository's folder, or null when git is unavailable.
 */
export function corpusWithHistory(corpus: Corpus, commits: number): string | null {
  const dir = `${corpus.dir}-history`;
  cpSync(corpus.dir, dir, { recursive: true });
  if (!git(dir, ['init', '-q']) || !git(dir, ['add', '-A']) || !git(dir, ['commit', '-q', '-m', 'bench base'])) return null;
  const pages = corpus.files.filter((f) => f.endsWith('.md'));
  for (let i = 1; i < commits; i++) {
    const file = path.join(dir, path.relative(corpus.dir, pages[(i * 7919) % pages.length]));
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from(`
History edit ${i}: one more sentence for the bench.
`)]));
    const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString();
    const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    if (!git(dir, ['add', '-A'], env) || !git(dir, ['commit', '-q', '-m', `Edit ${i}`], env)) return null;
  }
  return dir;
}
