// The findings about files rather than pairs: discovery's (missing, orphan, misnamed,
// duplicate) and parse problems, through the file rules; and the rules about a file's own
// text for files no pair holds.
import type { Diagnostic, FileFinding, ParseProblem } from '../types.js';
import type { DiscoveredSet } from '../discover.js';
import type { ActiveRule } from './settings.js';
import { toDiagnostic } from './report.js';
import { directivesOf, type LintedFile } from './directives.js';
import type { EngineOptions } from './options.js';
import type { SetFacts } from './set-facts.js';

/** The set's file-level findings, and the unpaired files linted (for their inline disables). */
export function fileLevelFindings(f: SetFacts): { diagnostics: Diagnostic[]; unpairedLinted: LintedFile[] } {
  const { options, set, discovered, pairs, toLoad, fileRules, active, wantLocale } = f.c;
  const { outcomes, outlineOf } = f;
  // File-level findings: discovery, then parse problems.
  const diagnostics: Diagnostic[] = [];
  const fileFindings: Array<FileFinding | ParseProblem> = discovered.findings.filter((f) => wantLocale(f.locale) && fileFindingInScope(options, discovered, f));
  for (const ref of toLoad.values()) {
    // Parsed pages' outcomes are dropped once linted; failures stay for this.
    const outcome = outcomes.get(ref.rel);
    if (!outcome || outcome.ok) continue;
    const pair = pairs.find((p) => p.target?.rel === ref.rel || p.source?.rel === ref.rel);
    fileFindings.push({ kind: 'parse', set: set.name, locale: ref.locale, file: ref.rel, sourceFile: pair?.source?.rel ?? null, ...outcome.problem });
  }
  for (const finding of fileFindings) {
    const found = runFileRules(fileRules, finding);
    // A site that falls back to the source page: a missing translation is coverage, not drift.
    if (set.missing === 'fallback' && finding.kind === 'missing') for (const d of found) if (d.ruleId === 'file-missing') d.severity = 'info';
    diagnostics.push(...found);
  }

  // Files no pair holds (orphans, competing duplicates): the rules about a file's own text.
  const paired = new Set(discovered.pairs.flatMap((p) => [p.source?.rel, p.target?.rel]));
  const unpairedLinted: LintedFile[] = [];
  for (const ref of toLoad.values()) {
    const outline = outlineOf(ref);
    if (paired.has(ref.rel) || !outline) continue;
    unpairedLinted.push({ set: set.name, locale: ref.locale, file: ref.rel, sourceFile: null, outline: directivesOf(outline) });
    for (const a of active) {
      a.rule.checkUnpaired?.({
        outline,
        options: a.options,
        locale: ref.locale,
        file: ref.rel,
        report: (descriptor) => diagnostics.push(toDiagnostic({ rule: a.rule, severity: a.severity, target: { set: set.name, locale: ref.locale, file: ref.rel, sourceFile: null, outline } }, descriptor)),
      });
    }
  }
  return { diagnostics, unpairedLinted };
}

/** Whether a narrowed run (paths, --changed-since, --shard) reports this file finding; orphans belong to no pair. */
export function fileFindingInScope(options: EngineOptions, discovered: DiscoveredSet, f: FileFinding): boolean {
  return (
    (!options.pairFilter || f.kind === 'orphan' || options.pairFilter(discovered.set.name, pairKeyOf(discovered, f), f.locale)) &&
    (!options.fileFindingFilter || options.fileFindingFilter(f, pairKeyOf(discovered, f)))
  );
}

export function pairKeyOf(discovered: DiscoveredSet, finding: FileFinding): string {
  const pair = discovered.pairs.find((p) => p.locale === finding.locale && (p.expectedTarget === finding.expected || p.target?.rel === finding.file));
  return pair?.key ?? finding.file;
}

function runFileRules(fileRules: SetFacts['c']['fileRules'], finding: FileFinding | ParseProblem): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const active of fileRules.values()) {
    active.rule.checkFile({
      finding,
      options: active.options,
      report: (descriptor) =>
        out.push(
          toDiagnostic(
            {
              rule: active.rule,
              severity: active.severity,
              target: { set: finding.set, locale: finding.locale, file: finding.file, sourceFile: finding.sourceFile, outline: null },
              canonical: finding.sourceFile ? { file: finding.sourceFile, name: 'source', outline: null } : undefined,
            },
            descriptor,
          ),
        ),
    });
  }
  return out;
}
