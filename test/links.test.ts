// Link resolution, route mapping, localized URLs, explicit heading IDs and HTML links:
// the pieces the link rules are built from, each with cases where it must say no.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { resolveTarget, targetKey, sameUrlButLocale, localizedEditionOf } from '../src/align/resolve-target.js';
import { createTargetMapper, type SiteRouting } from '../src/align/target-mapper.js';
import { isSnippetFile, locateTarget, pageCandidates, type SiteFacts } from '../src/align/site-files.js';
import { splitHeadingId, withoutAttributeList } from '../src/outline/template-tags.js';
import { htmlFacts } from '../src/outline/html.js';
import { ANY_ANCHOR, anchorsOf } from '../src/outline/anchors.js';
import { includesOf } from '../src/outline/includes.js';

const test = suite('links');

test('targets are classified and normalized', () => {
  assert.equal(resolveTarget('#a%20b'), { kind: 'anchor', path: '', query: '', fragment: 'a b' });
  assert.is(resolveTarget('./a/../b.md?x=1#c').path, 'b.md');
  assert.is(resolveTarget('./a/../b.md?x=1#c').query, '?x=1');
  assert.is(resolveTarget('../b/').path, '../b/');
  assert.is(resolveTarget('/de/x/').kind, 'route');
  assert.is(resolveTarget('https://x.example/a').kind, 'external');
  assert.is(resolveTarget('//x.example/a').kind, 'external');
  assert.is(resolveTarget('mailto:a@x.example').kind, 'email');
  assert.is(resolveTarget('tel:+100').kind, 'scheme');
  assert.is(resolveTarget('').kind, 'empty');
  assert.is(resolveTarget('bad%zz.md').path, 'bad%zz.md');
});

test('equal once resolved, different otherwise', () => {
  assert.is(targetKey('release%20notes.md'), targetKey('<release notes.md>'));
  assert.is(targetKey('./install.md'), targetKey('install.md'));
  assert.is(targetKey('a.md#one'), targetKey('a.md#zwei'));
  assert.is(targetKey('#one'), targetKey('#zwei'));
  assert.is.not(targetKey('instalaci%C3%B3n.md'), targetKey('installation.md'));
  assert.is.not(targetKey('https://x.example/#a'), targetKey('https://x.example/#b'));
});

const starlight: SiteRouting = { source: { route: '/en/', suffix: '' }, own: { route: '/de/', suffix: '' }, locales: [{ route: '/de/', suffix: '' }, { route: '/fr/', suffix: '' }] };
const hugo: SiteRouting = { source: { route: '/', suffix: '' }, own: { route: '/fr/', suffix: '' }, locales: [{ route: '/fr/', suffix: '' }] };
const dumiCn = { route: '/', suffix: '-cn' };
const dumi: SiteRouting = { source: { route: '/', suffix: '' }, own: dumiCn, locales: [dumiCn] };

test('routes map per locale, and back', () => {
  const de = createTargetMapper('', [], [], starlight);
  assert.is(de.toLocale('/en/guides/x/#a'), '/de/guides/x/#a');
  assert.is(de.toNeutral('/de/guides/x/'), '/en/guides/x/');
  assert.is(de.toNeutral('/fr/guides/x/'), '/en/guides/x/');
  assert.is(de.toLocale('/other/x/'), '/other/x/');
  const fr = createTargetMapper('', [], [], hugo);
  assert.is(fr.toLocale('/docs/x/'), '/fr/docs/x/');
  assert.is(fr.toNeutral('/fr/docs/x/'), '/docs/x/');
  assert.is(fr.toNeutral('/docs/x/'), '/docs/x/');
  const cn = createTargetMapper('', [], [], dumi);
  assert.is(cn.toLocale('/components/button'), '/components/button-cn');
  assert.is(cn.toLocale('/components/button/'), '/components/button-cn/');
  assert.is(cn.toNeutral('/components/button-cn#api'), '/components/button#api');
  // Without routing, root-relative links are left as they are.
  assert.is(createTargetMapper('-de', ['-de'], []).toLocale('/docs/x/'), '/docs/x/');
  // A static file (public/, static/) has one URL for every locale: never moved to the locale's route.
  assert.is(fr.toLocale('/img/logo.svg'), '/img/logo.svg');
  assert.is(fr.toLocale('/docs/x.html'), '/fr/docs/x.html');
});

