// Property-based fuzzing (issue 8): generated and mutated localized content sets must never
// make lint() throw, must give a schema-valid JSON report whose positions all lie inside
// their files, the same report twice, and no pair findings for a source compared with
// itself. A fixed budget here (FUZZ_RUNS, default 150; FUZZ_SEED, default fixed); the long
// run is `npm run fuzz`. Every input the fuzzer ever crashed on is kept, as a tiny content
// set, under fixtures/hostile/fuzz-found/ and checked again below.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fuzzCaseArb, PAIR_SIZE, SET_SIZE, type RenderedFile } from './helpers/arbitraries.js';
import { checkRendered, failureReport, fuzzSettings, removeWorkDir, runFuzz } from './helpers/fuzz-harness.js';
import { fixturesDir, listDirs } from './helpers/fixtures.js';

const test = suite('fuzz');
const settings = fuzzSettings(150);

test(`generated content sets hold every property (seed ${settings.seed}, ${settings.runs} cases)`, async () => {
  // Three in four single pairs (cheap), one in four a full set (2-3 locales, 1-4 pages).
  const arbitrary = fc.oneof({ arbitrary: fuzzCaseArb(PAIR_SIZE), weight: 3 }, { arbitrary: fuzzCaseArb(SET_SIZE), weight: 1 });
  const run = await runFuzz(arbitrary, settings);
  console.log(
    `  fuzz: seed ${settings.seed}, ${run.details.numRuns} cases run (${run.evaluations} evaluations, ${run.diagnostics} diagnostics) in ${(run.ms / 1000).toFixed(1)} s; slowest ${run.slowest.ms.toFixed(0)} ms (${run.slowest.what})`,
  );
  if (run.details.failed) assert.unreachable(failureReport(run, "npx uvu dist/test 'fuzz\\.test\\.js$'"));
  assert.ok(run.details.numRuns >= Math.min(settings.runs, 1));
});

// Regression fixtures: each a tiny content set with its own l10n-lint.config.json.
const foundDir = path.join(fixturesDir, 'hostile', 'fuzz-found');
function readSet(dir: string): RenderedFile[] {
  const out: RenderedFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, childRel)).isDirectory()) walk(childRel);
      else if (rel !== '') out.push({ rel: childRel, bytes: readFileSync(path.join(dir, childRel)) });
    }
  };
  walk('');
  return out;
}

for (const name of listDirs(foundDir)) {
  test(`fuzz-found/${name} holds every property`, async () => {
    const caseDir = path.join(foundDir, name);
    const configFile = path.join(caseDir, 'l10n-lint.config.json');
    assert.ok(existsSync(configFile), `${name} has no l10n-lint.config.json`);
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    const work = mkdtempSync(path.join(os.tmpdir(), 'l10n-fuzz-found-'));
    try {
      await checkRendered({ files: readSet(caseDir), config, sourceDir: config.sets[0].source?.dir ?? 'en' }, work);
    } finally {
      removeWorkDir(work);
    }
  });
}

test.run();
