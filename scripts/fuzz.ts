// `npm run fuzz`: the long fuzz run of issue 8. At least 10,000 generated content sets
// (FUZZ_RUNS, default 10000; FUZZ_SEED, default fixed), every property checked on each:
// lint() does not throw, the JSON report validates, positions lie inside their files, two
// runs agree, and a source compared with itself yields no pair findings. Prints the seed and
// the count; on failure, the shrunk counterexample, where it was written and how to replay it.
//
// Most cases are a single source page and one translation (cheap: about 2 files); one in four
// is a full set (2-3 locales, 1-4 pages, file-level mutations across locales).
import fc from 'fast-check';
import { fuzzCaseArb, PAIR_SIZE, SET_SIZE } from '../test/helpers/arbitraries.js';
import { failureReport, fuzzSettings, runFuzz } from '../test/helpers/fuzz-harness.js';

const settings = fuzzSettings(10_000);
const arbitrary = fc.oneof({ arbitrary: fuzzCaseArb(PAIR_SIZE), weight: 3 }, { arbitrary: fuzzCaseArb(SET_SIZE), weight: 1 });
const every = Math.max(100, Math.round(settings.runs / 20));
console.log(`l10n-lint fuzz: seed ${settings.seed}, ${settings.runs} cases${settings.path ? `, replaying path ${settings.path}` : ''}`);
const started = performance.now();
const run = await runFuzz(arbitrary, settings, (n) => {
  if (n % every === 0) console.log(`  ${n} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
});
const seconds = (run.ms / 1000).toFixed(1);
if (run.details.failed) {
  console.error(`\nFAILED after ${run.details.numRuns} cases (seed ${settings.seed}, ${seconds} s).\n`);
  console.error(failureReport(run, 'npm run fuzz'));
  process.exitCode = 1;
} else {
  console.log(`l10n-lint fuzz: ${run.details.numRuns} cases passed (seed ${settings.seed}), ${run.diagnostics} diagnostics checked, in ${seconds} s`);
}
