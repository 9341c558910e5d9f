// The cache's size and pruning (issue 20): entries are stored compactly and read back
// exactly (every fixture's outline round-trips; a warm run's report is byte-identical to a
// cold one's), the cache of the generated 1× bench set stays under 2 × its Markdown bytes,
// and entries of deleted files, of files the config no longer lints and of sets it no
// longer has are dropped, wherever the cache file is.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, generateSmallSet, type GeneratedCorpus } from '../scripts/generate-corpus.js';
import { resolveLintConfig } from '../src/index.js';
import { runEngineWithLoading, type CacheMeta } from '../src/engine/run.js';
import { cacheSizeBytes } from '../src/cache/index.js';
import { decodeEntry, encodeEntry } from '../src/cache/entry-codec.js';
import { outlineFromFile } from '../src/outline/from-file.js';
import { compileUserPattern } from '../src/config/user-pattern.js';
import { runCli } from '../src/cli.js';
import type { Config } from '../src/types.js';
import { repoRoot } from './helpers/fixtures.js';

const test = suite('cache-compact');
const cliPath = path.join(repoRoot, 'dist/src/cli.js');
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-cache-size-'));
  dirs.push(dir);
  return dir;
}
test.after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The cache file's index (the line before the trailer): [path, sha256, offset, length] per entry. */
function cacheIndex(file: string): Array<[string, string, number, number]> {
  const lines = readFileSync(file).toString('latin1').trimEnd().split('\n');
  return (JSON.parse(Buffer.from(lines[lines.length - 2], 'latin1').toString('utf8')) as { entries: Array<[string, string, number, number]> }).entries;
}

test('every fixture and demo page\'s outline round-trips through the entry encoding, byte for byte as JSON', () => {
  const pages = [...walk(path.join(repoRoot, 'fixtures')), ...walk(path.join(repoRoot, 'demo'))].filter((f) => /\.(md|mdx|ya?ml)$/i.test(f));
  assert.ok(pages.length > 500, `${pages.length} pages`);
  const options = { labelPattern: compileUserPattern('^L\\d+ - '), markdownDialect: 'markdown' as const, maxLineLength: 100_000 };
  let packed = 0;
  for (const page of pages) {
    // As the loader stores it: the worker's JSON text, parsed.
    const json = JSON.stringify(outlineFromFile(page, options, 1 << 22));
    const bytes = encodeEntry(JSON.parse(json));
    if (bytes[0] === 'p'.charCodeAt(0)) packed++;
    assert.is(JSON.stringify(decodeEntry(bytes)), json, page);
  }
  assert.is(packed, pages.length, 'every outline is packed (none nested deep enough for plain JSON)');
});

test('entry encoding: odd keys, deep nesting and damage', () => {
  const odd = JSON.parse('{"__proto__":{"polluted":1},"2":"b","1":"a","a\\u0000b":[],"":null,"x":[1.5,-2,1e300,"",true,false,{}]}');
  const back = decodeEntry(encodeEntry(odd)) as Record<string, unknown>;
  assert.is(JSON.stringify(back), JSON.stringify(odd));
  assert.ok(Object.prototype.hasOwnProperty.call(back, '__proto__'), '__proto__ stays an own key, as JSON.parse makes it');
  assert.is(Object.getPrototypeOf(back), Object.prototype);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  // Nested past what packing recurses into: stored as plain JSON, read back the same.
  const deep: unknown[] = [];
  let at = deep;
  for (let i = 0; i < 1000; i++) {
    const next: unknown[] = [];
    at.push({ k: next });
    at = next;
  }
  const deepBytes = encodeEntry(deep);
  assert.is(String.fromCharCode(deepBytes[0]), 'j');
  assert.is(JSON.stringify(decodeEntry(deepBytes)), JSON.stringify(deep));
  // A damaged byte anywhere is an error (zlib's checksum or stream), never a different value.
  const bytes = encodeEntry({ text: 'Der Prozess überwacht Microsoft Defender. '.repeat(20), n: [1, 2, 3] });
  for (let i = 0; i < bytes.length; i++) {
    const spoiled = Buffer.from(bytes);
    spoiled[i] ^= 0x5a;
    assert.throws(() => decodeEntry(spoiled), undefined, `byte ${i} of ${bytes.length}`);
  }
});

