// The status page: where each locale's translation stands (progress bars of up to date,
// stale, not checked and missing pages) and one row per source page with its state in
// each locale, the source commits it is behind and the sections they touched. Rendered on
// the server like the overview, so it reads without the script and every value is escaped
// by `html`; the script only filters (locale, status) and sorts the rows.

import type { LintResult, LocaleCoverage, PageStatus, PageLocaleState } from '../../types.js';
import { html, joinHtml, type SafeHtml } from './markup.js';

const numberFormat = new Intl.NumberFormat('en-US');
const formatCount = (n: number): string => numberFormat.format(n);

export const STATE_LABELS: Record<PageLocaleState, string> = {
  'up-to-date': 'Up to date',
  stale: 'Stale',
  translated: 'Translated (staleness not checked)',
  missing: 'Missing',
};

/** The segments of a locale's bar, in reading order; `translated` is what could not be told up to date or stale. */
function segments(c: LocaleCoverage): Array<{ key: string; label: string; value: number }> {
  const known = (c.upToDate ?? 0) + (c.stale ?? 0);
  return [
    { key: 'upToDate', label: 'up to date', value: c.upToDate ?? 0 },
    { key: 'stale', label: 'stale', value: c.stale ?? 0 },
    { key: 'unchecked', label: 'translated, not checked', value: c.translated - known },
    { key: 'missing', label: 'missing', value: c.missing },
  ];
}

function progressBar(locale: string, c: LocaleCoverage): SafeHtml {
  let x = 0;
  const rects = segments(c).map(({ key, label, value }) => {
    const width = c.pages > 0 ? (100 * value) / c.pages : 0;
    const rect = html`<rect class="cov-${key}" data-segment="${key}" data-count="${value}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"><title>${formatCount(value)} ${label}</title></rect>`;
    x += width;
    return rect;
  });
  return html`<svg class="bar progress" data-locale="${locale}" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${`${locale}: ${segments(c).map((s) => `${s.value} ${s.label}`).join(', ')} of ${c.pages} pages`}"><rect class="bar-track" x="0" y="0" width="100" height="10"></rect>${rects}</svg>`;
}

const cell = (locale: string, metric: keyof LocaleCoverage, value: number | null) =>
  html`<td class="count" data-locale="${locale}" data-coverage="${metric}">${value === null ? '–' : formatCount(value)}</td>`;

