// The overview is rendered on the server: it is what a translator sees first, it must
// read (and print) without waiting for the script, and its numbers are checked in tests
// against the summary. Every value goes through `html`, which escapes it.

import type { LintResult } from '../../types.js';
import { FILE_MISSING_RULE, type Matrix, type MatrixCell } from './data.js';
import { html, joinHtml, type SafeHtml } from './markup.js';

type Metric = 'errors' | 'warnings' | 'missing';

const METRICS: ReadonlyArray<{ metric: Metric; label: string; short: string }> = [
  { metric: 'errors', label: 'Errors', short: 'E' },
  { metric: 'warnings', label: 'Warnings', short: 'W' },
  { metric: 'missing', label: 'Missing files', short: 'M' },
];

const HEAT_LEVELS = 5;
const TOP_RULES = 10;

const numberFormat = new Intl.NumberFormat('en-US');
const formatCount = (n: number): string => numberFormat.format(n);

/** A link into the findings view with the given filters (the script reads the hash). */
export function findingsHref(filters: Record<string, string>): string {
  return `#findings?${new URLSearchParams(filters).toString()}`;
}

// A square-root scale keeps one hot cell from washing out every other non-zero cell.
function heatLevel(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil(HEAT_LEVELS * Math.sqrt(value / max)));
}

function metricFilters(metric: Metric, base: Record<string, string>): Record<string, string> {
  if (metric === 'errors') return { ...base, severity: 'error' };
  if (metric === 'warnings') return { ...base, severity: 'warning' };
  return { ...base, rule: FILE_MISSING_RULE };
}

function countCell(
  value: number,
  metric: Metric,
  max: number,
  filters: Record<string, string>,
  data: { locale: string; set: string },
): SafeHtml {
  const level = heatLevel(value, max);
  const content = value > 0 ? html`<a href="${findingsHref(metricFilters(metric, filters))}">${formatCount(value)}</a>` : html`0`;
  return html`<td class="count heat-${metric} heat-${level}" data-locale="${data.locale}" data-set="${data.set}" data-metric="${metric}">${content}</td>`;
}

function notApplicableCells(locale: string, set: string): SafeHtml {
  return joinHtml(
    METRICS.map(
      ({ metric }) =>
        html`<td class="count not-applicable" data-locale="${locale}" data-set="${set}" data-metric="${metric}"><span aria-hidden="true">–</span><span class="visually-hidden">not in this set</span></td>`,
    ),
  );
}

function renderMatrix(matrix: Matrix, result: LintResult): SafeHtml {
  const max: Record<Metric, number> = { errors: 0, warnings: 0, missing: 0 };
  for (const locale of matrix.locales) {
    for (const set of matrix.sets) {
      const cell = matrix.cells[locale][set];
      if (!cell) continue;
      for (const { metric } of METRICS) max[metric] = Math.max(max[metric], cell[metric]);
    }
  }
  const localeMax: Record<Metric, number> = { errors: 0, warnings: 0, missing: 0 };
  for (const locale of matrix.locales) {
    for (const { metric } of METRICS) localeMax[metric] = Math.max(localeMax[metric], matrix.localeTotals[locale][metric]);
  }

  // With one content set its columns would repeat the totals: show the totals, named after it.
  const perSet = matrix.sets.length > 1 ? matrix.sets : [];
  const totalsLabel = matrix.sets.length === 1 ? matrix.sets[0] : 'All sets';

  const metricHeaders = joinHtml(
    METRICS.map(({ label, short }) => html`<th scope="col" class="metric"><abbr title="${label}">${short}</abbr></th>`),
  );
  const setHeaders = joinHtml(perSet.map((set) => html`<th scope="colgroup" colspan="3">${set}</th>`));

  const rows = matrix.locales.map((locale) => {
    const setCells = perSet.map((set) => {
      const cell: MatrixCell | null = matrix.cells[locale][set];
      if (!cell) return notApplicableCells(locale, set);
      return joinHtml(
        METRICS.map(({ metric }) => countCell(cell[metric], metric, max[metric], { locale, set }, { locale, set })),
      );
    });
    const totals = matrix.localeTotals[locale];
    const totalCells = METRICS.map(({ metric }) =>
      countCell(totals[metric], metric, localeMax[metric], { locale }, { locale, set: '*' }),
    );
    return html`<tr>
      <th scope="row"><a href="${findingsHref({ locale })}">${locale}</a><span class="files">${formatCount(totals.files)} ${totals.files === 1 ? 'file' : 'files'}</span></th>
      ${setCells}${totalCells}
    </tr>`;
  });

  const footCells = perSet.map((set) =>
    joinHtml(
      METRICS.map(
        ({ metric }) =>
          html`<td class="count total" data-locale="*" data-set="${set}" data-metric="${metric}">${formatCount(matrix.setTotals[set][metric])}</td>`,
      ),
    ),
  );
  const missingTotal = Object.values(result.summary.byLocale).reduce((sum, locale) => sum + locale.missing, 0);
  const grandTotals: Record<Metric, number> = {
    errors: result.summary.errors,
    warnings: result.summary.warnings,
    missing: missingTotal,
  };
  const grandCells = METRICS.map(
    ({ metric }) =>
      html`<td class="count total" data-locale="*" data-set="*" data-metric="${metric}">${formatCount(grandTotals[metric])}</td>`,
  );

  return html`<div class="table-scroll" role="region" aria-labelledby="matrix-title" tabindex="0">
    <table class="matrix">
      <caption class="visually-hidden">Errors (E), warnings (W) and missing files (M) for each locale in each content set; darker cells have more.</caption>
      <thead>
        <tr><th scope="col" rowspan="2" class="corner">Locale</th>${setHeaders}<th scope="colgroup" colspan="3" class="total">${totalsLabel}</th></tr>
        <tr>${perSet.map(() => metricHeaders)}${metricHeaders}</tr>
      </thead>
      <tbody>${rows}</tbody>
      <tfoot><tr><th scope="row">All locales</th>${footCells}${grandCells}</tr></tfoot>
    </table>
  </div>
  <p class="legend"><span class="heat-errors heat-4 swatch" aria-hidden="true"></span> errors
    <span class="heat-warnings heat-4 swatch" aria-hidden="true"></span> warnings
    <span class="heat-missing heat-4 swatch" aria-hidden="true"></span> missing files · darker means more · select a number to see those findings</p>`;
}

