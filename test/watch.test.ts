// `l10n-lint --watch`, end to end in a child process: it prints the report, then, after a
// page is saved, only the findings that are new (+) and fixed (-). Every wait is bounded and
// the child is always killed.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir, repoRoot } from './helpers/fixtures.js';
import { diffFindings, formatChanges } from '../src/watch/index.js';
import type { Diagnostic, LintResult } from '../src/types.js';

const bin = path.join(repoRoot, 'dist', 'src', 'cli.js');

/** Resolves when `read()` satisfies `test`, polling every 50 ms; rejects after `ms`. */
async function until(read: () => string, test: (text: string) => boolean, what: string, ms = 30_000): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const text = read();
    if (test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; got:\n${read()}`);
}

const test = suite('watch: --watch prints what changed');

test('a saved translation: its fixed and new findings, and nothing else', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-watch-'));
  cpSync(path.join(fixturesDir, 'lsp', 'basic'), dir, { recursive: true });
  const child = spawn(process.execPath, [bin, '--watch', '--cache', '--config', path.join(dir, 'l10n-lint.config.json')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  try {
    await until(() => stderr, (t) => /watching 2 folders/.test(t), 'the watcher to be ready');
    assert.match(stdout, /configure\.md` (\(not found\) )?has no `-de` suffix/, 'the first run prints the report');
    const before = stdout.length;
    // Fix the link and drop the second heading.
    const file = path.join(dir, 'de', 'guide-de.md');
    const text = readFileSync(file, 'utf8').replace('(configure.md)', '(configure-de.md)').replace(/# Prüfen\n\n/, '');
    writeFileSync(file, text);
    const out = (await until(() => stdout.slice(before), (t) => /changed:/.test(t) && t.endsWith('\n'), 'the re-lint after the save')).trim().split('\n');
    assert.match(out[0], /^\[\d\d:\d\d:\d\d\] de\/guide-de\.md changed: 1 new, 1 fixed; now 1 error, 0 warnings$/);
    const added = out.filter((l) => l.startsWith('  + '));
    const fixed = out.filter((l) => l.startsWith('  - ')).sort();
    assert.is(added.length, 1);
    assert.match(added[0], /^ {2}\+ de\/guide-de\.md:\d+:\d+: .*Verify.* \[heading-structure\]$/);
    // The link was wrong and pointed at nothing: one link-target finding (one cause, one finding).
    assert.is(fixed.length, 1);
    assert.match(fixed[0], /\[link-target\]$/);
    // Ctrl+C (SIGTERM here) stops it cleanly: the watcher closes and the process ends with 0.
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.is(await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]), 0);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--watch with --fix or --format is a usage error (exit 2), before anything is linted or watched', () => {
  for (const extra of [['--fix'], ['--format', 'json']]) {
    const run = spawnSync(process.execPath, [bin, '--watch', ...extra, '--config', path.join(fixturesDir, 'lsp', 'basic', 'l10n-lint.config.json')], { encoding: 'utf8', timeout: 20_000 });
    assert.is(run.status, 2, extra.join(' '));
    assert.match(run.stderr, /--watch prints what changed on the terminal/);
  }
});

const finding = (fingerprint: string, line: number): Diagnostic => ({
  ruleId: 'link-target', messageId: 'm', severity: 'error', message: `m${fingerprint}`, file: 'de/a-de.md', locale: 'de-DE', set: 's', sourceFile: 'en/a.md', line, column: 1, fingerprint,
});

test('diffFindings: matched by fingerprint, so a finding that moved lines is neither new nor fixed', () => {
  const { added, fixed } = diffFindings([finding('a', 3), finding('b', 5)], [finding('a', 4), finding('c', 9)]);
  assert.equal(added.map((d) => d.fingerprint), ['c']);
  assert.equal(fixed.map((d) => d.fingerprint), ['b']);
  // A finding whose key moved (a paragraph added above) but whose message differs only in line numbers is the same finding.
  const shifted = (fingerprint: string, line: number): Diagnostic => ({ ...finding(fingerprint, line), message: `Inline code \`x\` is missing (as in en line ${line + 2}).` });
  const moved = diffFindings([shifted('p', 10), finding('q', 3)], [shifted('p2', 12)]);
  assert.equal(moved.added, []);
  assert.equal(moved.fixed.map((d) => d.fingerprint), ['q']);
  const result = { summary: { errors: 2, warnings: 0 }, diagnostics: [finding('a', 4)] } as unknown as LintResult;
  assert.is(formatChanges(['de/a-de.md'], [finding('a', 3)], result, '10:00:00'), '[10:00:00] de/a-de.md changed: no new or fixed findings; now 2 errors, 0 warnings\n');
});

test.run();
