import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {
  ALL_DRIFT_KINDS, DEFAULT_DRIFT_KINDS, DEFAULT_TARGET_LOCALES, DRIFT_RULES,
  generateCorpus, generateSmallSet, mulberry32,
  type DriftEntry, type GeneratedCorpus,
} from '../scripts/generate-corpus.js';

const test = suite('generate-corpus');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-gen-'));
  tempDirs.push(dir);
  return dir;
}
test.after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Helpers, written independently of the generator so they check it rather than echo it.

function walk(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? walk(root, relative) : [relative];
    })
    .sort();
}

function hashTree(root: string): string {
  const hash = createHash('sha256');
  for (const file of walk(root)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

function markdownFiles(root: string): string[] {
  return walk(root).filter((file) => file.endsWith('.md'));
}

function read(root: string, file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

function lines(root: string, file: string): string[] {
  return read(root, file).split('\n');
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n/.exec(text);
  if (!match) throw new Error('no front matter block');
  const value = YAML.parse(match[1]);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('front matter is not a mapping');
  return value as Record<string, unknown>;
}

const SUFFIXES = DEFAULT_TARGET_LOCALES.map((locale) => locale.suffix);
const suffixOf = (locale: string) => DEFAULT_TARGET_LOCALES.find((candidate) => candidate.locale === locale)!.suffix;

/** `sub/page.md#a` with `-de` → `sub/page-de.md#a`; index.md keeps its name. */
function withSuffix(target: string, suffix: string): string {
  const [file, anchor] = target.split('#');
  if (/^https?:/.test(target) || path.posix.basename(file) === 'index.md') return target;
  return `${file.replace(/\.md$/, `${suffix}.md`)}${anchor === undefined ? '' : `#${anchor}`}`;
}

/** The en-US file a locale file pairs with: `de-DE/a/b-de.md` → `en-US/a/b.md`. */
function sourceOf(file: string, suffix: string): string {
  const [, ...rest] = file.split('/');
  const name = rest.join('/');
  return `en-US/${name.endsWith(`${suffix}.md`) ? name.slice(0, -suffix.length - 3) + '.md' : name}`;
}

const LINK_ITEM = /^-\s+\[[^\]]*\]\(([^)]+)\)/;
const REMOVALS = new Set(['section-missing', 'refresh-row-missing', 'frontmatter-key-missing', 'task-row-missing']);
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

/** Every relative link (`file:line -> target`) that points at a missing file or heading. */
function brokenLinks(root: string): string[] {
  const broken: string[] = [];
  for (const file of markdownFiles(root)) {
    read(root, file).split('\n').forEach((text, index) => {
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(match[1])) continue;
        const [relative, anchor] = match[1].split('#');
        const resolved = path.posix.join(path.posix.dirname(file), relative);
        const exists = fs.existsSync(path.join(root, resolved));
        const anchorOk = anchor === undefined || (exists && lines(root, resolved)
          .some((line) => /^#{1,6}\s/.test(line) && slug(line.replace(/^#+\s+/, '')) === anchor));
        if (!exists || !anchorOk) broken.push(`${file}:${index + 1} -> ${match[1]}`);
      }
    });
  }
  return broken.sort();
}
const LABEL = /^(#\s+|-\s+\[)L\d+ - /;
const REFRESH_ROW = /^\|\s*(\d\d\/\d\d\/\d{4})\s*\|/;
const dayOf = (date: string) => {
  const [month, day, year] = date.split('/').map(Number);
  return Date.UTC(year, month - 1, day);
};

function linkTargets(text: string): string[] {
  return text.split('\n').flatMap((line) => LINK_ITEM.exec(line)?.[1] ?? []);
}

function refreshDates(text: string): string[] {
  return text.split('\n').flatMap((line) => REFRESH_ROW.exec(line)?.[1] ?? []);
}

function l1Headings(text: string): string[] {
  return text.split('\n').filter((line) => /^#\s/.test(line));
}

/** Returns what is wrong with a manifest entry, or null when the drift is really there. */
function checkDrift(root: string, entry: DriftEntry): string | null {
  const exists = (file: string) => fs.existsSync(path.join(root, file));
  const suffix = suffixOf(entry.locale);
  if (entry.kind === 'file-missing') {
    if (exists(entry.file)) return 'file exists';
    return entry.sourceFile && exists(entry.sourceFile) ? null : 'source file missing too';
  }
  if (entry.kind === 'file-orphan') {
    if (!exists(entry.file)) return 'orphan not written';
    if (!entry.file.endsWith(`${suffix}.md`)) return 'orphan lacks its locale suffix';
    return exists(sourceOf(entry.file, suffix)) ? 'orphan has a source file' : null;
  }
  if (entry.kind === 'file-misnamed') {
    if (!exists(entry.file)) return 'misnamed file not written';
    if (exists(entry.expected!)) return 'correctly named file exists as well';
    if (path.posix.basename(entry.file) !== path.posix.basename(entry.sourceFile!)) return 'misnamed file does not carry the source name';
    return exists(entry.sourceFile!) ? null : 'source missing';
  }

  const locale = read(root, entry.file);
  const source = read(root, entry.sourceFile!);
  const localeLines = locale.split('\n');
  const sourceLines = source.split('\n');
  if (entry.line === undefined || entry.line < 1 || entry.line > localeLines.length) return `line ${entry.line} outside the file`;
  const line = localeLines[entry.line - 1];
  const sourceLine = entry.sourceLine === undefined ? undefined : sourceLines[entry.sourceLine - 1];

  switch (entry.kind) {
    case 'link-no-suffix':
    case 'link-wrong-suffix': {
      const written = LINK_ITEM.exec(line)?.[1];
      const canonical = sourceLine === undefined ? undefined : LINK_ITEM.exec(sourceLine)?.[1];
      if (written !== entry.actual) return `line holds link ${written}, manifest says ${entry.actual}`;
      if (canonical === undefined) return 'no link at the source line';
      if (withSuffix(canonical, suffix) !== entry.expected) return `expected ${entry.expected} is not the mapped ${canonical}`;
      if (entry.kind === 'link-no-suffix') return written === canonical ? null : 'target is not the suffix-less source target';
      const others = SUFFIXES.filter((other) => other !== suffix);
      return others.some((other) => withSuffix(canonical, other) === written) ? null : 'target does not carry another locale suffix';
    }
    case 'label-lost':
      if (!sourceLine || !LABEL.test(sourceLine)) return 'source element has no label';
      return /^(#\s+|-\s+\[)/.test(line) && !/^(#\s+|-\s+\[)L\d/.test(line) ? null : `label still there: ${line}`;
    case 'label-en-dash':
      return /^(#\s+|-\s+\[)L\d+ – /.test(line) && sourceLine !== undefined && LABEL.test(sourceLine) ? null : `no en dash label: ${line}`;
    case 'label-malformed':
      return /^(#\s+|-\s+\[)L\d+( -\S|- )/.test(line) ? null : `label not malformed: ${line}`;
    case 'section-missing':
      if (l1Headings(locale).length !== l1Headings(source).length - 1) return 'L1 heading count is not one less than the source';
      if (!sourceLine || !/^#\s/.test(sourceLine)) return 'source line is not an L1 heading';
      if (localeLines.includes(entry.expected!)) return 'removed heading still present';
      return /^#{1,2}\s/.test(line) ? null : `line ${entry.line} is not the following heading: ${line}`;
    case 'refresh-row-missing': {
      const localeDates = refreshDates(locale);
      const sourceDates = refreshDates(source);
      if (!sourceDates.includes(entry.expected!)) return 'date not in the source';
      if (localeDates.includes(entry.expected!)) return 'date still in the locale';
      return localeDates.length === sourceDates.length - 1 ? null : 'row count is not one less';
    }
    case 'refresh-row-extra': {
      const sourceDates = refreshDates(source);
      if (REFRESH_ROW.exec(line)?.[1] !== entry.actual) return `line is not the extra row: ${line}`;
      if (sourceDates.includes(entry.actual!)) return 'extra date exists in the source';
      return sourceDates.every((date) => dayOf(date) < dayOf(entry.actual!)) ? null : 'extra row is not the latest';
    }
    case 'frontmatter-value-changed': {
      const localeValue = frontmatter(locale)['ms.date'];
      const sourceValue = frontmatter(source)['ms.date'];
      if (!line.startsWith('ms.date: ')) return 'line is not ms.date';
      return sourceValue === entry.expected && localeValue === entry.actual && localeValue !== sourceValue ? null : `values ${sourceValue} / ${localeValue}`;
    }
    case 'frontmatter-key-missing': {
      const key = entry.expected!;
      return key in frontmatter(source) && !(key in frontmatter(locale)) ? null : `key ${key} not missing`;
    }
    case 'invisible-char':
      return line[entry.column! - 1] === '\u200b' ? null : 'no U+200B at the column';
    case 'number-changed':
      return line.startsWith(entry.actual!, entry.column! - 1) && sourceLine !== undefined && sourceLine.includes(entry.expected!) ? null : 'number not changed there';
    case 'paragraph-untranslated':
      return sourceLine !== undefined && line === sourceLine ? null : 'paragraph differs from the source';
    case 'task-row-missing': {
      const row = new RegExp(`^\\|\\s*${entry.expected}\\s*\\|`);
      return sourceLines.some((text) => row.test(text)) && !localeLines.some((text) => row.test(text)) ? null : 'task row not missing';
    }
  }
}

/** Differences between a drift-free locale file and its source that a linter would report. */
function cleanFileProblems(root: string, file: string, suffix: string): string[] {
  const locale = read(root, file);
  const source = read(root, sourceOf(file, suffix));
  const problems: string[] = [];
  const expectedTargets = linkTargets(source).map((target) => withSuffix(target, suffix));
  if (JSON.stringify(linkTargets(locale)) !== JSON.stringify(expectedTargets)) problems.push('link targets differ');
  if (l1Headings(locale).length !== l1Headings(source).length) problems.push('L1 heading count differs');
  const labels = (text: string) => text.split('\n').filter((line) => LABEL.test(line)).length;
  if (labels(locale) !== labels(source)) problems.push('label count differs');
  if (JSON.stringify(refreshDates(locale)) !== JSON.stringify(refreshDates(source))) problems.push('refresh dates differ');
  const localeMatter = frontmatter(locale);
  const sourceMatter = frontmatter(source);
  if (JSON.stringify(Object.keys(localeMatter)) !== JSON.stringify(Object.keys(sourceMatter))) problems.push('front matter keys differ');
  for (const [key, value] of Object.entries(sourceMatter)) {
    if (key === 'title' || key === 'description') {
      if (localeMatter[key] === value) problems.push(`${key} left untranslated`);
    } else if (localeMatter[key] !== value) problems.push(`${key} differs`);
  }
  if (locale.includes('\u200b')) problems.push('zero-width space');
  return problems;
}

// ---------------------------------------------------------------------------
// One scale-1 corpus shared by the tests that only read it.

let scaleOne: GeneratedCorpus | null = null;
function corpusAtScaleOne(): GeneratedCorpus {
  scaleOne ??= generateCorpus({ out: tempDir(), scale: 1, seed: 42 });
  return scaleOne;
}

test('mulberry32 is a deterministic stream in [0, 1)', () => {
  const first = mulberry32(42);
  const second = mulberry32(42);
  const values = Array.from({ length: 1000 }, () => first());
  assert.equal(values, Array.from({ length: 1000 }, () => second()));
  assert.ok(values.every((value) => value >= 0 && value < 1));
  assert.ok(new Set(values).size > 990);
});

test('the same seed gives byte-identical trees; another seed does not', () => {
  const first = corpusAtScaleOne();
  const again = generateCorpus({ out: tempDir(), scale: 1, seed: 42 });
  const other = generateCorpus({ out: tempDir(), scale: 1, seed: 43 });
  assert.is(hashTree(again.dir), hashTree(first.dir));
  assert.is.not(hashTree(other.dir), hashTree(first.dir));
  assert.equal(again.drift, first.drift);
});

test('scale 1 writes 400-500 Markdown files, 2-4 MB, and reports them truthfully', () => {
  const corpus = corpusAtScaleOne();
  const files = markdownFiles(corpus.dir);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(path.join(corpus.dir, file)).size, 0);
  assert.ok(files.length >= 400 && files.length <= 500, `${files.length} files`);
  assert.ok(bytes >= 2e6 && bytes <= 4e6, `${bytes} bytes`);
  assert.is(corpus.files, files.length);
  assert.is(corpus.bytes, bytes);
  assert.is(corpus.sourcePages, 64);
  const sizes = files.map((file) => fs.statSync(path.join(corpus.dir, file)).size).sort((a, b) => a - b);
  assert.ok(sizes[Math.floor(sizes.length * 0.05)] >= 1500, 'few pages under 1.5 KB');
  assert.ok(sizes[Math.floor(sizes.length * 0.95)] <= 16_000, 'few pages over 16 KB');
});

test('writes the config and the manifest beside the content, outside the Markdown globs', () => {
  const corpus = corpusAtScaleOne();
  const top = fs.readdirSync(corpus.dir).sort();
  assert.equal(top, ['de-DE', 'drift.json', 'en-US', 'es-ES', 'fr-FR', 'ja-JP', 'l10n-lint.config.json', 'pt-BR', 'zh-CN']);
  const config = JSON.parse(read(corpus.dir, 'l10n-lint.config.json'));
  assert.equal(config.sets[0].source, { locale: 'en-US', dir: 'en-US', suffix: '' });
  assert.equal(config.sets[0].locales.map((locale: { suffix: string }) => locale.suffix), ['-de', '-jp', '-pr', '-sc', '-es', '-fr']);
  assert.equal(config.sets[0].include, ['**/*.md']);
  assert.equal(config.sets[0].keepNames, ['index.md', 'toc.yml']);
  assert.equal(config.frontmatter.translatable, ['title', 'description']);
  assert.is(config.labels.pattern, '^L\\d+ - ');
  const manifest = JSON.parse(read(corpus.dir, 'drift.json'));
  assert.equal(manifest.drift, corpus.drift);
  assert.ok(fs.existsSync(path.join(corpus.dir, 'en-US/index.md')));
  assert.ok(fs.existsSync(path.join(corpus.dir, 'de-DE/index.md')), 'index.md keeps its name');
});

test('about 15% of locale files carry one drift each, every entry real', () => {
  const corpus = corpusAtScaleOne();
  const localeSlots = 64 * 6;
  const rate = corpus.drift.length / localeSlots;
  assert.ok(rate > 0.08 && rate < 0.22, `drift rate ${rate}`);
  const slots = corpus.drift.map((entry) => `${entry.locale}|${entry.sourceFile ?? entry.file}`);
  assert.is(new Set(slots).size, slots.length, 'one drift per locale file');
  for (const entry of corpus.drift) {
    assert.is(entry.rule, DRIFT_RULES[entry.kind]);
    assert.is(entry.lineMarks, entry.line === undefined ? undefined : REMOVALS.has(entry.kind) ? 'removal' : 'element', entry.kind);
    assert.ok((DEFAULT_DRIFT_KINDS as readonly string[]).includes(entry.kind), `${entry.kind} is a default kind`);
    const problem = checkDrift(corpus.dir, entry);
    assert.is(problem, null, `${entry.kind} in ${entry.file}:${entry.line}: ${problem}`);
  }
});

test('every kind, extras included, is injected for real', () => {
  const corpus = generateSmallSet({ out: tempDir(), pages: 40, locales: 6, seed: 5, driftRate: 1, kinds: ALL_DRIFT_KINDS });
  const seen = new Set(corpus.drift.map((entry) => entry.kind));
  assert.equal([...seen].sort(), [...ALL_DRIFT_KINDS].sort());
  for (const entry of corpus.drift) {
    const problem = checkDrift(corpus.dir, entry);
    assert.is(problem, null, `${entry.kind} in ${entry.file}:${entry.line}: ${problem}`);
  }
});

test('every broken link is a recorded consequence of some drift, and nothing else is', () => {
  for (const corpus of [corpusAtScaleOne(), generateSmallSet({ out: tempDir(), pages: 40, locales: 6, seed: 5, driftRate: 0.5 })]) {
    const recorded = corpus.drift
      .flatMap((entry) => entry.consequences ?? [])
      .map((consequence) => `${consequence.file}:${consequence.line} -> ${consequence.target}`)
      .sort();
    const broken = brokenLinks(corpus.dir);
    assert.ok(broken.length > 0, 'drift breaks some links');
    assert.equal(recorded, broken);
  }
});

test('restricting kinds injects only those, skipping files they cannot apply to', () => {
  const corpus = generateSmallSet({ out: tempDir(), pages: 30, locales: 3, seed: 2, driftRate: 1, kinds: ['task-row-missing'] });
  const withTasks = markdownFiles(corpus.dir).filter((file) => file.startsWith('en-US/') && /^\|\s*ID\s*\|/m.test(read(corpus.dir, file)));
  assert.ok(withTasks.length > 0 && withTasks.length < 30, `${withTasks.length} source pages with a task table`);
  assert.is(corpus.drift.length, withTasks.length * 3);
  assert.ok(corpus.drift.every((entry) => entry.kind === 'task-row-missing' && checkDrift(corpus.dir, entry) === null));
});

test('locale files without drift match their source structurally', () => {
  const corpus = corpusAtScaleOne();
  const drifted = new Set(corpus.drift.map((entry) => entry.file));
  let checked = 0;
  for (const locale of DEFAULT_TARGET_LOCALES) {
    for (const file of markdownFiles(corpus.dir).filter((name) => name.startsWith(`${locale.dir}/`))) {
      if (drifted.has(file)) continue;
      assert.equal(cleanFileProblems(corpus.dir, file, locale.suffix), [], file);
      checked += 1;
    }
  }
  assert.ok(checked > 300, `${checked} clean files checked`);
});

test('every .md has YAML front matter with the required keys', () => {
  const corpus = corpusAtScaleOne();
  for (const file of markdownFiles(corpus.dir)) {
    const matter = frontmatter(read(corpus.dir, file));
    const missingKey = corpus.drift.find((entry) => entry.file === file && entry.kind === 'frontmatter-key-missing')?.expected;
    for (const key of ['title', 'description', 'author', 'ms.author', 'ms.date', 'ms.topic', 'ft.audience']) {
      if (key === missingKey) continue;
      assert.type(matter[key], 'string', `${file}: ${key}`);
    }
    if (missingKey !== 'ms.date') assert.match(matter['ms.date'] as string, /^\d{1,2}\/\d{1,2}\/\d{4}$/, file);
  }
});

test('remark sees the front matter, L1 headings, link lists and GFM tables', () => {
  const corpus = generateSmallSet({ out: tempDir(), pages: 16, locales: 6, seed: 11, driftRate: 0 });
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  for (const file of markdownFiles(corpus.dir)) {
    const tree = parser.parse(read(corpus.dir, file));
    const types = tree.children.map((node) => node.type);
    assert.is(types[0], 'yaml', `${file} opens with front matter`);
    assert.ok(types.includes('heading') && types.includes('list') && types.includes('table'), file);
    const depths = tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
    assert.ok(depths.filter((depth) => depth === 1).length >= 1, file);
  }
});

test('locales are written in their own scripts', () => {
  const corpus = corpusAtScaleOne();
  const text = (locale: string) => markdownFiles(corpus.dir).filter((file) => file.startsWith(`${locale}/`)).slice(0, 5)
    .map((file) => read(corpus.dir, file)).join('\n');
  assert.match(text('ja-JP'), /[\u3040-\u309f]/, 'hiragana');
  assert.match(text('ja-JP'), /[\u30a0-\u30ff]/, 'katakana');
  assert.match(text('ja-JP'), /[\u4e00-\u9fff]/, 'kanji');
  assert.match(text('zh-CN'), /[\u4e00-\u9fff]{4}/, 'hanzi');
  assert.not.match(text('zh-CN'), /[\u3040-\u30ff]/, 'no kana in Chinese');
  assert.match(text('de-DE'), /[äöüß]/);
  assert.match(text('fr-FR'), /[éèàç]/);
  assert.match(text('es-ES'), /[áéíóñ]/);
  assert.match(text('pt-BR'), /[ãçõáé]/);
  assert.not.match(text('en-US'), /[\u3040-\u9fff]/);
});

test('without drift, every relative link resolves to a file and an existing anchor', () => {
  const corpus = generateSmallSet({ out: tempDir(), pages: 30, locales: 6, seed: 9, driftRate: 0 });
  assert.equal(corpus.drift, []);
  assert.equal(brokenLinks(corpus.dir), []);
  let anchors = 0;
  for (const file of markdownFiles(corpus.dir)) {
    for (const target of linkTargets(read(corpus.dir, file))) {
      const [relative, anchor] = target.split('#');
      const resolved = path.posix.join(path.posix.dirname(file), relative);
      assert.ok(fs.existsSync(path.join(corpus.dir, resolved)), `${file} → ${target}`);
      if (anchor !== undefined) {
        const headings = lines(corpus.dir, resolved).flatMap((line) => /^#{1,6}\s+(.*)$/.exec(line)?.[1] ?? []);
        assert.ok(headings.map(slug).includes(anchor), `${file} → ${target}: no heading #${anchor}`);
        anchors += 1;
      }
    }
  }
  assert.ok(anchors > 0, 'some links carry anchors');
});

test('generateSmallSet is quick and small; the drift rate does not move the content', () => {
  const started = Date.now();
  const drifted = generateSmallSet({ out: tempDir(), pages: 8, locales: 4, seed: 3 });
  assert.ok(Date.now() - started < 2000);
  assert.ok(drifted.files >= 25 && drifted.files <= 50, `${drifted.files} files`);
  const clean = generateSmallSet({ out: tempDir(), pages: 8, locales: 4, seed: 3, driftRate: 0 });
  const touched = new Set(drifted.drift.flatMap((entry) => [entry.file, entry.expected ?? '']));
  for (const file of markdownFiles(clean.dir)) {
    if (touched.has(file)) continue;
    assert.is(read(drifted.dir, file), read(clean.dir, file), file);
  }
});

test('refuses a non-empty output directory unless asked to overwrite its own outputs', () => {
  const dir = tempDir();
  generateSmallSet({ out: dir, pages: 5, locales: 2, seed: 1 });
  assert.throws(() => generateCorpus({ out: dir, pages: 5, locales: 2, seed: 1 }), /not empty/);
  const first = hashTree(dir);
  generateCorpus({ out: dir, pages: 5, locales: 2, seed: 1, overwrite: true, driftRate: 0.15 });
  assert.is(hashTree(dir), first);
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
  assert.throws(() => generateCorpus({ out: dir, pages: 5, locales: 2, seed: 1, overwrite: true }), /did not write/);
});

test('the CLI writes a corpus and rejects bad usage with exit code 2', () => {
  const script = fileURLToPath(new URL('../scripts/generate-corpus.js', import.meta.url));
  const out = path.join(tempDir(), 'set');
  const ok = spawnSync(process.execPath, [script, '--out', out, '--pages', '10', '--seed', '4', '--locales', '3'], { encoding: 'utf8' });
  assert.is(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /wrote \d+ files/);
  assert.ok(fs.existsSync(path.join(out, 'l10n-lint.config.json')));
  assert.equal(fs.readdirSync(out).sort(), ['de-DE', 'drift.json', 'en-US', 'ja-JP', 'l10n-lint.config.json', 'pt-BR']);
  const missingOut = spawnSync(process.execPath, [script, '--scale', '1'], { encoding: 'utf8' });
  assert.is(missingOut.status, 2);
  assert.match(missingOut.stderr, /--out is required/);
  const badKind = spawnSync(process.execPath, [script, '--out', path.join(tempDir(), 'x'), '--kinds', 'nonsense'], { encoding: 'utf8' });
  assert.is(badKind.status, 2);
  assert.match(badKind.stderr, /unknown drift kind/);
});

test.run();
