// The parallel loader: the same findings and summary whether files are parsed in this
// thread or on 1 or 2 workers, with the cache on (cold, then warm) or off; batches are
// balanced by size, largest first; the progress bar stays quiet on short runs.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSmallSet, type GeneratedCorpus } from '../scripts/generate-corpus.js';
import { resolveLintConfig } from '../src/index.js';
import { runEngine } from '../src/engine/lint.js';
import { batchTarget, guidedBatches } from '../src/load/parallel-loader.js';
import { runEngineWithLoading, type CacheMeta, type LoadingOptions } from '../src/engine/run.js';
import { barWidth, createProgressBar, monotonic } from '../src/progress.js';
import type { Config, LintResult } from '../src/types.js';

const test = suite('parallel');
let corpus: GeneratedCorpus;
let config: Config;

test.before(() => {
  corpus = generateSmallSet({ out: mkdtempSync(path.join(os.tmpdir(), 'l10n-parallel-')), pages: 10 });
  config = resolveLintConfig({ config: corpus.configFile, cwd: corpus.dir });
});
test.after(() => rmSync(corpus.dir, { recursive: true, force: true }));

/** What a user sees: findings and summary, through JSON like a report. */
function visible(result: LintResult) {
  return JSON.parse(JSON.stringify({ diagnostics: result.diagnostics, summary: result.summary }));
}

async function lintWith(options: LoadingOptions): Promise<LintResult> {
  return runEngineWithLoading(config, {}, options);
}

test('results are identical with --jobs 1, --jobs 2, cache off, cache cold and cache warm', async () => {
  const cacheFile = path.join(corpus.dir, 'parallel.cache');
  const reference = visible(await runEngine(config));
  assert.ok(reference.diagnostics.length > 0, 'the generated set has drift to find');
  const runs: Array<[string, LoadingOptions]> = [
    ['--jobs 1, no cache', { jobs: 1, cacheFile: null }],
    // inThreadBelowBytes 0: use workers however small the set.
    ['--jobs 2, no cache', { jobs: 2, cacheFile: null, inThreadBelowBytes: 0 }],
    ['--jobs 1, cache cold', { jobs: 1, cacheFile }],
    ['--jobs 1, cache warm', { jobs: 1, cacheFile }],
    ['--jobs 2, cache warm', { jobs: 2, cacheFile, inThreadBelowBytes: 0 }],
  ];
  for (const [name, options] of runs) {
    const result = await lintWith(options);
    assert.equal(visible(result), reference, name);
  }
  rmSync(cacheFile);
  const coldOnWorkers = await lintWith({ jobs: 2, cacheFile, inThreadBelowBytes: 0 });
  assert.equal(visible(coldOnWorkers), reference, '--jobs 2, cache cold');
  const loading = coldOnWorkers.meta!.loading as { parsedOnWorkers: number; workersStarted: number };
  assert.ok(loading.parsedOnWorkers > 0 && loading.workersStarted === 2, 'parsed on two workers');
  const warm = await lintWith({ jobs: 1, cacheFile });
  assert.equal(visible(warm), reference, '--jobs 1, warm from a cache the workers wrote');
  assert.is((warm.meta!.cache as CacheMeta).parsed, 0);
});

test('runs with fewer bytes to parse than the threshold stay in this thread; larger ones go to the workers', async () => {
  const small = await lintWith({ jobs: 2, cacheFile: null, inThreadBelowBytes: corpus.bytes + 1 });
  const loading = small.meta!.loading as { files: number; parsedInThread: number; parsedOnWorkers: number; workersStarted: number };
  assert.is(loading.workersStarted, 0, `a ${(corpus.bytes / 1024).toFixed(0)} KB set under the threshold is parsed in this thread`);
  // Every file handed to the loader (summary.files also counts orphans, which are not parsed).
  assert.ok(loading.files > 0);
  assert.is(loading.parsedInThread, loading.files);
  const forced = (await lintWith({ jobs: 2, cacheFile: null, inThreadBelowBytes: 0 })).meta!.loading as typeof loading;
  assert.is(forced.parsedInThread, 0);
  assert.is(forced.parsedOnWorkers, loading.files);
});

test('the loader gives --locale and path-narrowed runs the same findings as the plain engine', async () => {
  const options = { locales: ['de-DE'] };
  const plain = visible(await runEngine(config, options));
  const parallel = visible(await runEngineWithLoading(config, options, { jobs: 2, cacheFile: null, inThreadBelowBytes: 0 }));
  assert.equal(parallel, plain);
});

