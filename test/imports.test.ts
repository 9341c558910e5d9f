// The pipeline stays visible in the imports: a module may import its own stage or an
// earlier one, never a later one, and no module reaches itself through its imports.
// Every import of src/ and rules/ is read from the TypeScript sources (static, type-only,
// re-exports and dynamic `import()`), so a climb back up the pipeline fails here, named.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers/fixtures.js';

const test = suite('imports: down the pipeline');

/**
 * The stages in the order data flows through them. The canonical comes after align in
 * imports (a consensus is built by aligning the locales with each other) though it runs
 * before a locale is aligned with it; edits are what rules build their fixes with.
 */
const STAGES: Array<[stage: string, prefixes: string[]]> = [
  ['base', ['src/types.ts', 'src/types/', 'src/generated/', 'src/io/', 'src/package-root.ts', 'src/repo-root.ts', 'src/layout-pattern.ts']],
  ['config', ['src/config/']],
  ['discover', ['src/discover.ts', 'src/discover-files.ts', 'src/discover-routes.ts']],
  ['parse', ['src/parse.ts', 'src/parse-guards.ts', 'src/line-index.ts']],
  ['outline', ['src/outline/']],
  ['align', ['src/align/']],
  ['canonical', ['src/canonical/']],
  ['edits', ['src/edits/']],
  ['rules', ['rules/']],
  ['history, cache', ['src/history/', 'src/cache/']],
  ['load', ['src/load/']],
  ['engine', ['src/engine/']],
  ['workflow', ['src/workflow/']],
  ['reporters', ['src/reporters/']],
  ['fix', ['src/fix/']],
  ['commands', ['src/cli.ts', 'src/cli-io.ts', 'src/cli-options.ts', 'src/cli-output.ts', 'src/cli-checks.ts', 'src/cli-subcommands.ts', 'src/index.ts', 'src/progress.ts', 'src/lsp/', 'src/watch/', 'src/init/']],
];

function rankOf(file: string): number {
  const rank = STAGES.findIndex(([, prefixes]) => prefixes.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
  if (rank < 0) throw new Error(`${file} belongs to no stage of the pipeline: add it to STAGES in test/imports.test.ts`);
  return rank;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('src/generated/'))
    .sort();
}

// `from '…'` (imports and re-exports) and `import('…')`; only relative specifiers name project files.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2].replace(/\.js$/, '.ts'))));
}

const files = [...sourceFiles('src'), ...sourceFiles('rules')];
const graph = new Map(files.map((f) => [f, importsOf(f)]));

test('the sources were read', () => {
  assert.ok(files.length > 100, `only ${files.length} files found`);
  assert.ok([...graph].some(([from, to]) => from.startsWith('src/engine/') && to.includes('src/canonical/index.ts')), 'the engine imports the canonical stage');
});

test('every import names a file that exists', () => {
  const missing = [...graph].flatMap(([from, to]) => to.filter((t) => !graph.has(t) && !t.startsWith('src/generated/')).map((t) => `${from} -> ${t}`));
  assert.equal(missing, []);
});

test('no import runs against the pipeline', () => {
  const upward: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (rankOf(to) > rankOf(from)) upward.push(`${from} (${STAGES[rankOf(from)][0]}) imports ${to} (${STAGES[rankOf(to)][0]})`);
    }
  }
  assert.equal(upward, []);
});

test('no import cycle', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  assert.equal(cycles, []);
});

// A file that outgrows this does more than one thing: split it by what it does.
test('every source file of src/ and rules/ is under 300 lines (src/generated/ aside)', () => {
  const long = files.map((f) => [f, readFileSync(path.join(repoRoot, f), 'utf8').split('\n').length - 1] as const).filter(([, n]) => n >= 300);
  assert.equal(long.map(([f, n]) => `${f}: ${n} lines`), []);
});

// The same bar for the scripts (the corpus generator, the benchmark, the generators of
// committed files).
test('every script of scripts/ is under 300 lines', () => {
  const scripts = sourceFiles('scripts');
  assert.ok(scripts.includes('scripts/generate-corpus.ts') && scripts.some((f) => f.startsWith('scripts/corpus/')), 'the scripts were read');
  const long = scripts
    .map((f) => [f, readFileSync(path.join(repoRoot, f), 'utf8').split('\n').length - 1] as const)
    .filter(([, n]) => n >= 300);
  assert.equal(long.map(([f, n]) => `${f}: ${n} lines`), []);
});

test('the check catches a climb and a cycle', () => {
  assert.ok(rankOf('src/parse.ts') < rankOf('src/outline/index.ts') && rankOf('rules/link-broken.ts') < rankOf('src/engine/lint.ts'));
  assert.throws(() => rankOf('src/somewhere-new.ts'), /no stage/);
});

test.run();
