// The baseline: findings a team accepts for now, so a corpus with hundreds of findings can
// adopt the linter on day one and only new drift fails CI. Keyed by fingerprint (never a
// line), with a count: a fingerprint with count n absorbs up to n findings, so moving a
// paragraph keeps the baseline valid and a second copy of the same drift is still new.
import { readFileSync } from 'node:fs';
import type { BaselineStats, Diagnostic, LintResult } from '../types.js';
import { ConfigError } from '../config/error.js';
import { validateBaseline } from '../generated/validators.js';
import { toolName, toolVersion } from '../package-root.js';
import { summarize, summaryFacts } from '../engine/summary.js';

export { DEFAULT_BASELINE_FILE } from './baseline-file.js';

export interface BaselineEntry {
  count: number;
  /** For humans reading the file or its diff: one finding with this fingerprint. */
  ruleId: string;
  file: string;
  message: string;
}

export interface Baseline {
  version: 1;
  tool?: { name: string; version: string };
  findings: Record<string, BaselineEntry>;
}

/** What applying a baseline did; `fixed` is null when the run did not cover the whole corpus. */
export type { BaselineStats } from '../types.js';

export function buildBaseline(diagnostics: readonly Diagnostic[]): Baseline {
  const findings = new Map<string, BaselineEntry>();
  for (const d of diagnostics) {
    const entry = findings.get(d.fingerprint);
    if (entry) entry.count++;
    else findings.set(d.fingerprint, { count: 1, ruleId: d.ruleId, file: d.file, message: d.message });
  }
  // Ordered by file and rule, so the file's diff in review reads like the report.
  const ordered = [...findings].sort(([fa, a], [fb, b]) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(fa, fb));
  return { version: 1, tool: { name: toolName, version: toolVersion }, findings: Object.fromEntries(ordered) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** Reads and validates a baseline file; any problem is a ConfigError (exit 2, nothing linted). */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ConfigError(missing ? `Baseline file ${file} does not exist; create it with --update-baseline` : `Cannot read baseline file ${file}: ${(error as Error).message}`, null, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`Invalid baseline file ${file}: not JSON (${(error as Error).message})`, null, file);
  }
  // schema/baseline.schema.json, precompiled (src/generated/validators.ts).
  if (!validateBaseline(data)) {
    const error = validateBaseline.errors?.[0];
    const at = error?.instancePath || '/';
    const detail = error?.keyword === 'additionalProperties' ? `unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"` : error?.message ?? 'is invalid';
    throw new ConfigError(`Invalid baseline file ${file}: ${at}: ${detail} (see schema/baseline.schema.json; rewrite it with --update-baseline)`, at, file);
  }
  return data as Baseline;
}

/**
 * Keeps the findings the baseline does not absorb and recomputes the summary over them.
 * `complete`: the run linted everything (no path, locale, rule, changed-files or shard
 * filter), so baselined findings that did not come back are really fixed.
 */
export function applyBaseline(result: LintResult, baseline: Baseline, file: string, complete: boolean): LintResult {
  const remaining = new Map(Object.entries(baseline.findings).map(([fingerprint, entry]) => [fingerprint, entry.count]));
  let suppressed = 0;
  const diagnostics = result.diagnostics.filter((d) => {
    const left = remaining.get(d.fingerprint) ?? 0;
    if (left === 0) return true;
    remaining.set(d.fingerprint, left - 1);
    suppressed++;
    return false;
  });
  const fixed = complete ? [...remaining.values()].reduce((sum, n) => sum + n, 0) : null;
  const stats: BaselineStats = { file, suppressed, fixed };
  return {
    ...result,
    diagnostics,
    summary: summarize(diagnostics, summaryFacts(result.summary)),
    meta: { ...result.meta, baseline: stats },
  };
}
