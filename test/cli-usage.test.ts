// The command line as a user coming from ESLint or markdownlint-cli2 meets it: usage errors
// exit 2 with one line and write nothing; list options never eat paths; a run that checked
// nothing never says "No drift"; CI reports name files from the repository root; the cache
// stays out of `git status`. In-process (runCli) except where git or the SARIF validator runs.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runCli } from '../src/cli.js';
import { defaultCacheDir } from '../src/cache/index.js';
import { repoRoot, fixturesDir } from './helpers/fixtures.js';
import { cli } from './helpers/cli.js';

const test = suite('cli usage');
const demoConfig = path.join(repoRoot, 'demo/l10n-lint.config.json');
const sample = path.join(fixturesDir, 'rules/link-target/valid-mapped-targets');
const temps: string[] = [];
test.after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});


const CONFIG = {
  sets: [{ name: 'guide', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }, { locale: 'ja-JP', dir: 'ja', suffix: '-jp' }] }],
  labels: { pattern: '^L\\d+ - ' },
  rules: { 'stale-translation': 'off' },
};

/** A clean project (en, de, ja; no drift) in a temp folder, config `name` at `configDir`. */
function project(options: { configDir?: string; config?: Record<string, unknown>; name?: string; git?: boolean } = {}): { dir: string; docs: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-usage-'));
  temps.push(dir);
  const docs = path.join(dir, options.configDir ?? '.');
  for (const locale of ['en', 'de', 'ja']) cpSync(path.join(sample, locale), path.join(docs, locale), { recursive: true });
  writeFileSync(path.join(docs, options.name ?? 'l10n-lint.config.json'), JSON.stringify(options.config ?? CONFIG, null, 2));
  if (options.git) {
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'docs');
  }
  return { dir, docs };
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

test('usage errors: exit 2, one line on stderr naming the problem, nothing on stdout, no report or cache written', async () => {
  const { dir } = project();
  writeFileSync(path.join(dir, 'notes.md'), '# Notes\n');
  mkdirSync(path.join(dir, 'de', 'images'));
  writeFileSync(path.join(dir, 'de', 'images', 'shot.png'), 'png');
  const cases: Array<[string[], RegExp]> = [
    [['nonexistent/'], /^l10n-lint: nonexistent\/: no such file or folder$/],
    [['typo'], /^l10n-lint: typo: no such file or folder$/],
    [['notes.md'], /^l10n-lint: notes\.md is in no content set of the config \(their folders: en, de, ja\)$/],
    [['de/images'], /^l10n-lint: nothing to check: no pair of a canonical and a locale file matches paths de\/images \(0 files, 0 pairs\)$/],
    [['--locale', 'fr-FR'], /^l10n-lint: --locale fr-FR is not a locale of the config; its target locales: de-DE, ja-JP$/],
    [['--locale', 'en-US'], /^l10n-lint: --locale en-US is the source locale of set "guide"/],
    [['--locale', 'de-DE,fr-FR'], /--locale fr-FR is not a locale/],
    [['-f', 'xml'], /^l10n-lint: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github, junit, markdown, html\.$/],
    [['--format', '../index'], /argument '\.\.\/index' is invalid\. Allowed choices are/],
    [['--rule', 'no-such-rule'], /^l10n-lint: --rule: unknown rule "no-such-rule"/],
  ];
  for (const [args, expected] of cases) {
    const { code, stdout, stderr } = await cli(['--cache', ...args, '--output', 'report.txt'], dir);
    const label = args.join(' ');
    assert.is(code, 2, label);
    assert.is(stdout, '', label);
    assert.is(stderr.split('\n').filter(Boolean).length, 1, `${label}: ${stderr}`);
    assert.match(stderr.split('\n')[0], expected, label);
    assert.not.ok(existsSync(path.join(dir, 'report.txt')), `${label}: no report written`);
    assert.not.ok(existsSync(defaultCacheDir(dir)), `${label}: no cache written`);
  }
});

test('usage errors from the config: an include that matches no file; a look-behind RE2 cannot run (RE2\'s wording)', async () => {
  const empty = project({ config: { ...CONFIG, sets: [{ ...CONFIG.sets[0], include: ['**/*.markdown'] }] } });
  const none = await cli(['--output', 'r.txt'], empty.dir);
  assert.is(none.code, 2);
  assert.is(none.stdout, '');
  assert.match(none.stderr, /^l10n-lint: set "guide": include \["\*\*\/\*\.markdown"\] matches no file in en, de, ja \(\/sets\/0\/include\)\n$/);
  assert.not.ok(existsSync(path.join(empty.dir, 'r.txt')));
  const lookBehind = project({ config: { ...CONFIG, labels: { pattern: '(?<=^)L\\d+ - ' } } });
  const bad = await cli([], lookBehind.dir);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /^l10n-lint: Invalid config: \/labels\/pattern: not a valid regular expression \(RE2 syntax\): error parsing regexp: invalid or unsupported Perl syntax: `\(\?<=` \(RE2 has no look-behind\)/);
  assert.not.match(bad.stderr, /named capture/);
});

