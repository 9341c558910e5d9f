// End-to-end: the demo set, the five real seed pages in consensus mode, a few hundred
// generated files in six locales, and every fixture's source compared with itself.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../src/index.js';
import { fixturesDir, listDirs, readExpected, repoRoot, toLines } from './helpers/fixtures.js';
import { generateCorpus } from '../scripts/generate-corpus.js';
import stylish from '../src/reporters/stylish.js';

const test = suite('sets');

test('demo set: exactly the findings listed in demo/expected.txt', async () => {
  const result = await lint({ config: path.join(repoRoot, 'demo/l10n-lint.config.json') });
  assert.equal(toLines(result), readExpected(path.join(repoRoot, 'demo')));
  assert.ok(result.summary.errors > 0);
});

const seedsDir = path.join(repoRoot, '..', 'shared', 'seeds');
test('seed pages in consensus mode: the drift a reader sees side by side', async () => {
  if (!existsSync(seedsDir)) {
    console.log(`  skipped: ${seedsDir} not found (the seeds live beside the clone in shared/)`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-seeds-'));
  const names: Record<string, string> = { '000': 'sc', '001': 'pr', '002': 'de', '003': 'es', '004': 'jp' };
  for (const file of readdirSync(seedsDir)) {
    const code = names[file.slice(0, 3)];
    if (code) cpSync(path.join(seedsDir, file), path.join(dir, `l1l2l3-homepage-list-${code}.md`));
  }
  const locales = [['zh-CN', '-sc'], ['pt-BR', '-pr'], ['de-DE', '-de'], ['es-ES', '-es'], ['ja-JP', '-jp']].map(([locale, suffix]) => ({ locale, dir: '.', suffix }));
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ sets: [{ name: 'seeds', locales }], labels: { pattern: '^L\\d+ - ' } }));
  const { diagnostics } = await lint({ config: 'l10n-lint.config.json', cwd: dir });
  const of = (rule: string, file: string) => diagnostics.filter((d) => d.ruleId === rule && d.file === `l1l2l3-homepage-list-${file}.md`);
  assert.equal(of('link-target', 'es').map((d) => d.line), [19, 22]);
  assert.ok(of('link-target', 'es').every((d) => d.messageId === 'noSuffix'));
  assert.ok(of('refresh-table', 'pr').some((d) => d.messageId === 'extraRow' && d.actual!.startsWith('05/04/2020')));
  assert.ok(of('refresh-table', 'jp').some((d) => d.messageId === 'extraRow' && d.actual!.startsWith('04/30/2020')));
  assert.ok(of('label-prefix', 'de').some((d) => d.actual === 'L1 – ' && d.messageId === 'malformed'), 'German en dash');
  assert.ok(of('label-prefix', 'pr').some((d) => d.actual === 'L2 -' && d.message.includes('L2 -Usando')));
  assert.ok(of('label-prefix', 'es').some((d) => d.actual === 'L2- ' && d.message.includes('L2- Administración')));
  for (const file of ['sc', 'de']) {
    assert.is(of('link-target', file).length, 0, `no link-target in ${file}`);
    assert.is(of('refresh-table', file).length, 0, `no refresh-table in ${file}`);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a generated set of a few hundred files in six locales lints, with readable findings', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-generated-'));
  const corpus = generateCorpus({ out: dir, scale: 1, seed: 7 });
  assert.ok(corpus.files >= 300, `${corpus.files} files`);
  const result = await lint({ config: path.join(dir, 'l10n-lint.config.json') });
  assert.is(Object.keys(result.summary.byLocale).length, 6);
  assert.ok(result.diagnostics.length > 0);
  // Every injected drift is reported by the rule the generator names, in its file (and on
  // its line when the drift marks an element rather than a removal).
  const active = new Set(result.diagnostics.map((d) => d.ruleId).concat(['file-missing', 'file-orphan', 'file-naming']));
  let checked = 0;
  for (const drift of corpus.drift) {
    if (!active.has(drift.rule) && !['link-target', 'label-prefix', 'heading-structure', 'refresh-table', 'frontmatter-values', 'frontmatter-keys', 'invisible-chars'].includes(drift.rule)) continue;
    checked++;
    const inFile = result.diagnostics.filter((d) => d.ruleId === drift.rule && d.file === drift.file);
    assert.ok(inFile.length > 0, `injected ${drift.kind} in ${drift.file}:${drift.line ?? ''} was not reported by ${drift.rule}`);
    if (drift.lineMarks === 'element' && drift.line !== undefined) {
      assert.ok(inFile.some((d) => d.line === drift.line), `${drift.kind} in ${drift.file}: expected ${drift.rule} on line ${drift.line}, got lines ${inFile.map((d) => d.line).join(', ')}`);
    }
  }
  assert.ok(checked > 10, `only ${checked} injected drifts checked`);
  const text = stylish(result);
  assert.match(text, /expected `/);
  rmSync(dir, { recursive: true, force: true });
});

// Comparing a source with itself: every rule must stay silent.
const ruleCases = listDirs(path.join(fixturesDir, 'rules')).flatMap((rule) => listDirs(path.join(fixturesDir, 'rules', rule)).map((c) => path.join(fixturesDir, 'rules', rule, c)));
test(`every fixture's source compared with itself yields nothing (${ruleCases.length} cases)`, async () => {
  let compared = 0;
  for (const caseDir of ruleCases) {
    const sourceDir = path.join(caseDir, 'en');
    if (!existsSync(sourceDir)) continue;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-self-'));
    cpSync(sourceDir, path.join(dir, 'en'), { recursive: true });
    cpSync(sourceDir, path.join(dir, 'copy'), { recursive: true });
    const config = { sets: [{ name: 'self', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'en-GB', dir: 'copy', suffix: '' }], include: ['**/*.md', '**/*.mdx', '**/toc.yml'] }], labels: { pattern: '^L\\d+ - ' } };
    const result = await lint({ config, cwd: dir });
    // Findings about the source file on its own (e.g. an invisible character) are not pair drift,
    // nor is the run's note that staleness was not checked (the copy is not in git).
    const pairFindings = result.diagnostics.filter((d) => d.locale === 'en-GB' && !(d.ruleId === 'invisible-chars' || d.ruleId === 'parse-error' || d.ruleId === 'frontmatter-keys' && d.messageId === 'invalidYaml' || d.ruleId === 'stale-translation' && d.messageId === 'notChecked'));
    assert.equal(pairFindings.map((d) => `${path.relative(fixturesDir, caseDir)}: ${d.message} [${d.ruleId}]`), []);
    compared++;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(compared > 20);
});

test.run();
