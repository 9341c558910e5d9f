// The terminal report: grouped by file, one finding a line in the same
// `file:line:col: message [rule-id]` shape as the fixtures' expected.txt, then a
// per-locale summary a translator can scan.
import pc from 'picocolors';
import type { Diagnostic, LintResult, ReporterOptions } from '../types.js';

/** One finding as a line: the shared format of stylish output and expected.txt. */
export function formatFindingLine(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where}: ${d.message} [${d.ruleId}]`;
}

/** `1 pair`, `2 pairs`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export default function stylish(result: LintResult, options: ReporterOptions = {}): string {
  const c = pc.createColors(Boolean(options.color));
  const lines: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, diagnostics] of byFile) {
    const locale = diagnostics[0].locale;
    lines.push(`${c.underline(file)} ${c.dim(`(${locale})`)}`);
    const width = Math.max(...diagnostics.map((d) => `${d.line ?? '-'}:${d.column ?? '-'}`.length));
    for (const d of diagnostics) {
      const pos = (d.line !== undefined ? `${d.line}:${d.column}` : '-').padEnd(width);
      const severity = d.severity === 'error' ? c.red('error  ') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
      lines.push(`  ${c.dim(pos)}  ${severity}  ${d.message}  ${c.dim(d.ruleId)}`);
    }
    lines.push('');
  }
  const { summary } = result;
  const locales = Object.entries(summary.byLocale);
  if (locales.length > 0) {
    const w = Math.max(6, ...locales.map(([l]) => l.length));
    lines.push(c.bold(`${'locale'.padEnd(w)}  errors  warnings  missing  files`));
    for (const [locale, s] of locales) {
      lines.push(`${locale.padEnd(w)}  ${String(s.errors).padStart(6)}  ${String(s.warnings).padStart(8)}  ${String(s.missing).padStart(7)}  ${String(s.files).padStart(5)}`);
    }
    lines.push('');
  }
  lines.push(...coverageFooter(result, c));
  const total = summary.errors + summary.warnings + summary.infos;
  const verdict = `${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${summary.infos ? `, ${summary.infos} info` : ''}) in ${plural(summary.files, 'file')}, ${plural(summary.pairs, 'pair')}, ${plural(summary.sets, 'set')}`;
  // "No drift" only when something was compared: a run that checked no pair says so.
  if (total === 0 && summary.pairs === 0) lines.push(c.yellow(`⚠ Nothing checked: 0 pairs in scope (${plural(summary.files, 'file')}).`));
  else lines.push(total === 0 ? c.green(`✔ No drift: ${plural(summary.files, 'file')}, ${plural(summary.pairs, 'pair')} checked.`) : (summary.errors > 0 ? c.red : c.yellow)(`✖ ${verdict}`));
  const fixable = result.diagnostics.filter((d) => d.fix).length;
  if (fixable > 0) lines.push(c.dim(`  ${fixable} of them can be fixed with --fix.`));
  const baseline = result.meta?.baseline;
  if (baseline) {
    const gone = baseline.fixed ? `; ${baseline.fixed} baselined finding${baseline.fixed === 1 ? ' is' : 's are'} gone: run --update-baseline to shrink the baseline` : '';
    lines.push(c.dim(`  Baseline: ${baseline.suppressed} known finding${baseline.suppressed === 1 ? '' : 's'} not shown${gone}.`));
  }
  return lines.join('\n') + '\n';
}

/** The translation coverage table (pages up to date, stale, missing; words behind), `–` where staleness was not checked. */
function coverageFooter(result: LintResult, c: ReturnType<typeof pc.createColors>): string[] {
  const rows = Object.entries(result.summary.byLocale).filter(([, s]) => s.coverage);
  if (rows.length === 0) return [];
  const w = Math.max(8, ...rows.map(([l]) => l.length));
  const num = (n: number | null, width: number) => (n === null ? '–' : String(n)).padStart(width);
  const out = [c.bold(`${'coverage'.padEnd(w)}  pages  translated  up to date  stale  missing  words behind`)];
  for (const [locale, s] of rows) {
    const v = s.coverage!;
    out.push(`${locale.padEnd(w)}  ${num(v.pages, 5)}  ${num(v.translated, 10)}  ${num(v.upToDate, 10)}  ${num(v.stale, 5)}  ${num(v.missing, 7)}  ${num(v.wordsBehind, 12)}`);
  }
  out.push('');
  return out;
}
