// Coverage per locale and the status page, over a git repository built here with dated
// commits (a stale page, an up-to-date one, a missing one, a remote on GitHub): the JSON
// summary, the stylish footer, the Markdown summary and the HTML report give the same
// numbers; the status page, opened from disk in headless Chromium, draws bars that match
// the JSON coverage, filters by locale and status, sorts, and makes no request.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { lint } from '../src/index.js';
import { loadReporter } from '../src/reporters/index.js';
import type { LintResult, LocaleCoverage, Reporter } from '../src/types.js';
import { commit, git, initRepo } from './helpers/git-repo.js';

const CONFIG = {
  sets: [
    {
      name: 'docs',
      source: { locale: 'en-US', dir: 'en' },
      locales: [
        { locale: 'de-DE', dir: 'de', suffix: '-de' },
        { locale: 'fr-FR', dir: 'fr', suffix: '-fr' },
      ],
    },
  ],
};

const source = (title: string, extra = '') => `# ${title}\n\nThis page explains ${title.toLowerCase()} in a few words.\n${extra}`;
const translation = (title: string) => `# ${title}\n\nDiese Seite erklärt ${title} in wenigen Worten.\n`;

function buildRepo(): string {
  const root = initRepo('l10n-status-');
  git(root, ['remote', 'add', 'origin', 'git@github.com:example-org/example-docs.git']);
  commit(root, '2024-01-01T10:00:00Z', 'Add the pages', {
    'l10n-lint.config.json': JSON.stringify(CONFIG),
    'en/alpha.md': source('Alpha'),
    'en/beta.md': source('Beta'),
    'en/gamma.md': source('Gamma'),
    'de/alpha-de.md': translation('Alpha'),
    'de/beta-de.md': translation('Beta'),
    'de/gamma-de.md': translation('Gamma'),
    'fr/alpha-fr.md': translation('Alpha'),
    'fr/beta-fr.md': translation('Beta'),
  });
  // <tag> and & in a subject and a heading must come out as text.
  commit(root, '2024-02-01T10:00:00Z', 'Explain <limits> & quotas', { 'en/alpha.md': source('Alpha', '\n## Limits & <quotas>\n\nAt most ten requests a second per key.\n') });
  commit(root, '2024-02-02T10:00:00Z', 'Catch up the French alpha page', { 'fr/alpha-fr.md': translation('Alpha').replace('\n', '\n\n## Limites\n\nDix.\n') });
  return root;
}

const reporters: Record<'json' | 'stylish' | 'markdown' | 'html', Reporter> = {
  json: await loadReporter('json'),
  stylish: await loadReporter('stylish'),
  markdown: await loadReporter('markdown'),
  html: await loadReporter('html'),
};

const root = buildRepo();
let result: LintResult;

const test = suite('status: coverage in every report');

test.before(async () => {
  result = await lint({ cwd: root, includePairs: true });
});

const expected: Record<string, LocaleCoverage> = {
  // de: alpha stale, beta and gamma up to date. fr: alpha up to date, beta up to date, gamma missing.
  'de-DE': { pages: 3, translated: 3, upToDate: 2, stale: 1, missing: 0, wordsBehind: 0 },
  'fr-FR': { pages: 3, translated: 2, upToDate: 2, stale: 0, missing: 1, wordsBehind: 0 },
};

test('the JSON summary has coverage per locale', () => {
  const json = JSON.parse(reporters.json(result));
  for (const [locale, want] of Object.entries(expected)) {
    const got = json.summary.byLocale[locale].coverage as LocaleCoverage;
    assert.equal({ ...got, wordsBehind: 0 }, want, locale);
  }
  // de is behind by the new section (heading 3 words... counted from its blocks); fr by all of gamma.
  assert.ok(json.summary.byLocale['de-DE'].coverage.wordsBehind >= 10);
  assert.is(json.summary.byLocale['fr-FR'].coverage.wordsBehind, 1 + 8, 'the whole gamma page: heading and paragraph');
});

type Table = Record<string, number[]>;
const asNumbers = (cells: string[]) => cells.map((c) => (c === '–' ? -1 : Number(c.replace(/,/g, ''))));
const fromJson = (c: LocaleCoverage) => [c.pages, c.translated, c.upToDate ?? -1, c.stale ?? -1, c.missing, c.wordsBehind];

function stylishTable(text: string): Table {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('coverage '));
  assert.ok(start >= 0, 'stylish has a coverage footer');
  const out: Table = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) break;
    const [locale, ...cells] = line.trim().split(/\s+/);
    out[locale] = asNumbers(cells);
  }
  return out;
}

