// Behaviour unchanged, proved: runs the CLI of two built checkouts with `--format json
// --no-cache` on the same inputs and reports every input whose output differs, byte for
// byte. Used before and after a refactoring that must not change a single report.
//
//   node dist/scripts/compare-reports.js <before-checkout> <after-checkout> [--keep] [--jobs n] [--only regex]
//
// The inputs, each linted by both builds (exit code, stdout and stderr compared):
//   demo              demo/l10n-lint.config.json of the after checkout, in place
//   corpus-1x         the bench corpus at 1× (scale 1, seed 42, as scripts/bench.ts makes
//                     it), generated once into a temp dir by this checkout's generator
//   fixtures/…        every fixture directory of the after checkout:
//                     - with its own l10n-lint.config.json: linted in place (so
//                       stale-translation sees the checkout's git history);
//                     - without one but with an `en/` folder (rule, directive and fix
//                       cases): copied to a temp dir with the rule tests' default config
//                       (test/helpers/fixtures.ts DEFAULT_CASE_CONFIG);
//                     - fixtures/stacks/<preset>: copied to a temp dir, `l10n-lint init`
//                       by the same build (its stdout and the config it wrote are compared
//                       too), then linted.
// Both builds read the same files at the same absolute paths, one after the other, so the
// only run-dependent text is a checkout's own path (in a stack trace or a message naming
// the CLI's location): each checkout's root is replaced by `<checkout>` before comparing,
// and the report counts how many outputs needed it. Nothing else is normalized.
//
// Exit status: 0 all identical, 1 some output differs, 2 usage error or a build missing.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CASE_CONFIG } from '../test/helpers/fixtures.js';
import { generateCorpus } from './generate-corpus.js';

const CONFIG_NAME = 'l10n-lint.config.json';
const CORPUS_SEED = 42;

/** One input: how to prepare it and which commands each build runs on it. */
interface Input {
  name: string;
  /** Makes a fresh copy (for inputs a run writes into); returns the directory the commands run in. */
  prepare?: () => string;
  cwd?: string;
  /** Each command's argv after `node <cli.js>`; all outputs are compared. */
  commands: string[][];
  /** Files the commands write, relative to cwd, compared after the run. */
  written?: string[];
}

interface Outcome {
  text: string;
  normalized: boolean;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: node dist/scripts/compare-reports.js <before-checkout> <after-checkout> [--keep] [--jobs n] [--only regex]\n`);
  process.exit(2);
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/**
 * The fixture inputs under `fixturesDir`, sorted by path. A directory with its own config
 * is a case and may hold further cases (fixtures/hostile/fuzz-found/…); a default-config
 * case is a leaf (its `expected/` folder is not another case).
 */
function fixtureInputs(fixturesDir: string, scratch: string, extraArgs: string[]): Input[] {
  const inputs: Input[] = [];
  const lint = ['--no-cache', '--format', 'json', ...extraArgs];
  const walk = (dir: string): void => {
    const rel = path.relative(path.dirname(fixturesDir), dir).split(path.sep).join('/');
    const copyTo = path.join(scratch, 'cases', rel);
    if (path.dirname(dir) === path.join(fixturesDir, 'stacks')) {
      inputs.push({
        name: rel,
        prepare: () => {
          rmSync(copyTo, { recursive: true, force: true });
          cpSync(dir, copyTo, { recursive: true, filter: (src) => !/(expected|pseudo)\.txt$/.test(src) });
          return copyTo;
        },
        commands: [['init'], lint],
        written: [CONFIG_NAME],
      });
      return;
    }
    if (existsSync(path.join(dir, CONFIG_NAME))) {
      inputs.push({ name: rel, cwd: dir, commands: [['--config', CONFIG_NAME, ...lint]] });
    } else if (isDir(path.join(dir, 'en'))) {
      inputs.push({
        name: `${rel} (default case config)`,
        prepare: () => {
          rmSync(copyTo, { recursive: true, force: true });
          cpSync(dir, copyTo, { recursive: true });
          writeFileSync(path.join(copyTo, CONFIG_NAME), `${JSON.stringify(DEFAULT_CASE_CONFIG, null, 2)}\n`);
          return copyTo;
        },
        commands: [lint],
      });
      return;
    }
    for (const name of readdirSync(dir).sort()) {
      if (isDir(path.join(dir, name))) walk(path.join(dir, name));
    }
  };
  walk(fixturesDir);
  return inputs;
}

/** Runs every command of `input` with the CLI of `checkout`; the outputs as one text, checkout paths replaced. */
function runInput(checkout: string, input: Input): Outcome {
  const cwd = input.prepare ? input.prepare() : input.cwd!;
  const cli = path.join(checkout, 'dist/src/cli.js');
  const parts: string[] = [];
  for (const args of input.commands) {
    const run = spawnSync(process.execPath, [cli, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      // No colour, no CI-dependent defaults: both builds see the same environment.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '' },
    });
    if (run.error) throw run.error;
    parts.push(`$ l10n-lint ${args.join(' ')}\nexit ${run.status}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
  }
  for (const file of input.written ?? []) {
    const full = path.join(cwd, file);
    parts.push(`--- written ${file}\n${existsSync(full) ? readFileSync(full, 'utf8') : '(not written)'}`);
  }
  const raw = parts.join('\n');
  const text = raw.split(path.resolve(checkout)).join('<checkout>');
  return { text, normalized: text !== raw };
}

