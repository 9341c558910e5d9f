import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toDiagnostic, RuleBugError } from '../src/engine/report.js';
import { fingerprint, defaultKey } from '../src/engine/fingerprint.js';
import { isSilenced } from '../src/engine/directives.js';
import type { RuleModule, Span } from '../src/types.js';

import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSmallSet } from '../scripts/generate-corpus.js';
import { resolveLintConfig } from '../src/index.js';
import { loadOutlinesInThread, runEngine, type OutlineLoader } from '../src/engine/lint.js';

const test = suite('engine');

const rule: RuleModule = {
  meta: {
    id: 'demo-rule', description: 'd', category: 'content', defaultSeverity: 'error', fixable: false,
    schema: { type: 'object' }, messages: { found: 'Found {thing} (as in {canonical} line {canonicalLine}).' },
    docs: { description: 'd', example: 'e' },
  },
  check: () => {},
};
const span = (line: number, column = 1, offset = 0): Span => ({ start: { line, column, offset }, end: { line, column: column + 1, offset: offset + 1 } });
const factory = {
  rule, severity: 'error' as const,
  target: { set: 's', locale: 'de-DE', file: 'de/a-de.md', sourceFile: 'en/a.md', outline: { lines: 10, length: 200 } },
  canonical: { file: 'en/a.md', name: 'en-US', outline: { lines: 10, length: 200 } },
};

test('pages linted as their files arrive, in any order, report what linting after loading reports (anchors into pages still loading included)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-stream-'));
  try {
    const corpus = generateSmallSet({ out: dir });
    // One anchor that exists nowhere, one that does: the linked page arrives after the linking one.
    appendFileSync(path.join(dir, 'de-DE/index.md'), '\n[A](networking/index.md#no-such-heading) [B](networking/index.md#l1---unbekannter-status)\n');
    const config = resolveLintConfig({ config: corpus.configFile, cwd: dir });
    const reference = await runEngine(config);
    let streamed = 0;
    const orderedBy = (order: (files: string[]) => string[]): OutlineLoader => async (files, options, max, onOutcome) => {
      const all = await loadOutlinesInThread(files, options, max);
      for (const rel of order([...all.keys()])) {
        onOutcome?.(rel, all.get(rel)!);
        streamed++;
      }
      return all;
    };
    const orders: Array<[string, (files: string[]) => string[]]> = [
      ['reversed', (files) => [...files].reverse()],
      ['the linked page last', (files) => [...files.filter((f) => f !== 'de-DE/networking/index.md'), 'de-DE/networking/index.md']],
      ['half, then the loader\'s answer', (files) => files.filter((_, i) => i % 2 === 0)],
    ];
    for (const [what, order] of orders) {
      const result = await runEngine(config, { loadOutlines: orderedBy(order) });
      assert.equal(result.diagnostics, reference.diagnostics, what);
      assert.equal(result.summary, reference.summary, what);
    }
    assert.ok(streamed > 0, 'the engine took outcomes as they came');
    assert.ok(reference.diagnostics.some((d) => d.messageId === 'missingAnchor' && d.file === 'de-DE/index.md' && d.actual === 'networking/index.md#no-such-heading'));
    assert.not.ok(reference.diagnostics.some((d) => d.messageId === 'missingAnchor' && d.actual === 'networking/index.md#l1---unbekannter-status'), 'an existing anchor is not reported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a valid report becomes a diagnostic with related location and filled message', () => {
  const d = toDiagnostic(factory, { messageId: 'found', data: { thing: 'x' }, at: span(3, 2, 20), related: { span: span(4) } });
  assert.is(d.message, 'Found x (as in en-US line 4).');
  assert.equal([d.line, d.column, d.endLine, d.endColumn], [3, 2, 3, 3]);
  assert.equal(d.related, [{ file: 'en/a.md', line: 4, column: 1, endLine: 4, endColumn: 2, message: 'in en-US' }]);
  assert.match(d.fingerprint, /^[0-9a-f]{32}$/);
});

test('the report callback refuses what is a bug in the rule', () => {
  assert.throws(() => toDiagnostic(factory, { messageId: 'nope' }), (e: Error) => e instanceof RuleBugError && /unknown messageId/.test(e.message));
  assert.throws(() => toDiagnostic(factory, { messageId: 'found' }), /placeholder \{thing\} has no data/);
  assert.throws(() => toDiagnostic(factory, { messageId: 'found', data: { thing: 'x' }, at: span(11) }), /outside the file/);
  assert.throws(() => toDiagnostic(factory, { messageId: 'found', data: { thing: 'x' }, fix: { range: [0, 1], text: '' } }), /fixable is false/);
});

test('fingerprints ignore lines: the same element on another line keeps its fingerprint', () => {
  const a = toDiagnostic(factory, { messageId: 'found', data: { thing: 'x', line: 3 }, at: span(3) });
  const b = toDiagnostic(factory, { messageId: 'found', data: { thing: 'x', line: 9 }, at: span(9) });
  assert.is(a.fingerprint, b.fingerprint);
  assert.is.not(defaultKey('m', { a: 1 }), defaultKey('m', { a: 2 }));
  assert.is.not(fingerprint({ ruleId: 'r', set: 's', locale: 'l', file: 'f', key: 'k' }), fingerprint({ ruleId: 'r', set: 's', locale: 'l2', file: 'f', key: 'k' }));
});

test('inline disables: ranges, next line, file, named rules only', () => {
  const d = (kind: any, rules: string[], line: number) => ({ kind, rules, span: span(line) });
  const directives = [d('disable', ['link-target'], 2), d('enable', ['link-target'], 5), d('disable-next-line', [], 7)];
  assert.ok(isSilenced(directives, 'link-target', 3));
  assert.not.ok(isSilenced(directives, 'link-target', 6));
  assert.not.ok(isSilenced(directives, 'label-prefix', 3));
  assert.ok(isSilenced(directives, 'label-prefix', 8));
  assert.ok(isSilenced([d('disable-file', ['file-orphan'], 1)], 'file-orphan', undefined));
});

test.run();
