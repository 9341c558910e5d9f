import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseMarkdown } from '../src/parse.js';
import { buildOutline } from '../src/outline/index.js';
import { alignOutlines } from '../src/align/index.js';
import { alignByKey, alignByScoreWithTies } from '../src/align/sequence.js';
import { createTargetMapper, isPageTarget } from '../src/align/target-mapper.js';
import { buildConsensus } from '../src/canonical/consensus.js';
import { compileUserPattern } from '../src/config/user-pattern.js';

const test = suite('align');
const outlineOf = (text: string) => buildOutline(parseMarkdown(text), text, { labelPattern: compileUserPattern('^L\\d+ - ') });
const en = createTargetMapper('', ['-de', '-jp'], ['index.md']);
const de = createTargetMapper('-de', ['-de', '-jp'], ['index.md']);

test('target mapper: suffixes, anchors, keepNames, URLs untouched', () => {
  assert.is(de.toLocale('page.md#a'), 'page-de.md#a');
  assert.is(de.toLocale('sub/page-jp.md'), 'sub/page-de.md');
  assert.is(de.toLocale('index.md'), 'index.md');
  assert.is(de.toLocale('http://x.com/page.md'), 'http://x.com/page.md');
  assert.is(de.toLocale('image.png'), 'image.png');
  assert.is(de.toNeutral('page-de.md?x=1#b'), 'page.md?x=1#b');
  assert.ok(isPageTarget('a/b.md#c'));
  assert.not.ok(isPageTarget('#c'));
});

