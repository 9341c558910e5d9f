// The dialects of documentation stacks: MDX, TOML front matter, nested keys, heading IDs,
// shortcodes and containers; and preset expansion in config loading.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseMarkdown } from '../src/parse.js';
import { buildOutline } from '../src/outline/index.js';
import { outlineFromBytes } from '../src/outline/from-file.js';
import { keyIsListed } from '../src/outline/frontmatter-paths.js';
import { maskTemplateTags, splitHeadingId } from '../src/outline/template-tags.js';
import { resolveConfig } from '../src/config/load.js';
import { expandPreset } from '../src/config/preset.js';
import { blockProse } from '../src/outline/prose.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { fixturesDir } from './helpers/fixtures.js';
import { fillPathPattern, matchPathPattern } from '../src/layout-pattern.js';

const test = suite('dialects');
const outline = (text: string, dialect: 'markdown' | 'mdx' = 'markdown') => buildOutline(parseMarkdown(text, dialect), text, { labelPattern: null });

test('MDX: imports, exports and expressions are not prose; JSX children are; a comment in a code block is no heading', () => {
  const o = outline(
    "import { Tabs, TabItem } from '@astrojs/starlight/components';\nexport const x = 1;\n\n# Title\n\n<Tabs>\n  <TabItem label=\"npm\">\n  ```sh\n  # install it\n  npm i pkg\n  ```\n  </TabItem>\n</Tabs>\n\n<Aside title=\"Note\">\nKeep the [guide](./guide/) open; it is {props.n} pages.\n</Aside>\n",
    'mdx',
  );
  assert.equal(o.headings.map((h) => h.text), ['Title']);
  assert.equal(o.blocks.map((b) => b.text), ['Title', 'Keep the guide open; it is pages.']);
  assert.equal(o.links.map((l) => l.target), ['./guide/']);
  assert.equal(o.code.filter((c) => c.kind === 'fenced').map((c) => c.value), ['# install it\nnpm i pkg']);
});

test('MDX: <code> in running text is inline code, not prose', () => {
  const o = outline('**Type:** <code>(state: FetchState) => void</code>\n', 'mdx');
  assert.equal(o.blocks[0].inlineCode, ['(state: FetchState) => void']);
  assert.is(blockProse(o.blocks[0], []), 'Type:');
});

test('MDX that does not parse is a parse failure with line and the parser\'s reason', () => {
  const outcome = outlineFromBytes(Buffer.from('# A\n\n<Aside>\ntext\n'), { labelPattern: null }, 1e6, 'mdx');
  assert.is(outcome.ok, false);
  if (outcome.ok) return;
  assert.is(outcome.problem.reason, 'parseFailed');
  assert.is(outcome.problem.line, 3);
  assert.match(outcome.problem.detail, /closing tag for `<Aside>`/);
  // The same text as Markdown parses (HTML block).
  assert.is(outlineFromBytes(Buffer.from('# A\n\n<Aside>\ntext\n'), { labelPattern: null }, 1e6, 'markdown').ok, true);
});

test('heading IDs: {#id} is the anchor, not text, in Markdown and in MDX', () => {
  for (const dialect of ['markdown', 'mdx'] as const) {
    const o = outline('## Install the tool {#install}\n\n## Other\n', dialect);
    assert.equal(o.headings.map((h) => [h.text, h.slug, h.id]), [['Install the tool', 'install', 'install'], ['Other', 'other', undefined]], dialect);
  }
  assert.equal(splitHeadingId('Setup { #setup }'), { text: 'Setup', id: 'setup' });
  assert.equal(splitHeadingId('Use {braces}'), { text: 'Use {braces}', id: null });
});

test('shortcodes, Liquid tags and ::: container lines are not prose; text around them is', () => {
  const folded = (s: string) => maskTemplateTags(s).replace(/\s+/g, ' ');
  assert.is(folded('See {{< ref "a.md" >}} and {{% note %}}x{{% /note %}} {% raw %} ok'), 'See and x ok');
  assert.is(maskTemplateTags('a { b } {{ unclosed'), 'a { b } {{ unclosed');
  const o = outline('::: tip Title\nBody text\n:::\n\n:::note[Label]\nInside\n:::\n');
  assert.equal(o.blocks.map((b) => b.text), ['Body text', 'Label', 'Inside']);
  // `10:30` and `Note:this` stay text: only directive containers are read.
  assert.equal(outline('At 10:30 see Note:this.\n').blocks.map((b) => b.text), ['At 10:30 see Note:this.']);
});

