// A rule example (meta.docs.examples) as a content set: its config and its files. One place
// for both readers of an example: test/rule-examples.test.ts writes it to a folder and lints
// it, scripts/rule-docs.ts shows it in docs/rules/<id>.md, so the page shows what ran.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RuleExample, RuleMeta } from '../src/types.js';

export const SOURCE_LOCALE = 'en-US';
export const SOURCE_DIR = 'en';

/** The locale's folder and file suffix: its language (`de-DE` -> `de/`, `-de`), and `-jp` for Japanese, the house convention. */
export function localeLayout(code: string): { dir: string; suffix: string } {
  const language = code.split('-')[0].toLowerCase();
  return { dir: language, suffix: language === 'ja' ? '-jp' : `-${language}` };
}

export const exampleLocale = (example: RuleExample): string => example.localeCode ?? 'de-DE';
export const examplePage = (example: RuleExample): string => example.page ?? 'guide.md';

/** Where the example's canonical page is written, relative to the config's dir. */
export const canonicalPath = (example: RuleExample): string => `${SOURCE_DIR}/${examplePage(example)}`;

/** Where the example's locale page is written: the source name with the locale's suffix (none for keepNames). */
export function localePath(example: RuleExample): string {
  const { dir, suffix } = { ...localeLayout(exampleLocale(example)), ...(example.localeConfig as { dir?: string; suffix?: string } | undefined) };
  const page = examplePage(example);
  const keep = /(^|\/)(index\.md|toc\.yml)$/.test(page);
  const ext = path.posix.extname(page);
  return `${dir}/${keep ? page : page.slice(0, page.length - ext.length) + suffix + ext}`;
}

/** The config the example runs with: the default layout, then the example's own keys, and the rule's options if it has any (the run turns on that rule alone). */
export function exampleConfig(example: RuleExample, meta: Pick<RuleMeta, 'id' | 'defaultSeverity'>): Record<string, unknown> {
  const code = exampleLocale(example);
  const set = {
    name: 'docs',
    source: { locale: SOURCE_LOCALE, dir: SOURCE_DIR, ...example.source },
    locales: [{ locale: code, ...localeLayout(code), ...example.localeConfig }],
    include: ['**/*.md'],
    keepNames: ['index.md', 'toc.yml'],
    ...example.set,
  };
  return { sets: [set], ...example.config, ...(example.options ? { rules: { [meta.id]: [meta.defaultSeverity, example.options] } } : {}) };
}

/** Every file of the example after its commits, by path relative to the config's dir: the pages first, then `files`. */
export function exampleFiles(example: RuleExample): Array<{ path: string; text: string; encoding: 'utf8' | 'utf16le' }> {
  const out: Array<{ path: string; text: string; encoding: 'utf8' | 'utf16le' }> = [];
  if (example.canonical !== null) out.push({ path: canonicalPath(example), text: example.canonical, encoding: 'utf8' });
  if (example.locale !== null) out.push({ path: localePath(example), text: example.locale, encoding: example.localeEncoding ?? 'utf8' });
  for (const [file, text] of Object.entries(example.files ?? {})) out.push({ path: file, text, encoding: 'utf8' });
  return out;
}

function writeText(root: string, rel: string, text: string, encoding: 'utf8' | 'utf16le' = 'utf8'): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text);
}

/**
 * Git with no user or system config, none of the caller's GIT_* variables (a hook's
 * GIT_DIR, GIT_DEFAULT_HASH) and fixed dates, so the same commits get the same hashes on
 * every machine (an example's finding names them).
 */
function git(cwd: string, args: string[], date?: string): void {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  const env = { ...inherited, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  execFileSync('git', ['-c', 'user.name=Docs Team', '-c', 'user.email=docs@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env, stdio: 'ignore' });
}

/** Writes the example into `root` (an empty folder): its commits first, if any, then the config and its files. */
export function writeExample(root: string, example: RuleExample, meta: Pick<RuleMeta, 'id' | 'defaultSeverity'>): void {
  if (example.commits?.length) {
    git(root, ['init', '-q']);
    for (const commit of example.commits) {
      for (const [rel, text] of Object.entries(commit.files)) writeText(root, rel, text);
      git(root, ['add', '--', ...Object.keys(commit.files)]);
      git(root, ['commit', '-q', '-m', commit.subject], commit.date);
    }
  }
  writeText(root, 'l10n-lint.config.json', JSON.stringify(exampleConfig(example, meta), null, 2) + '\n');
  for (const file of exampleFiles(example)) writeText(root, file.path, file.text, file.encoding);
}