test('batches: every file once, in the order given, shrinking toward the end', () => {
  const sizes = [5, 900, 40, 40, 300, 7, 120, 64, 64, 2000, 1, 1, 1, 33, 200, 200, 200, 200, 90, 90, 90].map((kb) => kb * 1024);
  const items = sizes.map((size, i) => ({ size, i }));
  const total = sizes.reduce((a, b) => a + b, 0);
  const batches = guidedBatches(items, total, 2);
  assert.equal(batches.flat().map((x) => x.i), items.map((x) => x.i), 'every file once, in order');
  assert.ok(batches.length >= 6, `several batches for two workers (${batches.length})`);
  // Each batch closes once it reaches the target for what was left before it.
  let remaining = total;
  for (const batch of batches.slice(0, -1)) {
    const bytes = batch.reduce((a, x) => a + x.size, 0);
    const target = batchTarget(remaining, 2);
    assert.ok(bytes >= target && bytes - batch[batch.length - 1].size < target, 'closed at its target');
    remaining -= bytes;
  }
  assert.is(batchTarget(64 * 1024 * 1024, 2), 256 * 1024, 'capped');
  assert.is(batchTarget(1024, 2), 16 * 1024, 'floored');
  assert.is(batchTarget(1024 * 1024, 2), 128 * 1024, 'a quarter of the share of each worker');
  assert.equal(guidedBatches([], 0, 4), []);
});

test('progress: silent before the delay, a bar after it (cli-progress), erased at the end', () => {
  let clock = 0;
  let out = '';
  const stream = { write: (t: string) => (out += t), columns: 100, isTTY: true };
  const bar = createProgressBar({ stream, delayMs: 1500, intervalMs: 100, now: () => clock });
  bar.update({ total: 10, done: 1, hits: 0, parsed: 1 });
  clock = 1000;
  bar.update({ total: 10, done: 5, hits: 0, parsed: 5 });
  assert.is(out, '', 'nothing in the first 1.5 s');
  clock = 1600;
  bar.update({ total: 10, done: 6, hits: 1, parsed: 5 });
  assert.match(out, /l10n-lint \[#+\.+\] 6\/10 files · parsed 5 · cache hits 1/);
  bar.done();
  assert.ok(out.endsWith('\x1b[0K') || out.endsWith('\x1b[2K') || /\x1b\[[0-2]?K$/.test(out), `erased: ${JSON.stringify(out.slice(-12))}`);
  let quiet = '';
  const short = createProgressBar({ stream: { write: (t: string) => (quiet += t), isTTY: true }, now: () => 0 });
  short.update({ total: 1, done: 1, hits: 0, parsed: 1 });
  short.done();
  assert.is(quiet, '', 'a short run prints nothing');
  assert.ok(barWidth(40, 450) < 5, 'no bar in a narrow terminal, only the counts');
});

test('progress: counts, bar fraction and bar width never go backwards while the total grows', () => {
  const next = monotonic();
  const seen = [
    { total: 1000, done: 979, hits: 0, parsed: 979 },
    { total: 2218, done: 1020, hits: 0, parsed: 1020 },
    { total: 2218, done: 1010, hits: 0, parsed: 1010 },
    { total: 2218, done: 2218, hits: 0, parsed: 2218 },
  ].map(next);
  for (let i = 1; i < seen.length; i++) {
    for (const key of ['total', 'done', 'parsed', 'fraction'] as const) assert.ok(seen[i][key] >= seen[i - 1][key], `${key} at step ${i}: ${JSON.stringify(seen)}`);
  }
  assert.is(seen[3].fraction, 1);
  // The drawn bar: its width is fixed at first draw, so its `[...]` never shortens.
  let clock = 0;
  let out = '';
  const bar = createProgressBar({ stream: { write: (t: string) => (out += t), columns: 80, isTTY: true }, delayMs: 0, now: () => clock });
  for (const p of [{ total: 9, done: 8, hits: 0, parsed: 8 }, { total: 2218, done: 979, hits: 0, parsed: 979 }, { total: 2218, done: 1020, hits: 0, parsed: 1020 }, { total: 2218, done: 2000, hits: 0, parsed: 2000 }]) {
    clock += 1000;
    bar.update(p);
  }
  bar.done(); // cli-progress draws the last state, then erases the line
  const drawn = [...out.matchAll(/\[([#.]+)\]/g)].map((m) => m[1]);
  const widths = drawn.map((d) => d.length);
  const fills = drawn.map((d) => d.replace(/\./g, '').length);
  assert.ok(widths.length >= 2, `drawn: ${widths}`);
  assert.ok(widths.every((w) => w === widths[0]), `fixed width: ${widths}`);
  for (let i = 1; i < fills.length; i++) assert.ok(fills[i] >= fills[i - 1], `bar fill never shrinks: ${fills}`);
});

test.run();