test('existence as the site resolves it', () => {
  assert.ok(pageCandidates('b/').includes('b/_index.md'));
  assert.ok(pageCandidates('b').includes('b.mdx'));
  const site: SiteFacts = {
    files: new Set(['docs/en/a.md', 'docs/en/b/index.md', 'docs/en/only-en.md', 'docs/de/a.md', 'docs/de/b/index.md']),
    contentDirs: ['docs/en', 'docs/de'],
    outside: new Map([['LICENSE', true], ['NOTICE', false]]),
    misnamed: new Set(),
    untranslated: new Map(),
    sourceDir: 'docs/en',
    localeDir: 'docs/de',
    sameNames: true,
    routing: null,
    dirOfRoute: new Map(),
  };
  assert.is(locateTarget('docs/de/a.md', 'b/', site).state, 'exists');
  assert.is(locateTarget('docs/de/a.md', '../../LICENSE', site).state, 'exists');
  assert.is(locateTarget('docs/de/a.md', '../../NOTICE', site).state, 'missing');
  assert.is(locateTarget('docs/de/a.md', 'only-en.md', site).state, 'untranslated');
  assert.is(locateTarget('docs/de/a.md', 'nowhere.md', site).state, 'missing');
  assert.is(locateTarget('docs/de/a.md', '/de/a/', site).state, 'unknown');
  assert.is(locateTarget('docs/de/a.md', '../../../outside.md', site).state, 'unknown');
  const routed: SiteFacts = { ...site, routing: starlight, dirOfRoute: new Map([['/en/\u0000', 'docs/en'], ['/de/\u0000', 'docs/de']]) };
  assert.is(locateTarget('docs/de/a.md', '/de/b/', routed).state, 'exists');
  assert.is(locateTarget('docs/de/a.md', '/de/only-en/', routed).state, 'untranslated');
  // On a routed site, `../b/` from `a.md` (served at `a/`) is the sibling page `b/`.
  assert.is(locateTarget('docs/de/a.md', '../b/', routed).state, 'exists');
  // Served as a file (VitePress cleanUrls, Docusaurus: `a.md` at `/de/a`), `./b` is the sibling
  // too: either reading that finds a page is the site's, and a link no reading finds is missing.
  assert.is(locateTarget('docs/de/a.md', './b', routed).state, 'exists');
  assert.is(locateTarget('docs/de/a.md', './nowhere', routed).state, 'missing');
  // A route to a static file (`public/`, `static/`: no content dir) is not known, never "missing";
  // a page route that leads nowhere still is.
  assert.is(locateTarget('docs/de/a.md', '/de/img/logo.svg', routed).state, 'unknown');
  assert.is(locateTarget('docs/de/a.md', '/de/nowhere/', routed).state, 'missing');
  // With linkRoute (links the site rewrites), a page route resolves in the locale; a static file is still not known.
  const rewritten: SiteFacts = { ...routed, linkRoute: '/en/' };
  assert.is(locateTarget('docs/de/a.md', '/en/b/', rewritten).state, 'exists');
  assert.is(locateTarget('docs/de/a.md', '/en/img/logo.svg', rewritten).state, 'unknown');
});

test('localized editions of external pages', () => {
  assert.ok(sameUrlButLocale('https://developer.mozilla.org/en-US/docs/x', 'https://developer.mozilla.org/fr/docs/x', 'en', 'fr'));
  assert.ok(sameUrlButLocale('https://developer.mozilla.org/en-US/docs/x', 'https://developer.mozilla.org/zh-CN/docs/y', 'en', 'zh-CN'));
  assert.not.ok(sameUrlButLocale('http://partner.example.com', 'http://partner.example.com/de', 'en-US', 'de-DE'));
  assert.not.ok(sameUrlButLocale('https://x.example/en/a', 'https://y.example/fr/a', 'en', 'fr'));
  assert.not.ok(sameUrlButLocale('https://x.example/a', 'https://x.example/b', 'en', 'fr'));
  assert.ok(localizedEditionOf('https://vite.dev/guide/build.html', 'https://cn.vite.dev/guide/build', 'zh-CN'));
  assert.not.ok(localizedEditionOf('https://main.vite.dev/config/', 'https://cn.vite.dev/config/', 'zh-CN'));
  assert.not.ok(localizedEditionOf('https://vite.dev/a', 'https://cn.vite.dev/b', 'zh-CN'));
});

test('explicit heading IDs', () => {
  assert.equal(splitHeadingId('System requirements {#system-requirements}'), { text: 'System requirements', id: 'system-requirements' });
  assert.equal(splitHeadingId('Title {#id .class}'), { text: 'Title', id: 'id' });
  assert.equal(splitHeadingId('Set {a} and {b}'), { text: 'Set {a} and {b}', id: null });
  assert.equal(splitHeadingId('Empty {#}'), { text: 'Empty {#}', id: null });
});

test('HTML links and anchors come from a tokenizer', () => {
  const facts = htmlFacts('<p><a href="./pwa.md" id="top">Apps <b>PWA</b></a> <img src="a.png" alt="A"> <a name="old"></a> <a href={post.url}>x</a></p>');
  assert.equal(facts.links.map((l) => [l.kind, l.target, l.text]), [['link', './pwa.md', 'Apps PWA'], ['image', 'a.png', 'A']]);
  assert.equal(facts.anchors, ['top', 'old']);
  assert.equal(facts.links[0].value, [12, 20]);
  assert.equal(htmlFacts('<!-- a comment with href= -->').links, []);
  assert.equal(htmlFacts('<a href="x&amp;y.md">').links[0].value, null);
});

