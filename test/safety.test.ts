// File safety: what l10n-lint reads and writes when the content is hostile (issue 19).
// Every case builds its hostile input in a temporary folder: symbolic links out of the
// content root to a file holding a planted token, FIFOs, devices, foreign files at the
// cache path, concurrent editors. Most cases run the CLI in this process; the few that
// need a process of their own (a device as standard output, a broken pipe, another user)
// spawn one, with a timeout so that a regression fails instead of hanging.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { resolveConfig } from '../src/config/load.js';
import { maxContainerDepth } from '../src/parse.js';
import { readContained } from '../src/io/read.js';
import { replaceFileAtomic, ChangedOnDiskError } from '../src/io/write.js';
import { writeOutputFile } from '../src/io/output-file.js';
import { repoRoot } from './helpers/fixtures.js';
import { cli } from './helpers/cli.js';

const cliPath = path.join(repoRoot, 'dist/src/cli.js');
const isRoot = process.getuid?.() === 0;
const TOKEN = 'PLANTED-SECRET-7f3a9c';
const CONTROL = 'INSIDE-CONTROL-51be02';

const temporaryDirs: string[] = [];
function temporaryDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-lint-safety-'));
  temporaryDirs.push(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}


const CONFIG = {
  sets: [{ name: 'docs', source: { locale: 'en', dir: 'en' }, locales: [{ locale: 'de', dir: 'de', suffix: '-de' }] }],
  labels: { pattern: '^L\\d+ - ' },
  // These temp folders are not in git: without this, every run would add the one note that staleness was not checked.
  rules: { 'stale-translation': 'off' },
};

// A page whose drift would put `target` into findings (link-target, label-prefix) if it were read.
const page = (target: string) => `# L1 – Title\n\nSee [L2 - more](${target}.md).\n`;
const sourcePage = '# L1 - Title\n\nSee [L2 - more](other.md).\n';

/**
 * One content set with: a link out of the root to a file holding TOKEN, a link inside the
 * root to a file holding CONTROL (proof the outputs would show a token that was read),
 * and an outside directory for set-dir links.
 */
function leakySet(): { dir: string; outside: string; secret: string } {
  const base = temporaryDir();
  const dir = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  write(outside, { 'secret.md': page(TOKEN), 'de/page-de.md': page(TOKEN) });
  write(dir, {
    'l10n-lint.config.json': JSON.stringify(CONFIG),
    'en/leak.md': sourcePage,
    'en/inside.md': sourcePage,
    'en/other.md': sourcePage,
    'de/other-de.md': sourcePage,
    'shared/inside.md': page(CONTROL),
  });
  symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'de/leak-de.md'));
  symlinkSync('../shared/inside.md', path.join(dir, 'de/inside-de.md'));
  return { dir, outside, secret: path.join(outside, 'secret.md') };
}

const FORMATS = ['json', 'sarif', 'github', 'junit', 'markdown', 'html'];

// ---------------------------------------------------------------------------------------
const links = suite('safety: symbolic links never lead a read or a write out of the root');

links('a link out of the root is a parse-error, and its planted token appears in no output format', async () => {
  const { dir } = leakySet();
  const args = ['--no-cache'];
  for (const f of FORMATS) args.push('--format', f, '--output', path.join(dir, `out/report.${f}`));
  // The six to files, stylish (last, without an --output) to standard output.
  const { code, stdout, stderr } = await cli([...args, '--format', 'stylish'], dir);
  assert.is(code, 1, stderr);
  const outputs: Record<string, string> = { stylish: stdout };
  for (const f of FORMATS) outputs[f] = readFileSync(path.join(dir, `out/report.${f}`), 'utf8');
  for (const [format, text] of Object.entries(outputs)) {
    assert.not.ok(text.includes(TOKEN), `${format}: the planted token leaked`);
  }
  // The control (a link inside the root) was read and shows up: the check above can fail.
  assert.ok(outputs.json.includes(CONTROL), 'a link inside the root is read');
  const report = JSON.parse(outputs.json);
  const leak = report.diagnostics.filter((d: any) => d.file === 'de/leak-de.md');
  assert.equal(leak.map((d: any) => d.ruleId), ['parse-error']);
  assert.match(leak[0].message, /symbolic link that leaves the content root/);
});