test('alignByKey keeps order and reports leftovers', () => {
  const a = alignByKey(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'], (x) => x);
  assert.equal(a.matched.map((m) => m.canonical), ['a', 'c', 'd']);
  assert.equal(a.canonicalOnly, ['b']);
  assert.equal(a.localeOnly, ['x']);
});

const EN = '# L1 - One\n\n- [L2 - A](a.md)\n- [L2 - B](b.md)\n\n# L1 - Two\n\n- [L2 - C](c.md)\n\n# L1 - Three\n\n- [L2 - D](d.md)\n';

test('headings align by structure, not text: a missing middle section is found by its links', () => {
  const locale = outlineOf('# L1 - Eins\n\n- [L2 - A](a-de.md)\n- [L2 - B](b-de.md)\n\n# L1 - Drei\n\n- [L2 - D](d-de.md)\n');
  const a = alignOutlines(outlineOf(EN), locale, en, de);
  assert.equal(a.headings.canonicalOnly.map((h) => h.text), ['L1 - Two']);
  assert.equal(a.headings.matched.map((m) => [m.canonical.text, m.locale.text]), [['L1 - One', 'L1 - Eins'], ['L1 - Three', 'L1 - Drei']]);
  assert.equal(a.links.canonicalOnly.map((l) => l.target), ['c.md']);
});

test('links align by mapped target; a wrong suffix or a changed page still aligns', () => {
  const locale = outlineOf('# L1 - Eins\n\n- [L2 - A](a.md)\n- [L2 - B](b-jp.md)\n\n# L1 - Zwei\n\n- [L2 - C](other-de.md)\n\n# L1 - Drei\n\n- [L2 - D](d-de.md)\n');
  const a = alignOutlines(outlineOf(EN), locale, en, de);
  assert.equal(a.links.matched.map((m) => [m.canonical.target, m.locale.target]), [['a.md', 'a.md'], ['b.md', 'b-jp.md'], ['c.md', 'other-de.md'], ['d.md', 'd-de.md']]);
  assert.is(a.links.canonicalOnly.length + a.links.localeOnly.length, 0);
});

test('front-matter keys align whatever their order', () => {
  const a = alignOutlines(outlineOf('---\na: 1\nb: 2\nc: 3\n---\n# x\n'), outlineOf('---\nc: 3\na: 1\nd: 4\n---\n# x\n'), en, de);
  assert.equal(a.frontmatter.matched.map((m) => m.canonical.key), ['a', 'c']);
  assert.equal(a.frontmatter.canonicalOnly.map((e) => e.key), ['b']);
  assert.equal(a.frontmatter.localeOnly.map((e) => e.key), ['d']);
});

test('change-log rows align by date value, whatever the format', () => {
  const table = (rows: string) => `## Log\n\n| Date | Who | What |\n| --- | --- | --- |\n${rows}`;
  const c = outlineOf(table('| 03/27/2020 | A | x |\n| 09/27/2019 | A | y |\n'));
  const l = outlineOf(table('| 2020-03-27 | A | x |\n| 01/01/2021 | A | z |\n'));
  const a = alignOutlines(c, l, en, de);
  assert.equal(a.refreshRows.matched.map((m) => m.locale.date), ['2020-03-27']);
  assert.equal(a.refreshRows.canonicalOnly.map((r) => r.date), ['2019-09-27']);
  assert.equal(a.refreshRows.localeOnly.map((r) => r.date), ['2021-01-01']);
});

test('consensus: majority wins element by element; an even split is a tie', () => {
  const page = (label: string, target: string, rows: string) =>
    outlineOf(`# ${label}Head\n\n- [L2 - A](${target})\n\n## Log\n\n| Date | Who | What |\n| --- | --- | --- |\n${rows}`);
  const rows = '| 03/27/2020 | A | x |\n';
  const members = [
    { locale: 'de-DE', file: 'p-de.md', outline: page('L1 - ', 'a-de.md', rows), mapper: createTargetMapper('-de', ['-de', '-es', '-jp', '-pr'], []) },
    { locale: 'es-ES', file: 'p-es.md', outline: page('L1 - ', 'a.md', rows), mapper: createTargetMapper('-es', ['-de', '-es', '-jp', '-pr'], []) },
    { locale: 'ja-JP', file: 'p-jp.md', outline: page('L1 – ', 'a-jp.md', rows + '| 04/30/2020 | A | z |\n'), mapper: createTargetMapper('-jp', ['-de', '-es', '-jp', '-pr'], []) },
    { locale: 'pt-BR', file: 'p-pr.md', outline: page('L1 - ', 'b-pr.md', rows + '| 04/30/2020 | A | z |\n'), mapper: createTargetMapper('-pr', ['-de', '-es', '-jp', '-pr'], []) },
  ];
  const { canonical, ties } = buildConsensus(members);
  assert.is(canonical.headings[0].label, 'L1 - ');
  assert.is(canonical.links[0].target, 'a.md');
  assert.equal(canonical.refresh!.rows.map((r) => r.date), ['2020-03-27']);
  assert.equal(ties.map((t) => t.key), ['row:2020-04-30']);
});

test('consensus: translatable front-matter keys are voted on for presence only, never for their value', () => {
  const page = (title: string, topic: string) => outlineOf(`---\ntitle: ${title}\nms.topic: ${topic}\n---\n# H\n`);
  const members = ['de-DE', 'es-ES', 'fr-FR', 'ja-JP'].map((locale, i) => ({
    locale,
    file: `p-${i}.md`,
    outline: page(`Titel ${i}`, i < 2 ? 'a' : 'b'),
    mapper: createTargetMapper('', [], []),
  }));
  const voted = buildConsensus(members, { translatableKeys: ['title'] });
  assert.equal(voted.ties.map((t) => t.key), ['fm:ms.topic']);
  assert.ok(voted.canonical.frontmatter!.entries.some((e) => e.key === 'title'));
  // Without the list every translated title is its own value: a tie, the fault this guards.
  assert.ok(buildConsensus(members).ties.some((t) => t.key === 'fm:title'));
});

const headingPairs = (c: string, l: string, orderFree = false) => {
  const a = alignOutlines(outlineOf(c), outlineOf(l), en, de, { orderFree, canonicalLocale: 'en-US', localeCode: 'de-DE' });
  return {
    matched: a.headings.matched.map((m) => `${m.canonical.text}=${m.locale.text}`).sort(),
    missing: a.headings.canonicalOnly.map((h) => h.text),
    extra: a.headings.localeOnly.map((h) => h.text),
    moved: a.movedHeadings.map((m) => m.canonical.text),
    places: [...(a.missingHeadingPlaces ?? new Map()).values()].map((p) => p.span.start.line),
  };
};

test('headings: a heading deleted in the middle is the one missing, placed before the paragraph that followed it', () => {
  const c = '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nSet `port` to 8080.\n\n## Deploy\n\nPush to `main`.\n';
  const l = '# Leitfaden\n\n## Installieren\n\nFühre `npm i` aus.\n\nSetze `port` auf 8080.\n\n## Ausrollen\n\nPush nach `main`.\n';
  const r = headingPairs(c, l);
  assert.equal(r.missing, ['Configure']);
  assert.equal(r.extra, []);
  assert.equal(r.matched, ['Deploy=Ausrollen', 'Guide=Leitfaden', 'Install=Installieren']);
  assert.equal(r.places, [7]); // the paragraph with `port`, where the heading should be
});

test('headings: code-named headings pair by their code whatever is missing around them', () => {
  const c = '# CLI\n\n### `start`\n\nx\n\n### `stop`\n\nx\n\n### `--root`\n\nx\n';
  const l = '# CLI\n\n### `stop`\n\ny\n\n### `--root`\n\ny\n';
  const r = headingPairs(c, l);
  assert.equal(r.missing, ['start']);
  assert.equal(r.matched, ['--root=--root', 'CLI=CLI', 'stop=stop']);
});

test('headings: a section moved whole with its keys is moved (once), and nothing in an order-free set', () => {
  const c = '# G\n\n## Alpha {#alpha}\n\na\n\n## Beta {#beta}\n\nb\n\n## Gamma {#gamma}\n\nc\n';
  const l = '# G\n\n## Gamma {#gamma}\n\nc\n\n## Alpha {#alpha}\n\na\n\n## Beta {#beta}\n\nb\n';
  const fixed = headingPairs(c, l);
  assert.equal(fixed.moved, ['Gamma']);
  assert.equal([fixed.missing, fixed.extra], [[], []]);
  const free = headingPairs(c, l, true);
  assert.equal([free.moved, free.missing, free.extra], [[], [], []]);
  assert.is(free.matched.length, 4);
});

test('headings: a heading one level deeper is one pair at another depth, not a missing and an extra', () => {
  const c = '# G\n\n## A\n\nText.\n\n## B\n\nText.\n\n- item\n\n## C\n\nText.\n';
  const l = '# G\n\n## A\n\nTexte.\n\n### B\n\nTexte.\n\n- élément\n\n## C\n\nTexte.\n';
  const r = headingPairs(c, l);
  assert.equal([r.missing, r.extra], [[], []]);
  assert.ok(r.matched.includes('B=B'));
});

test('headings: lost headings (no space after #, glued to an HTML block) are where the missing ones went', () => {
  const c = '# T\n\n<div>\nx\n</div>\n\n## One\n\nText.\n\n## Two\n\nCall `go()`.\n\n## Three\n\nEnd.\n';
  const l = '# T\n\n<div>\nx\n</div>\n## Eins\n\nText.\n\n##Zwei\n\nRufe `go()`.\n\n## Drei\n\nEnde.\n';
  const o = outlineOf(l);
  assert.equal(o.lostHeadings!.map((x) => [x.depth, x.reason, x.span.start.line]), [[2, 'html-block', 6], [2, 'no-space', 10]]);
  const r = headingPairs(c, l);
  assert.equal(r.missing, ['One', 'Two']);
  assert.equal(r.places, [6, 10]);
  assert.ok(r.matched.includes('Three=Drei'));
});

test('tables: rows keyed by names both languages write alike; a missing row shifts nothing', async () => {
  const { alignTableRows } = await import('../src/align/tables.js');
  const c = outlineOf('| Property | Description |\n| --- | --- |\n| active | Animate |\n| avatar | Show avatar |\n| round | Round corners |\n');
  const l = outlineOf('| Eigenschaft | Beschreibung |\n| --- | --- |\n| avatar | Avatar zeigen |\n| round | Runde Ecken |\n');
  const rows = alignTableRows(c.tables[0], l.tables[0], 'en-US', 'de-DE');
  assert.is(rows.key?.kind, 'text');
  assert.equal(rows.canonicalOnly.map((r) => r.cells[0].text), ['active']);
  assert.equal(rows.matched.map((m) => `${m.canonical.cells[0].text}=${m.locale.cells[0].text}`), ['avatar=avatar', 'round=round']);
  // Translated first cells are no key: positional.
  const t = outlineOf('| Plan | Seats |\n| --- | --- |\n| Grund | 1 |\n| Mittel | 2 |\n');
  assert.is(alignTableRows(c.tables[0], t.tables[0], 'en-US', 'de-DE').key, null);
});

test('alignByScoreWithTies: elements equally good alignments pair differently are undecided, the rest decided', () => {
  const same = alignByScoreWithTies(['a', 'b', 'c'], ['x', 'y'], () => 1);
  assert.equal(same.matched, []);
  assert.equal(same.canonicalOnly, []);
  assert.equal(same.undecided, { canonical: ['a', 'b', 'c'], locale: ['x', 'y'] });
  // A better partner for `c` decides the whole run: `b` is the one left over.
  const told = alignByScoreWithTies(['a', 'b', 'c'], ['x', 'y'], (c, l) => (c === 'a' && l === 'x') || (c === 'c' && l === 'y') ? 2 : 1);
  assert.equal(told.matched.map((m) => m.canonical + m.locale), ['ax', 'cy']);
  assert.equal(told.canonicalOnly, ['b']);
  assert.equal(told.undecided, { canonical: [], locale: [] });
  // Never pairable: only, not undecided.
  const none = alignByScoreWithTies(['a'], ['x'], () => null);
  assert.equal([none.canonicalOnly, none.localeOnly, none.undecided], [['a'], ['x'], { canonical: [], locale: [] }]);
});

const BACKUP = '# Backups\n\nKeep copies.\n\n## Create\n\nOpen the settings.\n\n## Run\n\nPress the button.\n\n## Restore\n\nPick a copy.\n';

test('headings: with alike sections, a dropped or added one is undecided (a run), never a named wrong heading', () => {
  const dropped = alignOutlines(outlineOf(BACKUP), outlineOf('# Sicherungen\n\nKopien.\n\n## Erstellen\n\nEinstellungen öffnen.\n\n## Wiederherstellen\n\nKopie wählen.\n'), en, de);
  assert.equal([dropped.headings.canonicalOnly, dropped.headings.localeOnly], [[], []]);
  const runs = dropped.undecidedHeadings!.map((r) => [r.canonical.map((h) => h.text), r.locale.map((h) => h.text), r.before?.canonical.text, r.after, r.span.start.line]);
  assert.equal(runs, [[['Create', 'Run', 'Restore'], ['Erstellen', 'Wiederherstellen'], 'Backups', null, 5]]);
  // Their sections are placed at the run for rules that report what a section lacks.
  assert.equal([1, 2, 3].map((i) => dropped.missingHeadingPlaces!.get(i)?.span.start.line), [5, 5, 5]);
});

test('headings: the body of a section (kinds and sizes of blocks, anchored paragraphs) tells which heading is missing', () => {
  const c = '# Backups\n\nKeep copies.\n\n## Create\n\nOpen the settings.\n\n## Run\n\nPress the button.\n\n1. Open.\n2. Press.\n\n## Restore\n\nPick a copy.\n';
  const byList = headingPairs(c, '# Sicherungen\n\nKopien.\n\n## Erstellen\n\nEinstellungen öffnen.\n\n## Wiederherstellen\n\nKopie wählen.\n');
  assert.equal([byList.missing, byList.extra], [['Run'], []]);
  const byList2 = headingPairs(c, '# Sicherungen\n\nKopien.\n\n## Erstellen\n\nEinstellungen öffnen.\n\n## Ausführen\n\nDrücken.\n\n1. Öffnen.\n2. Drücken.\n');
  assert.equal(byList2.missing, ['Restore']);
  const anchored = headingPairs(
    '# Server\n\nPort 8080.\n\n## Start\n\nRun `server start`.\n\n## Logs\n\nSee the log.\n\n## Stop\n\nRun `server stop`.\n',
    '# Server\n\nPort 8080.\n\n## Starten\n\n`server start` ausführen.\n\n## Anhalten\n\n`server stop` ausführen.\n',
  );
  assert.equal([anchored.missing, anchored.extra], [['Logs'], []]);
  const added = headingPairs(BACKUP, '# Sicherungen\n\nKopien.\n\n## Erstellen\n\nEinstellungen öffnen.\n\n## Hinweis\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n## Ausführen\n\nTaste drücken.\n\n## Wiederherstellen\n\nKopie wählen.\n');
  assert.equal([added.missing, added.extra], [[], ['Hinweis']]);
});

test('headings: a tie is broken by the parent: the `####` under the `###` both sides kept, not one whose `##` and `###` the page lacks', () => {
  const c = '# Syntax\n\n### Differences\n\nText.\n\n#### Comments\n\nText.\n\nMore.\n\n## Utilities\n\n### Slots\n\nText.\n\n#### Has\n\nText.\n\nMore.\n';
  const l = '# Syntax\n\n### Unterschiede\n\nText.\n\n#### Kommentare\n\nText.\n\nMehr.\n';
  const r = headingPairs(c, l);
  assert.equal(r.missing, ['Utilities', 'Slots', 'Has']);
  assert.equal(r.matched, ['Comments=Kommentare', 'Differences=Unterschiede', 'Syntax=Syntax']);
});

test('headings: a tie is broken by a subsection: an empty `##` over the `###` both sides kept is that `###`\'s parent', () => {
  const c = '# Reference\n\n## Environments\n\nTwo of them:\n\n- client\n- server\n\n## Types\n\nImport them:\n\n```ts\nimport type { Logger } from "x";\n```\n\n### Logger\n\nCall `logger.info()` to log.\n';
  const l = '# Referenz\n\n## Typen\n\n### Logger\n\nRufen Sie `logger.info()` auf.\n';
  const r = headingPairs(c, l);
  assert.equal([r.missing, r.extra], [['Environments'], []]);
  assert.equal(r.matched, ['Logger=Logger', 'Reference=Referenz', 'Types=Typen']);
});

test('links: what is left in a section pairs by position only where both sides have as many left', () => {
  const c = '# Recipe\n\nInstall [remark](https://npmjs.com/remark) and [satteri](https://npmjs.com/satteri).\n';
  const unequal = alignOutlines(outlineOf(c), outlineOf('# Rezept\n\nSiehe [MDN](https://developer.mozilla.org/de/).\n'), en, de);
  assert.equal(unequal.links.matched, []);
  assert.equal([unequal.links.canonicalOnly.length, unequal.links.localeOnly.length], [2, 1]);
  const equal = alignOutlines(outlineOf(c), outlineOf('# Rezept\n\n[remark](https://npmjs.com/remark-de) und [satteri](https://npmjs.com/satteri-de).\n'), en, de);
  assert.equal(equal.links.matched.map((m) => m.locale.target), ['https://npmjs.com/remark-de', 'https://npmjs.com/satteri-de']);
});

test.run();
