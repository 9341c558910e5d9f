// The language server, end to end: `l10n-lint lsp --stdio` in a child process, spoken to
// with vscode-languageserver-protocol's client connection, on a copy of fixtures/lsp/basic
// (en/guide.md and its de-DE translation, whose link has no `-de` suffix).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixturesDir, repoRoot } from './helpers/fixtures.js';
import { toLspRange } from '../src/lsp/positions.js';
import { lint } from '../src/index.js';

const bin = path.join(repoRoot, 'dist', 'src', 'cli.js');
const WAIT_MS = 30_000;

interface Session {
  dir: string;
  child: ChildProcess;
  connection: ProtocolConnection;
  /** Resolves with the first diagnostics published for `uri` (from now on) that satisfy `test`. */
  diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  stderr: () => string;
}

function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function start(): Session {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-lsp-'));
  cpSync(path.join(fixturesDir, 'lsp', 'basic'), dir, { recursive: true });
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: Array<{ uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.test(params.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params.diagnostics);
      }
    }
  });
  connection.listen();
  return {
    dir,
    child,
    connection,
    diagnosticsFor: (uri, test) => within(new Promise((resolve) => waiters.push({ uri, test, resolve })), `diagnostics for ${uri}`),
    stderr: () => stderr,
  };
}

const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

const test = suite('lsp: the language server over stdio');

test('open a translation, edit the unsaved source, apply a quick fix, shut down', async () => {
  const s = start();
  try {
    const rootUri = pathToFileURL(s.dir).href;
    const enUri = pathToFileURL(path.join(s.dir, 'en', 'guide.md')).href;
    const deUri = pathToFileURL(path.join(s.dir, 'de', 'guide-de.md')).href;
    const init = await within(s.connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'docs' }] }), 'initialize') as { capabilities: Record<string, unknown> };
    assert.ok(init.capabilities.codeActionProvider, 'the server offers code actions');
    assert.ok(init.capabilities.hoverProvider, 'the server offers hover');
    await s.connection.sendNotification('initialized', {});

    // 1. Open the translation: its findings arrive, with the canonical line as related information.
    let de = TextDocument.create(deUri, 'markdown', 1, readFileSync(path.join(s.dir, 'de', 'guide-de.md'), 'utf8'));
    const opened = s.diagnosticsFor(deUri, (d) => d.length > 0);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: deUri, languageId: 'markdown', version: 1, text: de.getText() } });
    const first = await opened;
    const linkTarget = byRule(first, 'link-target');
    assert.is(linkTarget.length, 1, `one link-target finding, got ${JSON.stringify(first)}`);
    assert.equal(linkTarget[0].range, { start: { line: 7, character: 25 }, end: { line: 7, character: 37 } }, 'the URL `configure.md` on line 8 (0-based 7)');
    assert.is(byRule(first, 'heading-structure').length, 0);
    const related = linkTarget[0].relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri === enUri && r.location.range.start.line === 7), `related information points at en/guide.md line 8: ${JSON.stringify(related)}`);

    // Hover on the translation's first heading names its canonical counterpart.
    const hover = (await within(s.connection.sendRequest('textDocument/hover', { textDocument: { uri: deUri }, position: { line: 3, character: 3 } }), 'hover')) as Hover | null;
    const hoverText = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(hoverText, /# Install`/);
    assert.match(hoverText, /de-DE: \[line 4\]/);

    // 2. Open the source and add a heading without saving: the translation gets a new finding.
    const enText = readFileSync(path.join(s.dir, 'en', 'guide.md'), 'utf8');
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: enUri, languageId: 'markdown', version: 1, text: enText } });
    const added = s.diagnosticsFor(deUri, (d) => byRule(d, 'heading-structure').length > 0);
    // Its section has a code block, which `# Verify` has not: the structure tells which heading de-DE lacks.
    const appended = '\n# Troubleshoot\n\nRestart the service when it does not answer:\n\n```sh\nservice restart\n```\n';
    const end = TextDocument.create(enUri, 'markdown', 1, enText).positionAt(enText.length);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: enUri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: appended }] });
    const afterEdit = await added;
    // Hover on the source's heading: each locale's counterpart (the heading just typed has none).
    const hoverOn = async (line: number) => {
      const h = (await within(s.connection.sendRequest('textDocument/hover', { textDocument: { uri: enUri }, position: { line, character: 2 } }), 'hover')) as Hover | null;
      return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    };
    // (The missing `# Troubleshoot` is reported where it belongs in de-DE: after `# Prüfen`, on its line.)
    assert.match(await hoverOn(9), /de-DE: \[line 10\]\([^)]*guide-de\.md#L10\) `# Prüfen`: findings here: heading-structure/);
    assert.match(await hoverOn(13), /de-DE: \*\*no counterpart\*\*/);
    assert.match(messageOf(byRule(afterEdit, 'heading-structure')[0]), /Troubleshoot/);
    assert.equal(readFileSync(path.join(s.dir, 'en', 'guide.md'), 'utf8'), enText, 'the source on disk is untouched: the buffer was linted');

    // 3. The quick fix of the link-target finding, applied to the buffer, makes it go.
    const target = byRule(afterEdit, 'link-target')[0];
    const actions = (await within(
      s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: deUri }, range: target.range, context: { diagnostics: [target] } }),
      'code actions',
    )) as CodeAction[];
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, `a preferred quick fix among ${JSON.stringify(titles)}`);
    assert.match(fix!.title, /Replace `configure\.md` with `configure-de\.md`/);
    assert.ok(titles.includes('Fix all l10n-lint problems in this file'), `fix-all is offered: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Disable link-target for this file'), `a disable comment is offered: ${JSON.stringify(titles)}`);
    const edits = fix!.edit!.changes![deUri];
    de = TextDocument.update(de, edits.map((e) => ({ range: e.range, text: e.newText })), 2);
    assert.match(de.getText(), /\[Dienst konfigurieren\]\(configure-de\.md\)/);
    const fixed = s.diagnosticsFor(deUri, (d) => byRule(d, 'link-target').length === 0);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: deUri, version: 2 }, contentChanges: [{ text: de.getText() }] });
    const afterFix = await fixed;
    assert.is(byRule(afterFix, 'link-broken').length, 0, 'the fixed link resolves');
    assert.is(byRule(afterFix, 'heading-structure').length, 1, 'the unsaved source heading is still missing in the translation');

    // Closing the translation without saving: the disk's text counts again, and its finding is back.
    const reverted = s.diagnosticsFor(deUri, (d) => byRule(d, 'link-target').length === 1);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: deUri } });
    await reverted;

    // 4. Shut down cleanly: shutdown, exit, exit code 0.
    const exited = within(new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code))), 'the server to exit');
    await within(s.connection.sendRequest('shutdown'), 'shutdown');
    await s.connection.sendNotification('exit');
    assert.is(await exited, 0, `exit code 0 (stderr: ${s.stderr()})`);
  } finally {
    s.connection.dispose();
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    rmSync(s.dir, { recursive: true, force: true });
  }
});

test('a file changed on disk, not open: the client reports it (watched files), its translations are re-linted', async () => {
  const s = start();
  try {
    const rootUri = pathToFileURL(s.dir).href;
    const enFile = path.join(s.dir, 'en', 'guide.md');
    const deUri = pathToFileURL(path.join(s.dir, 'de', 'guide-de.md')).href;
    const registered = new Promise<unknown>((resolve) => s.connection.onRequest('client/registerCapability', (params) => (resolve(params), null)));
    await within(s.connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } }), 'initialize');
    await s.connection.sendNotification('initialized', {});
    assert.match(JSON.stringify(await within(registered, 'the file watcher registration')), /workspace\/didChangeWatchedFiles/);
    const opened = s.diagnosticsFor(deUri, (d) => d.length > 0);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: deUri, languageId: 'markdown', version: 1, text: readFileSync(path.join(s.dir, 'de', 'guide-de.md'), 'utf8') } });
    assert.is(byRule(await opened, 'heading-structure').length, 0);
    writeFileSync(enFile, `${readFileSync(enFile, 'utf8')}\n# Troubleshoot\n\nRestart the service.\n`);
    const updated = s.diagnosticsFor(deUri, (d) => byRule(d, 'heading-structure').length === 1);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(enFile).href, type: 2 }] });
    assert.match(messageOf(byRule(await updated, 'heading-structure')[0]), /Troubleshoot/);
    await within(s.connection.sendRequest('shutdown'), 'shutdown');
    await s.connection.sendNotification('exit');
  } finally {
    s.connection.dispose();
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    rmSync(s.dir, { recursive: true, force: true });
  }
});