test('list options: comma-separated or repeated, never eating the paths after them; -- ends the options', async () => {
  const { dir } = project();
  const json = async (args: string[]) => {
    const run = await cli(['--format', 'json', ...args], dir);
    assert.is(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
    return JSON.parse(run.stdout);
  };
  const comma = await json(['--locale', 'de-DE,ja-JP']);
  const repeated = await json(['--locale', 'de-DE', '--locale', 'ja-JP']);
  assert.equal(comma.summary, repeated.summary);
  assert.is(comma.summary.pairs, 4);
  const onePath = await json(['--locale', 'de-DE', 'de/guide-de.md']);
  assert.is(onePath.summary.pairs, 1, '--locale took one value; the path narrowed the run');
  const rulePath = await json(['--rule', 'link-target', 'ja/guide-jp.md']);
  assert.is(rulePath.summary.pairs, 1);
  assert.equal(Object.keys(rulePath.summary.byRule), []);
  const dashed = await json(['--', 'de']);
  assert.is(dashed.summary.pairs, 2);
  const notAnOption = await cli(['--', '--locale'], dir);
  assert.is(notAnOption.code, 2);
  assert.match(notAnOption.stderr, /^l10n-lint: --locale: no such file or folder/, 'after --, --locale is a path');
});

test('--help lists the subcommands; each subcommand has its own --help', async () => {
  const help = await cli(['--help'], repoRoot);
  assert.is(help.code, 0);
  assert.match(help.stdout, /\nCommands:\n/);
  assert.match(help.stdout, /\n {2}merge <reports\.\.\.> +merge JSON reports/);
  assert.match(help.stdout, /\n {2}snapshot +write the canonical outlines/);
  assert.match(help.stdout, /--locale <codes> +lint only these locales \(comma-separated or repeated\)/);
  const merge = await cli(['merge', '--help'], repoRoot);
  assert.match(merge.stdout, /^Usage: l10n-lint merge/);
});

test('a run that checked nothing never says "No drift": --changed-since with nothing changed', async () => {
  const { dir } = project({ git: true });
  const run = await cli(['--changed-since', 'HEAD', '--no-color'], dir);
  assert.is(run.code, 0, run.stderr);
  assert.not.match(run.stdout, /No drift/);
  assert.match(run.stdout, /⚠ Nothing checked: 0 pairs in scope \(0 files\)\./);
  const markdown = await cli(['--changed-since', 'HEAD', '-f', 'markdown'], dir);
  assert.not.match(markdown.stdout, /No drift/);
  assert.match(markdown.stdout, /\*\*Nothing checked\*\*/);
  const clean = await cli(['--no-color'], dir);
  assert.match(clean.stdout, /✔ No drift: 6 files, 4 pairs checked\./);
});

test('plurals: "1 pair", "1 warning", "1 file"', async () => {
  const { dir } = project({ config: { ...CONFIG, sets: [{ ...CONFIG.sets[0], locales: [CONFIG.sets[0].locales[0]] }] } });
  rmSync(path.join(dir, 'en', 'other.md'));
  rmSync(path.join(dir, 'de', 'other-de.md'));
  rmSync(path.join(dir, 'ja'), { recursive: true });
  const page = path.join(dir, 'de', 'guide-de.md');
  // A zero-width space: one invisible-chars warning (its default severity is warn).
  writeFileSync(page, readFileSync(page, 'utf8').replace('# L1 - ', '# L1 - \u200B'));
  const run = await cli(['--no-color', '--rule', 'invisible-chars', '--max-warnings', '0'], dir);
  assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\) in 2 files, 1 pair, 1 set\n/);
  assert.match(run.stderr, /^l10n-lint: 1 warning, more than --max-warnings 0\n$/);
});

