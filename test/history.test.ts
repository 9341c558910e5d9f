// stale-translation against a throwaway git repository whose commits have known dates:
// exactly the stale pairs are named, with the commit that made them stale; whitespace-only
// and front-matter-only source commits do not count; a front-matter pin is honoured (behind
// and current); renames are followed; a shallow clone and a directory outside git are told
// once for the run as info, never a crash; coverage per locale; and the number of git
// processes for 500 pairs is counted.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../src/index.js';
import { commit, countGitProcesses, git, initRepo, write } from './helpers/git-repo.js';
import type { Diagnostic } from '../src/types.js';

const test = suite('history: stale-translation');

const CONFIG = {
  sets: [
    {
      name: 'docs',
      source: { locale: 'en-US', dir: 'en' },
      locales: [
        { locale: 'de-DE', dir: 'de', suffix: '-de' },
        { locale: 'ja-JP', dir: 'ja', suffix: '-jp' },
      ],
      include: ['**/*.md'],
    },
  ],
};

const page = (title: string, extra = '') => `# ${title}\n\nSee [the guide](other.md).\n${extra}\n## Refresh summary\n\n| Date | Who changed | What changed |\n| --- | --- | --- |\n| 01/01/2024 | Celia Kennedy | First version |\n`;
const translated = (title: string, suffix: string) => `# ${title}\n\nSiehe [Leitfaden](other${suffix}.md).\n\n## Aktualisierung\n\n| Datum | Geändert durch | Änderung |\n| --- | --- | --- |\n| 01/01/2024 | Celia Kennedy | Erste Version |\n`;

interface Repo {
  root: string;
  commits: Record<string, string>;
}

// The repository every test reads: four pages, each with its own history.
function buildRepo(): Repo {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-'));
  git(root, ['init', '-q']);
  writeFileSync(path.join(root, 'l10n-lint.config.json'), JSON.stringify(CONFIG));
  const commits: Record<string, string> = {};
  const sources: Record<string, string> = { 'l10n-lint.config.json': JSON.stringify(CONFIG), 'en/other.md': '# Other\n' };
  for (const name of ['a', 'b', 'c', 'd']) sources[`en/${name}.md`] = page(`Page ${name}`);
  commits.sources = commit(root, '2024-01-01T10:00:00Z', 'Add the English pages', sources);
  const translations: Record<string, string> = { 'de/other-de.md': '# Andere\n', 'ja/other-jp.md': '# その他\n' };
  for (const name of ['a', 'b', 'c', 'd']) {
    translations[`de/${name}-de.md`] = translated(`Seite ${name}`, '-de');
    translations[`ja/${name}-jp.md`] = translated(`ページ ${name}`, '-jp');
  }
  commits.translations = commit(root, '2024-01-10T10:00:00Z', 'Translate the pages', translations);
  // a: a new section, a new link and a new change-log row: both translations are stale.
  const proxy = '\n## Proxy settings\n\nSee [the proxy page](proxy.md).\n';
  commits.a = commit(root, '2024-02-01T10:00:00Z', 'Document proxy settings', {
    'en/a.md': page('Page a', proxy).replace('| 01/01/2024 |', '| 02/01/2024 | Celia Kennedy | Proxy settings |\n| 01/01/2024 |'),
  });
  // b: whitespace and blank lines only: nothing to translate.
  commits.b = commit(root, '2024-02-05T10:00:00Z', 'Reflow', { 'en/b.md': page('Page b').replace('# Page b\n', '# Page b  \n\n').replace(/\n$/, '   \n\n') });
  // c: changed, then the German translation caught up; the Japanese one did not.
  commits.c = commit(root, '2024-02-10T10:00:00Z', 'Rename the guide link', { 'en/c.md': page('Page c').replace('(other.md)', '(other.md#setup)') });
  commits.cDe = commit(root, '2024-02-12T10:00:00Z', 'Update the German page c', { 'de/c-de.md': translated('Seite c (neu)', '-de').replace('(other-de.md)', '(other-de.md#einrichtung)') });
  // d: changed; the German page is committed later but pinned to the first English version
  // (stale by its pin), the Japanese page is older but pinned to the change (up to date).
  commits.d = commit(root, '2024-02-15T10:00:00Z', 'Add a section to page d', { 'en/d.md': page('Page d', '\n## Limits\n\nUp to 1,000 seats.\n') });
  commits.pins = commit(root, '2024-03-01T10:00:00Z', 'Pin the translations of page d', {
    'de/d-de.md': `---\nl10n:\n  sourceCommit: ${commits.sources}\n---\n${translated('Seite d', '-de')}`,
    'ja/d-jp.md': `---\nl10n:\n  sourceCommit: ${commits.d.slice(0, 12)}\n---\n${translated('ページ d', '-jp')}`,
  });
  return { root, commits };
}

