// A summary for a pull-request comment: verdict, per-locale table, top rules, then the
// findings per locale and file in collapsed <details> blocks.
import type { Diagnostic, LintResult, Reporter, ReporterOptions, Severity } from '../types.js';
import { compareCodeUnits, countBySeverity, groupByLocaleAndFile, pluralize, type LocaleFindings } from './group.js';

const DEFAULT_MAX_FINDINGS_PER_LOCALE = 50;
const DEFAULT_TOP_RULES = 5;
/** Lets a CI job find its previous comment and update it instead of adding another. */
export const MARKDOWN_REPORT_MARKER = '<!-- l10n-lint-report -->';

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * Text taken from documents (headings, link targets, cell text quoted in messages) must
 * render as itself: no table break (`|`), no HTML, no emphasis, links, code or math, and
 * no line break that would end the list item or table row.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, ' ')
      // Entities rather than backslashes for HTML's characters: every renderer honours them.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~!#$]/g, (char) => `\\${char}`)
  );
}

/** A code span that holds any text literally: the fence is longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A parser strips one space from each end, which is what lets content begin or end with a backtick.
  const padding = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${padding}${flat}${padding}${fence}`;
}

/** For text inside raw HTML (the `<summary>` line), where Markdown escapes do not apply. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function positiveIntegerOption(options: ReporterOptions | undefined, name: string, fallback: number): number {
  const value = options?.[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

function severityList(counts: { errors: number; warnings: number; infos: number }): string {
  return [
    pluralize(counts.errors, 'error'),
    pluralize(counts.warnings, 'warning'),
    ...(counts.infos > 0 ? [pluralize(counts.infos, 'info', 'infos')] : []),
  ].join(', ');
}

function verdict(result: LintResult): string {
  const { summary } = result;
  const locales = Object.keys(summary.byLocale).length;
  const scope = `${pluralize(summary.files, 'file')} in ${pluralize(locales, 'locale')}`;
  if (summary.errors > 0) return `${SEVERITY_ICON.error} **Drift found**: ${severityList(summary)} (${scope}).`;
  if (summary.warnings > 0) return `${SEVERITY_ICON.warning} **No errors**: ${severityList(summary)} (${scope}).`;
  // A run that compared no pair found nothing because it checked nothing: say that.
  if (summary.pairs === 0 && summary.infos === 0) return `⚠️ **Nothing checked**: 0 pairs in scope (${scope}).`;
  return `✅ **No drift found** (${scope}${summary.infos > 0 ? `; ${pluralize(summary.infos, 'info', 'infos')}` : ''}).`;
}

function localeTable(result: LintResult): string[] {
  const rows = Object.entries(result.summary.byLocale).sort(([a], [b]) => compareCodeUnits(a, b));
  const lines = ['| Locale | Files | Errors | Warnings | Missing files |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const [locale, counts] of rows) {
    lines.push(`| ${escapeMarkdown(locale)} | ${counts.files} | ${counts.errors} | ${counts.warnings} | ${counts.missing} |`);
  }
  return lines;
}

/** Translation coverage per locale; `–` where staleness was not checked. */
function coverageTable(result: LintResult): string[] {
  const rows = Object.entries(result.summary.byLocale)
    .filter(([, s]) => s.coverage)
    .sort(([a], [b]) => compareCodeUnits(a, b));
  if (rows.length === 0) return [];
  const num = (n: number | null) => (n === null ? '–' : String(n));
  const lines = ['### Translation coverage', '', '| Locale | Pages | Translated | Up to date | Stale | Missing | Words behind |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const [locale, { coverage: v }] of rows) {
    lines.push(`| ${escapeMarkdown(locale)} | ${v!.pages} | ${v!.translated} | ${num(v!.upToDate)} | ${num(v!.stale)} | ${v!.missing} | ${v!.wordsBehind} |`);
  }
  return lines;
}

function topRulesTable(result: LintResult, limit: number): string[] {
  const ranked = Object.entries(result.summary.byRule)
    .filter(([, count]) => count > 0)
    .sort(([idA, a], [idB, b]) => b - a || compareCodeUnits(idA, idB));
  if (ranked.length === 0 || limit === 0) return [];
  const lines = ['### Top rules', '', '| Rule | Findings |', '| --- | ---: |'];
  for (const [ruleId, count] of ranked.slice(0, limit)) lines.push(`| ${escapeMarkdown(ruleId)} | ${count} |`);
  if (ranked.length > limit) lines.push('', `…and ${pluralize(ranked.length - limit, 'more rule')}.`);
  return lines;
}

function findingItem(diagnostic: Diagnostic): string {
  const position =
    diagnostic.line === undefined
      ? 'whole file'
      : diagnostic.column === undefined
        ? `${diagnostic.line}`
        : `${diagnostic.line}:${diagnostic.column}`;
  return `- ${SEVERITY_ICON[diagnostic.severity]} **${position}** ${escapeMarkdown(diagnostic.message)} ${inlineCode(diagnostic.ruleId)}`;
}

function localeDetails(group: LocaleFindings, maxFindings: number): string[] {
  const counts = countBySeverity(group.files.flatMap((entry) => entry.diagnostics));
  const lines = [
    '<details>',
    `<summary><strong>${escapeHtml(group.locale)}</strong>: ${severityList(counts)}</summary>`,
    '',
  ];
  let shown = 0;
  for (const entry of group.files) {
    if (shown >= maxFindings) break;
    const visible = entry.diagnostics.slice(0, maxFindings - shown);
    shown += visible.length;
    lines.push(`**${inlineCode(entry.file)}**`, '', ...visible.map(findingItem), '');
  }
  if (group.count > shown) lines.push(`…and ${group.count - shown} more.`, '');
  lines.push('</details>');
  return lines;
}

const markdownReporter: Reporter = (result, options) => {
  const maxFindings = positiveIntegerOption(options, 'maxFindings', DEFAULT_MAX_FINDINGS_PER_LOCALE);
  const topRules = positiveIntegerOption(options, 'topRules', DEFAULT_TOP_RULES);
  const groups = groupByLocaleAndFile(result).filter((group) => group.count > 0);

  const sections: string[][] = [
    [MARKDOWN_REPORT_MARKER, `## ${escapeMarkdown(result.tool.name)} report`, '', verdict(result)],
    localeTable(result),
    coverageTable(result),
    topRulesTable(result, topRules),
    groups.length === 0 ? [] : ['### Findings', ...groups.map((group) => ['', ...localeDetails(group, maxFindings)].join('\n'))],
  ];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
};

export default markdownReporter;
