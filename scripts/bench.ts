// `npm run bench`: l10n-lint against its floors and against markdownlint-cli2 and
// remark-cli, side by side on the same files, in one run. A benchmark, not a test.
//
//   node dist/scripts/bench.js [--scales 1,10] [--runs 5,3] [--tool-runs 5,1] [--jobs n]
//                              [--dir <folder with l10n-lint.config.json>] [--seed 42]
//                              [--rows cold,warm,...] [--threshold] [--keep]
//
// Each row is a child process, measured for wall time (here), CPU time (user + sys of the
// child and all its threads) and peak memory (max RSS), with GNU time when installed, else
// with bench-child.js's resourceUsage() wrapper. Runs are interleaved (run 1 of every row,
// then run 2...) so a change in machine load touches every row alike; medians are shown.
// The table goes to stdout; the numbers to bench/results/<timestamp>.json and
// bench/latest.json (both gitignored) for comparison across commits.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.join(repo, 'dist');
const cliJs = path.join(dist, 'src/cli.js');
const childJs = path.join(dist, 'scripts/bench-child.js');

// ---------------------------------------------------------------------------
// Measuring one child process

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = (() => {
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
})();

interface Command {
  /** A Node script and its arguments (run with this Node). */
  script: string;
  args: string[];
  cwd: string;
  /** Exit codes that mean "ran fine" (linters exit 1 on findings). */
  okCodes?: number[];
}

function measure(command: Command, scratch: string): Sample & { stderr: string } {
  const usageFile = path.join(scratch, 'usage.txt');
  rmSync(usageFile, { force: true });
  const stderrFile = path.join(scratch, 'stderr.txt');
  const argv = hasGnuTime
    ? [GNU_TIME, '-f', '%U %S %M', '-o', usageFile, process.execPath, command.script, ...command.args]
    : [process.execPath, childJs, 'rusage', usageFile, command.script, ...command.args];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.CI;
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), { cwd: command.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  writeFileSync(stderrFile, run.stderr ?? '');
  let cpuMs = NaN;
  let maxRssMb = NaN;
  try {
    const text = readFileSync(usageFile, 'utf8').trim();
    if (hasGnuTime) {
      const [user, sys, rss] = text.split(/\s+/).slice(-3).map(Number);
      cpuMs = (user + sys) * 1000;
      maxRssMb = rss / 1024;
    } else {
      const usage = JSON.parse(text);
      cpuMs = usage.userMs + usage.systemMs;
      maxRssMb = usage.maxRssKb / 1024;
    }
  } catch {
    // leave NaN: the row shows it
  }
  return { wallMs, cpuMs, maxRssMb, code: run.status, stderr: run.stderr ?? '' };
}

// ---------------------------------------------------------------------------
// Rows

