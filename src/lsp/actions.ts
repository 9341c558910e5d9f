// Code actions for l10n-lint's findings in one open document: each finding's fix, "fix all"
// (one pass of non-overlapping fixes, as --fix makes), and an inline disable comment.
// Fix ranges are offsets into the text that was linted, which is the document's text at
// the version the findings were made for; the server offers nothing for a stale version.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Fix, Outline, Span } from '../types.js';
import { applyFixes } from '../edits/apply.js';

/** The kind of "fix all" offered on save and from the source-action menu (ESLint's extension uses `source.fixAll.eslint`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.l10n-lint`;
export const FIX_ALL_TITLE = 'Fix all l10n-lint problems in this file';

/** What the server keeps in each LSP diagnostic's `data`, to find its finding again. */
export interface DiagnosticData {
  fingerprint: string;
}

export function editOfFix(doc: TextDocument, fix: Fix): TextEdit {
  return { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text).replace(/\n/g, '⏎');

/** "Replace `a.md` with `a-de.md`", "Insert `…`", "Delete `…`": what the fix does, in the words of an editor. */
export function describeFix(doc: TextDocument, fix: Fix): string {
  const old = doc.getText({ start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) });
  if (old === '') return `Insert \`${clip(fix.text)}\``;
  if (fix.text === '') return `Delete \`${clip(old)}\``;
  return `Replace \`${clip(old)}\` with \`${clip(fix.text)}\``;
}

export interface ActionInput {
  doc: TextDocument;
  /** The findings of this document, made from its text at `doc.version`. */
  findings: readonly Diagnostic[];
  /** The outline of the document's text at that version (from the re-lint), or null. */
  outline: Outline | null;
  /** The diagnostics the client asks about (the ones under the cursor). */
  context: readonly LspDiagnostic[];
  /** The kinds the client wants (absent: all). */
  only?: readonly string[];
}

const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActionsFor({ doc, findings, outline, context, only }: ActionInput): CodeAction[] {
  const uri = doc.uri;
  const byFingerprint = new Map(findings.map((d) => [d.fingerprint, d]));
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const lsp of context) {
    if (lsp.source !== 'l10n-lint') continue;
    const finding = byFingerprint.get((lsp.data as DiagnosticData | undefined)?.fingerprint ?? '');
    if (!finding) continue;
    if (finding.fix && wants(only, CodeActionKind.QuickFix)) {
      actions.push({
        title: `${describeFix(doc, finding.fix)} (l10n-lint ${finding.ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        isPreferred: true,
        edit: { changes: { [uri]: [editOfFix(doc, finding.fix)] } },
      });
    }
    if (!wants(only, CodeActionKind.QuickFix)) continue;
    const disables: Array<[string, TextEdit | null]> = [
      [`Disable ${finding.ruleId} for this line`, disableLineEdit(doc, finding, outline)],
      [`Disable ${finding.ruleId} for this file`, disableFileEdit(doc, finding, outline)],
    ];
    for (const [title, edit] of disables) {
      if (!edit || disabled.has(title)) continue;
      disabled.add(title);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: { changes: { [uri]: [edit] } } });
    }
  }
  const all = fixAllEdits(doc, findings);
  if (all.length > 0) {
    if (wants(only, CodeActionKind.QuickFix) && context.some((d) => d.source === 'l10n-lint')) {
      actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: all } } });
    }
    if (only && wants(only, FIX_ALL_KIND)) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [uri]: all } } });
    else if (!only) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [uri]: all } } });
  }
  return actions;
}

/** The edits of one pass of every fix in the file: non-overlapping, chosen as --fix chooses them. */
export function fixAllEdits(doc: TextDocument, findings: readonly Diagnostic[]): TextEdit[] {
  const fixes = findings.filter((d) => d.fix).map((d) => d.fix!);
  if (fixes.length === 0) return [];
  return applyFixes(doc.getText(), fixes).applied.map((fix) => editOfFix(doc, fix));
}

/** Inline disable comments are HTML comments: Markdown files only (not TOC YAML, not MDX, where `<!--` is a syntax error). */
function takesHtmlComments(doc: TextDocument, outline: Outline | null): outline is Outline {
  return outline !== null && !outline.toc && /\.(md|markdown)$/i.test(doc.uri);
}

/**
 * `<!-- l10n-lint-disable-next-line rule-id -->` on its own line above the finding's line,
 * indented like it. Offered only where a comment line changes nothing else, as the file's
 * outline tells: not on a file-level finding, nor in front matter, a table (it would end
 * the table), fenced code (it would be code) or a list (it would split the list in two,
 * changing its item count). There, disableFileEdit is the way.
 */
export function disableLineEdit(doc: TextDocument, finding: Diagnostic, outline: Outline | null): TextEdit | null {
  if (finding.line === undefined || !takesHtmlComments(doc, outline)) return null;
  const line = finding.line;
  const covers = (span: Span) => span.start.line <= line && line <= span.end.line;
  if (outline.frontmatter && covers(outline.frontmatter.span)) return null;
  if (outline.tables.some((t) => covers(t.span)) || outline.lists.some((l) => covers(l.span))) return null;
  if (outline.code.some((c) => c.kind === 'fenced' && covers(c.span))) return null;
  const at = { line: line - 1, character: 0 };
  const indent = /^[ \t]*/.exec(doc.getText({ start: at, end: { line, character: 0 } }))![0];
  return { range: { start: at, end: at }, newText: `${indent}<!-- l10n-lint-disable-next-line ${finding.ruleId} -->${eolOf(doc)}` };
}

/** `<!-- l10n-lint-disable-file rule-id -->` on its own line after the front matter (or first). */
export function disableFileEdit(doc: TextDocument, finding: Diagnostic, outline: Outline | null): TextEdit | null {
  if (!takesHtmlComments(doc, outline)) return null;
  // The front matter's end line (1-based) is the 0-based index of the line after it.
  const at = { line: outline.frontmatter ? outline.frontmatter.span.end.line : 0, character: 0 };
  return { range: { start: at, end: at }, newText: `<!-- l10n-lint-disable-file ${finding.ruleId} -->${eolOf(doc)}` };
}

const eolOf = (doc: TextDocument) => (doc.getText().includes('\r\n') ? '\r\n' : '\n');
