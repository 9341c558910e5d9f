// The report's data: what the overview is rendered from and what is embedded as JSON for
// the browser script. Outlines are trimmed to what the side-by-side view shows (headings,
// links, tables, change-log rows) so a large corpus stays a page, not a database.

import type {
  AlignmentView,
  Diagnostic,
  LintResult,
  LocaleSummary,
  Outline,
  PairView,
  RelatedLocation,
  Severity,
  Span,
} from '../../types.js';
import type { HeadingData, LinkData, TableData, RefreshRowData, OutlineData, FindingData, SeverityCounts, PairData, ReportData, MatrixCell, Matrix } from './data-types.js';

export type { HeadingData, LinkData, TableData, RefreshRowData, OutlineData, FindingData, SeverityCounts, PairData, ReportData, MatrixCell, Matrix } from './data-types.js';

export const FILE_MISSING_RULE = 'file-missing';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function pairKey(set: string, locale: string, file: string): string {
  return `${set}\u0000${locale}\u0000${file}`;
}

function spanLines(span: Span): { line: number; column: number; endLine: number } {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line };
}

export function trimOutline(outline: Outline): OutlineData {
  return {
    headings: outline.headings.map((heading) => ({
      depth: heading.depth,
      text: heading.text,
      label: heading.label,
      ...spanLines(heading.span),
    })),
    links: outline.links.map((link) => ({
      kind: link.kind,
      text: link.text,
      label: link.label,
      target: link.target,
      ...spanLines(link.span),
    })),
    tables: outline.tables.map((table) => ({
      header: table.header.cells.map((cell) => cell.text),
      columns: table.header.cells.length,
      rows: table.rows.length,
      line: table.span.start.line,
      endLine: table.span.end.line,
    })),
    refreshRows: (outline.refresh?.rows ?? []).map((row) => ({
      dateRaw: row.dateRaw,
      date: row.date,
      author: row.author,
      description: row.description,
      line: row.span.start.line,
      endLine: row.span.end.line,
    })),
  };
}

function emptyCounts(): SeverityCounts {
  return { errors: 0, warnings: 0, infos: 0 };
}

function countSeverity(counts: SeverityCounts, severity: Severity): void {
  if (severity === 'error') counts.errors += 1;
  else if (severity === 'warning') counts.warnings += 1;
  else counts.infos += 1;
}

const CONTEXT_LIMIT = 400;

/** Invisible characters the outline found, written as `⟦U+200B⟧` so a reader sees where they are. */
export function showInvisibles(text: string, codePoints: ReadonlySet<number>): string {
  if (codePoints.size === 0) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += codePoints.has(code) ? `⟦U+${code.toString(16).toUpperCase().padStart(4, '0')}⟧` : char;
  }
  return out;
}

/** The text a translator needs to act on a finding: the locale block at its line. */
function contextOf(diagnostic: Diagnostic, outline: Outline | null): string | null {
  if (!outline || diagnostic.line === undefined) return null;
  const line = diagnostic.line;
  const block = outline.blocks.find((b) => b.span.start.line <= line && line <= b.span.end.line);
  if (!block) return null;
  const text = showInvisibles(block.text, new Set(outline.invisibles.filter((i) => i.span.start.line >= block.span.start.line && i.span.start.line <= block.span.end.line).map((i) => i.codePoint)));
  return text.length > CONTEXT_LIMIT ? `${text.slice(0, CONTEXT_LIMIT)}…` : text;
}

function findingFromDiagnostic(diagnostic: Diagnostic, pair: number, outline: Outline | null = null): FindingData {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    locale: diagnostic.locale,
    set: diagnostic.set,
    line: diagnostic.line ?? null,
    column: diagnostic.column ?? null,
    endLine: diagnostic.endLine ?? null,
    related: diagnostic.related ?? [],
    expected: diagnostic.expected ?? null,
    actual: diagnostic.actual ?? null,
    fixable: diagnostic.fix !== undefined,
    pair,
    context: contextOf(diagnostic, outline),
  };
}

/** Locales and sets named anywhere in the result, sorted. */
function collectNames(result: LintResult): { locales: string[]; sets: string[] } {
  const locales = new Set(Object.keys(result.summary.byLocale));
  const sets = new Set<string>();
  for (const pair of result.pairs ?? []) {
    locales.add(pair.locale);
    sets.add(pair.set);
  }
  for (const diagnostic of result.diagnostics) {
    locales.add(diagnostic.locale);
    sets.add(diagnostic.set);
  }
  return { locales: [...locales].sort(byText), sets: [...sets].sort(byText) };
}

