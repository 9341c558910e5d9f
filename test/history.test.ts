// stale-translation against a throwaway git repository whose commits have known dates:
// exactly the stale pairs are named, with the commit that made them stale; whitespace-only
// source commits do not count; a front-matter pin is honoured; a shallow clone, a file
// never committed and a directory outside git are told as info findings, never a crash.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../src/index.js';
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
  // Off by default (it runs git for every pair).
  rules: { 'stale-translation': 'warn' },
};

function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function write(root: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

/** Commits the given files at a date; returns the commit hash. */
function commit(root: string, date: string, message: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) write(root, rel, text);
  git(root, ['add', '--', ...Object.keys(files)]);
  git(root, ['commit', '-q', '-m', message], date);
  return git(root, ['rev-parse', 'HEAD']);
}

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

test('a pin that is not a commit hash is a finding; a pin to an unknown commit is an info note', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-pins-'));
  cpSync(repo.root, root, { recursive: true });
  write(root, 'de/d-de.md', readFileSync(path.join(root, 'de/d-de.md'), 'utf8').replace(/sourceCommit: \w+/, 'sourceCommit: latest'));
  write(root, 'ja/d-jp.md', readFileSync(path.join(root, 'ja/d-jp.md'), 'utf8').replace(/sourceCommit: \w+/, 'sourceCommit: 0123456789abcdef'));
  const found = await staleFindings(root);
  const de = found.find((d) => d.file === 'de/d-de.md')!;
  const ja = found.find((d) => d.file === 'ja/d-jp.md')!;
  assert.is(de.message, 'Front-matter pin `l10n.sourceCommit: latest` is not a commit hash; expected the hash of the source commit this translation was made from.');
  assert.is(ja.severity, 'info');
  assert.is(ja.message, 'Could not tell whether this translation is stale: the pinned source commit `0123456789abcdef` (l10n.sourceCommit) is not a commit of this repository.');
  rmSync(root, { recursive: true, force: true });
});

test('a locale file never committed is an info note naming the file', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-new-'));
  cpSync(repo.root, root, { recursive: true });
  commit(root, '2024-03-02T10:00:00Z', 'Add page e', { 'en/e.md': page('Page e'), 'de/e-de.md': translated('Seite e', '-de') });
  write(root, 'ja/e-jp.md', translated('ページ e', '-jp'));
  const found = (await staleFindings(root)).filter((d) => d.file.includes('/e-'));
  assert.equal(found.map((d) => [d.file, d.severity, d.message]), [
    ['ja/e-jp.md', 'info', 'Could not tell whether this translation is stale: ja/e-jp.md has no commits yet, so there is nothing to compare with the source\'s history.'],
  ]);
  rmSync(root, { recursive: true, force: true });
});

test('a shallow clone says once what it cannot determine, as info, without crashing', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-shallow-'));
  git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.root}`, root]);
  const boundary = git(root, ['rev-parse', 'HEAD']).slice(0, 7);
  const found = await staleFindings(root);
  assert.equal(found.map((d) => [d.file, d.severity]), [['de/a-de.md', 'info']]);
  assert.is(
    found[0].message,
    `Could not tell whether this translation is stale: this is a shallow clone whose history stops at ${boundary}, so for de/a-de.md and every other translation last changed (or pinned) at or before that point, whether the source changed after it cannot be determined; fetch more history with \`git fetch --deepen=<n>\` or \`git fetch --unshallow\`.`,
  );
  rmSync(root, { recursive: true, force: true });
});

test('in a shallow clone, a source change after the cut still makes a translation stale', async () => {
  const origin = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-origin-'));
  cpSync(repo.root, origin, { recursive: true });
  const change = commit(origin, '2024-04-01T10:00:00Z', 'Add a section to page b', { 'en/b.md': page('Page b', '\n## Support\n\nAsk us.\n') });
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-cut-'));
  // Two commits: the pins (where the history stops) and the change to page b.
  git(os.tmpdir(), ['clone', '-q', '--depth', '2', `file://${origin}`, root]);
  const found = await staleFindings(root);
  const stale = found.filter((d) => d.severity === 'warning');
  assert.equal(stale.map((d) => [d.file, d.expected]), [['de/b-de.md', change], ['ja/b-jp.md', change]]);
  assert.match(stale[0].message, 'since then: 1 section added ("Support").');
  assert.equal(found.filter((d) => d.severity === 'info').length, 1, 'what the cut hides is told once');
  rmSync(origin, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

test('outside a git repository: one info note for the whole run', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-history-nogit-'));
  cpSync(repo.root, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
  const found = await staleFindings(root);
  assert.is(found.length, 1);
  assert.is(found[0].severity, 'info');
  assert.match(found[0].message, 'is not in a git repository, so no translation\'s history can be read');
  rmSync(root, { recursive: true, force: true });
});

test.after(() => rmSync(repo.root, { recursive: true, force: true }));

test.run();
