// Where a command's reports go: --format/--output pairs, --quiet, --baseline's file, the
// one atomic writer, and rendering every report of a result to its exit code.
import path from 'node:path';
import { writeOutputFile } from './io/output-file.js';
import { loadReporter, type Format } from './reporters/index.js';
import { DEFAULT_BASELINE_FILE } from './workflow/baseline-file.js';
import type { CliIo } from './cli-io.js';
import type { Config, LintResult } from './types.js';
import { UsageError, plural } from './cli-options.js';

/** The reports whose paths CI systems resolve from the repository root. */
export const CI_FORMATS: ReadonlySet<Format> = new Set<Format>(['github', 'sarif', 'junit']);

export interface Outputs {
  format: Format;
  output: string | null;
}

export function pairOutputs(formats: string[] | undefined, outputs: string[] | undefined): Outputs[] {
  const f = formats?.length ? formats : ['stylish'];
  const o = outputs ?? [];
  if (o.length > f.length) {
    // One format, one output file: the common case `--format json --output r.json`.
    if (f.length === 1 && o.length === 1) return [{ format: f[0] as Format, output: o[0] }];
    throw new UsageError(`${o.length} --output files for ${f.length} --format options; give one --format per --output`);
  }
  const pairs = f.map((format, i) => ({ format: format as Format, output: o[i] ?? null }));
  if (pairs.filter((p) => p.output === null).length > 1) throw new UsageError('only one report can go to standard output; give the others an --output file');
  return pairs;
}

// Every report, baseline and snapshot file goes through the one writer (src/io/write.ts):
// atomic for a regular file, in place for a device or FIFO, a symbolic link followed only
// inside `within` (the config's directory unless allowOutsideRoot).
export function writeAtomically(file: string, text: string, within: string | null): void {
  writeOutputFile(file, text, within);
}

export const writeRoot = (config: Config): string | null => (config.allowOutsideRoot ? null : config.root);

/** Narrows a result to what --quiet shows; the summary is recomputed from what is kept. */
export function quietResult(result: LintResult): LintResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  const byRule: Record<string, number> = {};
  for (const d of diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  const byLocale = Object.fromEntries(Object.entries(result.summary.byLocale).map(([l, s]) => [l, { ...s, warnings: 0 }]));
  return { ...result, diagnostics, summary: { ...result.summary, warnings: 0, infos: 0, byRule, byLocale } };
}

/** The config of a run: --config, else the nearest config file from the working directory upward; validated and defaulted. */
export async function loadRunConfig(file: string | undefined, cwd: string): Promise<Config> {
  const { resolveLintConfig } = await import('./index.js');
  return resolveLintConfig({ config: file, cwd });
}

/** Renders every requested report of one result, then the exit code: 1 for errors or too many warnings. */
export async function renderReports(result: LintResult, outputs: Outputs[], options: { root: string; within?: string | null; color?: boolean; maxWarnings?: number }, io: CliIo): Promise<number> {
  // CI reports name files from the repository root; found once per run, only when one is written.
  const base = outputs.some((o) => CI_FORMATS.has(o.format)) ? (await import('./repo-root.js')).reportBase(options.root, io.cwd) : undefined;
  for (const { format, output } of outputs) {
    const reporter = await loadReporter(format);
    const text = reporter(result, { root: options.root, reportBase: base, color: options.color ?? (output === null && io.isTTY) });
    if (output) writeAtomically(path.resolve(io.cwd, output), text, options.within === undefined ? options.root : options.within);
    else io.stdout(text);
  }
  const tooManyWarnings = options.maxWarnings !== undefined && result.summary.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`l10n-lint: ${plural(result.summary.warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
  return result.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

/** --baseline [file] and --update-baseline: a given path is relative to the working directory, the default sits beside the config. */
export function baselinePath(option: string | boolean | undefined, update: boolean | undefined, root: string, cwd: string): string | null {
  if (typeof option === 'string') return path.resolve(cwd, option);
  return option || update ? path.join(root, DEFAULT_BASELINE_FILE) : null;
}
