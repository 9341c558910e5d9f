// The language server (`l10n-lint lsp --stdio`), built on vscode-languageserver: the
// protocol, the text-document sync and the JSON-RPC transport are the library's; this
// file only wires l10n-lint's engine to its events.
//
// On open, change, save or close of a file, the pages (set + key) that file is in are
// re-linted, after a short quiet time (debounced), from the open buffers' unsaved text and
// the outline cache for every other file, and diagnostics are published for every file of
// those pages: editing the source updates the findings in its translations.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config, Diagnostic, Outline, PairView } from '../types.js';
import { resolveLintConfig } from '../index.js';
import { resolveCacheFile } from '../cache/index.js';
import { toolVersion } from '../package-root.js';
import { toLspRange } from './positions.js';
import { WorkspacePaths } from './workspace.js';
// The config is found as the CLI finds it: one search, one list of names.
import { CONFIG_FILE_NAMES, findConfigFile } from '../config/find.js';
import { relintPages } from './relint.js';
import { codeActionsFor, FIX_ALL_KIND, type DiagnosticData } from './actions.js';
import { hoverMarkdown } from './hover.js';

/** Quiet time after the last keystroke before a re-lint, in milliseconds (markdownlint's extension waits about as long). */
export const DEFAULT_DEBOUNCE_MS = 150;

/** What a client may pass as `initializationOptions`. */
export interface ServerInitOptions {
  /** The config file (absolute, or relative to the workspace root); default: found upward from the workspace root. */
  config?: string;
  debounceMs?: number;
  /** Use the outline cache (default true). */
  cache?: boolean;
}

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

interface Workspace {
  config: Config;
  paths: WorkspacePaths;
  cacheFile: string | null;
}

