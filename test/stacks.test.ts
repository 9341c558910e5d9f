// End-to-end per site generator (fixtures/stacks/<preset>/): a copy of the site, with no
// l10n-lint config, gets `l10n-lint init` and then `l10n-lint`; the findings must be exactly
// expected.txt (the drift injected on purpose), and the pages listed in pseudo.txt (prose
// replaced; code, links, heading IDs and front-matter keys kept) must yield nothing.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { fixturesDir, listDirs, readExpected } from './helpers/fixtures.js';
import { formatFindingLine } from '../src/reporters/stylish.js';
import { cli } from './helpers/cli.js';

const test = suite('stacks');
const stacksDir = path.join(fixturesDir, 'stacks');

// Link rules wait for route mapping (#12: `route`, `routeSuffix`, stack sluggers, pretty
// URLs relative to the page's route); until it lands they misread every localized route.
// TODO(lead, at the merge of #12): run every rule here.
// The copy is not in git, so staleness is not checked: the run says so in one note, which is not drift.
const isNotCheckedNote = (d: { ruleId: string; messageId: string }) => d.ruleId === 'stale-translation' && d.messageId === 'notChecked';


const stacks = listDirs(stacksDir);

test('there is a stack fixture for every preset', async () => {
  const { PRESETS } = await import('../src/config/presets/index.js');
  assert.equal(stacks, Object.keys(PRESETS).sort());
});

for (const stack of stacks) {
  test(`${stack}: init, then lint: exactly the injected drift`, async () => {
    const site = mkdtempSync(path.join(os.tmpdir(), `l10n-stack-${stack}-`));
    try {
      cpSync(path.join(stacksDir, stack), site, { recursive: true, filter: (src) => !/(expected|pseudo)\.txt$/.test(src) });
      const init = await cli(['init'], site);
      assert.is(init.code, 0, init.stderr);
      assert.match(init.stdout, new RegExp(`Found ${stack} `));
      const config = JSON.parse(readFileSync(path.join(site, 'l10n-lint.config.json'), 'utf8'));
      assert.is(config.preset, stack);
      assert.ok(config.$schema);
      const run = await cli(['--no-cache', '--format', 'json'], site);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      const report = JSON.parse(run.stdout);
      report.diagnostics = report.diagnostics.filter((d: any) => !isNotCheckedNote(d));
      assert.ok(report.summary.pairs > 0, 'the run checked pairs');
      const lines = report.diagnostics.map(formatFindingLine);
      assert.equal(lines, readExpected(path.join(stacksDir, stack)));
      const pseudoFile = path.join(stacksDir, stack, 'pseudo.txt');
      const pseudo = existsSync(pseudoFile) ? readFileSync(pseudoFile, 'utf8').split('\n').filter(Boolean) : [];
      assert.ok(pseudo.length >= 2, 'pseudo.txt names the pseudo-translated pages of both translations');
      for (const page of pseudo) {
        assert.ok(existsSync(path.join(site, page)), `${page} exists`);
        // A link into a page this locale lacks is a note caused by that page's file-missing
        // finding (listed in expected.txt), not drift of the pseudo-translation itself.
        const own = report.diagnostics.filter((d: any) => d.file === page && d.messageId !== 'notTranslated');
        assert.equal(own.map(formatFindingLine), [], `${page} is a pseudo-translation: no finding`);
      }
      // A second init keeps the config it wrote.
      assert.is((await cli(['init'], site)).code, 2);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
}

test('init on a Hugo site with its own render-link hook: translations keep the source route in links (linkRoute)', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'l10n-stack-hook-'));
  try {
    cpSync(path.join(stacksDir, 'hugo'), site, { recursive: true, filter: (src) => !/(expected|pseudo)\.txt$/.test(src) });
    mkdirSync(path.join(site, 'layouts/_markup'), { recursive: true });
    writeFileSync(path.join(site, 'layouts/_markup/render-link.html'), '{{/* resolves /docs/x/ to the page language */}}\n');
    const init = await cli(['init'], site);
    assert.is(init.code, 0, init.stderr);
    assert.match(init.stdout, /render-link\.html rewrites links/);
    const config = JSON.parse(readFileSync(path.join(site, 'l10n-lint.config.json'), 'utf8'));
    assert.ok(config.sets[0].locales.length > 0);
    for (const locale of config.sets[0].locales) assert.is(locale.linkRoute, config.sets[0].source.route);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('init: no site config, or one without translations, is exit 2 with the reason; nothing is written', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'l10n-stack-empty-'));
  try {
    let r = await cli(['init'], site);
    assert.is(r.code, 2);
    assert.match(r.stderr, /no site config found/);
    writeFileSync(path.join(site, 'docusaurus.config.js'), "module.exports = { i18n: { defaultLocale: 'en', locales: ['en'] } };\n");
    r = await cli(['init'], site);
    assert.is(r.code, 2);
    assert.match(r.stderr, /declares no locale besides en/);
    assert.not.ok(existsSync(path.join(site, 'l10n-lint.config.json')));
    // A config that is computed, not written out, is never run: init says what it could not read.
    writeFileSync(path.join(site, 'docusaurus.config.js'), "const locales = require('./locales.json');\nmodule.exports = { i18n: { defaultLocale: 'en', locales } };\n");
    r = await cli(['init'], site);
    assert.is(r.code, 2);
    assert.match(r.stderr, /no literal `i18n.locales`/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test.run();
