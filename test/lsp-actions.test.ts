// The language server's code actions, without the server: each action's edit applied to
// the text, and the text linted again (through the engine's overrides) to see the finding go.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { lint } from '../src/index.js';
import { codeActionsFor, disableFileEdit, disableLineEdit, fixAllEdits, FIX_ALL_TITLE } from '../src/lsp/actions.js';
import { toLspRange } from '../src/lsp/positions.js';
import type { Diagnostic, LintResult } from '../src/types.js';
import { fixturesDir } from './helpers/fixtures.js';

const dir = path.join(fixturesDir, 'lsp', 'basic');
const config = path.join(dir, 'l10n-lint.config.json');
const deFile = path.join(dir, 'de', 'guide-de.md');
const enFile = path.join(dir, 'en', 'guide.md');
// The source gains a heading, so the translation has a heading-structure finding (outside any list) too.
const enText = `${readFileSync(enFile, 'utf8')}\n# Troubleshoot\n\nRestart the service.\n`;

async function lintWith(deText: string): Promise<{ result: LintResult; findings: Diagnostic[]; outline: NonNullable<LintResult['pairs']>[number]['localeOutline'] }> {
  const result = await lint({ config, overrides: new Map([[deFile, deText], [enFile, enText]]), includePairs: true });
  const outline = result.pairs!.find((p) => p.localeFile === 'de/guide-de.md')!.localeOutline;
  return { result, findings: result.diagnostics.filter((d) => d.file === 'de/guide-de.md'), outline };
}

const apply = (doc: TextDocument, edits: TextEdit[]) => TextDocument.applyEdits(doc, edits);
const lspOf = (d: Diagnostic) => ({ range: toLspRange(d), message: d.message, source: 'l10n-lint', code: d.ruleId, data: { fingerprint: d.fingerprint } });

const test = suite('lsp: code actions');

test('the line disable comment goes above a heading and silences its finding; none in a list item', async () => {
  const text = readFileSync(deFile, 'utf8');
  const doc = TextDocument.create(pathToFileURL(deFile).href, 'markdown', 1, text);
  const { findings, outline } = await lintWith(text);
  const heading = findings.find((d) => d.ruleId === 'heading-structure')!;
  const link = findings.find((d) => d.ruleId === 'link-target')!;
  assert.ok(heading && link);
  assert.is(disableLineEdit(doc, link, outline), null, 'a comment line would split the list');
  const edit = disableLineEdit(doc, heading, outline)!;
  assert.is(edit.newText, '<!-- l10n-lint-disable-next-line heading-structure -->\n');
  const after = await lintWith(apply(doc, [edit]));
  assert.equal(after.findings.filter((d) => d.ruleId === 'heading-structure'), []);
  assert.equal(after.findings.filter((d) => d.ruleId === 'inline-directive'), [], 'the directive silences something');
});

test('the file disable comment goes after the front matter and silences the rule in the file', async () => {
  const text = readFileSync(deFile, 'utf8');
  const doc = TextDocument.create(pathToFileURL(deFile).href, 'markdown', 1, text);
  const { findings, outline } = await lintWith(text);
  const link = findings.find((d) => d.ruleId === 'link-target')!;
  const edit = disableFileEdit(doc, link, outline)!;
  assert.is(edit.range.start.line, 3, 'after the three lines of front matter');
  const after = await lintWith(apply(doc, [edit]));
  assert.equal(after.findings.filter((d) => d.ruleId === 'link-target' || d.ruleId === 'inline-directive' || d.ruleId === 'frontmatter-keys'), []);
});

test('fix all: one pass of the fixes, and the fixed findings are gone', async () => {
  const text = readFileSync(deFile, 'utf8');
  const doc = TextDocument.create(pathToFileURL(deFile).href, 'markdown', 1, text);
  const { findings, outline } = await lintWith(text);
  const actions = codeActionsFor({ doc, findings, outline, context: findings.map(lspOf) });
  const all = actions.find((a) => a.title === FIX_ALL_TITLE && a.kind === 'quickfix');
  assert.ok(all, 'offered as a quick fix');
  assert.ok(actions.some((a) => a.kind === 'source.fixAll.l10n-lint'), 'and as source.fixAll');
  assert.equal(all!.edit!.changes![doc.uri], fixAllEdits(doc, findings));
  const after = await lintWith(apply(doc, fixAllEdits(doc, findings)));
  assert.equal(after.findings.filter((d) => d.fix), []);
  assert.equal(after.findings.map((d) => d.ruleId), ['heading-structure'], 'what has no fix remains');
});

test.run();
