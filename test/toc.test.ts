// toc.yml files: their outline (entries in the tree, with positions), their alignment by
// tree position, and the Markdown rules staying silent on them.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { buildTocOutline } from '../src/outline/toc.js';
import { alignTocEntries } from '../src/align/toc.js';
import { createTargetMapper } from '../src/align/target-mapper.js';
import { fixturesDir, lintCase, toLines } from './helpers/fixtures.js';

const test = suite('toc');

const TOC = `- name: Getting started
  href: getting-started.md
- name: Guides
  items:
    - name: Renewals
      href: "renewals.md"
- name: Partner site
  href: https://partner.example.com
`;

test('a TOC outline lists entries in tree order with depth, parent, children and href positions', () => {
  const outline = buildTocOutline(TOC);
  assert.is(outline.headings.length + outline.links.length + outline.blocks.length, 0, 'no Markdown elements');
  assert.is(outline.toc?.error, null);
  assert.equal(
    outline.toc!.entries.map((e) => [e.name, e.href, e.depth, e.parent, e.children, e.span.start.line]),
    [
      ['Getting started', 'getting-started.md', 1, -1, 0, 1],
      ['Guides', null, 1, -1, 1, 3],
      ['Renewals', 'renewals.md', 2, 1, 0, 5],
      ['Partner site', 'https://partner.example.com', 1, -1, 0, 7],
    ],
  );
  const quoted = outline.toc!.entries[2].hrefSpan!;
  assert.equal([quoted.start.line, quoted.start.column], [6, 13]);
});

test('a mapping with `items`, invalid YAML and a list of scalars', () => {
  assert.is(buildTocOutline('items:\n  - name: A\n    href: a.md\n').toc!.entries.length, 1);
  assert.match(buildTocOutline('- name: A\n  href: [a.md\n').toc!.error!.message, /Flow sequence/);
  assert.equal(buildTocOutline('- a.md\n').toc!.error!.message, 'a TOC entry must be a mapping with `name` and `href`');
});

test('entries align by tree position, an equal href telling which sibling is missing', () => {
  const mapper = createTargetMapper('-de', ['-de'], ['toc.yml']);
  const canonical = buildTocOutline(TOC).toc;
  const locale = buildTocOutline(TOC.replace('- name: Getting started\n  href: getting-started.md\n', '').replace('Renewals', 'Verlängerungen')).toc;
  const aligned = alignTocEntries(canonical, locale, mapper, mapper);
  assert.equal(aligned.canonicalOnly.map((e) => e.name), ['Getting started']);
  assert.equal(aligned.matched.map((m) => [m.canonical.name, m.locale.name]), [['Guides', 'Guides'], ['Renewals', 'Verlängerungen'], ['Partner site', 'Partner site']]);
});

test('the Markdown rules stay silent on TOC pairs: only toc-structure (and the missing page) report', async () => {
  const result = await lintCase(path.join(fixturesDir, 'rules', 'toc-structure', 'invalid-shape-and-targets'));
  assert.equal([...new Set(result.diagnostics.map((d) => d.ruleId))].sort(), ['file-missing', 'toc-structure']);
  assert.equal(toLines(await lintCase(path.join(fixturesDir, 'rules', 'toc-structure', 'valid-mapped-toc'))), []);
});

test.run();