test('anchors by slugger', () => {
  const heading = (text: string, slug: string, id?: string) => ({ text, slug, ...(id ? { id } : {}) }) as never;
  const outline = { headings: [heading('Hello, World!', 'hello-world'), heading('Hello, World!', 'hello-world-1'), heading('Setup', 'setup', 'install')], htmlAnchors: ['legacy'] };
  assert.equal([...anchorsOf(outline)].sort(), ['hello-world', 'hello-world-1', 'install', 'legacy', 'setup']);
  assert.ok(anchorsOf(outline, 'vitepress').has('hello-world-1'));
  assert.ok(anchorsOf(outline, 'mkdocs').has('hello-world_1'));
});

test('a target written with template syntax is its own kind, never a file', () => {
  for (const t of ['{{% param issues_url %}}?q=a', '{{< relref "setup.md" >}}', '/docs/{{ lang }}/x/', '{% link a.md %}', '%7B%7B%20param%20x%20%7D%7D']) {
    assert.is(resolveTarget(t).kind, 'template', t);
  }
  for (const t of ['a{b}.md', '/docs/x/#a{1}', 'https://x.example/{id}']) assert.is.not(resolveTarget(t).kind, 'template', t);
  const site = { files: new Set(['en/a.md']), contentDirs: ['en'], outside: new Map(), misnamed: new Set(), untranslated: new Map(), sourceDir: 'en', localeDir: 'en', sameNames: false, routing: null, dirOfRoute: new Map(), linkRoute: null } as unknown as SiteFacts;
  assert.equal(locateTarget('en/a.md', '{{% param url %}}', site), { state: 'unknown' });
  assert.is(targetKey('{{% param a %}}') === targetKey('{{% param b %}}'), false);
});

test('include directives are found; wrapping and value shortcodes are not', () => {
  assert.equal(includesOf('# T\n\n{{% include "exporters/jaeger.md" %}}\n'), ['{{% include']);
  assert.equal(includesOf('{{< readfile file="x.md" >}}'), ['{{< readfile']);
  assert.equal(includesOf('{{% docs/languages/exporters/intro %}}'), ['{{% docs/languages/exporters/intro']);
  assert.equal(includesOf('--8<-- "snippets/a.md"\n'), ['--8<-- "snippets/a.md"']);
  assert.equal(includesOf('<!--@include: ./parts/a.md-->'), ['<!--@include: ./parts/a.md-->']);
  assert.equal(includesOf("import Part from './_part.mdx';\n\n<Part />"), ["import Part from './_part.mdx'"]);
  assert.equal(includesOf('{% include "a.md" %}'), ['{% include "a.md" %}']);
  // Wrapped in-file content (tab, alert), values (param), HTML shortcodes and code imports add no headings.
  assert.equal(includesOf('{{% tab "A" %}}x{{% /tab %}} {{% alert %}}y{{% /alert %}} {{% param url %}} {{< youtube id >}}\nimport x from "./x.js"'), []);
  assert.equal(includesOf('plain text'), []);
  const outline = { headings: [], htmlAnchors: [], includes: ['{{% include'] };
  assert.ok(anchorsOf(outline).has(ANY_ANCHOR));
  assert.not.ok(anchorsOf({ headings: [], htmlAnchors: [] }).has(ANY_ANCHOR));
  // Linear: many openers and no include stay fast.
  const long = '{{% tab %}}'.repeat(50_000) + '{{% /tab %}}';
  const t0 = Date.now();
  assert.equal(includesOf(long), []);
  assert.ok(Date.now() - t0 < 2000);
});

test('snippet files are told from pages', () => {
  assert.ok(isSnippetFile('content/en/docs/_includes/exporters/intro.md'));
  assert.ok(isSnippetFile('docs/guides/_partial.mdx'));
  assert.not.ok(isSnippetFile('content/en/docs/_index.md'));
  assert.not.ok(isSnippetFile('content/en/docs/setup.md'));
  assert.not.ok(isSnippetFile('_posts/2024-01-01-release.md'));
});

test('an attribute list is not part of the anchor; its ID may come after classes', () => {
  assert.equal(splitHeadingId('`LOCALIZATION` guidelines {.notranslate lang=en #localization}'), { text: '`LOCALIZATION` guidelines', id: 'localization' });
  assert.equal(splitHeadingId('Easy CLA {.notranslate lang=en}'), { text: 'Easy CLA {.notranslate lang=en}', id: null });
  assert.is(withoutAttributeList('Easy CLA {.notranslate lang=en}'), 'Easy CLA');
  assert.is(withoutAttributeList('Deployment Netlify {netlify-deployment}'), 'Deployment Netlify {netlify-deployment}');
  assert.is(withoutAttributeList('Set {a, b}'), 'Set {a, b}');
  assert.is(withoutAttributeList('{.x}'), '{.x}');
});

test.run();
