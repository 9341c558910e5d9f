// Start-up cost: what the CLI process loads. Every run pays for each module it imports,
// so `--version` must load no engine, and a plain lint run none of the commands it does
// not run (fixer, baseline, merge, snapshot writer, git, shard planner), no ajv compiler
// (the validators are precompiled) and no re2js without a `labels.pattern`.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './helpers/fixtures.js';

const test = suite('start-up: modules loaded');
const cliPath = path.join(repoRoot, 'dist/src/cli.js');

let work = '';

// A preload that records every module file the process loads: ES modules through a load
// hook (which runs on its own thread), CommonJS ones (require()) through the loader.
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.L10N_LINT_MODULE_LOG, url + '\\n');
  return next(url, context);
}
`;
const PRELOAD = `import Module, { register } from 'node:module';
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
register('./hooks.mjs', import.meta.url);
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  appendFileSync(process.env.L10N_LINT_MODULE_LOG, pathToFileURL(filename).href + '\\n');
  return compile.call(this, content, filename);
};
`;

/** The files (paths relative to the repository, `/`-separated) a CLI run loads, and its exit code. */
function modulesLoaded(args: string[], cwd: string): { files: Set<string>; status: number | null } {
  const log = path.join(work, `modules-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(work, 'preload.mjs')).href, cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, L10N_LINT_MODULE_LOG: log, CI: '' },
  });
  const root = pathToFileURL(repoRoot).href;
  const files = new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean).map((url) => url.replace(root, '')));
  return { files, status: run.status };
}

const loadedOf = (files: Set<string>, name: string) => [...files].some((f) => f.includes(name));

test.before(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'l10n-lint-startup-'));
  writeFileSync(path.join(work, 'hooks.mjs'), HOOKS);
  writeFileSync(path.join(work, 'preload.mjs'), PRELOAD);
  // The demo without its label pattern, so that nothing needs re2js.
  cpSync(path.join(repoRoot, 'demo'), path.join(work, 'demo'), { recursive: true, filter: (src) => !path.basename(src).startsWith('.l10n-lint-cache') });
  const configFile = path.join(work, 'demo/l10n-lint.config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  delete config.labels;
  writeFileSync(configFile, JSON.stringify(config));
});

test.after(() => rmSync(work, { recursive: true, force: true }));

test('--version loads neither the engine, the config loader, discovery nor any schema code', () => {
  const { files, status } = modulesLoaded(['--version'], work);
  assert.is(status, 0);
  assert.ok(loadedOf(files, 'dist/src/cli.js'), 'the recording works');
  for (const name of ['dist/src/index.js', 'dist/src/engine/lint.js', 'dist/src/config/load.js', 'dist/src/generated/', 'dist/rules/', 'node_modules/fast-glob/', 'node_modules/ajv/', 'node_modules/yaml/', 'node_modules/re2js/']) {
    assert.not.ok(loadedOf(files, name), `--version loaded ${name}`);
  }
});

test('a plain lint run loads no other command, no ajv compiler, and no re2js without a label pattern', () => {
  const args = ['--config', 'demo/l10n-lint.config.json'];
  assert.is(modulesLoaded(args, work).status, 1); // fills the cache
  const { files, status } = modulesLoaded(args, work);
  assert.is(status, 1);
  for (const name of ['dist/src/engine/lint.js', 'dist/src/generated/validators.js', 'node_modules/fast-glob/']) assert.ok(loadedOf(files, name), `the run loads ${name}`);
  const notNeeded = [
    'dist/src/fix/command.js', 'dist/src/fix/run.js', 'dist/src/workflow/baseline.js', 'dist/src/workflow/merge.js', 'dist/src/workflow/snapshot-write.js',
    'dist/src/workflow/changed-files.js', 'dist/src/workflow/shard.js', 'dist/src/progress.js',
    'node_modules/ajv/dist/ajv.js', 'node_modules/ajv/dist/core.js', 'node_modules/ajv/dist/compile/', 'node_modules/diff/', 'node_modules/re2js/',
  ];
  for (const name of notNeeded) assert.not.ok(loadedOf(files, name), `a plain lint run loaded ${name}`);
});

test('a label pattern loads re2js', () => {
  const { files, status } = modulesLoaded(['--config', path.join(repoRoot, 'demo/l10n-lint.config.json'), '--no-cache', '--rule', 'label-prefix'], work);
  assert.is(status, 1);
  assert.ok(loadedOf(files, 'node_modules/re2js/'));
});

test.run();
