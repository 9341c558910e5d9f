// The outline cache: a warm run parses nothing, a changed file is re-parsed alone, a
// corrupt, truncated or foreign cache file is rebuilt without a crash, deleted files are
// pruned, and the CLI's defaults (on locally, off in CI, --no-cache, --cache-location).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSmallSet, type GeneratedCorpus } from '../scripts/generate-corpus.js';
import { resolveLintConfig } from '../src/index.js';
import { runEngine, type EngineOptions } from '../src/engine/lint.js';
import { runEngineWithLoading, type CacheMeta } from '../src/engine/run.js';
import { cacheEnabled, isCi, resolveCacheFile, defaultCacheDir, defaultCacheFile, DEFAULT_CACHE_FILE } from '../src/cache/index.js';
import { CACHE_MAGIC } from '../src/cache/outline-cache.js';
import { openOutlineCache } from '../src/cache/open.js';
import { hashContent } from '../src/cache/outline-cache.js';
import { runCli } from '../src/cli.js';
import type { Config, LintResult } from '../src/types.js';

const test = suite('cache');
const dirs: string[] = [];

function smallSet(): GeneratedCorpus {
  const corpus = generateSmallSet({ out: mkdtempSync(path.join(os.tmpdir(), 'l10n-cache-')) });
  dirs.push(corpus.dir);
  return corpus;
}
test.after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function configOf(corpus: GeneratedCorpus, override: Record<string, unknown> = {}): Config {
  if (Object.keys(override).length === 0) return resolveLintConfig({ config: corpus.configFile, cwd: corpus.dir });
  const raw = { ...JSON.parse(readFileSync(corpus.configFile, 'utf8')), ...override };
  return resolveLintConfig({ config: raw, cwd: corpus.dir });
}

// The outline layer alone: set results are not reused, so every run looks its files up.
async function run(config: Config, cacheFile: string | null, jobs = 1): Promise<{ result: LintResult; cache: CacheMeta }> {
  const result = await runEngineWithLoading(config, {}, { cacheFile, jobs, reuseResults: false });
  return { result, cache: result.meta!.cache as CacheMeta };
}

// As the CLI runs: outlines and set results both cached.
async function runWithResults(config: Config, cacheFile: string, options: EngineOptions = {}): Promise<{ result: LintResult; cache: Extract<CacheMeta, { enabled: true }> }> {
  const result = await runEngineWithLoading(config, options, { cacheFile, jobs: 1 });
  const cache = result.meta!.cache as CacheMeta;
  if (!cache.enabled) throw new Error('cache expected on');
  return { result, cache };
}

test('a cold run parses every file; a warm run with nothing changed parses none and writes nothing', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const cold = await run(config, cacheFile);
  const files = cold.result.summary.files;
  assert.ok(files > 20, `a set of some size (${files} files)`);
  assert.is(cold.cache.enabled, true);
  assert.is(cold.cache.parsed, files);
  assert.is(cold.cache.hits, 0);
  assert.ok(cold.cache.enabled && cold.cache.status === 'created' && cold.cache.written);
  assert.ok(existsSync(cacheFile));
  const mtime = statSync(cacheFile).mtimeMs;

  const warm = await run(config, cacheFile);
  assert.is(warm.cache.parsed, 0, 'a warm run parses nothing');
  assert.is(warm.cache.hits, files);
  assert.is(warm.cache.misses, 0);
  assert.ok(warm.cache.enabled && warm.cache.status === 'loaded' && !warm.cache.written, 'nothing changed, nothing written');
  assert.is(statSync(cacheFile).mtimeMs, mtime);
  assert.equal(warm.result.diagnostics, cold.result.diagnostics);
  assert.equal(warm.result.summary, cold.result.summary);
});

test('a changed file is re-parsed, and only it; its entry is replaced', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const cold = await run(config, cacheFile);
  const changed = path.join(corpus.dir, 'de-DE/index.md');
  appendFileSync(changed, '\n## L9 - Added\n\nA new paragraph.\n');
  const after = await run(config, cacheFile);
  assert.is(after.cache.parsed, 1);
  assert.is(after.cache.misses, 1);
  assert.is(after.cache.hits, cold.cache.parsed - 1);
  assert.ok(after.cache.enabled && after.cache.written);
  // Every file, the changed one included, is now a hit under its current content.
  const cache = openOutlineCache(config, cacheFile);
  const bytes = readFileSync(changed);
  assert.ok(cache.get('de-DE/index.md', hashContent(bytes))?.ok, 'the changed file is cached under its new hash');
  assert.is(cache.get('de-DE/index.md', hashContent(Buffer.from('old content'))), undefined);
  cache.discard();
  assert.ok(after.result.diagnostics.some((d) => d.file === 'de-DE/index.md' && d.ruleId === 'heading-structure'), 'the change is linted');
  const third = await run(config, cacheFile);
  assert.is(third.cache.parsed, 0);
});