test('engine overrides: a text given for a path is linted instead of the file on disk, positions refer to it', async () => {
  const dir = path.join(fixturesDir, 'lsp', 'basic');
  const deFile = path.join(dir, 'de', 'guide-de.md');
  const onDisk = await lint({ config: path.join(dir, 'l10n-lint.config.json') });
  assert.ok(onDisk.diagnostics.some((d) => d.ruleId === 'link-target'));
  const original = readFileSync(deFile, 'utf8');
  // The link fixed in the given text only: its findings go.
  const fixed = await lint({ config: path.join(dir, 'l10n-lint.config.json'), overrides: new Map([[deFile, original.replace('(configure.md)', '(configure-de.md)')]]) });
  assert.equal(fixed.diagnostics, []);
  // A line added above the link in the given text: the finding's line is the text's line.
  const shifted = original.replace('# Installieren\n', '# Installieren\n\nEin neuer Absatz.\n');
  const moved = await lint({ config: path.join(dir, 'l10n-lint.config.json'), overrides: new Map([[deFile, shifted]]) });
  assert.equal(moved.diagnostics.filter((d) => d.ruleId === 'link-target').map((d) => d.line), [10]);
  assert.is(readFileSync(deFile, 'utf8'), original, 'the file on disk is not touched');
});

test('toLspRange: 1-based lines and columns to 0-based; a file-level finding to the start of the file', () => {
  assert.equal(toLspRange({ line: 8, column: 26, endLine: 8, endColumn: 38 }), { start: { line: 7, character: 25 }, end: { line: 7, character: 37 } });
  assert.equal(toLspRange({}), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.equal(toLspRange({ line: 3, column: 1 }), { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
});

test('lsp without --stdio is a usage error (exit 2), not a hang', async () => {
  const child = spawn(process.execPath, [bin, 'lsp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  try {
    const code = await within(new Promise<number | null>((resolve) => child.once('exit', resolve)), 'exit', 10_000);
    assert.is(code, 2);
    assert.match(stderr, /usage: l10n-lint lsp --stdio/);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test.run();