export function buildReportData(result: LintResult): ReportData {
  const { locales, sets } = collectNames(result);
  const pairViews: PairView[] = [...(result.pairs ?? [])].sort(
    (a, b) =>
      byText(a.set, b.set) ||
      byText(a.locale, b.locale) ||
      byText(a.localeFile ?? a.canonicalFile ?? '', b.localeFile ?? b.canonicalFile ?? ''),
  );

  // Outlines are deduplicated by identity: the pipeline hands every locale the same
  // canonical object, and embedding it once per locale would multiply the page's size.
  const outlines: OutlineData[] = [];
  const outlineIndex = new Map<Outline, number>();
  const indexOfOutline = (outline: Outline | null): number => {
    if (!outline) return -1;
    let index = outlineIndex.get(outline);
    if (index === undefined) {
      index = outlines.push(trimOutline(outline)) - 1;
      outlineIndex.set(outline, index);
    }
    return index;
  };

  const pairIndexByFile = new Map<string, number>();
  const pairs: PairData[] = pairViews.map((view, index) => {
    if (view.localeFile) pairIndexByFile.set(pairKey(view.set, view.locale, view.localeFile), index);
    return {
      set: view.set,
      locale: view.locale,
      canonicalName: view.canonicalName,
      canonicalFile: view.canonicalFile,
      localeFile: view.localeFile,
      canonicalOutline: indexOfOutline(view.canonical),
      localeOutline: indexOfOutline(view.localeOutline),
      alignment: view.alignment,
      counts: emptyCounts(),
    };
  });

  const findings = result.diagnostics.map((diagnostic) => {
    const pair = pairIndexByFile.get(pairKey(diagnostic.set, diagnostic.locale, diagnostic.file)) ?? -1;
    if (pair >= 0) countSeverity(pairs[pair].counts, diagnostic.severity);
    return findingFromDiagnostic(diagnostic, pair, pair >= 0 ? pairViews[pair].localeOutline : null);
  });

  return { tool: result.tool, summary: result.summary, locales, sets, findings, pairs, outlines };
}

function emptyCell(): MatrixCell {
  return { errors: 0, warnings: 0, infos: 0, missing: 0, files: 0 };
}

/** The locale x set matrix, and a check that the summary agrees with the diagnostics. */
export function buildMatrix(result: LintResult): Matrix {
  const { locales, sets } = collectNames(result);
  const cells: Matrix['cells'] = {};
  for (const locale of locales) {
    cells[locale] = {};
    for (const set of sets) cells[locale][set] = null;
  }
  const cellFor = (locale: string, set: string): MatrixCell => (cells[locale][set] ??= emptyCell());

  for (const pair of result.pairs ?? []) {
    const cell = cellFor(pair.locale, pair.set);
    if (pair.localeFile) cell.files += 1;
  }
  const severityTotals = emptyCounts();
  const ruleTotals: Record<string, number> = {};
  for (const diagnostic of result.diagnostics) {
    const cell = cellFor(diagnostic.locale, diagnostic.set);
    countSeverity(cell, diagnostic.severity);
    countSeverity(severityTotals, diagnostic.severity);
    if (diagnostic.ruleId === FILE_MISSING_RULE) cell.missing += 1;
    ruleTotals[diagnostic.ruleId] = (ruleTotals[diagnostic.ruleId] ?? 0) + 1;
  }

  const setTotals: Record<string, MatrixCell> = {};
  for (const set of sets) {
    const total = emptyCell();
    for (const locale of locales) {
      const cell = cells[locale][set];
      if (!cell) continue;
      total.errors += cell.errors;
      total.warnings += cell.warnings;
      total.infos += cell.infos;
      total.missing += cell.missing;
      total.files += cell.files;
    }
    setTotals[set] = total;
  }

  const { summary } = result;
  const localeTotals: Record<string, LocaleSummary> = {};
  const disagreements: string[] = [];
  for (const locale of locales) {
    const fromSummary = summary.byLocale[locale] ?? { errors: 0, warnings: 0, files: 0, missing: 0 };
    localeTotals[locale] = fromSummary;
    const row = Object.values(cells[locale]).filter((cell): cell is MatrixCell => cell !== null);
    for (const metric of ['errors', 'warnings', 'missing'] as const) {
      const counted = row.reduce((sum, cell) => sum + cell[metric], 0);
      if (counted !== fromSummary[metric]) {
        disagreements.push(`${locale}: the summary counts ${fromSummary[metric]} ${metric}, the findings ${counted}`);
      }
    }
  }
  for (const [metric, counted] of Object.entries(severityTotals) as Array<[keyof SeverityCounts, number]>) {
    if (summary[metric] !== counted) {
      disagreements.push(`all locales: the summary counts ${summary[metric]} ${metric}, the findings ${counted}`);
    }
  }
  for (const rule of new Set([...Object.keys(summary.byRule), ...Object.keys(ruleTotals)])) {
    if ((summary.byRule[rule] ?? 0) !== (ruleTotals[rule] ?? 0)) {
      disagreements.push(`${rule}: the summary counts ${summary.byRule[rule] ?? 0}, the findings ${ruleTotals[rule] ?? 0}`);
    }
  }

  return { locales, sets, cells, localeTotals, setTotals, disagreements };
}