test('a truncated or corrupt cache file is ignored and rebuilt; a file that is not the cache\'s own is ignored and left unchanged; never a crash', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const reference = await run(config, null);
  const files = reference.result.summary.files;
  // A truncated or damaged cache keeps its magic header: it is the cache's own, rebuilt.
  const damage: Array<[string, () => void]> = [
    ['truncated', () => truncateSync(cacheFile, Math.floor(statSync(cacheFile).size / 2))],
    ['trailer damaged', () => truncateSync(cacheFile, statSync(cacheFile).size - 3)],
  ];
  for (const [what, spoil] of damage) {
    rmSync(cacheFile, { recursive: true, force: true });
    await run(config, cacheFile); // a good cache first, so truncation cuts a real one
    spoil();
    const rebuilt = await run(config, cacheFile);
    assert.ok(rebuilt.cache.enabled && rebuilt.cache.written, `${what}: rebuilt`);
    assert.is(rebuilt.cache.parsed, files, `${what}: every file parsed again`);
    assert.equal(rebuilt.result.diagnostics, reference.result.diagnostics, `${what}: same findings`);
    const warm = await run(config, cacheFile);
    assert.is(warm.cache.parsed, 0, `${what}: warm after the rebuild`);
    rmSync(cacheFile, { recursive: true, force: true });
  }
  // Someone else's file at the cache path (a cache.location pointing at it): read, not
  // used, never replaced; the run is as without a cache.
  const foreign: Array<[string, string]> = [
    ['garbage', 'this is not a cache \u0000\u0001\u0002'],
    ['empty', ''],
    ['foreign JSON', JSON.stringify({ eslint: 'cache', entries: [] })],
  ];
  for (const [what, text] of foreign) {
    writeFileSync(cacheFile, text);
    const ignored = await run(config, cacheFile);
    assert.ok(ignored.cache.enabled && !ignored.cache.written, `${what}: not written`);
    assert.match(ignored.cache.reason ?? '', /not an l10n-lint cache file; it is left unchanged/, `${what}: says why`);
    assert.is(readFileSync(cacheFile, 'utf8'), text, `${what}: left byte for byte`);
    assert.equal(ignored.result.diagnostics, reference.result.diagnostics, `${what}: same findings`);
    rmSync(cacheFile, { force: true });
  }
  // A cache path that cannot be written (here: a directory) costs the cache, not the run.
  mkdirSync(path.join(cacheFile, 'x'), { recursive: true });
  const unwritable = await run(config, cacheFile);
  assert.ok(unwritable.cache.enabled && !unwritable.cache.written && /not written/.test(unwritable.cache.reason ?? ''));
  assert.equal(unwritable.result.diagnostics, reference.result.diagnostics);
  assert.equal(readdirSync(corpus.dir).filter((name) => name.endsWith('.tmp')), [], 'no temp file left behind');
});

test('a damaged entry inside a valid cache is a miss, re-parsed; other entries still hit', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const cold = await run(config, cacheFile);
  const bytes = readFileSync(cacheFile);
  bytes[CACHE_MAGIC.length] = 'x'.charCodeAt(0); // the first entry's opening brace, after the magic header
  writeFileSync(cacheFile, bytes);
  const after = await run(config, cacheFile);
  assert.is(after.cache.parsed, 1);
  assert.is(after.cache.hits, cold.cache.parsed - 1);
  assert.equal(after.result.diagnostics, cold.result.diagnostics);
});

test('a cache made with another label pattern is not used (the key covers the parse options)', async () => {
  const corpus = smallSet();
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const first = await run(configOf(corpus), cacheFile);
  const other = await run(configOf(corpus, { labels: { pattern: '^Part \\d+: ' } }), cacheFile);
  assert.ok(other.cache.enabled && other.cache.status === 'rebuilt');
  assert.is(other.cache.parsed, first.cache.parsed);
  const bigger = await run(configOf(corpus, { labels: { pattern: '^Part \\d+: ' }, maxFileSize: 1 << 24 }), cacheFile);
  assert.ok(bigger.cache.enabled && bigger.cache.status === 'rebuilt');
});