/** Starts serving on a connection; returns when the handlers are registered (the connection listens). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let root = process.cwd();
  let init: ServerInitOptions = {};
  let workspace: Workspace | null = null;
  let configProblem: string | null = null;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let watchesFiles = false;

  // What the last re-lint of each file found, the document version it was made from (null:
  // the disk), its outline, and the views of its page (for hover).
  const findings = new Map<string, Diagnostic[]>();
  const lintedVersion = new Map<string, number | null>();
  const outlines = new Map<string, Outline>();
  const pageOf = new Map<string, string>();
  const pageViews = new Map<string, PairView[]>();

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let busy = false;
  let stopped = false;

  /** Loads the config once (found upward from `start`); reports a broken config once, as a message. */
  const ensureWorkspace = (start: string): Workspace | null => {
    if (workspace) return workspace;
    const file = init.config ? path.resolve(root, init.config) : findConfigFile(start);
    if (!file) return null;
    try {
      const config = resolveLintConfig({ config: file, cwd: root });
      workspace = { config, paths: new WorkspacePaths(config.root), cacheFile: init.cache === false ? null : resolveCacheFile(config, undefined, config.root) };
      configProblem = null;
      connection.console.info(`l10n-lint ${toolVersion}: using ${file}`);
    } catch (error) {
      const message = `l10n-lint: ${(error as Error).message}`;
      if (message !== configProblem) void connection.window.showErrorMessage(message);
      configProblem = message;
    }
    return workspace;
  };

  const toLsp = (ws: Workspace, d: Diagnostic): LspDiagnostic => ({
    range: toLspRange(d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'l10n-lint',
    message: d.message,
    relatedInformation: d.related?.map((r) => ({ location: { uri: ws.paths.uriOfRel(r.file), range: toLspRange(r) }, message: r.message ?? 'canonical' })),
    data: { fingerprint: d.fingerprint } satisfies DiagnosticData,
  });

  const schedule = (uri: string) => {
    if (stopped) return;
    if (!uri.startsWith('file:')) return;
    const ws = ensureWorkspace(path.dirname(fileURLToPath(uri)));
    const abs = ws?.paths.absOf(uri);
    if (!ws || !abs) return;
    pending.add(abs);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, debounceMs);
  };

  // One re-lint at a time; changes that arrive meanwhile are linted right after.
  const flush = async () => {
    if (busy || !workspace) return;
    busy = true;
    try {
      while (pending.size > 0 && !stopped) {
        const ws = workspace;
        const changed = new Set(pending);
        pending.clear();
        const buffers = new Map<string, string>();
        const versions = new Map<string, number>();
        for (const doc of documents.all()) {
          const abs = ws.paths.absOf(doc.uri);
          if (!abs) continue;
          buffers.set(abs, doc.getText());
          versions.set(abs, doc.version);
        }
        try {
          const outcome = await relintPages({ config: ws.config, paths: ws.paths, changed, buffers, cacheFile: ws.cacheFile });
          for (const [id, views] of outcome.views) {
            pageViews.set(id, views);
            // Canonical outlines first: in consensus mode the canonical is voted, and its
            // pivot file's own outline (a locale outline) must win.
            for (const v of views) if (v.canonicalFile && v.canonical) outlines.set(ws.paths.absOfRel(v.canonicalFile), v.canonical);
            for (const v of views) if (v.localeFile && v.localeOutline) outlines.set(ws.paths.absOfRel(v.localeFile), v.localeOutline);
            for (const v of views) for (const f of [v.localeFile, v.canonicalFile]) if (f) pageOf.set(ws.paths.absOfRel(f), id);
          }
          for (const [abs, list] of outcome.byFile) {
            findings.set(abs, list);
            lintedVersion.set(abs, versions.get(abs) ?? null);
            const version = versions.get(abs);
            void connection.sendDiagnostics({ uri: ws.paths.uriOf(abs), ...(version !== undefined ? { version } : {}), diagnostics: list.map((d) => toLsp(ws, d)) });
          }
        } catch (error) {
          connection.console.error(`l10n-lint: ${(error as Error).stack ?? error}`);
        }
      }
    } finally {
      busy = false;
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
    root = folder?.startsWith('file:') ? fileURLToPath(folder) : params.rootPath || process.cwd();
    init = (params.initializationOptions ?? {}) as ServerInitOptions;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'l10n-lint', version: toolVersion },
    };
  });
  connection.onInitialized(() => {
    ensureWorkspace(root);
    // Files changed outside the editor (a git pull, a --fix run): the client watches, we re-lint.
    if (watchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown,mdx,yml,yaml}' }, ...CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` }))],
      });
    }
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const abs = workspace?.paths.absOf(change.uri);
      if (workspace && abs === workspace.config.file) {
        workspace = null;
        for (const doc of documents.all()) schedule(doc.uri);
      } else if (!documents.get(change.uri)) {
        // An open buffer is what counts for its file; only files not open are re-read. A
        // deleted file is in no page any more: its page is found through the files it had.
        schedule(change.uri);
        const page = abs && change.type === FileChangeType.Deleted ? pageOf.get(abs) : undefined;
        if (page && workspace) for (const [file, id] of pageOf) if (id === page && file !== abs) schedule(workspace.paths.uriOf(file));
      }
    }
  });

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidSave((e) => {
    // A saved config is loaded again, and every open file re-linted with it.
    const abs = workspace?.paths.absOf(e.document.uri);
    if (workspace && abs === workspace.config.file) {
      workspace = null;
      for (const doc of documents.all()) schedule(doc.uri);
      return;
    }
    schedule(e.document.uri);
  });
  // Closed without saving: the disk's text is what counts again.
  documents.onDidClose((e) => schedule(e.document.uri));

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    const abs = workspace?.paths.absOf(params.textDocument.uri);
    if (!doc || !abs || lintedVersion.get(abs) !== doc.version) return [];
    return codeActionsFor({ doc, findings: findings.get(abs) ?? [], outline: outlines.get(abs) ?? null, context: params.context.diagnostics, only: params.context.only });
  });

  connection.onHover((params) => {
    const ws = workspace;
    const abs = ws?.paths.absOf(params.textDocument.uri);
    const id = abs ? pageOf.get(abs) : undefined;
    if (!ws || !abs || !id) return null;
    const markdown = hoverMarkdown({
      rel: ws.paths.relOf(abs),
      line: params.position.line + 1,
      column: params.position.character + 1,
      views: pageViews.get(id) ?? [],
      findingsOf: (rel) => findings.get(ws.paths.absOfRel(rel)) ?? [],
      linkTo: (rel, line) => `${ws.paths.uriOfRel(rel)}#L${line}`,
    });
    return markdown ? { contents: { kind: 'markdown', value: markdown } } : null;
  });

  connection.onShutdown(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
  });

  documents.listen(connection);
  connection.listen();
}