function markdownTable(text: string): Table {
  const lines = text.split('\n');
  const start = lines.indexOf('### Translation coverage');
  assert.ok(start >= 0, 'markdown has a coverage table');
  const out: Table = {};
  for (const line of lines.slice(start + 4)) {
    if (!line.startsWith('|')) break;
    const [locale, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    out[locale] = asNumbers(cells);
  }
  return out;
}

function htmlTable(page: string): Table {
  const out: Table = {};
  const metrics = ['pages', 'translated', 'upToDate', 'stale', 'missing', 'wordsBehind'];
  for (const match of page.matchAll(/<td class="count" data-locale="([^"]+)" data-coverage="(\w+)">([^<]*)<\/td>/g)) {
    const [, locale, metric, value] = match;
    (out[locale] ??= new Array(metrics.length).fill(NaN))[metrics.indexOf(metric)] = asNumbers([value])[0];
  }
  return out;
}

test('JSON, stylish, Markdown and HTML give the same coverage numbers', () => {
  const json = JSON.parse(reporters.json(result));
  const want: Table = Object.fromEntries(Object.entries(json.summary.byLocale).map(([l, s]) => [l, fromJson((s as { coverage: LocaleCoverage }).coverage)]));
  assert.equal(Object.keys(want).sort(), ['de-DE', 'fr-FR']);
  assert.equal(stylishTable(reporters.stylish(result)), want, 'stylish');
  assert.equal(markdownTable(reporters.markdown(result)), want, 'markdown');
  assert.equal(htmlTable(reporters.html(result)), want, 'html');
});

test('the status page names the commits a page is behind, links them to GitHub, and escapes their text', () => {
  const page = reporters.html(result);
  const alpha = git(root, ['log', '-1', '--format=%H', '--', 'en/alpha.md']);
  assert.ok(page.includes(`href="https://github.com/example-org/example-docs/commit/${alpha}"`));
  assert.ok(page.includes('Explain &lt;limits&gt; &amp; quotas'));
  assert.not.ok(page.includes('<limits>'));
  assert.ok(page.includes('<span class="section">Limits &amp; &lt;quotas&gt;</span>'), 'the section the commit touched');
});

test('missing: "fallback": a missing page is coverage (info), not an error; "report" keeps the rule\'s severity', async () => {
  const fallback = await lint({ cwd: root, config: { ...CONFIG, sets: [{ ...CONFIG.sets[0], missing: 'fallback' }] }, rules: ['file-missing'] });
  const missing = fallback.diagnostics.filter((d) => d.ruleId === 'file-missing');
  assert.equal(missing.map((d) => [d.file, d.severity]), [['fr/gamma-fr.md', 'info']]);
  assert.is(fallback.summary.errors, 0);
  assert.is(fallback.summary.byLocale['fr-FR'].coverage!.missing, 1);
  const report = await lint({ cwd: root, config: { ...CONFIG, sets: [{ ...CONFIG.sets[0], missing: 'report' }] }, rules: ['file-missing'] });
  assert.equal(report.diagnostics.filter((d) => d.ruleId === 'file-missing').map((d) => d.severity), ['error']);
});

test('side by side: each finding carries the text of its block, invisible characters shown as ⟦U+200B⟧', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-status-context-'));
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...CONFIG, rules: { 'stale-translation': 'off' } }));
  for (const [rel, text] of Object.entries({ 'en/a.md': '# A\n\nPlain words here.\n', 'de/a-de.md': '# A\n\nKlare\u200BWorte hier.\n', 'fr/a-fr.md': '# A\n\nMots clairs.\n' })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const run = await lint({ cwd: dir, includePairs: true, rules: ['invisible-chars'] });
  const page = reporters.html(run);
  const data = JSON.parse(/<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]);
  const finding = data.findings.find((f: { ruleId: string }) => f.ruleId === 'invisible-chars');
  assert.is(finding.context, 'Klare⟦U+200B⟧Worte hier.');
  rmSync(dir, { recursive: true, force: true });
});

test.after(() => {
  if (!CHROMIUM_PRESENT) rmSync(root, { recursive: true, force: true });
});

test.run();

// ---------------------------------------------------------------------------
// The status page in a browser

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_PRESENT = existsSync(CHROMIUM);

