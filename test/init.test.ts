// `init` on Hugo sites with `module.mounts` and front-matter `aliases`: the mounts it writes,
// then link-broken on the site: links into mounted folders that exist are checked against
// their files, links into mounts whose source is absent are not checked, alias routes
// resolve, and a page that exists nowhere still fires (fixtures/init/hugo-mounts/expected.txt).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir, readExpected } from './helpers/fixtures.js';
import { formatFindingLine } from '../src/reporters/stylish.js';
import { cli } from './helpers/cli.js';
import { detectHugo } from '../src/init/detect.js';
import { aliasRoutesOf, aliasRoutesOnDisk, aliasesOf, routeForm } from '../src/discover-routes.js';
import { execFileSync } from 'node:child_process';
import { ConfigError, resolveConfig } from '../src/config/load.js';

const test = suite('init: Hugo mounts and aliases');

function tempSite(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `l10n-init-${prefix}-`));
}

test('hugo.toml module.mounts: init writes the mounts outside the language dirs, link-broken honours them and aliases', async () => {
  const site = tempSite('mounts');
  try {
    cpSync(path.join(fixturesDir, 'init', 'hugo-mounts'), site, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
    const init = await cli(['init'], site);
    assert.is(init.code, 0, init.stderr);
    assert.match(init.stdout, /module\.mounts: 3 content mount\(s\)/);
    const config = JSON.parse(readFileSync(path.join(site, 'l10n-lint.config.json'), 'utf8'));
    // The language dirs and the German fallback (`content/en/docs` at `content/docs`) are the set itself: left out.
    assert.equal(config.sets[0].mounts, [
      { route: '/docs/spec/', dir: 'vendor/spec' },
      { route: '/docs/api/', dir: 'tmp/api' },
      { route: '/docs/faq/', dir: 'extras/faq.md' },
    ]);
    assert.is(config.sets[0].aliases, true);
    const run = await cli(['--no-cache', '--format', 'json', '--rule', 'link-broken'], site);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.ok(report.summary.pairs > 0, 'the run checked pairs');
    assert.equal(report.diagnostics.map(formatFindingLine), readExpected(path.join(fixturesDir, 'init', 'hugo-mounts')));
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('config/_default/module.yaml: `mounts` with a sites matrix name their languages; no language: every language', () => {
  const site = tempSite('module-yaml');
  try {
    mkdirSync(path.join(site, 'config', '_default'), { recursive: true });
    writeFileSync(path.join(site, 'config', '_default', 'hugo.yaml'), 'defaultContentLanguage: en\nlanguages:\n  en: { contentDir: content/en }\n  fr: { contentDir: content/fr }\n');
    writeFileSync(
      path.join(site, 'config', '_default', 'module.yaml'),
      [
        'mounts:',
        '  - { source: content/en, target: content }',
        '  - { source: tmp/spec, target: content/docs/specs/otel }',
        '  - source: tmp/fr-only',
        '    target: content/extra',
        '    sites: { matrix: { languages: [fr] } }',
        '  - { source: content/en/docs/specs/x/types.md, target: content/docs/specs/otel/types.md }',
        '  - { source: ../elsewhere, target: content/far }',
        '',
      ].join('\n'),
    );
    const found = detectHugo(site);
    assert.ok(found);
    assert.equal(found.mounts, [
      { route: '/docs/specs/otel/', dir: 'tmp/spec' },
      { route: '/fr/docs/specs/otel/', dir: 'tmp/spec' },
      { route: '/fr/extra/', dir: 'tmp/fr-only' },
      { route: '/docs/specs/otel/types/', dir: 'content/en/docs/specs/x/types.md' },
      { route: '/fr/docs/specs/otel/types/', dir: 'content/en/docs/specs/x/types.md' },
    ]);
    assert.ok(found.notes.some((n) => n.includes('../elsewhere')), 'a mount from outside the site is named in a note');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('aliases: front matter read (YAML, TOML, a single string), URLs left out, routes per Hugo', () => {
  assert.equal(aliasesOf('---\naliases: [/a/, b]\n---\n# x\n'), ['/a/', 'b']);
  assert.equal(aliasesOf("+++\naliases = ['/c']\n+++\n"), ['/c']);
  assert.equal(aliasesOf('---\naliases: /d/\n---\n'), ['/d/']);
  assert.equal(aliasesOf('---\naliases: [https://example.com/x]\n---\n'), []);
  assert.equal(aliasesOf('# no front matter\naliases: [/e/]\n'), []);
  // Relative: against the parent of the page's URL (and the file's folder).
  assert.equal(aliasRoutesOf('installation', 'docs/collector/install/_index.md', '/'), ['/docs/collector/installation/', '/docs/collector/install/installation/']);
  assert.equal(aliasRoutesOf('old', 'blog/2023/post.md', '/'), ['/blog/2023/old/']);
  // Root-relative on a translation: as written and under the language's route.
  assert.equal(aliasRoutesOf('/docs/alt/', 'docs/x.md', '/de/'), ['/docs/alt/', '/de/docs/alt/']);
  assert.equal(routeForm('/a/b/index.html'), '/a/b/');
  assert.equal(routeForm('/a/b.md'), '/a/b/');
});

test('aliases on disk: a FIFO named .md is not opened (no hang), a file with aliases is read', () => {
  const root = tempSite('fifo');
  try {
    mkdirSync(path.join(root, 'en'), { recursive: true });
    writeFileSync(path.join(root, 'en', 'page.md'), '---\naliases: [/old/]\n---\n# Page\n');
    execFileSync('mkfifo', [path.join(root, 'en', 'pipe.md')]);
    const set = { name: 's', source: { locale: 'en', dir: 'en', suffix: '', route: '/' }, locales: [], include: ['**/*.md'], exclude: [], keepNames: [], aliases: true };
    assert.equal([...aliasRoutesOnDisk(set, root, ['en/page.md', 'en/pipe.md'])], [['/old/', 'en/page.md']]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('config mounts: validated (route, dir, no other key), routes normalized, a dir outside the config refused', () => {
  const root = tempSite('config');
  const set = (mounts: unknown) => ({ sets: [{ name: 's', source: { locale: 'en', dir: 'en', route: '/' }, locales: [{ locale: 'de', dir: 'de', route: '/de/' }], mounts, aliases: true }] });
  const error = (raw: unknown): string => {
    try {
      resolveConfig(raw, root);
    } catch (e) {
      assert.instance(e, ConfigError);
      return (e as Error).message;
    }
    throw new Error('no ConfigError');
  };
  try {
    const ok = resolveConfig(set([{ route: '/docs/specs', dir: './tmp/spec/' }]), root);
    assert.equal(ok.sets[0].mounts, [{ route: '/docs/specs/', dir: 'tmp/spec' }]);
    assert.is(ok.sets[0].aliases, true);
    assert.match(error(set([{ route: 'docs/specs/', dir: 'tmp' }])), '/sets/0/mounts/0/route');
    assert.match(error(set([{ route: '/docs/' }])), 'dir');
    assert.match(error(set([{ route: '/docs/', dir: 'tmp', lang: 'en' }])), 'lang');
    assert.match(error(set([{ route: '/docs/', dir: '../elsewhere' }])), /\/sets\/0\/mounts\/0\/dir: "\.\.\/elsewhere" points outside/);
    assert.match(error({ sets: [{ ...set([]).sets[0], aliases: 'yes' }] }), '/sets/0/aliases');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.run();