links('--fix through a link out of the root leaves the outside file byte-identical (and fixes the file inside)', async () => {
  const { dir, secret } = leakySet();
  const before = readFileSync(secret);
  const { code, stderr } = await cli(['--no-cache', '--fix'], dir);
  assert.ok(code === 0 || code === 1, stderr);
  assert.equal(readFileSync(secret), before, 'the outside file is unchanged');
  assert.match(readFileSync(path.join(dir, 'shared/inside.md'), 'utf8'), /^# L1 - Title/, 'the file inside the root was fixed through its link');
  assert.ok(lstatSync(path.join(dir, 'de/inside-de.md')).isSymbolicLink(), 'and the link kept');
});

links('a set directory that is a link out of the root is exit 2 with one line; allowOutsideRoot allows it', async () => {
  const { dir, outside } = leakySet();
  rmSync(path.join(dir, 'de'), { recursive: true });
  symlinkSync(path.join(outside, 'de'), path.join(dir, 'de'));
  const refused = await cli(['--no-cache', '--format', 'json'], dir);
  assert.is(refused.code, 2);
  assert.is(refused.stdout, '');
  assert.match(refused.stderr, /^l10n-lint: set directory "de" .* is a symbolic link that leaves the config's directory .*allowOutsideRoot.*\n$/);
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...CONFIG, allowOutsideRoot: true }));
  const allowed = await cli(['--no-cache', '--format', 'json'], dir);
  assert.is(allowed.code, 1, allowed.stderr);
});

