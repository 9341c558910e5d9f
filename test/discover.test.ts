import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../src/config/load.js';
import { discover, localizedName, stripKnownSuffix } from '../src/discover.js';

const test = suite('discover');

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-discover-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '# x\n');
  }
  return root;
}

test('localizedName and stripKnownSuffix', () => {
  assert.is(localizedName('sub/page.md', '-de', []), 'sub/page-de.md');
  assert.is(localizedName('sub/index.md', '-de', ['index.md']), 'sub/index.md');
  assert.is(localizedName('page.md', '', []), 'page.md');
  assert.equal(stripKnownSuffix('a/page-de.md', ['-de', '-jp']), { neutral: 'a/page.md', suffix: '-de' });
  assert.equal(stripKnownSuffix('a/page.md', ['-de']), { neutral: 'a/page.md', suffix: '' });
  assert.equal(stripKnownSuffix('-de.md', ['-de']), { neutral: '-de.md', suffix: '' });
});

test('separate directories: pairs, missing, orphan, misnamed, duplicate, keepNames', () => {
  const root = tree([
    'en/a.md', 'en/sub/b.md', 'en/index.md', 'en/c.md',
    'de/a-de.md', 'de/sub/b.md', 'de/index.md', 'de/gone-de.md', 'de/c-de.md', 'de/c.md',
  ]);
  const config = resolveConfig({ sets: [{ name: 's', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }], keepNames: ['index.md'] }] }, root);
  const [set] = discover(config);
  const pairs = Object.fromEntries(set.pairs.map((p) => [p.key, p.target?.rel ?? null]));
  assert.equal(pairs, { 'a.md': 'de/a-de.md', 'c.md': 'de/c-de.md', 'index.md': 'de/index.md', 'sub/b.md': 'de/sub/b.md' });
  const findings = set.findings.map((f) => `${f.kind}:${f.file}`).sort();
  assert.equal(findings, ['duplicate:de/c.md', 'misnamed:de/sub/b.md', 'orphan:de/gone-de.md']);
});

test('missing files carry the expected locale path', () => {
  const root = tree(['en/a.md', 'en/b.md', 'de/a-de.md']);
  const config = resolveConfig({ sets: [{ name: 's', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }] }] }, root);
  const [set] = discover(config);
  assert.equal(set.findings, [{ kind: 'missing', set: 's', locale: 'de-DE', file: 'de/b-de.md', sourceFile: 'en/b.md', expected: 'de/b-de.md' }]);
});

test('one shared directory: files told apart by suffix, consensus key set', () => {
  const root = tree(['p-de.md', 'p-es.md', 'p-jp.md', 'q-de.md', 'q-es.md', 'r-jp.md']);
  const config = resolveConfig({
    sets: [{ name: 's', locales: [{ locale: 'de-DE', dir: '.', suffix: '-de' }, { locale: 'es-ES', dir: '.', suffix: '-es' }, { locale: 'ja-JP', dir: '.', suffix: '-jp' }] }],
  }, root);
  const [set] = discover(config);
  assert.equal(set.keys, ['p.md', 'q.md']);
  const findings = set.findings.map((f) => `${f.kind}:${f.locale}:${f.file}`).sort();
  assert.equal(findings, ['missing:ja-JP:q-jp.md', 'orphan:ja-JP:r-jp.md']);
});

test('include and exclude globs', () => {
  const root = tree(['en/a.md', 'en/drafts/b.md', 'en/c.txt', 'de/a-de.md']);
  const config = resolveConfig({ sets: [{ name: 's', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }], exclude: ['drafts/**'] }] }, root);
  const [set] = discover(config);
  assert.equal(set.keys, ['a.md']);
  assert.ok(set.existingFiles.has('en/c.txt'), 'every file counts for link-broken');
});

test.run();
