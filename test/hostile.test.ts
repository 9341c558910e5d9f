// Never crash, never lose data (issue 8): every hostile input in fixtures/hostile/ is linted
// in one run, each case reported as expected.txt says, and the well-formed pages beside
// them still linted correctly. Inputs that cannot be committed (a 10 MB file, a symlink
// cycle, a file deleted mid-run, a huge front matter) are made by the test.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, writeFileSync, symlinkSync, rmSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../src/index.js';
import { loadOutlinesInThread, type OutlineLoader } from '../src/engine/lint.js';
import { runCli } from '../src/cli.js';
import { fixturesDir, readExpected, toLines } from './helpers/fixtures.js';

const test = suite('hostile input');
const hostileDir = path.join(fixturesDir, 'hostile');

test('every committed hostile case is reported as expected, the good pages beside them too', async () => {
  const result = await lint({ config: path.join(hostileDir, 'l10n-lint.config.json') });
  assert.equal(toLines(result), readExpected(hostileDir));
  // The well-formed page beside the hostile ones is still checked: its injected drift is found.
  assert.ok(result.diagnostics.some((d) => d.file === 'de/good-de.md' && d.ruleId === 'link-target' && d.line === 9));
  // Every hostile file was paired and looked at (nothing silently dropped).
  assert.is(result.summary.byLocale['de-DE'].files, 24);
});

test('made at run time: 10 MB file, 100,000-character line, huge front matter, symlink cycle, dangling link, file deleted mid-run', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-hostile-'));
  for (const f of ['l10n-lint.config.json', 'en/good.md', 'de/good-de.md', 'en/other.md', 'de/other-de.md']) cpSync(path.join(hostileDir, f), path.join(dir, f));
  const big = '# L1 - Big\n\n' + 'Lorem ipsum dolor sit amet. '.repeat(380_000);
  writeFileSync(path.join(dir, 'en/big.md'), '# L1 - Big\n');
  writeFileSync(path.join(dir, 'de/big-de.md'), big);
  writeFileSync(path.join(dir, 'en/long-line.md'), '# L1 - Long\n\n' + 'x'.repeat(100_000) + '\n');
  writeFileSync(path.join(dir, 'de/long-line-de.md'), '# L1 - Lang\n\n' + 'y'.repeat(100_000) + '\n');
  const frontMatter = Array.from({ length: 40_000 }, (_, i) => `key${i}: value ${i}`).join('\n');
  writeFileSync(path.join(dir, 'en/huge-front-matter.md'), `---\n${frontMatter}\n---\n# L1 - Huge\n`);
  writeFileSync(path.join(dir, 'de/huge-front-matter-de.md'), `---\n${frontMatter}\n---\n# L1 - Riesig\n`);
  symlinkSync('..', path.join(dir, 'de/cycle'));
  symlinkSync('../de', path.join(dir, 'de/cycle-two'));
  symlinkSync('nowhere.md', path.join(dir, 'de/dangling-de.md'));
  writeFileSync(path.join(dir, 'en/dangling.md'), '# L1 - D\n');
  writeFileSync(path.join(dir, 'en/vanishing.md'), '# L1 - V\n');
  writeFileSync(path.join(dir, 'de/vanishing-de.md'), '# L1 - V\n');
  // A file deleted between discovery and read.
  const deletingLoader: OutlineLoader = async (files, options, max) => {
    rmSync(path.join(dir, 'de/vanishing-de.md'));
    return loadOutlinesInThread(files, options, max);
  };
  const result = await lint({ config: path.join(dir, 'l10n-lint.config.json'), loadOutlines: deletingLoader });
  const of = (file: string) => result.diagnostics.filter((d) => d.file === file);
  assert.equal(of('de/big-de.md').map((d) => d.messageId), ['tooLarge']);
  assert.equal(of('de/long-line-de.md'), []);
  assert.equal(of('de/huge-front-matter-de.md'), []);
  assert.equal(of('de/dangling-de.md').map((d) => [d.ruleId, d.messageId]), [['parse-error', 'unreadable']]);
  assert.equal(of('de/vanishing-de.md').map((d) => [d.ruleId, d.messageId]), [['parse-error', 'unreadable']]);
  assert.match(of('de/vanishing-de.md')[0].message, 'ENOENT');
  assert.not.match(of('de/vanishing-de.md')[0].message, dir, 'no absolute path in the message');
  // The good page beside them is still linted correctly.
  // One cause, one finding: the wrong target that is also missing is link-target's alone.
  assert.equal(of('de/good-de.md').map((d) => d.ruleId), ['link-target']);
  rmSync(dir, { recursive: true, force: true });
});

