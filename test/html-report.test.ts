// The HTML drift report: unit checks on the rendered string, then the page itself in
// Debian's chromium (skipped with a message when /usr/bin/chromium is absent).
//
// Inputs are scenarios so the same browser checks can run on other results: today the
// the hand-built sample and the demo set linted by the real pipeline.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium, type Browser, type Page } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

import htmlReporter from '../src/reporters/html/index.js';
import { lint } from '../src/index.js';
import { html, jsonForScriptBlock } from '../src/reporters/html/markup.js';
import type { Diagnostic, LintResult } from '../src/types.js';
import { XSS_HEADING, XSS_LINK_TEXT, buildLargeResult, buildSampleResult, summarize } from './helpers/sample-result.js';

// The functions passed to page.evaluate run in the browser; the project compiles without
// the DOM lib, so the few globals they touch are declared here, for this file only.
declare const document: any;
declare const location: { hash: string };
declare const window: { __xss?: unknown; scrollTo(x: number, y: number): void };
declare function requestAnimationFrame(callback: (time: number) => void): number;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const artifactsDir = join(repoRoot, 'artifacts');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LARGE_FINDING_COUNT = 10_000;

interface Scenario {
  name: string;
  /** Short name for artifact files. */
  slug: string;
  build(): LintResult;
}

// The demo set through the real pipeline: the report a user of `npm start` would open.
const demoResult = await lint({ config: join(repoRoot, 'demo/l10n-lint.config.json'), includePairs: true });

const SCENARIOS: Scenario[] = [
  { name: 'hand-built sample', slug: 'sample', build: buildSampleResult },
  { name: 'demo set', slug: 'demo', build: () => demoResult },
];

// ---------------------------------------------------------------------------
// Helpers over the rendered string

function dataBlock(page: string): string {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page);
  assert.ok(match, 'the report-data block is present');
  return match![1];
}

/** Every count cell of the matrix: `locale|set|metric` -> number (`*` = all). */
function matrixCells(page: string): Map<string, number> {
  const cells = new Map<string, number>();
  const pattern = /<td class="count[^"]*" data-locale="([^"]*)" data-set="([^"]*)" data-metric="(\w+)">(?:<a [^>]*>)?([\d,]+)/g;
  for (const match of page.matchAll(pattern)) {
    cells.set(`${match[1]}|${match[2]}|${match[3]}`, Number(match[4].replace(/,/g, '')));
  }
  return cells;
}

function countBy(diagnostics: Diagnostic[], predicate: (d: Diagnostic) => boolean): number {
  return diagnostics.filter(predicate).length;
}

// ---------------------------------------------------------------------------
// Unit tests on the string

const unit = suite('html report: rendered string');

unit('html`` escapes interpolated text and keeps nested markup', () => {
  const heading = '<img src=x onerror="alert(1)">';
  const out = html`<h1 title="${heading}">${heading}${html`<b>ok</b>`}</h1>`.toString();
  assert.is(
    out,
    '<h1 title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<b>ok</b></h1>',
  );
});

unit('the data block escapes <, >, &, U+2028 and U+2029 and still parses', () => {
  const value = { text: '</script><!-- & \u2028\u2029' };
  const block = jsonForScriptBlock(value);
  assert.not.match(block, /[<>&\u2028\u2029]/);
  assert.equal(JSON.parse(block), value);
});

unit('a </script> in a heading or link never appears raw in the page', () => {
  const page = htmlReporter(buildSampleResult());
  const block = dataBlock(page);
  assert.not.match(block, /<\/script/i);
  assert.not.ok(page.includes(XSS_LINK_TEXT), 'the link-text payload is not in the page verbatim');
  assert.not.ok(page.includes(XSS_HEADING), 'the heading payload is not in the page verbatim');
  assert.is((page.match(/<\/script>/g) ?? []).length, 2, 'only the two script elements are closed');
  const data = JSON.parse(block);
  const headings = data.outlines.flatMap((outline: { headings: Array<{ text: string }> }) => outline.headings.map((h) => h.text));
  assert.ok(headings.includes(XSS_HEADING), 'the payload survives as data');
});

unit('no style attributes or inline handlers anywhere in the markup', () => {
  const page = htmlReporter(buildSampleResult());
  const markup = page.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
  assert.not.match(markup, /\sstyle=/i);
  assert.not.match(markup, /\son[a-z]+=/i);
});