test('entries of deleted files are pruned; entries of files outside a narrowed run are kept', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const cold = await runWithResults(config, cacheFile);
  unlinkSync(path.join(corpus.dir, 'ja-JP/index.md'));
  // The set is linted again (its file list changed), so the cache is written, and pruned.
  const after = await runWithResults(config, cacheFile);
  assert.ok(after.cache.written && after.cache.pruned === 1, `pruned ${after.cache.pruned}`);
  assert.is(after.cache.entries, cold.cache.parsed - 1 + 1, 'every outline but the deleted file\'s, and the set\'s results');
  // Lint one locale only: the other locales' entries stay for the next full run.
  const narrowed = await runEngineWithLoading(config, { locales: ['de-DE'] }, { cacheFile, jobs: 1 });
  const meta = narrowed.meta!.cache as CacheMeta;
  assert.ok(meta.enabled && meta.pruned === 0 && meta.parsed === 0);
  const full = await run(config, cacheFile);
  assert.is(full.cache.parsed, 0);
});

test('a narrowed run reads the pages its links point into through the cache, and finds what the plain engine finds', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  // A link with an anchor into another page: link-broken needs that page's headings.
  appendFileSync(path.join(corpus.dir, 'de-DE/index.md'), '\nSiehe [Netzwerk](networking/index.md#no-such-heading).\n');
  await run(config, cacheFile);
  // One pair, as --changed-since or --shard would narrow it; its links point at other pages.
  const only = { pairFilter: (_set: string, key: string, locale: string) => key === 'index.md' && locale === 'de-DE' };
  const narrowed = await runEngineWithLoading(config, only, { cacheFile, jobs: 1 });
  const meta = narrowed.meta!.cache as CacheMeta;
  assert.is(meta.parsed, 0, 'pages read for their anchors come from the cache');
  assert.ok(meta.hits > 2, `the pair and the pages it links to (${meta.hits} hits)`);
  const plain = await runEngine(config, only);
  assert.equal(narrowed.diagnostics, plain.diagnostics);
  assert.ok(narrowed.diagnostics.some((d) => d.messageId === 'missingAnchor' && d.file === 'de-DE/index.md'), 'the anchor was checked');
});

test('results: a warm run reuses each set\'s findings, reads no outline and writes nothing; equal to an uncached run', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const reference = await runEngine(config);
  const cold = await runWithResults(config, cacheFile);
  assert.equal(cold.cache.results, { hits: 0, misses: 1, stored: 1 });
  assert.equal(cold.result.diagnostics, reference.diagnostics);
  const mtime = statSync(cacheFile).mtimeMs;
  const warm = await runWithResults(config, cacheFile);
  assert.equal(warm.cache.results, { hits: 1, misses: 0, stored: 0 });
  assert.is(warm.cache.parsed, 0);
  assert.is(warm.cache.hits + warm.cache.misses, 0, 'no outline looked up');
  assert.not.ok(warm.cache.written);
  assert.is(statSync(cacheFile).mtimeMs, mtime);
  assert.equal(warm.result.diagnostics, reference.diagnostics);
  assert.equal(warm.result.summary, reference.summary);
});

test('results: a changed file, a new or deleted file of any kind, the config or --locale/--rule each make the set linted again', async () => {
  const corpus = smallSet();
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const config = configOf(corpus);
  await runWithResults(config, cacheFile);
  // After each change the cached run must miss, re-lint, and equal a run with no cache at all.
  const expectRelint = async (what: string, cfg: Config, options: EngineOptions = {}) => {
    const again = await runWithResults(cfg, cacheFile, options);
    assert.equal(again.cache.results, { hits: 0, misses: 1, stored: 1 }, `${what}: linted again`);
    assert.equal(again.result.diagnostics, (await runEngine(cfg, options)).diagnostics, `${what}: as without a cache`);
    const warm = await runWithResults(cfg, cacheFile, options);
    assert.is(warm.cache.results.hits, 1, `${what}: then reused`);
    return again.result;
  };
  const page = path.join(corpus.dir, 'de-DE/index.md');
  appendFileSync(page, '\nSiehe [Bild](bild.png).\n');
  const edited = await expectRelint('a changed file', config);
  assert.ok(edited.diagnostics.some((d) => d.ruleId === 'link-broken' && d.file === 'de-DE/index.md'), 'bild.png does not exist yet');
  writeFileSync(path.join(corpus.dir, 'de-DE/bild.png'), '');
  const created = await expectRelint('a new image (not Markdown)', config);
  assert.not.ok(created.diagnostics.some((d) => d.ruleId === 'link-broken' && d.file === 'de-DE/index.md'), 'the link now resolves');
  unlinkSync(path.join(corpus.dir, 'de-DE/bild.png'));
  await expectRelint('a deleted image', config);
  unlinkSync(path.join(corpus.dir, 'ja-JP/index.md'));
  await expectRelint('a deleted page', config);
  await expectRelint('a rule turned off in the config', configOf(corpus, { rules: { 'link-broken': 'off' } }));
  await expectRelint('--locale', config, { locales: ['de-DE'] });
  await expectRelint('--rule', config, { locales: ['de-DE'], rules: ['link-broken'] });
});

