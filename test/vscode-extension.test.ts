// The VS Code extension (editors/vscode/extension.js) without VS Code: `vscode` and
// `vscode-languageclient/node` are replaced by recorders, to check what it would start.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './helpers/fixtures.js';

interface Started {
  id: string;
  server: { run: { module: string; transport: number; args: string[]; options: { cwd: string } } };
  client: { documentSelector: unknown[]; initializationOptions: unknown };
}

function loadExtension(folder: string, settings: Record<string, string> = {}) {
  const started: Started[] = [];
  const warnings: string[] = [];
  const fakes: Record<string, unknown> = {
    vscode: {
      workspace: { workspaceFolders: [{ uri: { fsPath: folder } }], getConfiguration: () => ({ get: (key: string) => settings[key] ?? '' }) },
      window: { showWarningMessage: (text: string) => warnings.push(text) },
    },
    'vscode-languageclient/node': {
      TransportKind: { stdio: 0 },
      LanguageClient: class {
        constructor(id: string, _name: string, server: Started['server'], client: Started['client']) {
          started.push({ id, server, client });
        }
        start() {
          return Promise.resolve();
        }
        stop() {
          return Promise.resolve();
        }
      },
    },
  };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request, ...rest) => (request in fakes ? fakes[request] : original(request, ...rest));
  try {
    const file = path.join(repoRoot, 'editors', 'vscode', 'extension.js');
    const require = createRequire(import.meta.url);
    delete require.cache[file];
    return { extension: require(file) as { activate: (c: { subscriptions: unknown[] }) => Promise<void> }, started, warnings };
  } finally {
    loader._load = original;
  }
}

const test = suite('editors/vscode: the extension starts the workspace l10n-lint');

test('starts node_modules/l10n-lint/dist/src/cli.js lsp (stdio) in the workspace folder', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'l10n-vscode-'));
  try {
    const cli = path.join(folder, 'node_modules', 'l10n-lint', 'dist', 'src', 'cli.js');
    mkdirSync(path.dirname(cli), { recursive: true });
    writeFileSync(cli, '');
    const { extension, started, warnings } = loadExtension(folder);
    await extension.activate({ subscriptions: [] });
    assert.is(started.length, 1);
    assert.equal(warnings, []);
    const run = started[0].server.run;
    assert.is(run.module, cli);
    assert.equal(run.args, ['lsp'], 'TransportKind.stdio adds --stdio');
    assert.is(run.transport, 0);
    assert.is(run.options.cwd, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('without l10n-lint in the workspace: a warning, no server', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'l10n-vscode-'));
  try {
    const { extension, started, warnings } = loadExtension(folder);
    await extension.activate({ subscriptions: [] });
    assert.is(started.length, 0);
    assert.match(warnings[0], /npm install --save-dev l10n-lint/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test.run();