unit('the CSP allows exactly the inline script and style, by hash', () => {
  const page = htmlReporter(buildSampleResult());
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1].replace(/&#39;/g, "'");
  assert.ok(csp, 'a CSP meta is present');
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
  assert.match(csp!, "default-src 'none'");
  assert.match(csp!, `script-src 'sha256-${sha(script)}'`);
  assert.match(csp!, `style-src 'sha256-${sha(style)}'`);
  assert.match(csp!, 'img-src data:');
  assert.not.match(csp!, 'unsafe-inline');
  assert.not.match(page, /<(?:script|link|img)[^>]+(?:src|href)="https?:/, 'nothing loads from the network');
});

for (const scenario of SCENARIOS) {
  unit(`${scenario.name}: matrix numbers equal the summary and the diagnostics`, () => {
    const result = scenario.build();
    const page = htmlReporter(result);
    const cells = matrixCells(page);
    const { summary, diagnostics } = result;
    for (const [locale, totals] of Object.entries(summary.byLocale)) {
      assert.is(cells.get(`${locale}|*|errors`), totals.errors, `${locale} errors`);
      assert.is(cells.get(`${locale}|*|warnings`), totals.warnings, `${locale} warnings`);
      assert.is(cells.get(`${locale}|*|missing`), totals.missing, `${locale} missing`);
    }
    assert.is(cells.get('*|*|errors'), summary.errors);
    assert.is(cells.get('*|*|warnings'), summary.warnings);
    for (const [key, value] of cells) {
      const [locale, set, metric] = key.split('|');
      if (locale === '*' || set === '*') continue;
      const expected = countBy(
        diagnostics,
        (d) =>
          d.locale === locale &&
          d.set === set &&
          (metric === 'errors' ? d.severity === 'error' : metric === 'warnings' ? d.severity === 'warning' : d.ruleId === 'file-missing'),
      );
      assert.is(value, expected, `${key} counts the diagnostics`);
    }
    assert.match(page, `data-stat="Errors">${summary.errors.toLocaleString('en-US')}<`);
    assert.match(page, `data-stat="Warnings">${summary.warnings.toLocaleString('en-US')}<`);
    // The overview lists the top rules (at most 10); each one shown carries its true count.
    const shown = [...page.matchAll(/data-rule="([^"]+)">([\d,]+)</g)].map((m) => [m[1], Number(m[2].replace(/,/g, ''))] as const);
    assert.is(shown.length, Math.min(10, Object.keys(summary.byRule).length), 'top rules shown');
    for (const [rule, count] of shown) assert.is(count, summary.byRule[rule], `${rule} count`);
    const smallestShown = Math.min(...shown.map(([, count]) => count));
    for (const [rule, count] of Object.entries(summary.byRule)) {
      if (!shown.some(([r]) => r === rule)) assert.ok(count <= smallestShown, `${rule} (${count}) outranks a shown rule`);
    }
    assert.not.match(page, 'The summary and the findings disagree');
  });
}

unit('a summary that disagrees with the diagnostics is called out', () => {
  const result = buildSampleResult();
  result.summary.errors += 1;
  assert.match(htmlReporter(result), 'The summary and the findings disagree');
});

unit('one content set: its totals are shown once, named after it', () => {
  const result = buildSampleResult();
  result.pairs = result.pairs!.filter((pair) => pair.set === 'partner-playbook');
  result.diagnostics = result.diagnostics.filter((d) => d.set === 'partner-playbook');
  result.summary = summarize(result.diagnostics, result.pairs, 1);
  const page = htmlReporter(result);
  const cells = matrixCells(page);
  assert.ok([...cells.keys()].every((key) => key.split('|')[1] === '*'), 'no per-set columns');
  assert.is(cells.get('*|*|errors'), result.summary.errors);
  assert.match(page, '<th scope="colgroup" colspan="3" class="total">partner-playbook</th>');
});

unit('the browser script never parses strings as markup or code', () => {
  const script = /<script>([\s\S]*?)<\/script>/.exec(htmlReporter(buildSampleResult()))![1];
  for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'srcdoc', 'javascript:']) {
    assert.not.ok(script.includes(sink), `report.js uses ${sink}`);
  }
});

unit('a result without pairs still renders an overview', () => {
  const result = buildSampleResult();
  delete result.pairs;
  const page = htmlReporter(result);
  assert.is(matrixCells(page).get('*|*|errors'), result.summary.errors);
});

unit.run();

// ---------------------------------------------------------------------------
// The page in a browser

interface OpenPage {
  page: Page;
  problems: string[];
}

