import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Ajv } from 'ajv';
import { runCli } from '../src/cli.js';
import { repoRoot, fixturesDir } from './helpers/fixtures.js';

const test = suite('cli');
const demoConfig = path.join(repoRoot, 'demo/l10n-lint.config.json');

async function cli(args: string[], cwd = repoRoot) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false });
  return { code, stdout, stderr };
}

const reportSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

test('demo set: findings, exit 1, stylish grouped by file with a per-locale summary', async () => {
  const { code, stdout } = await cli(['--config', demoConfig]);
  assert.is(code, 1);
  assert.match(stdout, /es-ES\/status-list-es\.md \(es-ES\)\n/);
  assert.match(stdout, /has no `-es` suffix; expected `status-details-es\.md#/);
  assert.match(stdout, /locale\s+errors\s+warnings\s+missing\s+files/);
});

test('--format json validates against schema/report.schema.json and agrees with its summary', async () => {
  const { code, stdout } = await cli(['--config', demoConfig, '--format', 'json']);
  assert.is(code, 1);
  const report: any = JSON.parse(stdout);
  assert.ok(validateReport(report as unknown), JSON.stringify(validateReport.errors));
  assert.is(report.summary.errors, report.diagnostics.filter((d: any) => d.severity === 'error').length);
  const byRule: Record<string, number> = {};
  for (const d of report.diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  assert.equal(report.summary.byRule, byRule);
  const keys = report.diagnostics.map((d: any) => [d.file, d.line ?? 0, d.column ?? 0]);
  const sorted = [...keys].sort((a: any, b: any) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
  assert.equal(keys, sorted, 'diagnostics sorted by file, line, column');
});

test('a clean set exits 0', async () => {
  const dir = path.join(fixturesDir, 'rules/link-target/valid-mapped-targets');
  const config = path.join(mkdtempSync(path.join(os.tmpdir(), 'l10n-cli-')), 'c.json');
  writeFileSync(config, JSON.stringify({ sets: [{ name: 's', source: { locale: 'en-US', dir: path.join(dir, 'en') }, locales: [{ locale: 'de-DE', dir: path.join(dir, 'de'), suffix: '-de' }, { locale: 'ja-JP', dir: path.join(dir, 'ja'), suffix: '-jp' }] }], labels: { pattern: '^L\\d+ - ' }, allowOutsideRoot: true, rules: { 'stale-translation': 'off' } }));
  const { code, stdout } = await cli(['--config', config]);
  assert.is(code, 0, stdout);
  assert.match(stdout, /No drift/);
});

test('config and usage errors exit 2 with one line on stderr and nothing on stdout', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-cli-'));
  writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ sets: [{ name: 's', locales: [{ locale: 'de-DE', dir: 'de', suffix: 1 }] }] }));
  for (const args of [['--config', 'bad.json'], ['--config', 'missing.json'], ['--config', demoConfig, '--rule', 'no-such-rule'], ['--config', demoConfig, '--format', 'pdf'], ['--config', demoConfig, '--max-warnings', 'many']]) {
    const { code, stdout, stderr } = await cli(args, dir);
    assert.is(code, 2, args.join(' '));
    assert.is(stdout, '');
    assert.match(stderr, /^l10n-lint: /);
    assert.is(stderr.trim().split('\n').length, 1, stderr);
  }
  const bad = await cli(['--config', 'bad.json'], dir);
  assert.match(bad.stderr, '/sets/0/locales/0/suffix');
});

test('several --format/--output pairs from one run; files written, stdout empty', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-cli-'));
  const { code, stdout } = await cli(['--config', demoConfig, '--format', 'json', '--output', path.join(dir, 'r.json'), '--format', 'stylish', '--output', path.join(dir, 'r.txt')]);
  assert.is(code, 1);
  assert.is(stdout, '');
  assert.ok(validateReport(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'))));
  assert.match(readFileSync(path.join(dir, 'r.txt'), 'utf8'), /problems/);
});

test('--locale and --rule narrow the run; --quiet drops warnings; --max-warnings', async () => {
  const only = JSON.parse((await cli(['--config', demoConfig, '--format', 'json', '--locale', 'es-ES', '--rule', 'link-target'])).stdout);
  assert.ok(only.diagnostics.length > 0);
  assert.ok(only.diagnostics.every((d: any) => d.locale === 'es-ES' && d.ruleId === 'link-target'));
  const quiet = JSON.parse((await cli(['--config', demoConfig, '--format', 'json', '--quiet'])).stdout);
  assert.ok(quiet.diagnostics.every((d: any) => d.severity === 'error'));
  const warnOnly = await cli(['--config', demoConfig, '--rule', 'invisible-chars', '--max-warnings', '0']);
  assert.is(warnOnly.code, 1);
  assert.match(warnOnly.stderr, /more than --max-warnings 0/);
  assert.is((await cli(['--config', demoConfig, '--rule', 'invisible-chars'])).code, 0);
});

test('the bin runs as a process: exit codes are real', () => {
  const bin = path.join(repoRoot, 'dist/src/cli.js');
  const run = spawnSync(process.execPath, [bin, '--config', demoConfig, '--format', 'json'], { encoding: 'utf8' });
  assert.is(run.status, 1, run.stderr);
  assert.ok(JSON.parse(run.stdout).diagnostics.length > 0);
  const bad = spawnSync(process.execPath, [bin, '--config', 'nope.json'], { encoding: 'utf8' });
  assert.is(bad.status, 2);
  const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  assert.is(version.status, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});

test('the bin works through the symlink npm installs, and a closed pipe is no crash', () => {
  const bin = path.join(repoRoot, 'dist/src/cli.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-bin-'));
  const link = path.join(dir, 'l10n-lint');
  symlinkSync(bin, link);
  const viaLink = spawnSync(process.execPath, [link, '--version'], { encoding: 'utf8' });
  assert.is(viaLink.status, 0);
  assert.match(viaLink.stdout, /^\d+\.\d+\.\d+/, 'the CLI ran (a symlinked bin must not be mistaken for an import)');
  const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" --config "${demoConfig}" | head -1`], { encoding: 'utf8' });
  assert.is(piped.stdout.split('\n').filter(Boolean).length, 1);
  assert.not.match(piped.stderr, /EPIPE|Unhandled/);
});

test.run();
