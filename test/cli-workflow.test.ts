// The CI and team workflow, end to end through the CLI in a throwaway git repository:
// --changed-since, the baseline, sharding and merge, and the exit codes around them.
// The content set is written here: en/ (source), de/ (-de), ja/ (-jp), pages that link to
// each other (one across pages to a heading anchor), `L1 - ` labels and a change-log table.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { runCli } from '../src/cli.js';
import { DEFAULT_CASE_CONFIG, repoRoot } from './helpers/fixtures.js';
import type { Diagnostic, LintResult } from '../src/types.js';

type Lang = 'en' | 'de' | 'ja';

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    suffix: '',
    title: 'Partner guide',
    lead: 'Read this page before you contact the customer.',
    h1: 'L1 - Status unknown',
    p1: 'The customer could not be reached to confirm their intent.',
    next: 'L2 - Next steps',
    h2: 'L1 - In progress',
    anchor: 'l1---in-progress',
    p2: 'The customer is deploying the service.',
    refresh: 'Refresh summary',
    columns: 'Date | Who changed | What changed',
    row: 'General maintenance',
  },
  de: {
    suffix: '-de',
    title: 'Partnerleitfaden',
    lead: 'Lesen Sie diese Seite, bevor Sie den Kunden kontaktieren.',
    h1: 'L1 - Status unbekannt',
    p1: 'Der Kunde konnte nicht erreicht werden, um seine Absicht zu bestätigen.',
    next: 'L2 - Nächste Schritte',
    h2: 'L1 - In Bearbeitung',
    anchor: 'l1---in-bearbeitung',
    p2: 'Der Kunde stellt den Dienst bereit.',
    refresh: 'Zusammenfassung der Aktualisierung',
    columns: 'Datum | Geändert durch | Änderung',
    row: 'Allgemeine Wartung',
  },
  ja: {
    suffix: '-jp',
    title: 'パートナー ガイド',
    lead: '顧客に連絡する前にこのページをお読みください。',
    h1: 'L1 - ステータス不明',
    p1: '意図を確認するために顧客に連絡できませんでした。',
    next: 'L2 - 次の手順',
    h2: 'L1 - 進行中',
    anchor: 'l1---進行中',
    p2: '顧客はサービスを展開しています。',
    refresh: '概要の更新',
    columns: '日付 | 変更者 | 変更内容',
    row: '全般メンテナンス',
  },
};

interface PageOptions {
  /** The link target, as written (default: the next page, suffixed, to its second heading). */
  link?: string;
  /** Put the lead paragraph at the end instead of the start ("move a paragraph"). */
  leadAtEnd?: boolean;
  /** Override words (to inject drift). */
  words?: Partial<Record<string, string>>;
}

function page(lang: Lang, linkTo: string, options: PageOptions = {}): string {
  const w = { ...WORDS[lang], ...options.words };
  const link = options.link ?? `${linkTo}${w.suffix}.md#${w.anchor}`;
  const lead = [w.lead, ''];
  return [
    '---',
    `title: ${w.title}`,
    '---',
    ...(options.leadAtEnd ? [] : lead),
    `# ${w.h1}`,
    '',
    w.p1,
    '',
    `-  [${w.next}](${link})`,
    '',
    `# ${w.h2}`,
    '',
    w.p2,
    '',
    `## ${w.refresh}`,
    '',
    `| ${w.columns} |`,
    '| ---------- | ------------- | ------------- |',
    `| 03/27/2020 | Celia Kennedy | ${w.row} |`,
    '',
    ...(options.leadAtEnd ? lead : []),
  ].join('\n');
}

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

class Repo {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-lint-workflow-'));