/** Horizontal bars, one small SVG per row so labels stay HTML text that scales with the page. */
function barSvg(segments: ReadonlyArray<{ value: number; className: string }>, max: number): SafeHtml {
  let x = 0;
  const rects = segments.map(({ value, className }) => {
    const width = max > 0 ? (100 * value) / max : 0;
    const rect = html`<rect class="${className}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"></rect>`;
    x += width;
    return rect;
  });
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" x="0" y="0" width="100" height="10"></rect>${rects}</svg>`;
}

function renderLocaleBars(matrix: Matrix): SafeHtml {
  const max = Math.max(0, ...matrix.locales.map((l) => matrix.localeTotals[l].errors + matrix.localeTotals[l].warnings));
  const rows = matrix.locales.map((locale) => {
    const { errors, warnings } = matrix.localeTotals[locale];
    return html`<tr>
      <th scope="row"><a href="${findingsHref({ locale })}">${locale}</a></th>
      <td class="bar-cell">${barSvg([{ value: errors, className: 'bar-errors' }, { value: warnings, className: 'bar-warnings' }], max)}</td>
      <td class="bar-value"><span class="sev-error-text">${formatCount(errors)}</span> E · <span class="sev-warning-text">${formatCount(warnings)}</span> W</td>
    </tr>`;
  });
  return html`<figure class="chart">
    <figcaption id="locale-bars-title">Findings per locale</figcaption>
    <table class="bar-chart" aria-labelledby="locale-bars-title">
      <thead class="visually-hidden"><tr><th scope="col">Locale</th><th scope="col">Bar</th><th scope="col">Errors and warnings</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </figure>`;
}

function renderTopRules(result: LintResult): SafeHtml {
  const ranked = Object.entries(result.summary.byRule)
    .filter(([, count]) => count > 0)
    .sort(([ruleA, a], [ruleB, b]) => b - a || (ruleA < ruleB ? -1 : 1))
    .slice(0, TOP_RULES);
  if (ranked.length === 0) return html`<p class="empty">No findings: every locale matches its canonical.</p>`;
  const max = ranked[0][1];
  const rows = ranked.map(
    ([rule, count]) => html`<tr>
      <th scope="row"><a href="${findingsHref({ rule })}"><code>${rule}</code></a></th>
      <td class="bar-cell">${barSvg([{ value: count, className: 'bar-rule' }], max)}</td>
      <td class="bar-value" data-rule="${rule}">${formatCount(count)}</td>
    </tr>`,
  );
  return html`<figure class="chart">
    <figcaption id="top-rules-title">Top rules</figcaption>
    <table class="bar-chart" aria-labelledby="top-rules-title">
      <thead class="visually-hidden"><tr><th scope="col">Rule</th><th scope="col">Bar</th><th scope="col">Findings</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </figure>`;
}

function renderStats(result: LintResult, matrix: Matrix): SafeHtml {
  const { summary } = result;
  const stats: Array<[string, number, string]> = [
    ['Errors', summary.errors, 'stat-errors'],
    ['Warnings', summary.warnings, 'stat-warnings'],
    ['Info', summary.infos, 'stat-infos'],
    ['Locales', matrix.locales.length, ''],
    ['Content sets', summary.sets, ''],
    ['Files', summary.files, ''],
    ['Pairs', summary.pairs, ''],
  ];
  return html`<dl class="stats">${stats.map(
    ([label, value, className]) => html`<div class="stat ${className}"><dt>${label}</dt><dd data-stat="${label}">${formatCount(value)}</dd></div>`,
  )}</dl>`;
}

export function renderOverview(result: LintResult, matrix: Matrix): SafeHtml {
  const disagreement =
    matrix.disagreements.length > 0
      ? html`<div class="notice" role="note"><p><strong>The summary and the findings disagree.</strong> This is a bug in l10n-lint; the matrix cells count findings, the totals come from the summary.</p><ul>${matrix.disagreements.map((line) => html`<li>${line}</li>`)}</ul></div>`
      : html``;
  return html`${renderStats(result, matrix)}
    ${disagreement}
    <section class="card" aria-labelledby="matrix-title">
      <h3 id="matrix-title">Drift by locale and content set</h3>
      ${renderMatrix(matrix, result)}
    </section>
    <div class="charts">
      <section class="card" aria-labelledby="locale-bars-title">${renderLocaleBars(matrix)}</section>
      <section class="card" aria-labelledby="top-rules-title">${renderTopRules(result)}</section>
    </div>`;
}