test('results: a damaged result entry is a miss, linted again; narrowed runs neither use nor drop results', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, DEFAULT_CACHE_FILE);
  const reference = await runEngine(config);
  await runWithResults(config, cacheFile);
  // Find the result entry through the index (the line before the trailer) and spoil a byte in its middle.
  const bytes = readFileSync(cacheFile);
  const lines = bytes.toString('latin1').trimEnd().split('\n');
  const index = JSON.parse(Buffer.from(lines[lines.length - 2], 'latin1').toString('utf8')) as { entries: Array<[string, string, number, number]> };
  const entry = index.entries.find(([rel]) => rel.startsWith('\u0000results:'));
  assert.ok(entry, 'the result entry is in the file');
  const at = entry[2] + Math.floor(entry[3] / 2);
  bytes[at] ^= 0xff;
  writeFileSync(cacheFile, bytes);
  const after = await runWithResults(config, cacheFile);
  assert.equal(after.cache.results, { hits: 0, misses: 1, stored: 1 });
  assert.is(after.cache.parsed, 0, 'outlines still come from the cache');
  assert.equal(after.result.diagnostics, reference.diagnostics);
  const narrowed = await runWithResults(config, cacheFile, { pairFilter: (_set, key) => key === 'index.md' });
  assert.equal(narrowed.cache.results, { hits: 0, misses: 0, stored: 0 }, 'a narrowed run does not look results up');
  const full = await runWithResults(config, cacheFile);
  assert.is(full.cache.results.hits, 1, 'the narrowed run kept the set\'s results');
});

test('cache on by default, off in CI unless --cache; location from the flag, the config, or beside the config', () => {
  assert.is(isCi({}), false);
  assert.is(isCi({ CI: 'true' }), true);
  assert.is(isCi({ CI: '1' }), true);
  assert.is(isCi({ CI: 'false' }), false);
  assert.is(isCi({ CI: '' }), false);
  assert.is(cacheEnabled(undefined, {}), true);
  assert.is(cacheEnabled(undefined, { CI: 'true' }), false);
  assert.is(cacheEnabled(true, { CI: 'true' }), true);
  assert.is(cacheEnabled(false, {}), false);
  const config = { root: '/repo/docs', cache: undefined } as unknown as Config;
  assert.is(resolveCacheFile(config, undefined, '/cwd'), defaultCacheFile('/repo/docs'));
  assert.match(defaultCacheFile('/repo/docs'), /[\\/]node_modules[\\/]\.cache[\\/]l10n-lint[\\/]\.l10n-lint-cache-[0-9a-f]{12}$/);
  assert.is(resolveCacheFile(config, 'tmp/c.bin', '/cwd'), path.resolve('/cwd/tmp/c.bin'));
  assert.is(resolveCacheFile(config, 'tmp/', '/cwd'), path.resolve('/cwd/tmp/.l10n-lint-cache'));
  assert.is(resolveCacheFile({ ...config, cache: { location: '.cache/l10n' } }, undefined, '/cwd'), path.resolve('/repo/docs/.cache/l10n'));
});

test('a cache away from the config (node_modules/.cache) prunes by the config\'s paths: a narrowed run keeps the other entries, a deleted file\'s goes', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const cacheFile = path.join(corpus.dir, 'node_modules', '.cache', 'l10n-lint', 'c');
  const cold = await run(config, cacheFile);
  assert.ok(cold.cache.enabled && cold.cache.written);
  const entries = cold.cache.enabled ? cold.cache.entries : 0;
  const locale = config.sets[0].locales[0];
  const narrowed = await runEngineWithLoading(config, { locales: [locale.locale] }, { cacheFile, jobs: 1, reuseResults: false });
  const kept = narrowed.meta!.cache as CacheMeta;
  assert.ok(kept.enabled);
  if (kept.enabled) assert.is(kept.pruned, 0, 'entries of files that exist are kept, wherever the cache file is');
  const victim = cold.result.checkedFiles!.find((f) => f.locale === locale.locale)!.file;
  unlinkSync(path.join(corpus.dir, victim));
  // Another file changes, so the run writes (pruning happens on a write).
  const other = cold.result.checkedFiles!.find((f) => f.locale !== locale.locale)!.file;
  appendFileSync(path.join(corpus.dir, other), '\nOne more line.\n');
  const after = await run(config, cacheFile);
  assert.ok(after.cache.enabled && after.cache.written);
  if (after.cache.enabled) assert.ok(after.cache.entries < entries, `the deleted file's entry is gone (${after.cache.entries} < ${entries})`);
});

