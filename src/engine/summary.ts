// Totals for the report header, the per-locale table and the HTML matrix.
import type { Diagnostic, LocaleCoverage, LocaleSummary, Summary } from '../types.js';

// A canonical-side finding (e.g. an invisible character in the source) is reported once,
// not once per locale.
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const id = `${d.fingerprint}\u0000${d.line ?? ''}\u0000${d.column ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export interface SummaryFacts {
  sets: number;
  files: number;
  pairs: number;
  /** Locale -> the locale files that exist (only their number counts). */
  localeFiles: ReadonlyMap<string, { readonly size: number }>;
  locales: string[];
  /** Coverage per locale, counted by the engine (absent: no coverage in the summary). */
  coverage?: ReadonlyMap<string, LocaleCoverage>;
}

/** The facts behind an existing summary, to recompute it over fewer (baseline) or merged (shards) diagnostics. */
export function summaryFacts(summary: Summary): SummaryFacts {
  return {
    sets: summary.sets,
    files: summary.files,
    pairs: summary.pairs,
    localeFiles: new Map(Object.entries(summary.byLocale).map(([locale, s]) => [locale, { size: s.files }])),
    locales: Object.keys(summary.byLocale),
    coverage: new Map(Object.entries(summary.byLocale).flatMap(([locale, s]) => (s.coverage ? [[locale, s.coverage] as const] : []))),
  };
}

export function summarize(diagnostics: readonly Diagnostic[], facts: SummaryFacts): Summary {
  const byLocale: Record<string, LocaleSummary> = {};
  const entry = (locale: string) => (byLocale[locale] ??= { errors: 0, warnings: 0, files: facts.localeFiles.get(locale)?.size ?? 0, missing: 0 });
  for (const locale of [...facts.locales].sort()) entry(locale);
  for (const [locale, coverage] of facts.coverage ?? []) if (byLocale[locale] || facts.locales.includes(locale)) entry(locale).coverage = { ...coverage };
  const byRule: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    const l = entry(d.locale);
    if (d.severity === 'error') {
      errors++;
      l.errors++;
    } else if (d.severity === 'warning') {
      warnings++;
      l.warnings++;
    } else infos++;
    if (d.ruleId === 'file-missing') l.missing++;
    byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  }
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)));
  const sortedByLocale = Object.fromEntries(Object.entries(byLocale).sort(([a], [b]) => a.localeCompare(b)));
  return { sets: facts.sets, files: facts.files, pairs: facts.pairs, errors, warnings, infos, byLocale: sortedByLocale, byRule: sortedByRule };
}
