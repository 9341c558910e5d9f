// `npm run fuzz`: the long fuzz run of issue 8. At least 10,000 generated content sets
// (FUZZ_RUNS, default 10000; FUZZ_SEED, default fixed), every property checked on each:
// lint() does not throw, the JSON report validates, positions lie inside their files, two
// runs agree, a source compared with itself yields no pair findings, no process warnings.
// Prints the seed and the count; on failure, the shrunk counterexample, where it was
// written as a content set, and how to replay it (FUZZ_SEED=… FUZZ_PATH=…).
//
// Most cases are one source page and one translation (two files: cheap); one in five is a
// full set (2-3 locales, 1-4 pages, file-level mutations across locales). The cases are
// split over FUZZ_WORKERS processes (default: the CPU count, at most 4); worker i runs seed
// FUZZ_SEED + i, so FUZZ_WORKERS=1 with that seed replays it alone.
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { fuzzCaseArb, PAIR_SIZE, SET_SIZE } from '../test/helpers/arbitraries.js';
import { failureReport, fuzzSettings, runFuzz } from '../test/helpers/fuzz-harness.js';

interface WorkerResult {
  seed: number;
  cases: number;
  diagnostics: number;
  failed: boolean;
  slowest: { ms: number; what: string };
}

const settings = fuzzSettings(10_000);
const workerIndex = process.env.FUZZ_WORKER_INDEX;
const envWorkers = process.env.FUZZ_WORKERS ? Number(process.env.FUZZ_WORKERS) : Math.min(4, os.availableParallelism());
if (!Number.isInteger(envWorkers) || envWorkers < 1) throw new Error(`FUZZ_WORKERS must be a positive integer, got ${process.env.FUZZ_WORKERS}`);
// A replay (FUZZ_PATH) is one case: one process.
const workers = settings.path ? 1 : Math.min(envWorkers, settings.runs);

async function runOne(label: string): Promise<WorkerResult> {
  const arbitrary = fc.oneof({ arbitrary: fuzzCaseArb(PAIR_SIZE), weight: 4 }, { arbitrary: fuzzCaseArb(SET_SIZE), weight: 1 });
  const every = Math.max(100, Math.round(settings.runs / 10));
  const started = performance.now();
  const run = await runFuzz(arbitrary, settings, (n) => {
    if (n % every === 0) console.log(`  ${label}${n} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });
  if (run.details.failed) {
    console.error(`\n${label}FAILED after ${run.details.numRuns} cases (seed ${settings.seed}, ${(run.ms / 1000).toFixed(1)} s).\n`);
    console.error(failureReport(run, `FUZZ_WORKERS=1 FUZZ_RUNS=${settings.runs} npm run fuzz`));
  }
  return { seed: settings.seed, cases: run.details.numRuns, diagnostics: run.diagnostics, failed: run.details.failed, slowest: run.slowest };
}

const started = performance.now();
if (workerIndex !== undefined) {
  // A worker: run its share, send the result to the parent.
  const result = await runOne(`[worker ${workerIndex}, seed ${settings.seed}] `);
  process.send!(result);
} else if (workers === 1) {
  console.log(`l10n-lint fuzz: seed ${settings.seed}, ${settings.runs} cases${settings.path ? `, replaying path ${settings.path}` : ''}`);
  const result = await runOne('');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) process.exitCode = 1;
  else console.log(`l10n-lint fuzz: ${result.cases} cases passed (seed ${settings.seed}), ${result.diagnostics} diagnostics checked, in ${seconds} s`);
  console.log(`  slowest case: ${result.slowest.ms.toFixed(0)} ms (${result.slowest.what})`);
} else {
  const shares = Array.from({ length: workers }, (_, i) => Math.floor(settings.runs / workers) + (i < settings.runs % workers ? 1 : 0));
  console.log(
    `l10n-lint fuzz: seed ${settings.seed}, ${settings.runs} cases over ${workers} workers (worker i runs seed ${settings.seed} + i: ${shares.map((n, i) => `${settings.seed + i} x ${n}`).join(', ')})`,
  );
  const script = fileURLToPath(import.meta.url);
  const results = await Promise.all(
    shares.map(
      (runs, i) =>
        new Promise<WorkerResult | null>((resolve) => {
          const child = fork(script, [], { env: { ...process.env, FUZZ_WORKER_INDEX: String(i), FUZZ_SEED: String(settings.seed + i), FUZZ_RUNS: String(runs), FUZZ_WORKERS: '1' } });
          let result: WorkerResult | null = null;
          child.on('message', (message) => (result = message as WorkerResult));
          child.on('exit', (code) => {
            if (!result) console.error(`worker ${i} (seed ${settings.seed + i}) exited with code ${code} and no result`);
            resolve(result);
          });
        }),
    ),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const cases = results.reduce((n, r) => n + (r?.cases ?? 0), 0);
  const diagnostics = results.reduce((n, r) => n + (r?.diagnostics ?? 0), 0);
  if (results.some((r) => !r || r.failed)) {
    console.error(`l10n-lint fuzz: FAILED (seed ${settings.seed}, ${cases} cases run, ${seconds} s); see the worker report above for the counterexample and its replay command.`);
    process.exitCode = 1;
  } else {
    console.log(`l10n-lint fuzz: ${cases} cases passed (seed ${settings.seed}, ${workers} workers), ${diagnostics} diagnostics checked, in ${seconds} s`);
  }
  const slowest = results.reduce<WorkerResult['slowest']>((a, r) => (r && r.slowest.ms > a.ms ? r.slowest : a), { ms: 0, what: '' });
  console.log(`  slowest case: ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
}