interface Row {
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

interface Corpus {
  dir: string;
  config: string;
  files: string[];
  bytes: number;
  label: string;
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function git(cwd: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  return spawnSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, ...extraEnv, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' } }).status === 0;
}

function cliHasFlag(flag: string): boolean {
  const help = spawnSync(process.execPath, [cliJs, '--help'], { encoding: 'utf8' });
  return help.stdout.includes(flag);
}

/** The files l10n-lint lints for a config: every discovered source and locale file. */
async function lintedFiles(config: string): Promise<string[]> {
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

function rowsFor(corpus: Corpus, scratch: string, jobs: number, runs: number, toolRuns: number): Row[] {
  const list = path.join(scratch, 'files.txt');
  writeFileSync(list, `${corpus.files.join('\n')}\n`);
  const lint = (extra: string[], dir = corpus.dir): Command => ({
    script: cliJs,
    args: ['--config', path.join(dir, path.relative(corpus.dir, corpus.config)), '--format', 'json', '--output', path.join(scratch, 'report.json'), '--jobs', String(jobs), ...extra],
    cwd: dir,
    okCodes: [0, 1],
  });
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
  const markdownlint = realpathSync(path.join(repo, 'node_modules/.bin/markdownlint-cli2'));
  const remark = realpathSync(path.join(repo, 'node_modules/.bin/remark'));
  const plugin = (name: string) => path.join(repo, 'node_modules', name, 'index.js');
  const toolCheck = (stderr: string) => (/Cannot find (module|package)|Cannot process file|Error: /.test(stderr) ? stderr.split('\n').find((l) => /Cannot|Error/.test(l)) ?? 'failed' : null);
  const rows: Row[] = [
    { name: 'l10n-lint cold (--no-cache)', key: 'cold', runs, command: lint(['--no-cache']), samples: [] },
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
    {
      name: 'markdownlint-cli2 (default config)',
      key: 'markdownlint',
      runs: toolRuns,
      command: { script: markdownlint, args: ['**/*.md'], cwd: corpus.dir, okCodes: [0, 1] },
      check: toolCheck,
      samples: [],
    },
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
  return rows;
}

function latencyFrom(file: string): number {
  try {
    return Number(JSON.parse(readFileSync(file, 'utf8')).medianMs);
  } catch {
    return NaN;
  }
}

function runRows(rows: Row[], scratch: string, only: Set<string> | null, progress: (text: string) => void): void {
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

// ---------------------------------------------------------------------------
// Report

interface Summary {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  filesPerSecond: number;
  runs: number;
}

function summarize(row: Row, files: number): Summary | null {
  if (row.samples.length === 0) return null;
  const wallMs = median(row.samples.map((s) => s.wallMs));
  return { wallMs, cpuMs: median(row.samples.map((s) => s.cpuMs)), maxRssMb: median(row.samples.map((s) => s.maxRssMb)), filesPerSecond: files / (wallMs / 1000), runs: row.samples.length };
}

const TARGETS: Array<{ key: string; label: string; of: [string, string]; max: number; by?: 'wallMs' }> = [
  { key: 'coldOverMarkdownlint', label: 'cold / markdownlint-cli2', of: ['cold', 'markdownlint'], max: 0.4 },
  { key: 'coldOverParseFloor', label: 'cold / parse floor', of: ['cold', 'parseFloor'], max: 1.2 },
  { key: 'warmOverCold', label: 'warm / cold', of: ['warm', 'cold'], max: 0.05 },
  { key: 'warmOverHashFloor', label: 'warm / read-and-hash floor', of: ['warm', 'hashFloor'], max: 3 },
  { key: 'changedOverCold', label: 'changed / cold', of: ['changed', 'cold'], max: 0.05 },
  { key: 'staleOnOverOff', label: 'staleness on / off (200 commits)', of: ['staleOn', 'staleOff'], max: 1.15 },
];

/**
 * The corpus in a git repository with `commits` commits of history: a first commit of
 * every file, then commits that each edit one file (a source page or a translation,
 * taken in a fixed order), dated a day apart, so that some translations end up stale.
 * Returns the repository's folder, or null when git is unavailable.
 */
function corpusWithHistory(corpus: Corpus, commits: number): string | null {
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

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function table(corpus: Corpus, rows: Row[], summaries: Map<string, Summary | null>, jobs: number): string {
  const lines = [`${corpus.label}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB, --jobs ${jobs}; medians`];
  lines.push(`${pad('', 46)}${pad('wall s', 9, true)}${pad('CPU s', 9, true)}${pad('peak MB', 9, true)}${pad('files/s', 9, true)}${pad('runs', 6, true)}`);
  for (const row of rows) {
    const s = summaries.get(row.key);
    if (row.unavailable) lines.push(`${pad(row.name, 46)}${row.unavailable}`);
    else if (row.error) lines.push(`${pad(row.name, 46)}failed: ${row.error.slice(0, 120)}`);
    else if (!s) lines.push(`${pad(row.name, 46)}not run`);
    else lines.push(`${pad(row.name, 46)}${pad(fmt(s.wallMs / 1000), 9, true)}${pad(fmt(s.cpuMs / 1000), 9, true)}${pad(fmt(s.maxRssMb, 0), 9, true)}${pad(fmt(s.filesPerSecond, 0), 9, true)}${pad(String(s.runs), 6, true)}`);
  }
  return lines.join('\n');
}

function ratios(summaries: Map<string, Summary | null>): Array<{ key: string; label: string; value: number; max: number; met: boolean | null }> {
  return TARGETS.map((t) => {
    const a = summaries.get(t.of[0]);
    const b = summaries.get(t.of[1]);
    const value = a && b ? a.wallMs / b.wallMs : NaN;
    return { key: t.key, label: t.label, value, max: t.max, met: Number.isFinite(value) ? value <= t.max : null };
  });
}

function ratioLines(list: ReturnType<typeof ratios>): string {
  return list.map((r) => `  ${pad(r.label, 30)}${pad(fmt(r.value, 3), 8, true)}   target ≤ ${r.max}   ${r.met === null ? 'n/a' : r.met ? 'met' : 'NOT met'}`).join('\n');
}

// ---------------------------------------------------------------------------
// The in-thread threshold (--threshold)

function thresholdStudy(jobs: number, scratch: string, seed: number): void {
  const dir = path.join(scratch, 'threshold');
  const corpus = generateCorpus({ out: dir, scale: 1, seed });
  const all = spawnSync('find', [dir, '-name', '*.md'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
  const sizes = all.map((f) => readFileSync(f).length);
  const list = path.join(scratch, 'subset.txt');
  process.stdout.write(`in-thread vs ${jobs} workers (a fresh process each, medians of 7; corpus ${corpus.files} files)\n`);
  process.stdout.write(`${pad('bytes to parse', 16)}${pad('files', 7, true)}${pad('in-thread ms', 14, true)}${pad('workers ms', 12, true)}\n`);
  for (const kb of [64, 128, 192, 256, 384, 512]) {
    const chosen: string[] = [];
    let bytes = 0;
    for (let i = 0; i < all.length && bytes < kb * 1024; i++) {
      chosen.push(all[i]);
      bytes += sizes[i];
    }
    writeFileSync(list, `${chosen.join('\n')}\n`);
    const wall = (mode: string) =>
      median(Array.from({ length: 7 }, () => measure({ script: childJs, args: ['loader', '--list', list, '--jobs', String(jobs), '--mode', mode, '--pattern', '^L\\d+ - '], cwd: dir }, scratch).wallMs));
    const thread = wall('thread');
    const workers = wall('workers');
    process.stdout.write(`${pad(`${(bytes / 1024).toFixed(0)} KB`, 16)}${pad(String(chosen.length), 7, true)}${pad(fmt(thread, 0), 14, true)}${pad(fmt(workers, 0), 12, true)}\n`);
  }
}

// ---------------------------------------------------------------------------
// Main

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10' },
      runs: { type: 'string', default: '5,3' },
      'tool-runs': { type: 'string', default: '5,1' },
      jobs: { type: 'string' },
      dir: { type: 'string' },
      seed: { type: 'string', default: '42' },
      rows: { type: 'string' },
      threshold: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).slice(0, 13).map((l) => l.slice(3)).join('\n')}\n`);
    return 0;
  }
  if (!existsSync(cliJs) || !existsSync(childJs)) {
    process.stderr.write('bench: build first (npm run bench builds)\n');
    return 2;
  }
  const jobs = Number(values.jobs ?? os.availableParallelism());
  const seed = Number(values.seed);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'l10n-bench-'));
  const log = (text: string) => process.stderr.write(process.stderr.isTTY ? `\r${text}\x1b[K` : text ? `${text}\n` : '');
  try {
    if (values.threshold) {
      thresholdStudy(jobs, scratch, seed);
      return 0;
    }
    const scales = values.dir ? [1] : values.scales.split(',').map(Number);
    const runs = values.runs.split(',').map(Number);
    const toolRuns = values['tool-runs'].split(',').map(Number);
    const only = values.rows ? new Set(values.rows.split(',')) : null;
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repo, encoding: 'utf8' }).stdout.trim() !== '';
    const result: Record<string, any> = {
      date: new Date().toISOString(),
      commit: `${commit}${dirty ? '+dirty' : ''}`,
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model,
      jobs,
      measuredWith: hasGnuTime ? 'GNU time' : 'process.resourceUsage() wrapper',
      loadAverageAtStart: os.loadavg(),
      scales: [] as unknown[],
    };
    const out: string[] = [];
    for (const [i, scale] of scales.entries()) {
      const dir = path.join(scratch, `corpus-${scale}x`);
      let corpus: Corpus;
      if (values.dir) {
        const source = path.resolve(values.dir);
        // A copy: the changed-file row edits a file and makes a git repository.
        cpSync(source, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) && !src.includes('node_modules') });
        const config = path.join(dir, 'l10n-lint.config.json');
        const files = await lintedFiles(config);
        corpus = { dir, config, files, bytes: files.reduce((sum, f) => sum + readFileSync(f).length, 0), label: path.basename(source) };
      } else {
        log(`generating the ${scale}× corpus`);
        const generated = generateCorpus({ out: dir, scale, seed });
        const files = await lintedFiles(generated.configFile);
        corpus = { dir, config: generated.configFile, files, bytes: files.reduce((sum, f) => sum + readFileSync(f).length, 0), label: `${scale}× generated corpus (seed ${seed})` };
      }
      const rows = rowsFor(corpus, scratch, jobs, runs[i] ?? runs[runs.length - 1], toolRuns[i] ?? toolRuns[toolRuns.length - 1]);
      log(`measuring ${corpus.label}`);
      runRows(rows, scratch, only, log);
      const summaries = new Map(rows.map((r) => [r.key, summarize(r, corpus.files.length)]));
      const scaleRatios = ratios(summaries);
      const text = `${table(corpus, rows, summaries, jobs)}\n\nratios (wall time):\n${ratioLines(scaleRatios)}\n`;
      out.push(text);
      process.stdout.write(`\n${text}`);
      result.scales.push({
        scale: values.dir ? null : scale,
        label: corpus.label,
        files: corpus.files.length,
        bytes: corpus.bytes,
        rows: Object.fromEntries(rows.map((r) => [r.key, { name: r.name, summary: summaries.get(r.key), samples: r.samples, error: r.error, unavailable: r.unavailable }])),
        ratios: scaleRatios,
      });
      if (!values.keep) for (const d of [dir, `${dir}-git`, `${dir}-history`]) rmSync(d, { recursive: true, force: true });
    }
    const [one, ten] = [result.scales.find((s: any) => s.scale === 1), result.scales.find((s: any) => s.scale === 10)];
    if (one && ten) {
      const value = ten.rows.cold.summary?.maxRssMb / one.rows.cold.summary?.maxRssMb;
      result.peakMemory10xOver1x = { value, max: 2, met: Number.isFinite(value) ? value <= 2 : null };
      process.stdout.write(`\npeak memory, cold, 10× / 1×: ${fmt(value, 2)}   target ≤ 2   ${Number.isFinite(value) ? (value <= 2 ? 'met' : 'NOT met') : 'n/a'}\n`);
    }
    result.loadAverageAtEnd = os.loadavg();
    process.stdout.write(`\nload average at start ${result.loadAverageAtStart.map((n: number) => n.toFixed(1)).join(' ')}, at end ${result.loadAverageAtEnd.map((n: number) => n.toFixed(1)).join(' ')} (${result.cpus} cores); measured with ${result.measuredWith}\n`);
    const resultsDir = path.join(repo, 'bench/results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${result.date.replace(/[:.]/g, '-')}.json`);
    const json = `${JSON.stringify(result, null, 2)}\n`;
    writeFileSync(file, json);
    writeFileSync(path.join(repo, 'bench/latest.json'), json);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)} and bench/latest.json\n`);
    return 0;
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
    else process.stderr.write(`kept ${scratch}\n`);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`bench: ${(error as Error).stack}\n`);
    process.exitCode = 2;
  },
);