test('cacheSizeBytes: a file\'s size, a folder\'s files summed, 0 for nothing', () => {
  const dir = tempDir();
  assert.is(cacheSizeBytes(path.join(dir, 'none')), 0);
  appendFileSync(path.join(dir, 'a'), 'x'.repeat(10));
  mkdirSync(path.join(dir, 'sub'));
  appendFileSync(path.join(dir, 'sub', 'b'), 'y'.repeat(5));
  assert.is(cacheSizeBytes(path.join(dir, 'a')), 10);
  assert.is(cacheSizeBytes(dir), 15);
});

test('the generated 1× bench set: the CLI\'s cache is under 2 × the Markdown bytes; a warm report is byte-identical; a deleted page\'s entry is pruned', () => {
  const dir = tempDir();
  const corpus = generateCorpus({ out: path.join(dir, 'corpus'), scale: 1, seed: 42 });
  const markdownBytes = walk(corpus.dir).filter((f) => f.endsWith('.md')).reduce((sum, f) => sum + statSync(f).size, 0);
  assert.ok(markdownBytes > 2_000_000, `the 1× set (${markdownBytes} bytes)`);
  const cacheFile = path.join(dir, 'cache', 'outlines');
  const lint = (report: string) => {
    const run = spawnSync(process.execPath, [cliPath, '--config', corpus.configFile, '--format', 'json', '--output', path.join(dir, report), '--cache', '--cache-location', cacheFile], { cwd: corpus.dir, encoding: 'utf8', timeout: 300_000 });
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
    return readFileSync(path.join(dir, report));
  };
  const cold = lint('cold.json');
  const size = cacheSizeBytes(path.join(dir, 'cache'));
  assert.ok(size > 0 && size === statSync(cacheFile).size, 'the cache file is the folder\'s only file');
  assert.ok(size < 2 * markdownBytes, `cache ${size} bytes < 2 × ${markdownBytes} bytes of Markdown (${(size / markdownBytes).toFixed(2)}×)`);
  const entries = cacheIndex(cacheFile);
  const warm = lint('warm.json');
  assert.ok(warm.equals(cold), 'the warm run\'s JSON report is byte-identical to the cold run\'s');
  // Delete a page: its set is linted again (from cached outlines), the cache written and pruned.
  const victim = entries.map(([rel]) => rel).find((rel) => rel.includes('/de-DE/') && !rel.endsWith('index.md'))!;
  unlinkSync(path.resolve(path.dirname(cacheFile), victim));
  lint('after.json');
  const after = cacheIndex(cacheFile).map(([rel]) => rel);
  assert.not.ok(after.includes(victim), `${victim} pruned`);
  assert.is(after.length, entries.length - 1);
});

function smallSet(): GeneratedCorpus {
  return generateSmallSet({ out: path.join(tempDir(), 'set') });
}
function configOf(corpus: GeneratedCorpus, edit: (raw: any) => void = () => {}): Config {
  const raw = JSON.parse(readFileSync(corpus.configFile, 'utf8'));
  edit(raw);
  return resolveLintConfig({ config: raw, cwd: corpus.dir });
}
async function run(config: Config, cacheFile: string, options: Parameters<typeof runEngineWithLoading>[1] = {}): Promise<Extract<CacheMeta, { enabled: true }>> {
  const result = await runEngineWithLoading(config, options, { cacheFile, jobs: 1 });
  const meta = result.meta!.cache as CacheMeta;
  if (!meta.enabled) throw new Error('cache expected on');
  return meta;
}