const repo = buildRepo();
const short = (hash: string) => hash.slice(0, 7);

async function staleFindings(root: string): Promise<Diagnostic[]> {
  const result = await lint({ cwd: root, rules: ['stale-translation'] });
  return result.diagnostics;
}

test('names exactly the stale pairs, each with the commit that made it stale and its date', async () => {
  const found = await staleFindings(repo.root);
  const byFile = Object.fromEntries(found.map((d) => [d.file, d]));
  assert.equal(Object.keys(byFile).sort(), ['de/a-de.md', 'de/d-de.md', 'ja/a-jp.md', 'ja/c-jp.md']);
  for (const d of found) assert.is(d.severity, 'warning');
  assert.is(byFile['de/a-de.md'].expected, repo.commits.a);
  assert.is(byFile['ja/a-jp.md'].expected, repo.commits.a);
  assert.is(byFile['ja/c-jp.md'].expected, repo.commits.c);
  assert.is(byFile['de/d-de.md'].expected, repo.commits.d);
  assert.is(
    byFile['de/a-de.md'].message,
    `en/a.md changed in ${short(repo.commits.a)} (2024-02-01, "Document proxy settings") after this translation was last committed in ${short(repo.commits.translations)} (2024-01-10); since then: 1 section added ("Proxy settings"), 1 link added, 1 new change-log row (02/01/2024).`,
  );
  assert.match(byFile['ja/c-jp.md'].message, `en/c.md changed in ${short(repo.commits.c)} (2024-02-10, "Rename the guide link")`);
  assert.match(byFile['ja/c-jp.md'].message, 'since then: 1 link target changed.');
});

test('a whitespace-only source commit does not make a translation stale', async () => {
  const found = await staleFindings(repo.root);
  assert.not.ok(found.some((d) => d.file.startsWith('de/b-') || d.file.startsWith('ja/b-')));
});

test('a front-matter pin (l10n.sourceCommit) is honoured: compared from the pinned commit', async () => {
  const found = await staleFindings(repo.root);
  const de = found.find((d) => d.file === 'de/d-de.md')!;
  // Committed after the change, but pinned to the version before it.
  assert.is(
    de.message,
    `en/d.md changed in ${short(repo.commits.d)} (2024-02-15, "Add a section to page d") after this translation was pinned to ${short(repo.commits.sources)} (l10n.sourceCommit); since then: 1 section added ("Limits").`,
  );
  assert.is(de.line, 2, 'the finding points at the pin');
  // Committed before the change, but pinned to it: up to date.
  assert.not.ok(found.some((d) => d.file === 'ja/d-jp.md'));
});

test('a later source change after the pin names the first commit and counts the later ones', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-later-'));
  cpSync(repo.root, root, { recursive: true });
  const later = commit(root, '2024-04-01T10:00:00Z', 'Another change to page d', { 'en/d.md': page('Page d', '\n## Limits\n\nUp to 2,000 seats.\n') });
  const de = (await staleFindings(root)).find((d) => d.file === 'de/d-de.md')!;
  assert.match(de.message, `changed in ${short(repo.commits.d)} (2024-02-15, "Add a section to page d") and in 1 later commit, the last ${short(later)} (2024-04-01), after`);
  rmSync(root, { recursive: true, force: true });
});

test('a pin that is not a commit hash is a finding; a pin to a commit HEAD does not have is an info note', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-pins-'));
  cpSync(repo.root, root, { recursive: true });
  write(root, 'de/d-de.md', readFileSync(path.join(root, 'de/d-de.md'), 'utf8').replace(/sourceCommit: \w+/, 'sourceCommit: latest'));
  write(root, 'ja/d-jp.md', readFileSync(path.join(root, 'ja/d-jp.md'), 'utf8').replace(/sourceCommit: \w+/, 'sourceCommit: 0123456789abcdef'));
  const found = await staleFindings(root);
  const de = found.find((d) => d.file === 'de/d-de.md')!;
  const ja = found.find((d) => d.file === 'ja/d-jp.md')!;
  assert.is(de.message, 'Front-matter pin `l10n.sourceCommit: latest` is not a commit hash; expected the hash of the source commit this translation was made from.');
  assert.is(ja.severity, 'info');
  assert.is(ja.message, 'Could not tell whether this translation is stale: the pinned source commit `0123456789abcdef` (l10n.sourceCommit) is not in the history of HEAD.');
  rmSync(root, { recursive: true, force: true });
});

