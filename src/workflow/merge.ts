// `l10n-lint merge a.json b.json …`: the JSON reports of shards (or of any runs) as one
// report, from which every format renders. Diagnostics are concatenated, de-duplicated
// like one run de-duplicates them, and re-sorted; the summary is recomputed from them.
import { readFileSync } from 'node:fs';
import type { LintResult } from '../types.js';
import { ConfigError } from '../config/error.js';
import { validateReport } from '../generated/validators.js';
import { dedupe, sortDiagnostics, summarize } from '../engine/summary.js';
import { addCoverage, type SetCoverage } from '../engine/coverage.js';

/** Reads a JSON report and validates it against schema/report.schema.json (ConfigError otherwise). */
export function readReport(file: string): LintResult {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read report ${file}: ${(error as Error).message}`, null, file);
  }
  // schema/report.schema.json, precompiled (src/generated/validators.ts).
  if (!validateReport(data)) {
    const error = validateReport.errors?.[0];
    throw new ConfigError(`${file} is not an l10n-lint JSON report: ${error?.instancePath || '/'}: ${error?.message ?? 'invalid'} (write reports with --format json)`, error?.instancePath ?? null, file);
  }
  return data as LintResult;
}

export function mergeReports(reports: readonly LintResult[]): LintResult {
  if (reports.length === 0) throw new ConfigError('merge needs at least one JSON report');
  const versions = [...new Set(reports.map((r) => r.tool.version))];
  // Fingerprints and messages may differ between versions: a merge across them would lie.
  if (versions.length > 1) throw new ConfigError(`merge: the reports come from different l10n-lint versions (${versions.join(', ')}); run every shard with the same version`);
  const diagnostics = sortDiagnostics(dedupe(reports.flatMap((r) => r.diagnostics)));
  // Each shard lints its own pairs and files, but every shard counts the sets and each
  // locale's files: those are the same in every report.
  const localeFiles = new Map<string, { size: number }>();
  for (const r of reports) {
    for (const [locale, s] of Object.entries(r.summary.byLocale)) localeFiles.set(locale, { size: Math.max(localeFiles.get(locale)?.size ?? 0, s.files) });
  }
  // Shards split the pairs, so their coverage adds up to the whole run's.
  const coverage: SetCoverage = new Map();
  for (const r of reports) addCoverage(coverage, Object.entries(r.summary.byLocale).flatMap(([locale, s]) => (s.coverage ? [[locale, s.coverage] as [string, NonNullable<typeof s.coverage>]] : [])));
  const summary = summarize(diagnostics, {
    coverage,
    sets: Math.max(...reports.map((r) => r.summary.sets)),
    files: reports.reduce((sum, r) => sum + r.summary.files, 0),
    pairs: reports.reduce((sum, r) => sum + r.summary.pairs, 0),
    localeFiles,
    locales: [...localeFiles.keys()],
  });
  return { version: reports[0].version, tool: reports[0].tool, summary, diagnostics };
}