test('a narrowed run that writes the default-location cache (node_modules/.cache) keeps the other locales\' entries', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, 'node_modules', '.cache', 'l10n-lint', '.l10n-lint-cache-x');
  const cold = await run(config, cacheFile);
  appendFileSync(path.join(corpus.dir, 'de-DE', 'index.md'), '\nOne more line.\n');
  const narrowed = await run(config, cacheFile, { locales: ['de-DE'] });
  assert.ok(narrowed.written, 'the changed file is stored, so the cache is written');
  assert.is(narrowed.pruned, 0, 'no file was deleted');
  assert.is(narrowed.entries, cold.entries, 'every entry kept (the set\'s results replaced by the narrowed run\'s)');
  const full = await run(config, cacheFile);
  assert.is(full.parsed, 0, 'the other locales\' outlines are still there');
});

test('entries of a locale and of a set the config no longer has are pruned; files still linted are kept', async () => {
  const corpus = smallSet();
  const cacheFile = path.join(corpus.dir, 'cache');
  const config = configOf(corpus);
  await run(config, cacheFile);
  const before = cacheIndex(cacheFile).map(([rel]) => rel);
  const jaFiles = before.filter((rel) => rel.startsWith('ja-JP/'));
  assert.ok(jaFiles.length > 3);
  assert.ok(before.includes('\u0000results:playbook'));
  // ja-JP leaves the config and the set is renamed: the files stay on disk.
  const narrower = configOf(corpus, (raw) => {
    raw.sets[0].name = 'handbook';
    raw.sets[0].locales = raw.sets[0].locales.filter((l: { locale: string }) => l.locale !== 'ja-JP');
  });
  const after = await run(narrower, cacheFile);
  assert.ok(after.written);
  assert.is(after.pruned, jaFiles.length + 1, 'the ja-JP outlines and the old set\'s results');
  const left = cacheIndex(cacheFile).map(([rel]) => rel);
  assert.equal(left.filter((rel) => rel.startsWith('ja-JP/')), []);
  assert.not.ok(left.includes('\u0000results:playbook'));
  assert.ok(left.includes('\u0000results:handbook'));
  assert.is(left.length, before.length - jaFiles.length);
  assert.is((await run(narrower, cacheFile, { locales: ['de-DE'] })).parsed, 0);
});

test('cli: a warm run over cached outlines (results not reusable: --locale) reports byte for byte what an uncached run reports', async () => {
  const corpus = smallSet();
  const cacheFile = path.join(corpus.dir, 'cache');
  const cli = async (args: string[]) => {
    let out = '';
    await runCli(['--config', corpus.configFile, '--format', 'json', ...args], { stdout: (s: string) => (out += s), stderr: () => {}, cwd: corpus.dir, isTTY: false });
    return out;
  };
  // Drift in de-DE, so its report has findings (positions, messages) to compare.
  appendFileSync(path.join(corpus.dir, 'de-DE', 'index.md'), '\n## L9 - Added\n\nSiehe [Netzwerk](networking/index.md#nirgends).\n');
  await cli(['--cache', '--cache-location', cacheFile]);
  // The narrowed run below finds every outline in the cache:
  const probe = await runEngineWithLoading(configOf(corpus), { locales: ['de-DE'] }, { cacheFile, jobs: 1, reuseResults: false });
  const probed = probe.meta!.cache as Extract<CacheMeta, { enabled: true }>;
  assert.ok(probed.parsed === 0 && probed.hits > 10, `parsed ${probed.parsed}, hits ${probed.hits}`);
  const fromCache = await cli(['--cache', '--cache-location', cacheFile, '--locale', 'de-DE', '--jobs', '1']);
  const uncached = await cli(['--no-cache', '--locale', 'de-DE', '--jobs', '1']);
  assert.ok((JSON.parse(uncached) as { diagnostics: unknown[] }).diagnostics.length > 0, 'findings to compare');
  assert.is(fromCache, uncached);
});

test.run();