test('identical files share one payload in the cache file', async () => {
  const corpus = smallSet();
  const config = configOf(corpus);
  const checked = (await run(config, null)).result.checkedFiles!.slice(0, 10);
  const sample = readFileSync(path.join(corpus.dir, checked[0].file));
  for (const f of checked.slice(1)) writeFileSync(path.join(corpus.dir, f.file), sample);
  const cacheFile = path.join(corpus.dir, 'c');
  await run(config, cacheFile);
  // The index is the line before the trailer: [path, hash, offset, length] per entry.
  const lines = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
  const index = JSON.parse(lines[lines.length - 2]) as { entries: Array<[string, string, number, number]> };
  const offsets = new Set(index.entries.filter(([rel]) => checked.some((f) => f.file === rel)).map(([, , offset]) => offset));
  assert.is(offsets.size, 1, 'ten identical files, one payload');
  const all = index.entries.map(([, , offset]) => offset);
  assert.is(new Set(all).size, all.length - (checked.length - 1), 'every other entry has its own');
  // And it reads back: a warm run over the shared payload parses nothing.
  const warm = await run(config, cacheFile);
  assert.ok(warm.cache.enabled && warm.cache.parsed === 0);
});

test('default cache folder: the nearest node_modules from the config up to the git top level, else beside the config', () => {
  const outer = mkdtempSync(path.join(os.tmpdir(), 'l10n-cachedir-'));
  const repo = path.join(outer, 'repo');
  mkdirSync(path.join(outer, 'node_modules'), { recursive: true }); // another project's: never used
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  mkdirSync(path.join(repo, 'site', 'docs'), { recursive: true });
  assert.is(defaultCacheDir(path.join(repo, 'site', 'docs')), path.join(repo, 'site', 'docs', 'node_modules', '.cache', 'l10n-lint'), 'no node_modules inside the repository');
  mkdirSync(path.join(repo, 'node_modules'));
  assert.is(defaultCacheDir(path.join(repo, 'site', 'docs')), path.join(repo, 'node_modules', '.cache', 'l10n-lint'));
  mkdirSync(path.join(repo, 'site', 'node_modules'));
  assert.is(defaultCacheDir(path.join(repo, 'site', 'docs')), path.join(repo, 'site', 'node_modules', '.cache', 'l10n-lint'), 'the nearest wins');
  assert.is.not(defaultCacheFile(path.join(repo, 'site', 'docs')), defaultCacheFile(path.join(repo, 'site')), 'one file per config folder');
});

test('cli: the cache is written under node_modules/.cache/l10n-lint; --no-cache reads and writes none; --cache-location moves it', async () => {
  const corpus = smallSet();
  const cli = (args: string[]) => runCli(['--config', corpus.configFile, '--format', 'json', ...args], { stdout: () => {}, stderr: () => {}, cwd: corpus.dir, isTTY: false });
  const saved = process.env.CI;
  try {
    delete process.env.CI;
    const defaultFile = defaultCacheFile(corpus.dir);
    assert.ok(defaultFile.startsWith(path.join(corpus.dir, 'node_modules', '.cache', 'l10n-lint') + path.sep), defaultFile);
    await cli(['--no-cache']);
    assert.not.ok(existsSync(defaultFile), '--no-cache writes nothing');
    await cli([]);
    assert.ok(existsSync(defaultFile), 'on by default in a local run');
    rmSync(defaultFile);
    await cli(['--cache-location', 'out/']);
    assert.ok(existsSync(path.join(corpus.dir, 'out', DEFAULT_CACHE_FILE)));
    assert.not.ok(existsSync(defaultFile));
    process.env.CI = 'true';
    await cli([]);
    assert.not.ok(existsSync(defaultFile), 'off by default in CI');
    await cli(['--cache']);
    assert.ok(existsSync(defaultFile), '--cache turns it on in CI');
  } finally {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  }
  assert.is(await cli(['--jobs', '0']), 2, '--jobs 0 is a usage error');
});

test.run();