test('a locale file not committed yet is being made from the source as it is: up to date, no finding', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-new-'));
  cpSync(repo.root, root, { recursive: true });
  commit(root, '2024-03-02T10:00:00Z', 'Add page e', { 'en/e.md': page('Page e'), 'de/e-de.md': translated('Seite e', '-de') });
  write(root, 'ja/e-jp.md', translated('ページ e', '-jp'));
  const found = (await staleFindings(root)).filter((d) => d.file.includes('/e-'));
  assert.equal(found, []);
  rmSync(root, { recursive: true, force: true });
});

test('a front-matter-only source commit is not staleness (unless ignoreFrontmatter is false)', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-fm-'));
  cpSync(repo.root, root, { recursive: true });
  commit(root, '2024-03-02T10:00:00Z', 'Add page f', {
    'en/f.md': `---\ntitle: F\n---\n${page('Page f')}`,
    'de/f-de.md': `---\ntitle: F\n---\n${translated('Seite f', '-de')}`,
    'ja/f-jp.md': `---\ntitle: F\n---\n${translated('ページ f', '-jp')}`,
  });
  const change = commit(root, '2024-03-05T10:00:00Z', 'Retitle page f', { 'en/f.md': `---\ntitle: F, retitled\nweight: 3\n---\n${page('Page f')}` });
  assert.equal((await staleFindings(root)).filter((d) => d.file.includes('/f-')), []);
  const config = JSON.parse(readFileSync(path.join(root, 'l10n-lint.config.json'), 'utf8'));
  config.rules = { 'stale-translation': ['warn', { ignoreFrontmatter: false }] };
  writeFileSync(path.join(root, 'l10n-lint.config.json'), JSON.stringify(config));
  const strict = (await staleFindings(root)).filter((d) => d.file.includes('/f-'));
  assert.equal(strict.map((d) => [d.file, d.expected]), [['de/f-de.md', change], ['ja/f-jp.md', change]]);
  rmSync(root, { recursive: true, force: true });
});

test('renames are followed: a source change before a move is still behind; the move itself is not an update', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-rename-'));
  cpSync(repo.root, root, { recursive: true });
  commit(root, '2024-03-02T10:00:00Z', 'Add page g', { 'en/g.md': page('Page g'), 'de/g-de.md': translated('Seite g', '-de'), 'ja/g-jp.md': translated('ページ g', '-jp') });
  const change = commit(root, '2024-03-03T10:00:00Z', 'Add a section to page g', { 'en/g.md': page('Page g', '\n## Quotas\n\nTen per day.\n') });
  for (const [from, to] of [['en/g.md', 'en/guide.md'], ['de/g-de.md', 'de/guide-de.md'], ['ja/g-jp.md', 'ja/guide-jp.md']]) git(root, ['mv', from, to]);
  commit(root, '2024-03-04T10:00:00Z', 'Move page g to guide', {});
  commit(root, '2024-03-05T10:00:00Z', 'Update the Japanese guide', { 'ja/guide-jp.md': translated('ページ g', '-jp').replace('## Aktualisierung', '## Kontingente\n\nZehn.\n\n## Aktualisierung') });
  const found = (await staleFindings(root)).filter((d) => d.file.includes('guide'));
  assert.equal(found.map((d) => [d.file, d.expected]), [['de/guide-de.md', change]]);
  assert.match(found[0].message, `en/guide.md changed in ${short(change)} (2024-03-03, "Add a section to page g") after this translation was last committed in`);
  assert.match(found[0].message, 'since then: 1 section added ("Quotas")');
  rmSync(root, { recursive: true, force: true });
});

test('a shallow clone: one info finding for the run, on the config file, saying staleness was not checked', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-shallow-'));
  git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.root}`, root]);
  const found = await staleFindings(root);
  assert.equal(found.map((d) => [d.file, d.severity, d.line]), [['l10n-lint.config.json', 'info', undefined]]);
  assert.is(
    found[0].message,
    'Staleness of translations was not checked: this is a shallow clone, so the history that tells when each source and translation last changed is not there; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` for actions/checkout in CI).',
  );
  const result = await lint({ cwd: root, rules: ['stale-translation'] });
  assert.is(result.summary.byLocale['de-DE'].coverage!.stale, null, 'coverage does not pretend to know');
  assert.is(result.summary.byLocale['de-DE'].coverage!.upToDate, null);
  rmSync(root, { recursive: true, force: true });
});

