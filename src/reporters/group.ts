// Pure helpers shared by the CI reporters (junit, markdown, sarif, github): grouping,
// ordering and the one-line rendering of a finding.
import path from 'node:path';
import type { Diagnostic, LintResult, ReporterOptions } from '../types.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates cannot be encoded (UTF-8, URIs, XML); they become U+FFFD like a bad byte. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Code-unit order: the same on every machine, unlike localeCompare (ICU data differs). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FileFindings {
  file: string;
  /** The content set of the file's first finding (a file belongs to one set in practice). */
  set: string;
  diagnostics: Diagnostic[];
}

export interface LocaleFindings {
  locale: string;
  files: FileFindings[];
  /** Number of findings over all the locale's files. */
  count: number;
}

/**
 * Every locale of the run (those in the summary and those with findings), sorted, each
 * with its findings grouped by file (files sorted; findings keep the order they came in,
 * which the engine has already made file, line, column, rule).
 */
export function groupByLocaleAndFile(result: LintResult): LocaleFindings[] {
  const byLocale = new Map<string, Map<string, FileFindings>>();
  for (const locale of Object.keys(result.summary.byLocale)) byLocale.set(locale, new Map());
  for (const diagnostic of result.diagnostics) {
    let files = byLocale.get(diagnostic.locale);
    if (!files) {
      files = new Map();
      byLocale.set(diagnostic.locale, files);
    }
    let entry = files.get(diagnostic.file);
    if (!entry) {
      entry = { file: diagnostic.file, set: diagnostic.set, diagnostics: [] };
      files.set(diagnostic.file, entry);
    }
    entry.diagnostics.push(diagnostic);
  }
  return [...byLocale.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([locale, files]) => {
      const sortedFiles = [...files.values()].sort((a, b) => compareCodeUnits(a.file, b.file));
      const count = sortedFiles.reduce((sum, entry) => sum + entry.diagnostics.length, 0);
      return { locale, files: sortedFiles, count };
    });
}

/** `file:line:col`, dropping what a file-level finding lacks. */
export function formatLocation(diagnostic: Diagnostic): string {
  let location = diagnostic.file;
  if (diagnostic.line !== undefined) {
    location += `:${diagnostic.line}`;
    if (diagnostic.column !== undefined) location += `:${diagnostic.column}`;
  }
  return location;
}

/** The line format of `expected.txt` and the stylish reporter: `file:line:col: message [rule-id]`. */
export function formatFindingLine(diagnostic: Diagnostic): string {
  return `${formatLocation(diagnostic)}: ${diagnostic.message} [${diagnostic.ruleId}]`;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') counts.errors++;
    else if (diagnostic.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `1 error`, `2 warnings`: English plurals for counts in human-facing summaries. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * A config-relative path (`/`-separated) as CI reports name it: relative to
 * `options.reportBase` (the git top level, where GitHub places annotations and code
 * scanning resolves `%SRCROOT%`), else unchanged.
 */
export function reportPath(file: string, options?: ReporterOptions): string {
  if (!options?.root || !options.reportBase) return file;
  const rel = path.relative(options.reportBase, path.resolve(options.root, file));
  return rel.split(path.sep).join('/');
}