links('a folder named "..de" inside the config directory is a name, not a parent; "../de" is outside', () => {
  const dir = temporaryDir();
  const config = (d: string) => resolveConfig({ sets: [{ name: 's', source: { locale: 'en', dir: 'en' }, locales: [{ locale: 'de', dir: d, suffix: '-de' }] }] }, dir, null);
  assert.is(config('..de').sets[0].locales[0].dir, '..de');
  assert.throws(() => config('../de'), /points outside the config's directory/);
  assert.throws(() => config('..'), /points outside the config's directory/);
});

links.run();

// ---------------------------------------------------------------------------------------
const reads = suite('safety: only regular files are read, and never more than the limit');

reads('readContained refuses a FIFO and /dev/zero at once, and a too-large file from its size', () => {
  const dir = temporaryDir();
  spawnSync('mkfifo', [path.join(dir, 'fifo')]);
  const started = Date.now();
  const fifo = readContained(path.join(dir, 'fifo'), null, 1024);
  const zero = readContained('/dev/zero', null, 1024);
  assert.ok(Date.now() - started < 1000, 'both within a second');
  assert.equal(fifo, { reason: 'notRegular', detail: 'it is a FIFO (named pipe), not a regular file' });
  assert.equal(zero, { reason: 'notRegular', detail: 'it is a character device, not a regular file' });
  writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(2048));
  assert.equal(readContained(path.join(dir, 'big.md'), null, 1024), { reason: 'tooLarge', detail: '2048 bytes, the limit is 1024' });
  assert.is((readContained(path.join(dir, 'big.md'), null, 4096) as Uint8Array).length, 2048);
});

reads('links to a FIFO and to /dev/zero in a locale are findings within a second (a child process, killed after 20 s)', () => {
  const dir = temporaryDir();
  write(dir, {
    'l10n-lint.config.json': JSON.stringify({ ...CONFIG, allowOutsideRoot: true }),
    'en/pipe.md': '# A\n',
    'en/zero.md': '# A\n',
    'en/inner.md': '# A\n',
  });
  mkdirSync(path.join(dir, 'de'));
  spawnSync('mkfifo', [path.join(dir, 'fifo')]);
  symlinkSync(path.join(dir, 'fifo'), path.join(dir, 'de/pipe-de.md'));
  symlinkSync('/dev/zero', path.join(dir, 'de/zero-de.md'));
  spawnSync('mkfifo', [path.join(dir, 'de/inner-de.md')]);
  const started = Date.now();
  const run = spawnSync(process.execPath, [cliPath, '--no-cache', '--jobs', '1', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  const elapsed = Date.now() - started;
  assert.is(run.signal, null, 'the run did not hang');
  assert.is(run.status, 1, run.stderr);
  const found = JSON.parse(run.stdout).diagnostics.map((d: any) => `${d.file} ${d.ruleId} ${d.messageId}`);
  assert.equal(found, ['de/inner-de.md parse-error notRegular', 'de/pipe-de.md parse-error notRegular', 'de/zero-de.md parse-error notRegular']);
  // The reads take well under a second (asserted above); Node's start-up and the lint on a loaded machine come on top.
  assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
});

reads.run();

// ---------------------------------------------------------------------------------------
const guards = suite('safety: parse guards follow the grammar');

guards('nesting is measured as micromark nests: empty items count, any indent width, no over-count', async () => {
  const empty = (n: number) => Array.from({ length: n }, (_, k) => `${' '.repeat(2 * k)}-`).join('\n');
  assert.is(maxContainerDepth(empty(150)), 150);
  const ordered3 = Array.from({ length: 99 }, (_, k) => `${' '.repeat(3 * k)}1. x`).join('\n');
  assert.is(maxContainerDepth(ordered3), 99, '99 real levels of 3-space ordered lists are 99');
  assert.is(maxContainerDepth('> - > 1. a\n'), 4);
  assert.is(maxContainerDepth('- - -\n'), 0, 'a thematic break is not a list');
  assert.is(maxContainerDepth('    - a\n    - b\n'), 0, 'indented code is not a list');
  const dir = temporaryDir();
  write(dir, { 'l10n-lint.config.json': JSON.stringify(CONFIG), 'en/a.md': '# A\n', 'de/a-de.md': `# A\n\n${empty(1000)}\n`, 'en/b.md': '# B\n', 'de/b-de.md': `# B\n\n${ordered3}\n` });
  const started = Date.now();
  const { stdout } = await cli(['--no-cache', '--jobs', '1', '--format', 'json', '--rule', 'parse-error'], dir);
  assert.ok(Date.now() - started < 10_000, 'refused before the parser sees it');
  const found = JSON.parse(stdout).diagnostics.map((d: any) => `${d.file} ${d.messageId}`);
  assert.equal(found, ['de/a-de.md tooDeep'], '1,000 empty items refused; 99 ordered levels parsed');
});

guards('a line longer than maxLineLength is a parse-error naming the line', async () => {
  const dir = temporaryDir();
  write(dir, {
    'l10n-lint.config.json': JSON.stringify({ ...CONFIG, maxLineLength: 1000 }),
    'en/a.md': '# A\n',
    'de/a-de.md': `# A\n\n${'[x](y) '.repeat(200)}\n`,
  });
  const { stdout } = await cli(['--no-cache', '--format', 'json', '--rule', 'parse-error'], dir);
  const [d] = JSON.parse(stdout).diagnostics;
  assert.is(d.messageId, 'lineTooLong');
  assert.is(d.line, 3);
  assert.match(d.message, /line 3 has 1400 characters, the limit is 1000/);
});

guards('a lone CR ends a front-matter line as it ends a Markdown line', async () => {
  const dir = temporaryDir();
  write(dir, {
    'l10n-lint.config.json': JSON.stringify(CONFIG),
    'en/a.md': '---\rtitle: A\rms.topic: guide\r---\r\r# A\r',
    'de/a-de.md': '---\rtitle: B\rms.topic: howto\r---\r\r# A\r',
  });
  const { stdout } = await cli(['--no-cache', '--format', 'json'], dir);
  const found = JSON.parse(stdout).diagnostics.map((d: any) => `${d.ruleId} ${d.messageId} ${d.message}`);
  assert.ok(found.some((f: string) => f.startsWith('frontmatter-values')), `the values are compared: ${found}`);
  assert.not.ok(found.some((f: string) => /invalid|yaml/i.test(f)), `no "not valid YAML": ${found}`);
});

guards.run();

// ---------------------------------------------------------------------------------------
const outputs = suite('safety: report, baseline and cache files');

outputs('--output onto a symbolic link writes its target and keeps the link; one out of the root is refused', async () => {
  const { dir, secret } = leakySet();
  write(dir, { 'reports/real.json': 'old' });
  symlinkSync('reports/real.json', path.join(dir, 'report.json'));
  const kept = await cli(['--no-cache', '--format', 'json', '--output', 'report.json'], dir);
  assert.is(kept.code, 1, kept.stderr);
  assert.ok(lstatSync(path.join(dir, 'report.json')).isSymbolicLink(), 'the link is kept');
  assert.is(readlinkSync(path.join(dir, 'report.json')), 'reports/real.json');
  assert.ok(JSON.parse(readFileSync(path.join(dir, 'reports/real.json'), 'utf8')).diagnostics.length > 0);
  assert.equal(readdirSync(path.join(dir, 'reports')), ['real.json'], 'no temporary file left');
  // A planted link to a file outside the root: not written, exit 2, one line.
  const before = readFileSync(secret);
  symlinkSync(secret, path.join(dir, 'planted.json'));
  const refused = await cli(['--no-cache', '--format', 'json', '--output', 'planted.json'], dir);
  assert.is(refused.code, 2);
  assert.match(refused.stderr, /^l10n-lint: .*planted\.json leads outside .*; not written\n$/);
  assert.equal(readFileSync(secret), before);
  // A folder of the path that is a link out of the root: the same.
  symlinkSync(path.dirname(secret), path.join(dir, 'out-link'));
  const throughDir = await cli(['--no-cache', '--format', 'json', '--output', 'out-link/secret.md'], dir);
  assert.is(throughDir.code, 2);
  assert.match(throughDir.stderr, /leads outside .*; not written\n$/);
  assert.equal(readFileSync(secret), before);
});

outputs('--output /dev/stdout (a link outside the root, the operator\'s) writes to standard output', () => {
  const { dir } = leakySet();
  const run = spawnSync(process.execPath, [cliPath, '--no-cache', '--format', 'json', '--output', '/dev/stdout'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.is(run.status, 1, run.stderr);
  assert.ok(JSON.parse(run.stdout).diagnostics.length > 0);
});

outputs('an output file that is a FIFO is written into, and stays a FIFO', async () => {
  const dir = temporaryDir();
  const fifo = path.join(dir, 'report.fifo');
  spawnSync('mkfifo', [fifo]);
  const reader = spawn('cat', [fifo]);
  let received = '';
  reader.stdout.on('data', (chunk) => (received += chunk));
  const closed = new Promise((resolve) => reader.on('close', resolve));
  writeOutputFile(fifo, '{"report":true}\n', dir);
  await closed;
  assert.is(received, '{"report":true}\n');
  assert.ok(lstatSync(fifo).isFIFO());
});

outputs('--output onto a directory is a usage error: exit 2, one line', async () => {
  const { dir } = leakySet();
  mkdirSync(path.join(dir, 'reports'));
  const { code, stderr } = await cli(['--no-cache', '--format', 'json', '--output', 'reports'], dir);
  assert.is(code, 2);
  assert.match(stderr, /^l10n-lint: --output .*reports is a directory; give a file name\n$/);
});

outputs('cache.location onto a foreign file, or a link to one, leaves it unchanged', async () => {
  const { dir, secret } = leakySet();
  const before = readFileSync(secret);
  write(dir, { 'notes.txt': 'my notes\n' });
  symlinkSync(secret, path.join(dir, 'cache-link'));
  for (const location of ['notes.txt', 'cache-link']) {
    writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...CONFIG, cache: { location } }));
    const { code, stderr } = await cli(['--cache', '--format', 'json'], dir);
    assert.is(code, 1, stderr);
    assert.match(stderr, /^l10n-lint: warning: the cache was not written: .* (is not|is a symbolic link, not) an l10n-lint cache file; it is left unchanged\n$/);
  }
  assert.is(readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'my notes\n');
  assert.ok(lstatSync(path.join(dir, 'cache-link')).isSymbolicLink());
  assert.equal(readFileSync(secret), before);
  // Its own file is written and replaced as before.
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...CONFIG, cache: { location: 'own-cache' } }));
  await cli(['--cache', '--format', 'json'], dir);
  await cli(['--cache', '--format', 'json'], dir);
  assert.match(readFileSync(path.join(dir, 'own-cache'), 'latin1'), /^l10n-lint-outline-cache\n/);
  assert.equal(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
});

