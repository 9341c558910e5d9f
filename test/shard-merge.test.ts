// Shards do a shard's work, and together the whole run's: the demo and a generated 1× set
// linted whole and in 3 shards; the `merge` of the shards' JSON reports is byte-identical
// to the whole run's JSON, and each shard parses little more than the pages it owns.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { resolveLintConfig } from '../src/index.js';
import { runEngineWithLoading } from '../src/engine/run.js';
import { shardScope } from '../src/workflow/shard.js';
import { generateCorpus } from '../scripts/generate-corpus.js';
import { repoRoot } from './helpers/fixtures.js';
import type { LintResult } from '../src/types.js';

const test = suite('shards: merged = whole');

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false });
  return { code, stdout, stderr };
}

/** Lints whole and in 3 shards, merges, and compares the JSON text; returns the shards' reports. */
async function shardAndMerge(config: string): Promise<LintResult[]> {
  const cwd = path.dirname(config);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'l10n-shards-'));
  try {
    const whole = await cli(cwd, '--config', config, '--format', 'json', '--no-cache');
    assert.ok(whole.code === 0 || whole.code === 1, whole.stderr);
    const parts: string[] = [];
    for (const i of [1, 2, 3]) {
      const out = path.join(scratch, `shard-${i}.json`);
      const run = await cli(cwd, '--config', config, '--shard', `${i}/3`, '--format', 'json', '--output', out, '--no-cache');
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      parts.push(out);
    }
    const merged = await cli(cwd, 'merge', ...parts, '--format', 'json');
    assert.is(merged.code, whole.code, merged.stderr);
    assert.ok((JSON.parse(whole.stdout) as LintResult).diagnostics.length > 0, 'the whole run finds drift (a comparison of empty reports proves nothing)');
    assert.is(merged.stdout, whole.stdout);
    return parts.map((p) => JSON.parse(readFileSync(p, 'utf8')) as LintResult);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

test('the demo: the merge of 3 shards is byte-identical to the whole run', async () => {
  const shards = await shardAndMerge(path.join(repoRoot, 'demo/l10n-lint.config.json'));
  assert.ok(shards.every((r) => r.summary.pairs > 0), `every shard gets pairs: ${shards.map((r) => r.summary.pairs)}`);
});

test('a generated 1× set: merged = whole, and each shard parses about its share', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-shards-1x-'));
  try {
    const corpus = generateCorpus({ out: path.join(dir, 'corpus'), scale: 1, seed: 42 });
    const shards = await shardAndMerge(corpus.configFile);
    const pairs = shards.map((r) => r.summary.pairs);
    const total = pairs.reduce((a, b) => a + b, 0);
    // Balanced: no shard holds more than half of the pairs.
    assert.ok(pairs.every((n) => n > 0 && n <= total / 2), `pairs per shard: ${pairs}`);

    // What each shard parses: its own pages, and only the link targets (for their anchors)
    // it does not own. Counted, not timed: folders kept together keep this small.
    const config = resolveLintConfig({ config: corpus.configFile, cwd: path.dirname(corpus.configFile) });
    // The whole run parses each of the set's Markdown files once.
    const wholeParsed = corpus.files;
    let sum = 0;
    for (const index of [1, 2, 3]) {
      const run = await runEngineWithLoading(config, { ...shardScope(config, { index, count: 3 }) }, { cacheFile: null, jobs: 1 });
      const parsed = (run.meta as { loading: { parsed: number } }).loading.parsed;
      assert.ok(parsed < wholeParsed * 0.6, `shard ${index}/3 parsed ${parsed} of the whole run's ${wholeParsed} files`);
      sum += parsed;
    }
    // Every page is parsed by one shard; the rest is the anchors of link targets across shards.
    assert.ok(sum >= wholeParsed && sum <= wholeParsed * 1.35, `the 3 shards parsed ${sum} files, the whole run ${wholeParsed}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