test('a catastrophic label pattern runs in linear time; an unsupported one is a config error', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-regex-'));
  for (const f of ['en/good.md', 'de/good-de.md', 'en/other.md', 'de/other-de.md']) cpSync(path.join(hostileDir, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'en/redos.md'), `# ${'a'.repeat(50_000)}!\n`);
  writeFileSync(path.join(dir, 'de/redos-de.md'), `# ${'a'.repeat(50_000)}!\n`);
  const config = (pattern: string) => ({ sets: [{ name: 's', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }] }], labels: { pattern }, rules: { 'stale-translation': 'off' } });
  const started = Date.now();
  const result = await lint({ config: config('^(a+)+$'), cwd: dir, rules: ['label-prefix'] });
  assert.equal(result.diagnostics, []);
  console.log(`  (a+)+$ over a 50,000-character heading: ${Date.now() - started} ms (printed, not asserted)`);
  writeFileSync(path.join(dir, 'c.json'), JSON.stringify(config('^(?=L)\\w+ - ')));
  let stderr = '';
  const code = await runCli(['--config', 'c.json'], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: dir, isTTY: false });
  assert.is(code, 2);
  assert.match(stderr, '/labels/pattern');
  rmSync(dir, { recursive: true, force: true });
});

test('an internal error exits 2 with one line naming the file; the stack only with --debug', async () => {
  const { runEngine, InternalError } = await import('../src/engine/lint.js');
  const { resolveConfig } = await import('../src/config/load.js');
  const config = resolveConfig(JSON.parse(readFileSync(path.join(hostileDir, 'l10n-lint.config.json'), 'utf8')), hostileDir);
  const broken = {
    meta: { id: 'broken-rule', description: 'x', category: 'content' as const, defaultSeverity: 'error' as const, fixable: false, schema: { type: 'object' }, messages: { m: 'm' }, docs: { description: 'x', example: 'x' } },
    check: () => {
      throw new TypeError('boom');
    },
  };
  try {
    await runEngine(config, { ruleModules: [broken] });
    assert.unreachable('the broken rule should have failed the run');
  } catch (error) {
    assert.instance(error, InternalError);
    assert.match((error as Error).message, 'rule "broken-rule" failed: boom');
    assert.ok((error as InstanceType<typeof InternalError>).file.startsWith('de/'));
  }
});

test('linear time: every token pattern over 200,000-character runs that make backtracking patterns quadratic', async () => {
  const { TOKEN_PATTERNS, extractTokens } = await import('../src/outline/tokens.js');
  const { proseOfNode, isTypeSignature, withoutShortcodes } = await import('../src/outline/prose.js');
  const N = 100_000;
  for (const text of ['a.'.repeat(N), 'A-'.repeat(N), 'www.'.repeat(N / 2), '{a'.repeat(N), '%1'.repeat(N), '1.'.repeat(N), '1 '.repeat(N), '{{<'.repeat(N), '| '.repeat(N)]) {
    const started = Date.now();
    for (const [, pattern] of TOKEN_PATTERNS) text.replace(pattern, '');
    extractTokens(text, [], 'de-DE');
    isTypeSignature(text);
    withoutShortcodes(text);
    proseOfNode({ type: 'text', value: text });
    // Quadratic on these inputs takes minutes; linear takes milliseconds.
    assert.ok(Date.now() - started < 5000, `${JSON.stringify(text.slice(0, 4))}… took ${Date.now() - started} ms`);
  }
});

test('linear time: a 1 MB single-line heading, a 1 MB line of `a.a.a.…` and a 1 MB table row are linted, not hung on', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-linear-'));
  for (const f of ['l10n-lint.config.json', 'en/good.md', 'de/good-de.md', 'en/other.md', 'de/other-de.md']) cpSync(path.join(hostileDir, f), path.join(dir, f));
  const config = JSON.parse(readFileSync(path.join(dir, 'l10n-lint.config.json'), 'utf8'));
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...config, maxFileSize: 4_000_000 }));
  const MB = 1_000_000;
  const pages: Record<string, string> = {
    'long-heading': '# ' + 'Heading word 1.0 '.repeat(MB / 17) + '\n',
    dots: 'a.'.repeat(MB / 2) + '\n',
    'long-row': '| Key | Value |\n| --- | --- |\n| ' + 'cell x.y 2 '.repeat(MB / 11) + ' | v |\n',
  };
  // The de copy is the en page with its words translated: nothing to report.
  const translated = (text: string) => text.replaceAll('Heading word', 'Titel Wort').replaceAll('cell', 'Zelle').replaceAll('a.', 'ä.');
  for (const [name, text] of Object.entries(pages)) {
    writeFileSync(path.join(dir, `en/${name}.md`), text);
    writeFileSync(path.join(dir, `de/${name}-de.md`), translated(text));
  }
  const started = Date.now();
  const result = await lint({ config: path.join(dir, 'l10n-lint.config.json'), rules: ['heading-structure', 'table-structure', 'untranslated', 'preserved-tokens', 'invisible-chars', 'label-prefix', 'link-structure'] });
  const seconds = (Date.now() - started) / 1000;
  // A pseudo-translation yields nothing; a backtracking pattern would take minutes, not seconds.
  for (const name of Object.keys(pages)) assert.equal(result.diagnostics.filter((d) => d.file === `de/${name}-de.md`), []);
  assert.ok(seconds < 120, `took ${seconds} s`);
  rmSync(dir, { recursive: true, force: true });
});

test.run();
