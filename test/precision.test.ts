// The kinds of false findings seen on real sites (VitePress, opentelemetry.io), at the level
// of the functions that decide them: what is prose, which external URL is the localized
// edition, how rows of tables without a key column pair. The rule fixtures prove the same
// kinds end to end; these pin the edges (a price is not math, another domain is not an edition).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { looksLikeName, withoutIncludeLines, withoutMath } from '../src/outline/prose.js';
import { localizedEditionOf, sameUrlButLocale } from '../src/align/resolve-target.js';
import { alignTableRows } from '../src/align/tables.js';
import type { RowEl, TableEl } from '../src/types.js';

const test = suite('precision: non-prose, localized editions, unkeyed rows');

test('LaTeX math is taken out; prices and shell variables stay text', () => {
  assert.is(withoutMath('When $a \\ne 0$, there are two').replace(/\s+/g, ' '), 'When , there are two');
  assert.is(withoutMath('before $$\nx = \\frac{1}{2}\n$$ after').replace(/\s+/g, ' '), 'before after');
  assert.is(withoutMath('It costs $5 and $10 a month.'), 'It costs $5 and $10 a month.');
  assert.is(withoutMath('Set $HOME and $PATH first.'), 'Set $HOME and $PATH first.');
  // An unclosed `$$` leaves the rest as written.
  assert.is(withoutMath('a $$ b'), 'a $$ b');
});

test('withoutMath is linear on hostile input (1 MB of `$a^$` and of unclosed `$$`)', () => {
  for (const text of ['$a^'.repeat(350_000), '$$ a '.repeat(200_000), 'x$'.repeat(500_000)]) {
    const started = performance.now();
    withoutMath(text);
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms on ${text.slice(0, 6)}…`);
  }
});

test('snippet imports and include lines are not prose', () => {
  assert.is(withoutIncludeLines('Intro\n<<< @/snippets/a.js#region{1}\n@include: ./part.md\nOutro'), 'Intro\nOutro');
  assert.is(withoutIncludeLines('Use a << b shift.'), 'Use a << b shift.');
});

test('API and product names are names; ordinary lower-case words make prose', () => {
  assert.ok(looksLikeName('NoopTracerProvider'));
  assert.ok(looksLikeName('Auto SDK TracerProvider'));
  assert.ok(looksLikeName('useData site.config'));
  assert.not.ok(looksLikeName('Configure your TracerProvider'));
});

test('a localized edition on a host labelled with the locale is the same link; another domain is not', () => {
  assert.ok(localizedEditionOf('https://vuejs.example.org/guide/x.html', 'https://cn.vuejs.example.org/guide/x.html', 'zh-Hans'));
  assert.ok(localizedEditionOf('https://bundler.example.dev/', 'https://ru.bundler.example.dev/', 'ru-RU'));
  assert.not.ok(localizedEditionOf('https://bundler.example.dev/', 'https://bundler-docs.example.ru/', 'ru-RU'));
  assert.not.ok(localizedEditionOf('https://vuejs.example.org/guide/x.html', 'https://cn.vuejs.example.org/guide/y.html', 'zh-Hans'));
  // `cn.` names Chinese, not Japanese.
  assert.not.ok(localizedEditionOf('https://vuejs.example.org/', 'https://cn.vuejs.example.org/', 'ja-JP'));
  assert.ok(sameUrlButLocale('https://en.wikipedia.org/wiki/Static_web_page', 'https://ru.wikipedia.org/wiki/Статическая_веб-страница', 'en-US', 'ru-RU'));
  assert.not.ok(sameUrlButLocale('https://en.wikipedia.org/wiki/Static_web_page', 'https://ru.wikipedia.org/w/index.php', 'en-US', 'ru-RU'));
  assert.not.ok(sameUrlButLocale('https://en.wikipedia.org/wiki/Static_web_page', 'https://fr.wikipedia.org/wiki/Page_web_statique', 'en-US', 'ru-RU'));
});

const span = (offset: number) => ({ start: { line: 1, column: 1, offset }, end: { line: 1, column: 2, offset: offset + 1 } });
const row = (offset: number, ...cells: string[]): RowEl => ({ cells: cells.map((text, i) => ({ text, span: span(offset + i) })), span: span(offset) });
const table = (rows: RowEl[]): TableEl => ({ index: 0, section: -1, header: row(0, 'a', 'b'), rows, span: span(0) });

test('rows of tables without a key column and different row counts pair by their tokens', () => {
  const canonical = table([row(10, 'Small team', 'max 10 seats'), row(20, 'Growing team', 'max 25 seats'), row(30, 'Large company', 'max 500 seats')]);
  const locale = table([row(10, 'Kleines Team', 'bis 10 Plätze'), row(20, 'Großunternehmen', 'bis 500 Plätze')]);
  const rows = alignTableRows(canonical, locale, 'en-US', 'de-DE');
  assert.equal(
    rows.matched.map((m) => [m.canonical.cells[0].text, m.locale.cells[0].text]),
    [
      ['Small team', 'Kleines Team'],
      ['Large company', 'Großunternehmen'],
    ],
  );
  assert.equal(rows.canonicalOnly.map((r) => r.cells[0].text), ['Growing team']);
  // As many rows on each side: by position, as before (a changed token is then reported on its row).
  const same = alignTableRows(canonical, table([...locale.rows, row(40, 'Drei', 'bis 7 Plätze')]), 'en-US', 'de-DE');
  assert.is(same.matched.length, 3);
  assert.is(same.matched[1].locale.cells[0].text, 'Großunternehmen');
});

test.run();