test('outside a git repository: silent by default; asked for by name, one info finding for the whole run, never an error', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-nogit-'));
  cpSync(repo.root, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
  // With every rule at its default, staleness does not apply to a folder in no repository: nothing said.
  const quiet = await lint({ cwd: root });
  assert.equal(quiet.diagnostics.filter((d) => d.ruleId === 'stale-translation' && d.messageId === 'notChecked'), []);
  // Asked for by name (`--rule stale-translation`), the run says once why it could not check.
  const result = await lint({ cwd: root, rules: ['stale-translation'] });
  const notes = result.diagnostics.filter((d) => d.ruleId === 'stale-translation');
  assert.is(notes.length, 1);
  assert.is(notes[0].severity, 'info');
  assert.is(notes[0].file, 'l10n-lint.config.json');
  assert.match(notes[0].message, "the content is not in a git repository, so no translation's history could be read");
  // A pin that is not a hash is a content error, found without git.
  write(root, 'de/d-de.md', readFileSync(path.join(root, 'de/d-de.md'), 'utf8').replace(/sourceCommit: \w+/, 'sourceCommit: latest'));
  const pins = (await staleFindings(root)).filter((d) => d.messageId === 'invalidPin');
  assert.equal(pins.map((d) => d.file), ['de/d-de.md']);
  rmSync(root, { recursive: true, force: true });
});

test('on by default: with no rule settings, a stale translation in a repository is a warning', async () => {
  const result = await lint({ cwd: repo.root });
  const stale = result.diagnostics.filter((d) => d.ruleId === 'stale-translation');
  assert.equal(stale.map((d) => [d.file, d.severity]), [['de/a-de.md', 'warning'], ['de/d-de.md', 'warning'], ['ja/a-jp.md', 'warning'], ['ja/c-jp.md', 'warning']]);
});

test('coverage per locale in the JSON summary: pages, translated, up to date, stale, missing, words behind', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-coverage-'));
  cpSync(repo.root, root, { recursive: true });
  // A page only German has: missing in Japanese.
  commit(root, '2024-03-02T10:00:00Z', 'Add page h', { 'en/h.md': '# Page h\n\nOne two three four five.\n', 'de/h-de.md': '# Seite h\n\nEins zwei drei vier fünf.\n' });
  const result = await lint({ cwd: root, rules: ['stale-translation', 'file-missing'] });
  const de = result.summary.byLocale['de-DE'].coverage!;
  const ja = result.summary.byLocale['ja-JP'].coverage!;
  // Pages: other, a, b, c, d, h. de: a and d stale. ja: a and c stale, h missing.
  assert.equal({ ...de, wordsBehind: 0 }, { pages: 6, translated: 6, upToDate: 4, stale: 2, missing: 0, wordsBehind: 0 });
  assert.equal({ ...ja, wordsBehind: 0 }, { pages: 6, translated: 5, upToDate: 3, stale: 2, missing: 1, wordsBehind: 0 });
  // ja is behind by all of page h (2 + 5 words) plus what changed in a and c.
  assert.ok(ja.wordsBehind > 7, `ja words behind: ${ja.wordsBehind}`);
  assert.ok(de.wordsBehind > 0);
  rmSync(root, { recursive: true, force: true });
});

test('500 pairs: a bounded number of git processes for the whole run (counted)', async () => {
  const root = initRepo('l10n-history-many-');
  writeFileSync(path.join(root, 'l10n-lint.config.json'), JSON.stringify(CONFIG));
  const sources: Record<string, string> = { 'l10n-lint.config.json': JSON.stringify(CONFIG), 'en/other.md': '# Other\n', 'de/other-de.md': '# Andere\n', 'ja/other-jp.md': '# その他\n' };
  for (let i = 0; i < 249; i++) {
    sources[`en/p${i}.md`] = page(`Page ${i}`);
    sources[`de/p${i}-de.md`] = translated(`Seite ${i}`, '-de');
    sources[`ja/p${i}-jp.md`] = translated(`ページ ${i}`, '-jp');
  }
  commit(root, '2024-01-01T10:00:00Z', 'All pages', sources);
  const changed: Record<string, string> = {};
  for (let i = 0; i < 249; i += 3) changed[`en/p${i}.md`] = page(`Page ${i}`, '\n## New\n\nMore text here.\n');
  commit(root, '2024-01-02T10:00:00Z', 'Change every third page', changed);
  commit(root, '2024-01-03T10:00:00Z', 'Reflow page 1', { 'en/p1.md': page('Page 1').replace('# Page 1\n', '# Page 1   \n\n') });
  const { result, calls } = await countGitProcesses(() => lint({ cwd: root, rules: ['stale-translation'] }));
  assert.is(result.summary.pairs, 500);
  assert.is(result.diagnostics.length, 2 * 83, 'every third page stale in both locales, the reflowed one not');
  assert.ok(calls.length <= 5, `git ran ${calls.length} times:\n${calls.join('\n')}`);
  assert.ok(calls.some((c) => c.includes('--name-status')), 'one log over the folders');
  rmSync(root, { recursive: true, force: true });
});

test.after(() => rmSync(repo.root, { recursive: true, force: true }));

test.run();