async function openReport(browser: Browser, file: string, viewport = { width: 1280, height: 900 }): Promise<OpenPage> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, problems };
}

function writeReport(dir: string, name: string, result: LintResult): string {
  const file = join(dir, name);
  writeFileSync(file, htmlReporter(result));
  return file;
}

if (!existsSync(CHROMIUM)) {
  console.log(`\n  SKIPPED browser tests of the HTML report: ${CHROMIUM} not found (run .ci/install-browser.sh).\n`);
} else {
  const browserSuite = suite<{ browser: Browser; dir: string }>('html report: in chromium', { browser: null!, dir: '' });

  browserSuite.before(async (context) => {
    context.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context.dir = mkdtempSync(join(tmpdir(), 'l10n-lint-html-'));
    mkdirSync(artifactsDir, { recursive: true });
  });

  browserSuite.after(async (context) => {
    await context.browser?.close();
    if (context.dir) rmSync(context.dir, { recursive: true, force: true });
  });

  for (const scenario of SCENARIOS) {
    browserSuite(`${scenario.name}: overview counts, locale findings, side by side`, async ({ browser, dir }) => {
      const result = scenario.build();
      const { page, problems } = await openReport(browser, writeReport(dir, `${scenario.slug}.html`, result));

      // The matrix as the browser shows it equals the summary.
      const shown = await page.$$eval('td[data-metric]', (cells) =>
        cells.map((cell) => [cell.getAttribute('data-locale'), cell.getAttribute('data-set'), cell.getAttribute('data-metric'), cell.textContent!.trim()]),
      );
      const shownCount = (locale: string, set: string, metric: string) =>
        Number(shown.find(([l, s, m]) => l === locale && s === set && m === metric)?.[3].replace(/,/g, ''));
      for (const [locale, totals] of Object.entries(result.summary.byLocale)) {
        assert.is(shownCount(locale, '*', 'errors'), totals.errors, `${locale} errors on screen`);
        assert.is(shownCount(locale, '*', 'warnings'), totals.warnings, `${locale} warnings on screen`);
        assert.is(shownCount(locale, '*', 'missing'), totals.missing, `${locale} missing on screen`);
      }
      assert.is(shownCount('*', '*', 'errors'), result.summary.errors);
      await page.screenshot({ path: join(artifactsDir, `${scenario.slug}-overview.png`), fullPage: true });

      // Clicking the locale with the most findings opens its findings, grouped by file.
      const [busiestLocale] = Object.entries(result.summary.byLocale).sort(
        ([, a], [, b]) => b.errors + b.warnings - (a.errors + a.warnings),
      )[0];
      const localeFindings = countBy(result.diagnostics, (d) => d.locale === busiestLocale);
      await page.click(`.matrix tbody th a:text-is("${busiestLocale}")`);
      await page.waitForSelector('#view-findings:not([hidden]) tr.finding');
      assert.is(await page.getAttribute('#tab-findings', 'aria-selected'), 'true');
      assert.is(await page.locator('#finding-groups tr.finding').count(), Math.min(200, localeFindings));
      const shownLocales = await page.$$eval('#finding-groups .locale-chip', (chips) => [...new Set(chips.map((c) => c.textContent))]);
      assert.equal(shownLocales, [busiestLocale]);
      assert.match((await page.textContent('#finding-count'))!, `of ${localeFindings.toLocaleString('en-US')} findings in ${busiestLocale}`);
      await page.screenshot({ path: join(artifactsDir, `${scenario.slug}-findings.png`), fullPage: true });

      // Search and severity filters narrow the list.
      await page.selectOption('#finding-severity', 'error');
      const errorCount = countBy(result.diagnostics, (d) => d.locale === busiestLocale && d.severity === 'error');
      assert.is(await page.locator('#finding-groups tr.finding').count(), Math.min(200, errorCount));
      await page.selectOption('#finding-severity', '');

      // A link-target finding opens the side by side view at its row, with the mismatch marked.
      // Preferably a target that lost its suffix (expected longer than actual).
      const onPair = (d: Diagnostic) =>
        d.ruleId === 'link-target' && d.expected !== undefined && d.actual !== undefined && result.pairs!.some((p) => p.localeFile === d.file);
      const lostSuffix = result.diagnostics.findIndex((d) => onPair(d) && d.expected!.length > d.actual!.length);
      const linkFindingIndex = lostSuffix >= 0 ? lostSuffix : result.diagnostics.findIndex(onPair);
      assert.ok(linkFindingIndex >= 0, 'the scenario has a link-target finding on a pair');
      const linkFinding = result.diagnostics[linkFindingIndex];
      await page.evaluate((hash) => (location.hash = hash), `#findings?locale=${encodeURIComponent(linkFinding.locale)}&rule=link-target`);
      await page.click(`tr[data-finding="${linkFindingIndex}"] .location-cell a`);
      await page.waitForSelector('#view-pair:not([hidden]) tr.flash');
      const row = page.locator('tr.flash');
      assert.match((await row.getAttribute('class'))!, 'row-diff');
      assert.is(await row.locator('code.target.diff').textContent(), linkFinding.actual);
      assert.is(await row.locator('.expect .mark-expected').count(), 1, 'the expected target shows what differs');
      const rowText = (await row.textContent())!;
      assert.ok(rowText.includes(linkFinding.expected!) && rowText.includes(linkFinding.actual!), 'both targets are shown');
      // The header is sticky: at the top, a full-page capture shows it where it belongs.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artifactsDir, `${scenario.slug}-side-by-side.png`), fullPage: true });

      assert.equal(problems, []);
      await page.close();
    });
  }

  browserSuite('gaps are visible rows in the side-by-side view', async ({ browser, dir }) => {
    const result = buildSampleResult();
    const { page, problems } = await openReport(browser, writeReport(dir, 'gaps.html', result));
    const pairIndex = await page.evaluate(() =>
      JSON.parse(document.getElementById('report-data')!.textContent!).pairs.findIndex((p: { localeFile: string }) => p.localeFile === 'japanese-playbook/l1l2l3-foo-jp.md'),
    );
    await page.evaluate((hash) => (location.hash = hash), `#pair?id=${pairIndex}`);
    const missingHeading = page.locator('[data-section="headings"] tr.row-missing');
    assert.is(await missingHeading.count(), 1);
    assert.match((await missingHeading.textContent())!, 'missing in locale');
    assert.match((await missingHeading.textContent())!, 'is missing', 'the finding sits next to its gap');
    assert.is(await page.locator('[data-section="links"] tr.row-missing').count(), 2);
    assert.is(await page.locator('[data-section="headings"] .label-chip.diff').count(), 2, 'the malformed label is marked on both sides');
    await page.check('#only-diffs');
    assert.is(await page.locator('[data-section="headings"] tr.row-ok').first().isVisible(), false);
    assert.equal(problems, []);
    await page.close();
  });

  browserSuite('XSS payloads in headings, links and findings execute nothing', async ({ browser, dir }) => {
    const result = buildSampleResult();
    const { page, problems } = await openReport(browser, writeReport(dir, 'xss.html', result));
    await page.evaluate(() => (location.hash = '#findings?locale=es-ES'));
    await page.waitForSelector('#finding-groups tr.finding');
    const pairIndex = result.pairs!.findIndex((p) => p.localeFile === 'spanish-playbook/l1l2l3-bar-es.md');
    const sorted = [...result.pairs!].sort((a, b) =>
      `${a.set}\0${a.locale}\0${a.localeFile ?? a.canonicalFile}` < `${b.set}\0${b.locale}\0${b.localeFile ?? b.canonicalFile}` ? -1 : 1,
    );
    const shownIndex = sorted.indexOf(result.pairs![pairIndex]);
    await page.evaluate((hash) => (location.hash = hash), `#pair?id=${shownIndex}`);
    await page.waitForSelector('#pair-content [data-section="headings"]');
    const bodyText = (await page.textContent('#view-pair'))!;
    assert.ok(bodyText.includes(XSS_HEADING), 'the heading payload is shown as text');
    assert.ok(bodyText.includes(XSS_LINK_TEXT), 'the link payload is shown as text');
    await page.waitForTimeout(200);
    assert.is(await page.evaluate(() => window.__xss), undefined);
    assert.is(await page.locator('img').count(), 0, 'no element was created from the payload');
    assert.equal(problems, []);
    await page.close();
  });

  browserSuite('keyboard: tabs move with arrow keys, views are reachable without a mouse', async ({ browser, dir }) => {
    const { page, problems } = await openReport(browser, writeReport(dir, 'keys.html', buildSampleResult()));
    await page.focus('#tab-overview');
    await page.keyboard.press('ArrowRight');
    assert.is(await page.getAttribute('#tab-findings', 'aria-selected'), 'true');
    assert.is(await page.evaluate(() => document.activeElement?.id), 'tab-findings');
    assert.ok(await page.isVisible('#view-findings'));
    await page.keyboard.press('ArrowRight');
    assert.is(await page.getAttribute('#tab-pair', 'aria-selected'), 'true');
    await page.keyboard.press('Home');
    assert.ok(await page.isVisible('#view-overview'));
    await page.keyboard.press('End');
    assert.ok(await page.isVisible('#view-status'), 'the translation status is the last tab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    assert.is(await page.evaluate(() => document.activeElement?.className), 'locale-button', 'Tab leaves the tab list into the view');
    assert.equal(problems, []);
    await page.close();
  });

  browserSuite('readable at 400px: no horizontal scrolling of the page', async ({ browser, dir }) => {
    const { page, problems } = await openReport(browser, writeReport(dir, 'narrow.html', buildSampleResult()), { width: 400, height: 800 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.is(await overflow(), 0, 'overview fits');
    await page.screenshot({ path: join(artifactsDir, 'narrow-overview.png'), fullPage: true });
    await page.evaluate(() => (location.hash = '#findings?locale=de-DE'));
    await page.waitForSelector('tr.finding');
    assert.is(await overflow(), 0, 'findings fit');
    await page.screenshot({ path: join(artifactsDir, 'narrow-findings.png'), fullPage: true });
    await page.evaluate(() => (location.hash = '#pair?id=2'));
    await page.waitForSelector('#pair-content [data-section]');
    assert.is(await overflow(), 0, 'side by side fits');
    await page.screenshot({ path: join(artifactsDir, 'narrow-side-by-side.png'), fullPage: true });
    assert.equal(problems, []);
    await page.close();
  });

  browserSuite(`${LARGE_FINDING_COUNT.toLocaleString('en-US')} findings: time until interactive (measured, not asserted)`, async ({ browser, dir }) => {
    const result = buildLargeResult(LARGE_FINDING_COUNT);
    const renderStart = performance.now();
    const file = writeReport(dir, 'large.html', result);
    const renderMs = performance.now() - renderStart;
    const size = (await import('node:fs')).statSync(file).size;

    const loadStart = performance.now();
    const { page, problems } = await openReport(browser, file);
    const loadMs = performance.now() - loadStart;
    const readyMark = await page.evaluate(() => performance.getEntriesByName('report-ready')[0].startTime);

    // Measured in the page, up to the frame after the change, so Playwright's own
    // polling does not count.
    const openFindingsMs = await page.evaluate(async () => {
      const start = performance.now();
      document.getElementById('tab-findings').click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });
    const rows = await page.locator('#finding-groups tr.finding').count();
    const moreMs = await page.evaluate(async () => {
      const start = performance.now();
      document.getElementById('finding-more').click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });
    const searchMs = await page.evaluate(async () => {
      const search = document.getElementById('finding-search');
      search.value = 'synthetic 9999)';
      const start = performance.now();
      search.dispatchEvent(new Event('input'));
      while (document.querySelectorAll('#finding-groups tr.finding').length !== 1) {
        if (performance.now() - start > 10_000) return -1;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return performance.now() - start;
    });
    const pairMs = await page.evaluate(async () => {
      const start = performance.now();
      document.querySelector('#finding-groups tr.finding .location-cell a').click();
      while (!document.querySelector('#view-pair:not([hidden]) tr.flash')) {
        if (performance.now() - start > 10_000) return -1;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });

    console.log(
      [
        '',
        `  HTML report with ${LARGE_FINDING_COUNT.toLocaleString('en-US')} findings, ${result.pairs!.length} pairs:`,
        `    render in Node                 ${renderMs.toFixed(0)} ms, ${(size / 1024 / 1024).toFixed(1)} MiB`,
        `    interactive after navigation   ${readyMark.toFixed(0)} ms (goto to ready as seen from Node: ${loadMs.toFixed(0)} ms)`,
        `    open findings, first ${rows} rows  ${openFindingsMs.toFixed(0)} ms`,
        `    show 200 more                  ${moreMs.toFixed(0)} ms`,
        `    search (incl. 150 ms debounce) ${searchMs.toFixed(0)} ms`,
        `    open a pair at a finding       ${pairMs.toFixed(0)} ms`,
        '',
      ].join('\n'),
    );
    assert.is(rows, 200, 'the first page holds 200 rows');
    assert.ok(searchMs >= 0, 'the search found the one finding');
    assert.ok(pairMs >= 0, 'the pair opened at the finding');
    assert.equal(problems, []);
    await page.close();
  });

  browserSuite.run();
}