  write(rel: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.dir, rel)), { recursive: true });
    writeFileSync(path.join(this.dir, rel), text);
  }

  remove(rel: string): void {
    unlinkSync(path.join(this.dir, rel));
  }

  commit(message: string): void {
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '-m', message);
  }

  async cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: this.dir, isTTY: false });
    return { code, stdout, stderr };
  }

  async json(...args: string[]): Promise<{ code: number; report: LintResult; stderr: string }> {
    const { code, stdout, stderr } = await this.cli(...args, '--format', 'json');
    assert.ok(stdout.startsWith('{'), `no JSON report (exit ${code}): ${stderr}`);
    return { code, report: JSON.parse(stdout), stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The corpus: guide, setup and faq in en; de has all three and an orphan old-de.md; ja has
 * no faq (missing), a link without its suffix in setup (link-target, link-broken) and an
 * English anchor into another page in guide (link-broken, found only by reading setup).
 */
function writeCorpus(repo: Repo, options: { leadAtEnd?: boolean } = {}): void {
  const o = { leadAtEnd: options.leadAtEnd };
  repo.write('l10n-lint.config.json', JSON.stringify(DEFAULT_CASE_CONFIG, null, 2));
  repo.write('en/guide.md', page('en', 'setup', o));
  repo.write('en/setup.md', page('en', 'guide', o));
  repo.write('en/faq.md', page('en', 'guide', o));
  repo.write('de/guide-de.md', page('de', 'setup', o));
  repo.write('de/setup-de.md', page('de', 'guide', o));
  repo.write('de/faq-de.md', page('de', 'guide', o));
  repo.write('de/old-de.md', page('de', 'guide', o));
  repo.write('ja/guide-jp.md', page('ja', 'setup', { ...o, link: 'setup-jp.md#l1---in-progress' }));
  repo.write('ja/setup-jp.md', page('ja', 'guide', { ...o, link: 'guide.md#l1---進行中' }));
}

function newRepo(): Repo {
  const repo = new Repo();
  git(repo.dir, 'init', '-q');
  writeCorpus(repo);
  repo.commit('corpus');
  return repo;
}

const files = (report: LintResult) => [...new Set(report.diagnostics.map((d) => d.file))].sort();
const describe = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.file}:${d.line ?? '-'} ${d.ruleId} ${d.message}`).join('\n');

// ---------------------------------------------------------------------------

const changed = suite('workflow: --changed-since');

changed('the corpus itself has the drift it was written with', async () => {
  const repo = newRepo();
  try {
    const { code, report } = await repo.json();
    assert.is(code, 1);
    assert.equal(files(report), ['de/old-de.md', 'ja/faq-jp.md', 'ja/guide-jp.md', 'ja/setup-jp.md'], describe(report.diagnostics));
    assert.ok(report.diagnostics.some((d) => d.file === 'ja/guide-jp.md' && d.ruleId === 'link-broken' && d.messageId === 'missingAnchor'), describe(report.diagnostics));
    assert.is(report.summary.pairs, 5);
  } finally {
    repo.dispose();
  }
});

changed('nothing changed: nothing linted, exit 0', async () => {
  const repo = newRepo();
  try {
    const { code, report } = await repo.json('--changed-since', 'HEAD');
    assert.is(code, 0, describe(report.diagnostics));
    assert.is(report.summary.pairs, 0);
    assert.equal(report.diagnostics, []);
  } finally {
    repo.dispose();
  }
});

changed('a changed locale file reports only its pair', async () => {
  const repo = newRepo();
  try {
    repo.write('de/setup-de.md', page('de', 'guide', { words: { next: 'L2 Nächste Schritte' } }));
    const { code, report } = await repo.json('--changed-since', 'HEAD');
    assert.is(report.summary.pairs, 1);
    assert.equal(files(report), ['de/setup-de.md'], describe(report.diagnostics));
    assert.ok(report.diagnostics.some((d) => d.ruleId === 'label-prefix'), describe(report.diagnostics));
    assert.is(code, 1);
  } finally {
    repo.dispose();
  }
});

changed('a changed source file re-checks all its locales (committed changes count too)', async () => {
  const repo = newRepo();
  try {
    repo.write('en/guide.md', page('en', 'setup', { words: { refresh: 'Change log' } }).replace('## Change log', '## Change log\n\n## Owners'));
    repo.commit('a new heading in the source guide');
    const { report } = await repo.json('--changed-since', 'HEAD~1');
    assert.is(report.summary.pairs, 2);
    const missing = report.diagnostics.filter((d) => d.ruleId === 'heading-structure');
    assert.equal(missing.map((d) => d.file).sort(), ['de/guide-de.md', 'ja/guide-jp.md'], describe(report.diagnostics));
    // ja's guide had drift before (the anchor); its pair is re-checked, so it is reported too.
    assert.ok(report.diagnostics.some((d) => d.file === 'ja/guide-jp.md' && d.messageId === 'missingAnchor'));
    assert.not.ok(report.diagnostics.some((d) => d.file === 'ja/setup-jp.md' || d.file === 'de/old-de.md' || d.file === 'ja/faq-jp.md'), describe(report.diagnostics));
  } finally {
    repo.dispose();
  }
});

changed('added, untracked and deleted files give their file-level findings, and only theirs', async () => {
  const repo = newRepo();
  try {
    repo.remove('en/faq.md'); // de/faq-de.md becomes an orphan; ja/faq-jp.md is no longer missing
    repo.write('en/news.md', page('en', 'guide')); // untracked: missing in de and ja
    const { report } = await repo.json('--changed-since', 'HEAD');
    const lines = report.diagnostics.map((d) => `${d.ruleId} ${d.file}`).sort();
    assert.equal(lines, ['file-missing de/news-de.md', 'file-missing ja/news-jp.md', 'file-orphan de/faq-de.md'], describe(report.diagnostics));
  } finally {
    repo.dispose();
  }
});

changed('a renamed locale file: its new name is checked, its old name is gone', async () => {
  const repo = newRepo();
  try {
    git(repo.dir, 'mv', 'de/old-de.md', 'de/faq.md'); // misnamed (no -de) and competing with faq-de.md
    const { report } = await repo.json('--changed-since', 'HEAD');
    assert.equal(report.diagnostics.map((d) => `${d.ruleId} ${d.file}`), ['file-naming de/faq.md'], describe(report.diagnostics));
  } finally {
    repo.dispose();
  }
});

changed('a changed config file re-checks every pair', async () => {
  const repo = newRepo();
  try {
    repo.write('l10n-lint.config.json', JSON.stringify(DEFAULT_CASE_CONFIG));
    const { report } = await repo.json('--changed-since', 'HEAD');
    const full = await repo.json();
    assert.equal(report, full.report);
  } finally {
    repo.dispose();
  }
});

changed('an unknown ref, or a directory outside git, is exit 2 with one clear line', async () => {
  const repo = newRepo();
  const outside = mkdtempSync(path.join(os.tmpdir(), 'l10n-lint-nogit-'));
  try {
    let run = await repo.cli('--changed-since', 'no-such-branch');
    assert.is(run.code, 2);
    assert.is(run.stdout, '');
    assert.match(run.stderr, /unknown git ref "no-such-branch"/);
    run = await repo.cli('--changed-since', '--upload-pack=evil');
    assert.is(run.code, 2, run.stderr);
    writeFileSync(path.join(outside, 'l10n-lint.config.json'), JSON.stringify(DEFAULT_CASE_CONFIG));
    let stderr = '';
    const code = await runCli(['--changed-since', 'HEAD'], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: outside, isTTY: false });
    assert.is(code, 2);
    assert.match(stderr, /needs a git repository/);
  } finally {
    repo.dispose();
    rmSync(outside, { recursive: true, force: true });
  }
});

changed.run();

// ---------------------------------------------------------------------------

const baseline = suite('workflow: baseline');
const baselineSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/baseline.schema.json'), 'utf8'));
const validateBaseline = new Ajv({ strict: false }).compile(baselineSchema);

baseline('update, then move a paragraph and add one new drift: exactly the new drift is reported', async () => {
  const repo = newRepo();
  try {
    const before = await repo.json();
    const update = await repo.cli('--update-baseline');
    assert.is(update.code, 0, update.stdout + update.stderr);
    assert.match(update.stderr, new RegExp(`wrote ${before.report.diagnostics.length} findings`));
    const file = path.join(repo.dir, '.l10n-lint-baseline.json');
    const written: { findings: Record<string, { count: number }> } = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(validateBaseline(written), JSON.stringify(validateBaseline.errors));
    const counted = Object.values(written.findings).reduce((n, e) => n + e.count, 0);
    assert.is(counted, before.report.diagnostics.length);

    // Nothing new: nothing reported, exit 0.
    const clean = await repo.json('--baseline');
    assert.is(clean.code, 0, describe(clean.report.diagnostics));
    assert.equal(clean.report.diagnostics, []);

    // Move the lead paragraph to the end of every page (every finding changes line), and
    // add one new drift: a malformed label in a link of de's guide.
    writeCorpus(repo, { leadAtEnd: true });
    repo.write('de/guide-de.md', page('de', 'setup', { leadAtEnd: true, words: { next: 'L2 Nächste Schritte' } }));
    const after = await repo.json('--baseline');
    assert.is(after.report.diagnostics.length, 1, describe(after.report.diagnostics));
    const [drift] = after.report.diagnostics;
    assert.is(drift.file, 'de/guide-de.md');
    assert.is(drift.ruleId, 'label-prefix');
    assert.is(after.report.summary.errors + after.report.summary.warnings + after.report.summary.infos, 1);
    const stylish = await repo.cli('--baseline');
    assert.match(stylish.stdout, new RegExp(`Baseline: ${before.report.diagnostics.length} known findings not shown\\.`));
  } finally {
    repo.dispose();
  }
});

baseline('a fingerprint with count n absorbs n findings; fixed findings are counted', async () => {
  const repo = newRepo();
  try {
    await repo.cli('--update-baseline', '--baseline', 'accepted.json');
    // Fix ja's setup link (one finding gone: a wrong target that is also missing is one
    // link-target finding); a second copy of the orphan is new.
    repo.write('ja/setup-jp.md', page('ja', 'guide'));
    repo.write('de/old-2-de.md', page('de', 'guide'));
    const { report } = await repo.json('--baseline', 'accepted.json');
    assert.equal(report.diagnostics.map((d) => `${d.ruleId} ${d.file}`), ['file-orphan de/old-2-de.md'], describe(report.diagnostics));
    const stylish = await repo.cli('--baseline', 'accepted.json');
    assert.match(stylish.stdout, /Baseline: \d+ known findings not shown; 1 baselined finding is gone: run --update-baseline/);
  } finally {
    repo.dispose();
  }
});

baseline('a bad baseline file is exit 2 with a clear message, and nothing is linted', async () => {
  const repo = newRepo();
  try {
    const cases: Array<[string, string, RegExp]> = [
      ['missing.json', '', /does not exist; create it with --update-baseline/],
      ['not-json.json', '{ "version": 1, ', /Invalid baseline file .*not-json\.json: not JSON/],
      ['bad-count.json', JSON.stringify({ version: 1, findings: { '0123456789abcdef0123456789abcdef': { count: 0, ruleId: 'link-target', file: 'a.md', message: 'm' } } }), /\/findings\/0123456789abcdef0123456789abcdef\/count: must be >= 1/],
      ['bad-key.json', JSON.stringify({ version: 1, findings: {}, extra: true }), /unknown property "extra"/],
    ];
    for (const [name, text, message] of cases) {
      if (text) repo.write(name, text);
      const run = await repo.cli('--baseline', name);
      assert.is(run.code, 2, `${name}: ${run.stderr}`);
      assert.is(run.stdout, '', name);
      assert.match(run.stderr, message);
    }
    const narrowed = await repo.cli('--update-baseline', '--locale', 'de-DE');
    assert.is(narrowed.code, 2);
    assert.match(narrowed.stderr, /cannot be combined/);
    assert.not.ok(existsSync(path.join(repo.dir, '.l10n-lint-baseline.json')), 'nothing written on exit 2');
  } finally {
    repo.dispose();
  }
});

baseline.run();

// ---------------------------------------------------------------------------

const shards = suite('workflow: --shard and merge');

shards('the merge of --shard 1/3, 2/3 and 3/3 equals the unsharded report', async () => {
  const repo = newRepo();
  try {
    const full = await repo.json();
    const parts: string[] = [];
    const pairsPerShard: number[] = [];
    for (const i of [1, 2, 3]) {
      const out = `shard-${i}.json`;
      const run = await repo.cli('--shard', `${i}/3`, '--format', 'json', '--output', out);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      const part: LintResult = JSON.parse(readFileSync(path.join(repo.dir, out), 'utf8'));
      pairsPerShard.push(part.summary.pairs);
      parts.push(out);
    }
    assert.ok(pairsPerShard.every((n) => n > 0), `every shard gets pairs: ${pairsPerShard}`);
    const merged = await repo.cli('merge', ...parts, '--format', 'json');
    assert.is(merged.code, full.code, merged.stderr);
    const report: LintResult = JSON.parse(merged.stdout);
    assert.equal(report.diagnostics, full.report.diagnostics);
    assert.equal(report.summary, full.report.summary);

    // File-level findings are reported by exactly one shard each.
    const perShard = parts.map((p) => (JSON.parse(readFileSync(path.join(repo.dir, p), 'utf8')) as LintResult).diagnostics);
    for (const d of full.report.diagnostics.filter((x) => x.line === undefined)) {
      assert.is(perShard.filter((ds) => ds.some((x) => x.fingerprint === d.fingerprint)).length, 1, `${d.ruleId} ${d.file}`);
    }

    // Any format renders from the merge.
    const sarif = await repo.cli('merge', ...parts, '--format', 'sarif');
    assert.is(JSON.parse(sarif.stdout).runs[0].results.length, full.report.diagnostics.length);
  } finally {
    repo.dispose();
  }
});

shards('a shard is deterministic: the same pairs on every run', async () => {
  const repo = newRepo();
  try {
    const a = await repo.json('--shard', '2/3');
    const b = await repo.json('--shard', '2/3');
    assert.equal(a.report, b.report);
  } finally {
    repo.dispose();
  }
});

shards('bad shard specs and bad reports are exit 2', async () => {
  const repo = newRepo();
  try {
    for (const spec of ['0/3', '4/3', '1/0', 'a/b', '1']) {
      const run = await repo.cli('--shard', spec);
      assert.is(run.code, 2, spec);
      assert.match(run.stderr, /--shard takes i\/n/);
    }
    repo.write('not-a-report.json', JSON.stringify({ version: 1, diagnostics: [] }));
    const run = await repo.cli('merge', 'not-a-report.json');
    assert.is(run.code, 2);
    assert.match(run.stderr, /not-a-report\.json is not an l10n-lint JSON report: \/: must have required property 'tool'/);
    assert.is((await repo.cli('merge')).code, 2, 'merge needs reports');
  } finally {
    repo.dispose();
  }
});

shards.run();

// ---------------------------------------------------------------------------

const exits = suite('workflow: exit codes and filters');

exits('0 when clean, 1 on errors, --max-warnings turns warnings into exit 1', async () => {
  const repo = newRepo();
  try {
    assert.is((await repo.cli()).code, 1);
    // Only warnings: the orphan (file-orphan) and ja's broken links (link-broken).
    const warnings = await repo.json('--rule', 'file-orphan,link-broken');
    assert.ok(warnings.report.summary.warnings > 0 && warnings.report.summary.errors === 0, describe(warnings.report.diagnostics));
    assert.is(warnings.code, 0);
    assert.is((await repo.cli('--rule', 'file-orphan,link-broken', '--max-warnings', '0')).code, 1);
    assert.is((await repo.cli('--rule', 'file-orphan,link-broken', '--max-warnings', String(warnings.report.summary.warnings))).code, 0);
    assert.is((await repo.cli('--rule', 'heading-structure')).code, 0, 'no heading drift');
  } finally {
    repo.dispose();
  }
});

exits('--quiet shows errors only; --locale and --rule narrow the report', async () => {
  const repo = newRepo();
  try {
    const quiet = await repo.json('--quiet');
    assert.ok(quiet.report.diagnostics.length > 0);
    assert.ok(quiet.report.diagnostics.every((d) => d.severity === 'error'), describe(quiet.report.diagnostics));
    assert.is(quiet.report.summary.warnings, 0);
    const de = await repo.json('--locale', 'de-DE');
    assert.equal(files(de.report), ['de/old-de.md']);
    assert.equal(Object.keys(de.report.summary.byLocale), ['de-DE']);
    const rule = await repo.json('--rule', 'link-target');
    assert.equal([...new Set(rule.report.diagnostics.map((d) => d.ruleId))], ['link-target']);
  } finally {
    repo.dispose();
  }
});

exits.run();