outputs('a misspelled source dir is exit 2 with one line (not "0 files, exit 0")', async () => {
  const dir = temporaryDir();
  write(dir, {
    'l10n-lint.config.json': JSON.stringify({ ...CONFIG, sets: [{ ...CONFIG.sets[0], source: { locale: 'en', dir: 'englsh' } }] }),
    'en/a.md': '# A\n',
    'de/a-de.md': '# A\n',
  });
  const { code, stdout, stderr } = await cli(['--no-cache'], dir);
  assert.is(code, 2);
  assert.is(stdout, '');
  assert.match(stderr, /^l10n-lint: set "docs": the directory "englsh" .* does not exist; check the config's "dir"\n$/);
});

/** A character device made with mknod in `dir` (root only); null when it cannot be made. */
function device(dir: string, name: string, major: number, minor: number): string | null {
  const file = path.join(dir, name);
  const made = spawnSync('mknod', [file, 'c', String(major), String(minor)]);
  return made.status === 0 && statSync(file).isCharacterDevice() ? file : null;
}

outputs('--output onto a character device writes in place, and it stays a device; a full device is exit 2, one line', () => {
  const { dir } = leakySet();
  const nullDevice = device(dir, 'null', 1, 3);
  const fullDevice = device(dir, 'full', 1, 7);
  if (!nullDevice || !fullDevice) {
    console.log('  skipped: mknod needs root (this test makes its own /dev/null and /dev/full in a temporary folder)');
    return;
  }
  const ok = spawnSync(process.execPath, [cliPath, '--no-cache', '--format', 'json', '--output', nullDevice], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.is(ok.status, 1, ok.stderr);
  assert.is(ok.stderr, '');
  assert.ok(statSync(nullDevice).isCharacterDevice(), 'still a character device');
  const full = spawnSync(process.execPath, [cliPath, '--no-cache', '--format', 'json', '--output', fullDevice], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.is(full.status, 2);
  assert.match(full.stderr, /^l10n-lint: cannot write .*full: ENOSPC.*\n$/);
  assert.ok(statSync(fullDevice).isCharacterDevice());
});

outputs('standard output: a broken pipe is quiet; a full disk is exit 2 with one line', () => {
  const { dir } = leakySet();
  const err = path.join(dir, 'err.txt');
  const piped = spawnSync('sh', ['-c', `"$0" "$1" --no-cache --format json 2>"$2" | head -c 1 >"$2.out"; echo "$?"`, process.execPath, cliPath, err], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.is(piped.status, 0);
  assert.is(readFileSync(err, 'utf8'), '', 'nothing on stderr after EPIPE');
  const fullDevice = device(dir, 'full', 1, 7) ?? (existsSync('/dev/full') ? '/dev/full' : null);
  if (!fullDevice) {
    console.log('  skipped: no full device to write standard output to');
    return;
  }
  const full = spawnSync('sh', ['-c', `"$0" "$1" --no-cache --format json >"$2"`, process.execPath, cliPath, fullDevice], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.is(full.status, 2);
  assert.match(full.stderr, /^l10n-lint: cannot write to standard output: .*ENOSPC.*\n$/);
});

outputs.run();

// ---------------------------------------------------------------------------------------
const fixes = suite('safety: --fix loses no concurrent edit and keeps the file as it was');

function fixableSet(count: number): { dir: string; files: string[] } {
  const dir = temporaryDir();
  const files: Record<string, string> = { 'l10n-lint.config.json': JSON.stringify(CONFIG) };
  for (let i = 0; i < count; i++) {
    files[`en/p${i}.md`] = '# L1 - Title\n\nText.\n';
    files[`de/p${i}-de.md`] = '# L1 – Titel\n\nText.\n';
  }
  write(dir, files);
  return { dir, files: Array.from({ length: count }, (_, i) => path.join(dir, `de/p${i}-de.md`)) };
}

fixes('an edit that lands between the last check and the rename is put back, not lost', () => {
  const dir = temporaryDir();
  const file = path.join(dir, 'page-de.md');
  writeFileSync(file, 'old\n');
  const rename = (from: string, to: string) => {
    appendFileSync(file, 'appended by an editor\n'); // after the check, before the rename
    spawnSync('mv', [from, to]);
  };
  assert.throws(() => replaceFileAtomic(file, Buffer.from('new\n'), { expected: Buffer.from('old\n') }, { rename }), (e: unknown) => e instanceof ChangedOnDiskError);
  assert.is(readFileSync(file, 'utf8'), 'old\nappended by an editor\n');
  assert.equal(readdirSync(dir), ['page-de.md']);
});

fixes('concurrent appends during --fix all survive (another process appends to every file meanwhile)', async () => {
  const { dir, files } = fixableSet(40);
  const stop = path.join(dir, 'stop');
  const log = path.join(dir, 'appended.json');
  // The appender: rounds over every file, one line each, until told to stop; records what it appended.
  const script = `
    const fs = require('fs');
    const files = ${JSON.stringify(files)};
    const done = files.map(() => []);
    let round = 0;
    // One file at a time, in a random order, every few milliseconds, among the first half:
    // those change under --fix (and must keep every line), the others do not (and get fixed).
    while (!fs.existsSync(${JSON.stringify(stop)}) && round < 100000) {
      const i = Math.floor(Math.random() * files.length / 2);
      const line = 'appended ' + round + ' to ' + i;
      fs.appendFileSync(files[i], line + '\\n');
      done[i].push(line);
      round++;
      const until = Date.now() + 5; while (Date.now() < until) {}
    }
    fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(done));`;
  const appender = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const exited = new Promise((resolve) => appender.on('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const { stderr } = await cli(['--no-cache', '--jobs', '1', '--fix', '--rule', 'label-prefix'], dir);
  writeFileSync(stop, '');
  await exited;
  const appended: string[][] = JSON.parse(readFileSync(log, 'utf8'));
  let fixed = 0;
  files.forEach((f, i) => {
    const text = readFileSync(f, 'utf8');
    const lines = new Set(text.split('\n'));
    for (const line of appended[i]) assert.ok(lines.has(line), `${path.basename(f)} lost "${line}"`);
    if (text.startsWith('# L1 - Titel')) fixed++;
  });
  assert.ok(appended.some((a) => a.length > 0), 'the appender ran during the fix');
  assert.ok(fixed >= files.length / 2, 'the files nobody touched were fixed');
  console.log(`  (${fixed} of ${files.length} files fixed; the others changed under --fix and were left to the editor: ${stderr.split('\n').length - 1} lines on stderr)`);
  assert.equal(readdirSync(path.join(dir, 'de')).filter((n) => n.endsWith('.tmp')), []);
});

fixes('--fix keeps setgid and setuid bits and the owner', async () => {
  const { dir, files } = fixableSet(1);
  chmodSync(files[0], 0o6754);
  const before = statSync(files[0]);
  await cli(['--no-cache', '--fix', '--rule', 'label-prefix'], dir);
  assert.match(readFileSync(files[0], 'utf8'), /^# L1 - Titel/, 'fixed');
  const after = statSync(files[0]);
  assert.is((after.mode & 0o7777).toString(8), (before.mode & 0o7777).toString(8));
  assert.is(after.uid, before.uid);
  assert.is(after.gid, before.gid);
});

fixes('--fix refuses a file its user could not write in place; an unreadable set dir is exit 2 (run as another user)', () => {
  const user = isRoot ? 65534 : process.getuid!();
  // As root the test runs the CLI as `nobody`, who must be able to reach this checkout: a
  // clone under a private folder (`mktemp -d` is 0700) cannot be run by another user.
  if (isRoot && spawnSync(process.execPath, [cliPath, '--version'], { encoding: 'utf8', timeout: 20_000, uid: user, gid: user }).status !== 0) {
    console.log(`  skipped: user ${user} cannot run ${cliPath} (a folder above it is private); the read-only and unreadable-dir checks need another user`);
    return;
  }
  const { dir, files } = fixableSet(2);
  chmodSync(files[0], 0o444);
  if (isRoot) {
    // As root every file is writable: run as `nobody`, who owns the content.
    for (const d of [path.dirname(dir), dir, path.join(dir, 'en'), path.join(dir, 'de')]) chmodSync(d, 0o755);
    spawnSync('chown', ['-R', `${user}:${user}`, dir]);
  }
  const before = readFileSync(files[0]);
  const run = spawnSync(process.execPath, [cliPath, '--no-cache', '--fix', '--rule', 'label-prefix'], { cwd: dir, encoding: 'utf8', timeout: 20_000, uid: user, gid: isRoot ? user : process.getgid!() });
  assert.equal(readFileSync(files[0]), before, 'the read-only file is unchanged');
  assert.match(readFileSync(files[1], 'utf8'), /^# L1 - Titel/, 'the writable one is fixed');
  assert.match(run.stderr, /p0-de\.md.*read-only/);
  // An unreadable locale directory: exit 2, not "every file missing".
  chmodSync(path.join(dir, 'de'), 0o000);
  const unreadable = spawnSync(process.execPath, [cliPath, '--no-cache'], { cwd: dir, encoding: 'utf8', timeout: 20_000, uid: user, gid: isRoot ? user : process.getgid!() });
  chmodSync(path.join(dir, 'de'), 0o755);
  assert.is(unreadable.status, 2, unreadable.stdout);
  assert.match(unreadable.stderr, /^l10n-lint: cannot read set directory "de" .*EACCES\n$/);
  // An unreadable folder inside a set directory: fast-glob's error surfaces, exit 2.
  mkdirSync(path.join(dir, 'de/sub'));
  if (isRoot) chownSync(path.join(dir, 'de/sub'), user, user);
  chmodSync(path.join(dir, 'de/sub'), 0o000);
  const hidden = spawnSync(process.execPath, [cliPath, '--no-cache'], { cwd: dir, encoding: 'utf8', timeout: 20_000, uid: user, gid: isRoot ? user : process.getgid!() });
  chmodSync(path.join(dir, 'de/sub'), 0o755);
  assert.is(hidden.status, 2, hidden.stdout);
  assert.match(hidden.stderr, /^l10n-lint: cannot list set directory "de": EACCES at .*sub .*\n$/);
  if (isRoot) chownSync(dir, 0, 0);
});

fixes.after(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});
fixes.run();
