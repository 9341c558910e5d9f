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
import { sameCodeShape } from '../src/outline/code-shape.js';
import { isUiText, numberGlued } from '../src/outline/tokens.js';

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

// withastro/docs (Starlight; fr, ja, zh-cn): translators localize the example values in inline
// code, and must keep identifiers, option names, commands, paths and URLs.
test('inline code: localized example text is the same code; a changed identifier, command, path or URL is not', () => {
  const same: Array<[string, string, string]> = [
    ["title: 'My article'", "title: 'Mon article'", 'fr'],
    ['description: A post about my week', 'description: Un article sur ma semaine', 'fr'],
    ['tags: ["blogging"]', 'tags: ["ブログ"]', 'ja'],
    ["{ slug: 'my-post' }", "{ slug: 'mon-article' }", 'fr'],
    ['<h1>Hello</h1>', '<h1>こんにちは</h1>', 'ja'],
    ['<p>I have {quantity + 8} pairs of {footwear}</p>', '<p>私は{footwear}を{quantity + 8}足持っています</p>', 'ja'],
    ['<BlogPost title="My First Post" date="12 Aug 2022" />', '<BlogPost title="Mon premier article" date="12 août 2022" />', 'fr'],
    ['z.array(/* validator */)', 'z.array(/* バリデータ */)', 'ja'],
    ['https://[YOUR-SITE]/graphql/', 'https://[你的网站]/graphql/', 'zh-CN'],
    ['--host [optional host address]', "--host [adresse d'hôte optionnelle]", 'fr'],
    ['{JSX expressions}', '{JSX 表达式}', 'zh-CN'],
    ['http://localhost:<local-port>', 'http://localhost:<port local>', 'fr'],
    ['/en/guides/markdown-content', '/zh-cn/guides/markdown-content', 'zh-CN'],
    ['src/content/docs/en', 'src/content/docs/fr', 'fr'],
    ['export const components = { ... }', 'export const components = {...}', 'zh-CN'],
    ['<ReactCounter client:load />', '<ReactCounter client:load/>', 'fr'],
    ['src/pages/', 'src/pages', 'ja'],
  ];
  for (const [canonical, translated, locale] of same) assert.ok(sameCodeShape(canonical, translated, 'en', locale), `${canonical} -> ${translated}`);
  const changed: Array<[string, string]> = [
    ["import Layout from '../layouts/Base.astro'", "import Layout from '../mises-en-page/Base.astro'"],
    ["fetch('https://api.example.com/posts')", "fetch('https://api.exemple.fr/articles')"],
    ["'application/x-www-form-urlencoded'", "'application/ x-www-form-urlencoded'"],
    ["output: 'static'", "sortie: 'static'"],
    ['output: static', 'output: serveur'],
    ['redirectToDefaultLocale: true', 'redirectToDefaultLocale: false'],
    ['<h1>Hello</h1>', '<h2>Bonjour</h2>'],
    ['<p>I have {count} posts</p>', "<p>J'ai {nombre} articles</p>"],
    ['<div>{someText}</div>', '<div>{duTexte}</div>'],
    ['https://<username>.github.io/<my-repo>/', 'https://<username>/github.io/<my-repo>/'],
    ['[name].module.css', '[nom].module.css'],
    ['client:visible', 'client: visible'],
    ['/en/guides/x', '/de/guides/x'],
    ['src/pages/', '/src/pages'],
    ["{ build: 'compile' | 'cloudflare-binding' }", "{ build: 'compile' }"],
  ];
  for (const [canonical, translated] of changed) assert.not.ok(sameCodeShape(canonical, translated, 'en', 'fr'), `${canonical} -> ${translated}`);
});

test('inline code: an example sentence is text; a lower-case command is code; a number next to letters is there', () => {
  for (const text of ['Astro is amazing!', "This is my first Astro article! Let's see what it will look like!", 'Added in:', 'Open file']) assert.ok(isUiText(text), text);
  for (const text of ['Astro.props', 'Foo.', 'npx astro add react', 'astro dev', "Command 'node' not found", '### Level 3 heading!']) assert.not.ok(isUiText(text), text);
  assert.ok(numberGlued('1', 'JS（不到 1KB）'));
  assert.ok(numberGlued('4', 'Zodがv4にアップグレード'));
  assert.not.ok(numberGlued('4', 'version 4.2 ou 14'));
});

test('inline code: shapes compare in linear time', () => {
  const N = 100_000;
  for (const code of ['/* '.repeat(N), '<!--'.repeat(N), '"a'.repeat(N), '<a>{'.repeat(N), '<a>x{}'.repeat(N), '[A'.repeat(N), '{a b'.repeat(N), '/en'.repeat(N)]) {
    const started = Date.now();
    sameCodeShape(code, code + 'x', 'en', 'fr');
    isUiText(code);
    // Quadratic on these inputs takes minutes; linear takes milliseconds.
    assert.ok(Date.now() - started < 5000, `${JSON.stringify(code.slice(0, 4))}… took ${Date.now() - started} ms`);
  }
});

test.run();