test('file counts include every locale file discovered (orphans too): the demo\'s de-DE has as many as its folder', async () => {
  const run = await cli(['--config', demoConfig, '--format', 'json', '--no-cache'], repoRoot);
  const report = JSON.parse(run.stdout);
  for (const locale of Object.keys(report.summary.byLocale)) {
    const onDisk = readdirSync(path.join(repoRoot, 'demo', locale), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    assert.is(report.summary.byLocale[locale].files, onDisk, locale);
  }
});

test('--fix-dry-run: the diff alone on stdout (a patch), the report on stderr', async () => {
  const run = await cli(['--config', demoConfig, '--fix-dry-run', '--no-color', '--no-cache'], repoRoot);
  assert.is(run.code, 1);
  assert.match(run.stdout, /^--- a\//);
  assert.not.match(run.stdout, /problems|No drift|l10n-lint:/);
  assert.match(run.stderr, /would be applied \(--fix-dry-run: nothing written\)/);
  assert.match(run.stderr, /✖ \d+ problems/);
});

test('config: found from a subfolder upward; .jsonc with comments; --print-config prints what loadConfig returns', async () => {
  const jsonc = `// house config\n{\n  /* sets */ "sets": ${JSON.stringify(CONFIG.sets)},\n  "labels": { "pattern": "^L\\\\d+ - " }, // trailing comma next\n  "rules": { "stale-translation": "off", },\n}\n`;
  const { dir } = project({ name: 'l10n-lint.config.jsonc' });
  writeFileSync(path.join(dir, 'l10n-lint.config.jsonc'), jsonc);
  const fromSub = await cli(['--no-color'], path.join(dir, 'de'));
  assert.is(fromSub.code, 0, fromSub.stderr);
  assert.match(fromSub.stdout, /No drift: 6 files, 4 pairs checked/);
  const printed = await cli(['--print-config'], path.join(dir, 'ja'));
  assert.is(printed.code, 0);
  const config = JSON.parse(printed.stdout);
  assert.is(config.root, dir);
  assert.is(config.file, path.join(dir, 'l10n-lint.config.jsonc'));
  assert.equal(config.sets[0].locales.map((l: { locale: string }) => l.locale), ['de-DE', 'ja-JP']);
  assert.equal(config.frontmatter, { translatable: ['title', 'description'], localeOnly: ['l10n.sourceCommit'] }, 'defaults filled in');
  writeFileSync(path.join(dir, 'l10n-lint.config.jsonc'), '{\n  "sets": [\n}\n');
  const broken = await cli([], dir);
  assert.is(broken.code, 2);
  assert.match(broken.stderr, /is not valid JSONC: ValueExpected at line 3, column 1\n$/);
  const nowhere = mkdtempSync(path.join(os.tmpdir(), 'l10n-noconf-'));
  temps.push(nowhere);
  const missing = await cli([], nowhere);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /No l10n-lint\.config\.json or l10n-lint\.config\.jsonc in .* or any folder above it/);
});

test('CI reports name files from the repository root, the config in a subfolder', async () => {
  const { dir, docs } = project({ configDir: 'site/docs', git: true });
  // Drift: a heading lost in de and a broken link target in ja.
  const de = path.join(docs, 'de', 'guide-de.md');
  writeFileSync(de, readFileSync(de, 'utf8').replace(/\n# L1 - [^\n]*\n/, '\n'));
  const ja = path.join(docs, 'ja', 'guide-jp.md');
  writeFileSync(ja, readFileSync(ja, 'utf8').replace('other-jp.md', 'other.md'));
  for (const [cwd, config] of [[dir, 'site/docs/l10n-lint.config.json'], [docs, 'l10n-lint.config.json'], [path.join(dir, 'site'), 'docs/l10n-lint.config.json']] as const) {
    const github = await cli(['--config', config, '-f', 'github', '--no-cache'], cwd);
    assert.is(github.code, 1, github.stderr);
    const files = [...github.stdout.matchAll(/^::(?:error|warning|notice) file=([^,]+),/gm)].map((m) => m[1]);
    assert.ok(files.length >= 2, github.stdout);
    for (const file of files) {
      assert.ok(file.startsWith('site/docs/'), file);
      assert.ok(existsSync(path.join(dir, file)), `${file} exists from the repository root (cwd ${cwd})`);
    }
    const sarif = JSON.parse((await cli(['--config', config, '-f', 'sarif', '--no-cache'], cwd)).stdout);
    const base = sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
    assert.is(base, `${pathToFileURL(dir).href}/`);
    for (const result of sarif.runs[0].results) {
      const uri = result.locations[0].physicalLocation.artifactLocation.uri;
      assert.ok(existsSync(new URL(uri, base)), `${uri} resolves against %SRCROOT%`);
      assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    }
    const junit = (await cli(['--config', config, '-f', 'junit', '--no-cache'], cwd)).stdout;
    const names = [...junit.matchAll(/<testcase classname="[^"]+" name="([^"]+)"/g)].map((m) => m[1]);
    assert.is(names.length, 4, junit);
    for (const name of names) assert.ok(existsSync(path.join(dir, name)), name);
  }
  // Outside git: from the working directory.
  const plain = project({ configDir: 'docs' });
  const outside = await cli(['--config', 'docs/l10n-lint.config.json', '-f', 'github', '--no-cache', '--rule', 'link-target'], plain.dir);
  assert.is(outside.stdout, '');
  writeFileSync(path.join(plain.docs, 'ja', 'guide-jp.md'), readFileSync(path.join(plain.docs, 'ja', 'guide-jp.md'), 'utf8').replace('other-jp.md', 'other.md'));
  const outsideDrift = await cli(['--config', 'l10n-lint.config.json', '-f', 'github', '--no-cache', '--rule', 'link-target'], plain.docs);
  assert.match(outsideDrift.stdout, /^::error file=ja\/guide-jp\.md,/m);
});

test('JUnit: the same test count whatever other reports are written; a clean run is one passing case per checked file', async () => {
  const { dir } = project();
  const clean = await cli(['-f', 'junit', '--no-cache'], dir);
  assert.match(clean.stdout, /<testsuites name="l10n-lint" tests="4" failures="0" errors="0">/);
  assert.is([...clean.stdout.matchAll(/<testcase [^>]*\/>/g)].length, 4);
  const ja = path.join(dir, 'ja', 'guide-jp.md');
  writeFileSync(ja, readFileSync(ja, 'utf8').replace('other-jp.md', 'other.md'));
  const alone = await cli(['-f', 'junit', '--no-cache'], dir);
  const withHtml = await cli(['-f', 'html', '-o', 'report.html', '-f', 'junit', '--no-cache'], dir);
  assert.ok(existsSync(path.join(dir, 'report.html')));
  const head = (xml: string) => /<testsuites [^>]*>/.exec(xml)![0];
  assert.is(head(alone.stdout), '<testsuites name="l10n-lint" tests="4" failures="1" errors="0">');
  assert.is(head(withHtml.stdout), head(alone.stdout));
  assert.is(withHtml.stdout, alone.stdout);
});

test('SARIF of the demo passes Microsoft\'s SARIF validator with no error and no warning', () => {
  const binary = path.join(repoRoot, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
  if (process.platform !== 'linux' || !existsSync(binary)) {
    console.log(`  skipped: no SARIF multitool for ${process.platform} at ${binary}`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-sarif-demo-'));
  temps.push(dir);
  const log = path.join(dir, 'demo.sarif');
  const produced = spawnSync(process.execPath, [path.join(repoRoot, 'dist/src/cli.js'), '--config', demoConfig, '-f', 'sarif', '-o', log, '--no-cache'], { encoding: 'utf8' });
  assert.is(produced.status, 1, produced.stderr);
  const validate = (input: string, output: string) => {
    const run = spawnSync(binary, ['validate', input, '--output', output, '--level', 'Error;Warning;Note'], { encoding: 'utf8', timeout: 120_000 });
    assert.ok(!run.error && run.status === 0 && existsSync(output), `the validator ran: ${run.error?.message ?? run.stdout}`);
    const results: Array<{ ruleId: string; level?: string }> = JSON.parse(readFileSync(output, 'utf8')).runs[0].results ?? [];
    return results.filter((r) => (r.level ?? 'warning') !== 'note').map((r) => `${r.level ?? 'warning'} ${r.ruleId}`);
  };
  assert.equal(validate(log, path.join(dir, 'v1.sarif')), []);
  // The same log with the file-level regions taken out: the validator does see them (SARIF2017).
  const sarif = JSON.parse(readFileSync(log, 'utf8'));
  let stripped = 0;
  for (const result of sarif.runs[0].results) {
    const physical = result.locations[0].physicalLocation;
    if (physical.region.startColumn === undefined) {
      delete physical.region;
      stripped++;
    }
  }
  assert.ok(stripped > 0, 'the demo has file-level findings');
  writeFileSync(path.join(dir, 'stripped.sarif'), JSON.stringify(sarif));
  assert.ok(validate(path.join(dir, 'stripped.sarif'), path.join(dir, 'v2.sarif')).includes('warning SARIF2017'));
});

test('the cache stays out of `git status` in a fresh copy of the project after `npm start`', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-fresh-'));
  temps.push(dir);
  cpSync(path.join(repoRoot, 'demo'), path.join(dir, 'demo'), { recursive: true });
  cpSync(path.join(repoRoot, '.gitignore'), path.join(dir, '.gitignore'));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fresh');
  mkdirSync(path.join(dir, 'node_modules')); // what `npm ci` makes before `npm start`
  // `npm start` is `l10n-lint --config demo/l10n-lint.config.json`; --cache: on even under CI=true.
  const run = await cli(['--config', 'demo/l10n-lint.config.json', '--cache'], dir);
  assert.is(run.code, 1, run.stderr);
  const cacheDir = path.join(dir, 'node_modules', '.cache', 'l10n-lint');
  assert.is(readdirSync(cacheDir).length, 1, 'the cache was written');
  assert.is(git(dir, 'status', '--porcelain'), '');
});

test.run();