test('TOML front matter: keys with values and lines; tables are nested keys', () => {
  const o = outline('+++\ntitle = "A"\nweight = 20\ndate = 2024-03-01\n[params]\nseason = "winter"\n+++\n\nBody.\n');
  const fm = o.frontmatter!;
  assert.is(fm.format, 'toml');
  assert.is(fm.error, null);
  assert.equal(fm.entries.map((e) => [e.key, e.value, e.raw, e.span.start.line]), [
    ['title', 'A', '"A"', 2],
    ['weight', 20, '20', 3],
    ['date', '2024-03-01', '2024-03-01', 4],
    ['params', { season: 'winter' }, '', 5],
    ['params.season', 'winter', '"winter"', 6],
  ]);
  assert.equal(o.blocks.map((b) => b.text), ['Body.']);
  const bad = outline('+++\ntitle = \n+++\n').frontmatter!;
  assert.match(bad.error!.message, /not valid TOML/);
});

test('YAML front matter: nested maps are entries of their own under dotted keys', () => {
  const fm = outline('---\ntitle: T\nsidebar:\n  label: S\n  order: 5\n---\n').frontmatter!;
  assert.equal(fm.entries.map((e) => [e.key, e.parent, e.branch, e.span.start.line]), [
    ['title', undefined, undefined, 2],
    ['sidebar', undefined, true, 3],
    ['sidebar.label', 'sidebar', undefined, 4],
    ['sidebar.order', 'sidebar', undefined, 5],
  ]);
});

test('dotted key paths: a key is listed by itself or by a map above it', () => {
  assert.ok(keyIsListed('sidebar.label', ['sidebar.label']));
  assert.ok(keyIsListed('sidebar.order', ['sidebar']));
  assert.not.ok(keyIsListed('sidebar.order', ['sidebar.label']));
  assert.not.ok(keyIsListed('sidebarx', ['sidebar']));
  assert.ok(keyIsListed('ms.date', ['ms.date']));
});

test('presets fill layout, routes, dialect, slugger and front-matter keys; what the user wrote wins', () => {
  const raw = { preset: 'starlight', sets: [{ name: 'docs', source: { locale: 'en' }, locales: [{ locale: 'de' }, { locale: 'fr', dir: 'elsewhere/fr' }] }] };
  const expanded = expandPreset(raw) as any;
  assert.is((raw.sets[0].source as any).dir, undefined, 'the raw config is not changed');
  assert.equal(expanded.sets[0].source, { locale: 'en', dir: 'src/content/docs', route: '/' });
  assert.equal(expanded.sets[0].locales[0], { locale: 'de', dir: 'src/content/docs/de', route: '/de/' });
  assert.is(expanded.sets[0].locales[1].dir, 'elsewhere/fr');
  assert.equal(expanded.sets[0].exclude, ['de/**']);
  assert.equal(expanded.sets[0].include, ['**/*.md', '**/*.mdx']);
  assert.ok(expanded.frontmatter.translatable.includes('sidebar.label'));
  const config = resolveConfig(raw, '/site');
  assert.is(config.dialect, 'markdown');
  assert.is(config.sets[0].slugger, 'github');
  assert.is(resolveConfig({ preset: 'mkdocs', sets: [{ name: 's', source: { locale: 'en' }, locales: [{ locale: 'de' }] }] }, '/site').sets[0].locales[0].linkSuffix, '', 'mkdocs links stay neutral');
  assert.equal(config.frontmatter.localeOnly, ['l10n.sourceCommit']);
  const hugo = resolveConfig({ preset: 'hugo', sets: [{ name: 's', source: { locale: 'en' }, locales: [{ locale: 'fr' }] }] }, '/site');
  assert.equal(hugo.sets[0].locales[0], { locale: 'fr', dir: 'content/fr', suffix: '', route: '/fr/' });
  assert.equal(hugo.frontmatter.localeOnly, ['default_lang_commit', 'drifted_from_default', 'l10n.sourceCommit']);
  assert.throws(() => resolveConfig({ preset: 'jekyll', sets: [{ name: 's', source: { locale: 'en', dir: 'en' }, locales: [{ locale: 'fr', dir: 'fr' }] }] }, '/site'), /\/preset: must be one of/);
});