if (!CHROMIUM_PRESENT) {
  console.log(`\n  SKIPPED browser test of the status page: ${CHROMIUM} not found (run .ci/install-browser.sh).\n`);
} else {
  const browserTest = suite('status page: in chromium');
  browserTest('bars match the JSON coverage; filters by locale and status work; sorting; no console error, no request', async () => {
    const run = await lint({ cwd: root, includePairs: true });
    const json = JSON.parse(reporters.json(run));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-status-page-'));
    const file = path.join(dir, 'report.html');
    writeFileSync(file, reporters.html(run));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
      });
      await page.goto(`${pathToFileURL(file).href}#status`);
      await page.waitForSelector('html[data-ready="true"]');
      assert.ok(await page.isVisible('#view-status'), 'the status view is shown');

      // Bars: each segment's count equals the JSON coverage, its width its share of the pages.
      const bars = await page.$$eval('svg.progress', (svgs: any[]) =>
        svgs.map((svg) => ({
          locale: svg.getAttribute('data-locale')!,
          segments: Array.from(svg.querySelectorAll('rect[data-segment]')).map((r: any) => ({ segment: r.getAttribute('data-segment')!, count: Number(r.getAttribute('data-count')), width: r.getBoundingClientRect().width })),
          track: svg.querySelector('rect.bar-track')!.getBoundingClientRect().width,
        })),
      );
      assert.is(bars.length, 2);
      for (const bar of bars) {
        const c = json.summary.byLocale[bar.locale].coverage as LocaleCoverage;
        const want: Record<string, number> = { upToDate: c.upToDate!, stale: c.stale!, unchecked: c.translated - c.upToDate! - c.stale!, missing: c.missing };
        for (const s of bar.segments) {
          assert.is(s.count, want[s.segment], `${bar.locale} ${s.segment}`);
          assert.ok(Math.abs(s.width - (bar.track * s.count) / c.pages) < 1, `${bar.locale} ${s.segment}: width ${s.width} of ${bar.track}`);
        }
      }

      const visibleRows = () => page.$$eval('table.status-pages tbody tr', (rows: any[]) => rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-page') as string));
      assert.equal(await visibleRows(), ['en/alpha.md', 'en/beta.md', 'en/gamma.md']);

      // Status filter: stale in any locale.
      await page.selectOption('#status-state', 'stale');
      assert.equal(await visibleRows(), ['en/alpha.md']);
      assert.match(await page.url(), /#status\?status=stale$/);
      // Locale filter: in French nothing is stale; missing is gamma.
      await page.selectOption('#status-locale', 'fr-FR');
      assert.equal(await visibleRows(), []);
      await page.selectOption('#status-state', 'missing');
      assert.equal(await visibleRows(), ['en/gamma.md']);
      const deVisible = await page.$$eval('table.status-pages [data-locale="de-DE"]', (cells: any[]) => cells.filter((c) => !c.hidden).length);
      assert.is(deVisible, 0, 'other locales\' columns are hidden');
      // The filter is in the address: reopening it restores the view.
      await page.goto(`${pathToFileURL(file).href}#status?locale=de-DE&status=up-to-date`);
      await page.waitForSelector('html[data-ready="true"]');
      assert.equal(await visibleRows(), ['en/beta.md', 'en/gamma.md']);

      // Sort by the German column: most work first (stale before up to date).
      await page.selectOption('#status-state', '');
      await page.click('button.sort[data-sort="locale:de-DE"]');
      assert.equal((await visibleRows())[0], 'en/alpha.md');
      await page.click('button.sort[data-sort="page"]');
      await page.click('button.sort[data-sort="page"]');
      assert.equal(await visibleRows(), ['en/gamma.md', 'en/beta.md', 'en/alpha.md'], 'page names, descending');

      assert.equal(problems, []);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
  });
  browserTest('side by side: a content finding is listed with its block text, not on a link row', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-status-pairview-'));
    writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...CONFIG, rules: { 'stale-translation': 'off' } }));
    for (const [rel, text] of Object.entries({ 'en/a.md': '# A\n\nSee [the guide](b.md) for more.\n', 'en/b.md': '# B\n', 'de/a-de.md': '# A\n\nSiehe [die\u200BAnleitung](b-de.md) für mehr.\n', 'de/b-de.md': '# B\n', 'fr/a-fr.md': '# A\n\nVoir [le guide](b-fr.md).\n', 'fr/b-fr.md': '# B\n' })) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const run = await lint({ cwd: dir, includePairs: true, rules: ['invisible-chars', 'link-target'] });
    const file = path.join(dir, 'report.html');
    writeFileSync(file, reporters.html(run));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${pathToFileURL(file).href}#findings?rule=invisible-chars`);
      await page.waitForSelector('html[data-ready="true"]');
      await page.click('a.pair-link');
      await page.waitForSelector('#pair-content .unattached .block-context');
      assert.is(await page.textContent('#pair-content .unattached .block-context'), 'Siehe die⟦U+200B⟧Anleitung für mehr.');
      const linkRowFindings = await page.$$eval('#pair-content [data-section="links"] .pair-finding', (items: any[]) => items.length);
      assert.is(linkRowFindings, 0, 'the invisible character is not put on the link row');
      assert.equal(problems, []);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  browserTest.run();
}