/** The first differing line of two texts, with a little context, for the summary. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      const cut = (s: string | undefined) => (s === undefined ? '(no line)' : s.length > 300 ? `${s.slice(0, 300)}…` : s);
      return `    line ${i + 1}\n    before: ${cut(left[i])}\n    after:  ${cut(right[i])}`;
    }
  }
  return '    (no line differs)';
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { keep: { type: 'boolean' }, jobs: { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write('usage: node dist/scripts/compare-reports.js <before-checkout> <after-checkout> [--keep] [--jobs n] [--only regex]\n');
    return 0;
  }
  if (positionals.length !== 2) usage('expected two checkout directories');
  const [before, after] = positionals.map((p) => path.resolve(p));
  for (const checkout of [before, after]) {
    if (!existsSync(path.join(checkout, 'dist/src/cli.js'))) usage(`${checkout}: no dist/src/cli.js (run npm ci && npm run build there)`);
  }
  const extraArgs = values.jobs ? ['--jobs', values.jobs] : [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'l10n-compare-'));
  const corpusDir = path.join(scratch, 'corpus-1x');
  const corpus = generateCorpus({ out: corpusDir, scale: 1, seed: CORPUS_SEED });
  process.stdout.write(`generated the 1× corpus (seed ${CORPUS_SEED}): ${corpus.files} files, ${corpus.bytes} bytes, in ${corpusDir}\n`);

  const lint = ['--no-cache', '--format', 'json', ...extraArgs];
  const all: Input[] = [
    { name: 'demo', cwd: after, commands: [['--config', 'demo/l10n-lint.config.json', ...lint]] },
    { name: 'corpus-1x', cwd: corpusDir, commands: [['--config', CONFIG_NAME, ...lint]] },
    ...fixtureInputs(path.join(after, 'fixtures'), scratch, extraArgs),
  ];
  // --only: a quick look at some inputs (names matching the pattern), e.g. while bisecting a difference.
  const only = values.only ? new RegExp(values.only) : null;
  const inputs = only ? all.filter((input) => only.test(input.name)) : all;

  const differing: string[] = [];
  let normalizedCount = 0;
  let reports = 0;
  const outDir = path.join(scratch, 'outputs');
  mkdirSync(outDir, { recursive: true });
  for (const input of inputs) {
    const a = runInput(before, input);
    const b = runInput(after, input);
    reports += input.commands.length;
    normalizedCount += Number(a.normalized) + Number(b.normalized);
    if (!/"diagnostics":/.test(b.text)) process.stdout.write(`note: ${input.name}: the after build printed no JSON report\n`);
    if (a.text === b.text) continue;
    differing.push(input.name);
    const base = input.name.replace(/[^\w.-]+/g, '_');
    writeFileSync(path.join(outDir, `${base}.before.txt`), a.text);
    writeFileSync(path.join(outDir, `${base}.after.txt`), b.text);
    process.stdout.write(`DIFFERS ${input.name}\n${firstDifference(a.text, b.text)}\n`);
  }

  process.stdout.write(
    `\n${inputs.length} of ${all.length} inputs (demo, corpus-1x and ${all.length - 2} fixtures), ${reports} runs per build; ` +
    `outputs with a checkout path replaced: ${normalizedCount}\n`,
  );
  if (differing.length === 0) {
    process.stdout.write(`identical: every exit code, stdout, stderr and written file of ${before} and ${after}\n`);
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
    return 0;
  }
  process.stdout.write(`${differing.length} of ${inputs.length} inputs differ; both outputs of each are in ${outDir}\n`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
