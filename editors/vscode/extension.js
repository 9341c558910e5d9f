// The l10n-lint extension: a thin client. It starts the language server of the workspace's
// own l10n-lint (`node_modules/l10n-lint/dist/src/cli.js lsp --stdio`), so the rules, the
// config schema and the version are the ones the project's CI runs; the extension carries
// no linter of its own. vscode-languageclient does the protocol.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The server's entry point: the setting, the workspace's node_modules, or l10n-lint's own checkout. */
function serverModule(folder) {
  const configured = vscode.workspace.getConfiguration('l10n-lint').get('serverPath');
  const candidates = [];
  if (configured) candidates.push(path.resolve(folder, configured));
  candidates.push(path.join(folder, 'node_modules', 'l10n-lint', 'dist', 'src', 'cli.js'));
  // Working on l10n-lint itself: its own build.
  try {
    if (JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).name === 'l10n-lint') candidates.push(path.join(folder, 'dist', 'src', 'cli.js'));
  } catch {
    // no package.json: not l10n-lint's checkout
  }
  return candidates.find((file) => fs.existsSync(file));
}

async function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) return;
  const module = serverModule(folder);
  if (!module) {
    void vscode.window.showWarningMessage('l10n-lint is not installed in this workspace: run `npm install --save-dev l10n-lint` (or set l10n-lint.serverPath).');
    return;
  }
  const config = vscode.workspace.getConfiguration('l10n-lint').get('config');
  // TransportKind.stdio makes the client add `--stdio`: the server runs as `cli.js lsp --stdio`.
  const run = { module, transport: TransportKind.stdio, args: ['lsp'], options: { cwd: folder } };
  client = new LanguageClient(
    'l10n-lint',
    'l10n-lint',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', pattern: '**/*.{md,markdown,mdx,yml,yaml}' },
      ],
      initializationOptions: config ? { config } : {},
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