function renderCoverage(result: LintResult): SafeHtml {
  const rows = Object.entries(result.summary.byLocale).filter(([, s]) => s.coverage);
  if (rows.length === 0) return html`<p class="empty">No coverage was computed in this run.</p>`;
  const body = rows.map(([locale, s]) => {
    const c = s.coverage!;
    return html`<tr>
      <th scope="row"><a href="${`#status?locale=${encodeURIComponent(locale)}`}">${locale}</a></th>
      <td class="bar-cell">${progressBar(locale, c)}</td>
      ${cell(locale, 'pages', c.pages)}${cell(locale, 'translated', c.translated)}${cell(locale, 'upToDate', c.upToDate)}${cell(locale, 'stale', c.stale)}${cell(locale, 'missing', c.missing)}${cell(locale, 'wordsBehind', c.wordsBehind)}
    </tr>`;
  });
  return html`<div class="table-scroll" role="region" aria-labelledby="coverage-title" tabindex="0">
    <table class="coverage">
      <caption class="visually-hidden">Pages of the source translated, up to date, stale and missing in each locale, and the words of source text still to translate; – where staleness was not checked.</caption>
      <thead><tr><th scope="col">Locale</th><th scope="col">Progress</th><th scope="col">Pages</th><th scope="col">Translated</th><th scope="col">Up to date</th><th scope="col">Stale</th><th scope="col">Missing</th><th scope="col">Words behind</th></tr></thead>
      <tbody>${body}</tbody>
    </table>
  </div>
  <p class="legend"><span class="cov-upToDate swatch" aria-hidden="true"></span> up to date
    <span class="cov-stale swatch" aria-hidden="true"></span> stale
    <span class="cov-unchecked swatch" aria-hidden="true"></span> translated, staleness not checked
    <span class="cov-missing swatch" aria-hidden="true"></span> missing</p>`;
}

function stateCell(page: PageStatus, locale: string): SafeHtml {
  const entry = page.locales[locale];
  if (!entry) return html`<td class="state-cell not-applicable" data-locale="${locale}" data-state=""><span aria-hidden="true">–</span><span class="visually-hidden">not in this locale</span></td>`;
  const commits = entry.commits.map(
    (c) =>
      html`<li>${c.url ? html`<a href="${c.url}" rel="noreferrer"><code>${c.hash.slice(0, 7)}</code></a>` : html`<code>${c.hash.slice(0, 7)}</code>`} <time datetime="${c.date}">${c.date.slice(0, 10)}</time> ${c.subject}</li>`,
  );
  const details =
    entry.state === 'stale'
      ? html`<details><summary>${formatCount(entry.commits.length)} source ${entry.commits.length === 1 ? 'commit' : 'commits'} behind</summary><ul class="commits">${commits}</ul>${
          entry.sections.length ? html`<p class="sections">Sections: ${joinHtml(entry.sections.map((s) => html`<span class="section">${s}</span>`), html`, `)}</p>` : html``
        }</details>`
      : html``;
  const behind = entry.wordsBehind > 0 ? html`<span class="words-behind">${formatCount(entry.wordsBehind)} words behind</span>` : html``;
  return html`<td class="state-cell" data-locale="${locale}" data-state="${entry.state}" data-behind="${entry.wordsBehind}"><span class="state state-${entry.state}">${STATE_LABELS[entry.state]}</span> ${behind}<span class="file">${entry.file}</span>${details}</td>`;
}

function renderPages(result: LintResult, locales: string[]): SafeHtml {
  const pages = result.pages ?? [];
  if (pages.length === 0) return html`<p class="empty">No pages were checked in this run.</p>`;
  const header = joinHtml(locales.map((locale) => html`<th scope="col" data-locale="${locale}"><button type="button" class="sort" data-sort="${`locale:${locale}`}">${locale}</button></th>`));
  const rows = pages.map((page) => {
    const name = page.sourceFile ?? page.key;
    return html`<tr data-page="${name}" data-words="${page.words}" data-set="${page.set}">
      <th scope="row"><span class="file">${name}</span>${result.summary.sets > 1 ? html` <span class="set">${page.set}</span>` : html``}</th>
      <td class="count">${formatCount(page.words)}</td>
      ${joinHtml(locales.map((locale) => stateCell(page, locale)))}
    </tr>`;
  });
  const localeOptions = joinHtml(locales.map((locale) => html`<option value="${locale}">${locale}</option>`));
  const stateOptions = joinHtml((Object.keys(STATE_LABELS) as PageLocaleState[]).map((state) => html`<option value="${state}">${STATE_LABELS[state]}</option>`));
  return html`<div class="status-controls">
      <label>Locale <select id="status-locale"><option value="">All locales</option>${localeOptions}</select></label>
      <label>Status <select id="status-state"><option value="">Any status</option>${stateOptions}</select></label>
      <span id="status-count" class="count-note" aria-live="polite">${formatCount(pages.length)} ${pages.length === 1 ? 'page' : 'pages'}</span>
    </div>
    <div class="table-scroll" role="region" aria-labelledby="pages-title" tabindex="0">
      <table class="status-pages">
        <caption class="visually-hidden">Each source page's translation status per locale; select a column header to sort.</caption>
        <thead><tr><th scope="col"><button type="button" class="sort" data-sort="page">Page</button></th><th scope="col"><button type="button" class="sort" data-sort="words">Words</button></th>${header}</tr></thead>
        <tbody>${rows}</tbody>
      </table>
    </div>`;
}

/** The status view: coverage per locale, then the pages. */
export function renderStatus(result: LintResult, locales: string[]): SafeHtml {
  const withCoverage = locales.filter((locale) => result.summary.byLocale[locale]?.coverage);
  return html`<section class="card" aria-labelledby="coverage-title">
      <h3 id="coverage-title">Translation coverage</h3>
      ${renderCoverage(result)}
    </section>
    <section class="card" aria-labelledby="pages-title">
      <h3 id="pages-title">Pages</h3>
      ${renderPages(result, withCoverage)}
    </section>`;
}
