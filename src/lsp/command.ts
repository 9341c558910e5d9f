// `l10n-lint lsp --stdio`: the language server on standard input and output. stdio is the
// one transport (what VS Code, Neovim and Helix start servers with); the flag is required,
// as other servers require it, so a user who runs `l10n-lint lsp` in a terminal learns what it is.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export class LspUsageError extends Error {}

/** Starts the server when argv (after `lsp`) is `--stdio`; resolves when the connection closes. */
export function runLsp(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--stdio');
  if (unknown.length > 0 || !argv.includes('--stdio')) {
    return Promise.reject(new LspUsageError(`usage: l10n-lint lsp --stdio (the language server speaks LSP on standard input and output)${unknown.length ? `; unknown argument ${unknown[0]}` : ''}`));
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection);
  // The library ends the process on the `exit` notification (code 0 after `shutdown`).
  return new Promise((resolve) => process.stdin.on('close', () => resolve(0)));
}
