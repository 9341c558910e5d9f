// `npm run bench`: l10n-lint against its floors and against markdownlint-cli2 and
// remark-cli, side by side on the same files, in one run. A benchmark, not a test.
//
//   node dist/scripts/bench.js [--scales 1,10,40] [--runs 5,3,1] [--tool-runs 5,1,1] [--jobs n]
//                              [--dir <folder with l10n-lint.config.json>] [--seed 42]
//                              [--rows cold,warm,...] [--threshold] [--keep]
//
// Each row is a child process, measured for wall time (here), CPU time (user + sys of the
// child and all its threads) and peak memory (max RSS), with GNU time when installed, else
// with bench-child.js's resourceUsage() wrapper. Runs are interleaved (run 1 of every row,
// then run 2...) so a change in machine load touches every row alike; medians are shown.
// Scales of 40× and more get only cold, the 3 shards and markdownlint-cli2 (bench-rows.ts).
// The table goes to stdout; the numbers to bench/results/<timestamp>.json and
// bench/latest.json (both gitignored) for comparison across commits.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';
import { cacheSizeBytes } from '../src/cache/index.js';
import { childJs, cliJs, fmt, hasGnuTime, repo } from './bench-measure.js';
import { lintedFiles, rowsFor, runRows, type Corpus } from './bench-rows.js';
import { cacheLine, memoryTargets, ratioLines, ratios, summarize, table, targetLines, thresholdStudy } from './bench-report.js';

/** From this scale on, only the rows a large corpus is measured with. */
const LARGE_SCALE = 40;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10,40' },
      runs: { type: 'string', default: '5,3,1' },
      'tool-runs': { type: 'string', default: '5,1,1' },
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
    process.stdout.write(`${readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).slice(0, 14).map((l) => l.slice(3)).join('\n')}\n`);
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
      const { rows, warmCache } = rowsFor(corpus, scratch, jobs, runs[i] ?? runs[runs.length - 1], toolRuns[i] ?? toolRuns[toolRuns.length - 1], !values.dir && scale >= LARGE_SCALE);
      // The warm row's cache as primed (one cold run with --cache): its size on disk.
      const cacheSize = warmCache ? cacheSizeBytes(warmCache) : null;
      log(`measuring ${corpus.label}`);
      runRows(rows, scratch, only, log);
      const summaries = new Map(rows.map((r) => [r.key, summarize(r, corpus.files.length)]));
      const scaleRatios = ratios(summaries);
      const scaleTargets = memoryTargets(values.dir ? null : scale, summaries);
      const cache = cacheLine(cacheSize, corpus.bytes);
      const text = `${table(corpus, rows, summaries, jobs)}\n${cache ? `${cache}\n` : ''}\nratios (wall time):\n${ratioLines(scaleRatios)}\n${scaleTargets.length ? `\nmemory and shards (issue 20):\n${targetLines(scaleTargets)}\n` : ''}`;
      out.push(text);
      process.stdout.write(`\n${text}`);
      result.scales.push({
        scale: values.dir ? null : scale,
        label: corpus.label,
        files: corpus.files.length,
        bytes: corpus.bytes,
        rows: Object.fromEntries(rows.map((r) => [r.key, { name: r.name, summary: summaries.get(r.key), samples: r.samples, error: r.error, unavailable: r.unavailable }])),
        ratios: scaleRatios,
        cacheBytes: cacheSize,
        memoryTargets: scaleTargets,
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