test('--fix: a nested value is fixed in place; a translatable key and TOML are never written', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-dialects-fix-'));
  const io = { stdout: () => {}, stderr: () => {}, cwd: dir, isTTY: false };
  try {
    cpSync(path.join(fixturesDir, 'rules/frontmatter-values/invalid-nested-key'), dir, { recursive: true });
    // The Italian page also lacks the translatable sidebar.label: reported, never filled in English.
    const it = path.join(dir, 'it/boats.md');
    writeFileSync(it, readFileSync(it, 'utf8').replace('  label: Piccole barche\n', ''));
    assert.is(await runCli(['--no-cache', '--fix'], io), 1);
    const fixed = readFileSync(it, 'utf8');
    assert.match(fixed, /\n  order: 3\n/);
    assert.not.match(fixed, /Small boats/);
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(fixturesDir, 'rules/frontmatter-values/invalid-toml-value'), dir, { recursive: true });
    const nl = path.join(dir, 'content/garden/index.nl.md');
    const before = readFileSync(nl, 'utf8');
    assert.is(await runCli(['--no-cache', '--fix'], io), 1);
    assert.is(readFileSync(nl, 'utf8'), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('path patterns: a file named by its locale pairs by folder; a bad pattern is a config error', () => {
  assert.equal(matchPathPattern('{dir}/en.md', 'legal/terms/en.md'), { dir: 'legal/terms/', name: '', ext: '' });
  assert.equal(matchPathPattern('{dir}/en.md', 'en.md'), { dir: '', name: '', ext: '' });
  assert.is(matchPathPattern('{dir}/en.md', 'legal/terms/de.md'), null);
  assert.equal(matchPathPattern('{dir}/{name}.de{ext}', 'a/page.de.md'), { dir: 'a/', name: 'page', ext: '.md' });
  assert.is(fillPathPattern('{dir}/de.md', { dir: 'legal/terms/', name: '', ext: '' }), 'legal/terms/de.md');
  const set = (pattern: string) => ({ sets: [{ name: 's', source: { locale: 'en', dir: 'd', pathPattern: '{dir}/en.md' }, locales: [{ locale: 'de', dir: 'd', pathPattern: pattern }] }] });
  assert.throws(() => resolveConfig(set('{dir}/{lang}.md'), '/site'), /\/sets\/0\/locales\/0\/pathPattern: "\{dir\}\/\{lang\}\.md" the only placeholders are/);
  assert.throws(() => resolveConfig(set('../de.md'), '/site'), /inside the locale's dir/);
  assert.is(resolveConfig(set('{dir}/de.md'), '/site').sets[0].locales[0].pathPattern, '{dir}/de.md');
});

test('path patterns: lint pairs pages by folder, reports the missing one and an orphan', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-pattern-'));
  try {
    cpSync(path.join(fixturesDir, 'rules/file-missing/invalid-path-pattern'), dir, { recursive: true });
    cpSync(path.join(dir, 'legal/privacy/de.md'), path.join(dir, 'legal/cookies-de-only/de.md'), { recursive: true });
    let out = '';
    // The copy is not in git: staleness is not checked, and is not what this test is about.
    const code = await runCli(['--no-cache', '--format', 'json', '--rule', 'file-missing', '--rule', 'file-orphan', '--rule', 'file-naming'], { stdout: (t) => (out += t), stderr: () => {}, cwd: dir, isTTY: false });
    assert.is(code, 1);
    const report = JSON.parse(out);
    assert.is(report.summary.pairs, 3);
    assert.equal(report.diagnostics.map((d: any) => [d.ruleId, d.file]).sort(), [['file-missing', 'legal/privacy/fr.md'], ['file-orphan', 'legal/cookies-de-only/de.md']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
