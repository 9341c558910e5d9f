import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseMarkdown, decodeText } from '../src/parse.js';
import { buildOutline } from '../src/outline/index.js';
import { normalizeDate } from '../src/outline/dates.js';
import { compileUserPattern } from '../src/config/user-pattern.js';
import type { Outline } from '../src/types.js';

const test = suite('outline');
const labels = { labelPattern: compileUserPattern('^L\\d+ - ') };
const outlineOf = (text: string): Outline => buildOutline(parseMarkdown(text), text, labels);

const PAGE = `---
title: Guide
ms.date: 5/02/2019
---
# L1 - Status

Intro with \`code\` and 1,000 items.

-  [L2 - Unresponsive](page.md#anchor)
    Description.

## Refresh summary

| Date | Who | What |
| --- | --- | --- |
| 03/27/2020 | Celia | Maintenance |
| 2019-09-27 | Celia | Update |

[Ref link][home]

[home]: http://example.com
<!-- l10n-lint-disable-next-line link-target -->
`;

test('front matter: keys, values and positions', () => {
  const o = outlineOf(PAGE);
  assert.equal(o.frontmatter!.entries.map((e) => [e.key, e.value, e.span.start.line]), [['title', 'Guide', 2], ['ms.date', '5/02/2019', 3]]);
  const date = o.frontmatter!.entries[1];
  assert.is(PAGE.slice(date.valueSpan.start.offset, date.valueSpan.end.offset), '5/02/2019');
});

test('headings: depth, label, slug, positions', () => {
  const o = outlineOf(PAGE);
  assert.equal(o.headings.map((h) => [h.depth, h.label, h.text, h.slug, h.span.start.line]), [
    [1, 'L1 - ', 'L1 - Status', 'l1---status', 5],
    [2, null, 'Refresh summary', 'refresh-summary', 12],
  ]);
});

test('links: text, target, section, exact target span, reference links', () => {
  const o = outlineOf(PAGE);
  const [l2, ref] = o.links;
  assert.is(l2.target, 'page.md#anchor');
  assert.is(l2.label, 'L2 - ');
  assert.is(l2.section, 0);
  assert.is(PAGE.slice(l2.targetSpan!.start.offset, l2.targetSpan!.end.offset), 'page.md#anchor');
  assert.is(ref.target, 'http://example.com');
  assert.is(ref.section, 1);
  assert.is(PAGE.slice(ref.targetSpan!.start.offset, ref.targetSpan!.end.offset), 'http://example.com');
});

test('reference definitions: the URL span is the URL, never the title', () => {
  const text = '[x][r] and [y][s]\n\n[r]: page.md "see page.md"\n[s]:\n  <other file.md> \'t\'\n';
  const o = outlineOf(text);
  const spans = o.links.map((l) => text.slice(l.targetSpan!.start.offset, l.targetSpan!.end.offset));
  assert.equal(spans, ['page.md', 'other file.md']);
  const escaped = outlineOf('[x][r]\n\n[r]: pa\\_ge.md "t"\n');
  assert.is(escaped.links[0].targetSpan, null);
});

test('tables and the refresh table with normalized dates', () => {
  const o = outlineOf(PAGE);
  assert.is(o.tables.length, 1);
  assert.equal(o.tables[0].header.cells.map((c) => c.text), ['Date', 'Who', 'What']);
  assert.equal(o.refresh!.rows.map((r) => [r.dateRaw, r.date, r.author]), [['03/27/2020', '2020-03-27', 'Celia'], ['2019-09-27', '2019-09-27', 'Celia']]);
  assert.is(o.refresh!.heading, 1);
});

test('blocks, inline code, directives', () => {
  const o = outlineOf(PAGE);
  const intro = o.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Intro'))!;
  assert.equal(intro.inlineCode, ['code']);
  assert.ok(o.blocks.some((b) => b.kind === 'listItem'));
  assert.ok(o.blocks.some((b) => b.kind === 'tableCell' && b.text === 'Maintenance'));
  assert.equal(o.directives.map((d) => [d.kind, d.rules]), [['disable-next-line', ['link-target']]]);
});

test('dates: house formats by value, invalid dates are null', () => {
  assert.is(normalizeDate('5/2/2019'), '2019-05-02');
  assert.is(normalizeDate('05/02/2019'), '2019-05-02');
  assert.is(normalizeDate('2019-05-02'), '2019-05-02');
  assert.is(normalizeDate('2019 年 5 月 2 日'), '2019-05-02');
  assert.is(normalizeDate('２０１９年５月２日'), '2019-05-02');
  assert.is(normalizeDate('02/30/2020'), null);
  assert.is(normalizeDate('soon'), null);
});

test('invisible characters with positions; BOM and CRLF', () => {
  const decoded = decodeText(Buffer.from('\uFEFF# L1 - A\u200B\r\n\r\ntext\u202E\r\n'), 1e6);
  assert.ok(decoded.ok);
  if (!decoded.ok) return;
  assert.is(decoded.bom, true);
  const o = buildOutline(parseMarkdown(decoded.text), decoded.text, labels, decoded.bom);
  assert.is(o.lineEnding, 'crlf');
  assert.equal(o.invisibles.map((i) => [i.codePoint, i.span.start.line, i.span.start.column]), [[0x200b, 1, 9], [0x202e, 3, 5]]);
  assert.is(o.headings[0].text, 'L1 - A\u200B');
});

test('the outline is plain JSON', () => {
  const o = outlineOf(PAGE);
  assert.equal(JSON.parse(JSON.stringify(o)), o);
});

test('deep nesting does not overflow the stack', () => {
  const text = '> '.repeat(3000) + 'deep\n';
  const o = outlineOf(text);
  assert.is(o.blocks.length, 1);
});

test('a duplicate front-matter key is an error naming the key and its line', () => {
  const o = outlineOf('---\na: 1\nb: 2\na: 3\n---\n# A\n');
  assert.is(o.frontmatter!.error!.message, 'the key "a" appears twice');
  assert.is(o.frontmatter!.error!.span.start.line, 4);
});

test('a large front matter is outlined in linear time (40,000 keys)', () => {
  const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: v${i}`).join('\n');
  const o = outlineOf(`---\n${keys}\n---\n# A\n`);
  assert.is(o.frontmatter!.entries.length, 40_000);
  assert.is(o.frontmatter!.entries[39_999].span.start.line, 40_001);
});

test('invalid YAML is recorded, not thrown', () => {
  const o = outlineOf('---\ntitle: [unclosed\n---\n# A\n');
  assert.ok(o.frontmatter!.error);
  assert.is(o.headings.length, 1);
});

test.run();
