// --fix and --fix-dry-run: lint, apply the non-overlapping fixes of each file, lint the
// fixed texts again, and repeat until no fix is left (at most MAX_FIX_PASSES passes, as
// ESLint does). Passes work on decoded texts held in memory; the engine reads them through
// an overlay instead of the disk, so a dry run lints exactly what --fix would write and
// writes nothing. Only the final texts are written, each file once, atomically.
import { readContained } from '../io/read.js';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Config, Diagnostic, Fix, LintResult, Outline } from '../types.js';
import { loadOutlinesInThread, runEngine, type EngineOptions, type OutlineLoader } from '../engine/lint.js';
import { outlineFormatOf, outlineFromBytes } from '../outline/from-file.js';
import { decodeText } from '../parse.js';
import { applyFixes } from '../edits/apply.js';
import { writeFileAtomic, type AtomicWriteSteps } from './write.js';
import { ChangedOnDiskError } from '../io/write.js';

export const MAX_FIX_PASSES = 10;

/** One file as the fix passes left it. */
export interface FixedFile {
  /** Path relative to the config's directory, as in diagnostics. */
  file: string;
  abs: string;
  /** The root the file must stay inside, through symbolic links (null: anywhere). */
  within: string | null;
  /** The bytes read before the first pass; the file must still hold them when it is written. */
  originalBytes: Uint8Array;
  bom: boolean;
  /** The decoded text before the first pass (after the BOM). */
  originalText: string;
  /** The decoded text after the last pass. */
  text: string;
  /** The fixes applied, pass by pass; each pass's ranges refer to the text before that pass. */
  passes: Fix[][];
  /** How many of those fixes each rule made. */
  fixesByRule: Record<string, number>;
}

export interface FixRun {
  /** The lint of the fixed texts: what remains. */
  result: LintResult;
  /** Files whose text changed, sorted by path. */
  files: FixedFile[];
  /** Passes that applied at least one fix. */
  passes: number;
  /** Fixes applied in the changed files. */
  fixCount: number;
}

/** The bytes a fixed file is written as: its own BOM, then UTF-8, like the bytes it was read from. */
export function encodeFixedText(file: Pick<FixedFile, 'bom' | 'text'>): Uint8Array {
  return Buffer.from(file.bom ? `\uFEFF${file.text}` : file.text, 'utf8');
}

/** The shape of a file as the engine linted it from disk: fix offsets refer to that text. */
type LintedShape = Pick<Outline, 'length' | 'lines' | 'bom'>;

// Files a pass has changed are parsed from memory; every other file the usual way, its
// shape kept so the text a fix is applied to can be checked to be the text that was linted.
function overlayLoader(overlay: ReadonlyMap<string, FixedFile>, linted: Map<string, LintedShape>, base: OutlineLoader): OutlineLoader {
  return async (files, options, maxFileSize) => {
    const outcomes = new Map(await base(files.filter((f) => !overlay.has(f.rel)), options, maxFileSize));
    for (const [rel, outcome] of outcomes) if (outcome.ok) linted.set(rel, { length: outcome.outline.length, lines: outcome.outline.lines, bom: outcome.outline.bom });
    for (const f of files) {
      const fixed = overlay.get(f.rel);
      if (fixed) outcomes.set(f.rel, outlineFromBytes(encodeFixedText(fixed), options, maxFileSize, outlineFormatOf(f.abs)));
    }
    return outcomes;
  };
}

function readForFixing(config: Pick<Config, 'root' | 'allowOutsideRoot' | 'maxFileSize'>, file: string, linted: LintedShape | undefined): FixedFile | null {
  const abs = path.resolve(config.root, file);
  const within = config.allowOutsideRoot ? null : config.root;
  // Contained and bounded like every read: a link out of the root was a finding, never a fix.
  const bytes = readContained(abs, within, config.maxFileSize);
  if (!(bytes instanceof Uint8Array)) return null; // gone or refused since it was linted: nothing to fix
  // The same decoding the engine used, so fix offsets mean the same characters.
  const decoded = decodeText(bytes, config.maxFileSize);
  if (!decoded.ok) return null;
  // Saved by someone else since it was linted: the fixes may not fit it; leave it alone.
  const lines = decoded.text.split('\n').length;
  if (!linted || linted.length !== decoded.text.length || linted.lines !== lines || linted.bom !== decoded.bom) return null;
  return { file, abs, within, originalBytes: bytes, bom: decoded.bom, originalText: decoded.text, text: decoded.text, passes: [], fixesByRule: {} };
}

/** The fixes of each file, each with the rule that made it. */
function fixesByFile(diagnostics: readonly Diagnostic[]): Map<string, Map<Fix, string>> {
  const byFile = new Map<string, Map<Fix, string>>();
  for (const d of diagnostics) {
    if (!d.fix) continue;
    if (!byFile.has(d.file)) byFile.set(d.file, new Map());
    byFile.get(d.file)!.set(d.fix, d.ruleId);
  }
  return byFile;
}

/** Runs the fix passes in memory; writes nothing. */
export async function runFixPasses(config: Config, engineOptions: EngineOptions = {}, maxPasses = MAX_FIX_PASSES): Promise<FixRun> {
  const overlay = new Map<string, FixedFile>();
  const linted = new Map<string, LintedShape>();
  const options: EngineOptions = { ...engineOptions, loadOutlines: overlayLoader(overlay, linted, engineOptions.loadOutlines ?? loadOutlinesInThread) };
  let result = await runEngine(config, options);
  let passes = 0;
  while (passes < maxPasses) {
    let progressed = false;
    for (const [file, fixes] of fixesByFile(result.diagnostics)) {
      const fixed = overlay.get(file) ?? readForFixing(config, file, linted.get(file));
      if (!fixed) continue;
      const pass = applyFixes(fixed.text, [...fixes.keys()]);
      if (pass.applied.length === 0) continue;
      fixed.text = pass.text;
      fixed.passes.push(pass.applied);
      for (const fix of pass.applied) {
        const ruleId = fixes.get(fix)!;
        fixed.fixesByRule[ruleId] = (fixed.fixesByRule[ruleId] ?? 0) + 1;
      }
      overlay.set(file, fixed);
      progressed = true;
    }
    if (!progressed) break;
    passes++;
    // Re-lint: the findings fixed are gone, and overlapping fixes come back with fresh ranges.
    result = await runEngine(config, options);
  }
  const files = [...overlay.values()].filter((f) => f.text !== f.originalText).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { result, files, passes, fixCount: countFixes(files) };
}

function countFixes(files: readonly FixedFile[]): number {
  return files.reduce((sum, f) => sum + f.passes.reduce((n, pass) => n + pass.length, 0), 0);
}

export interface WriteFailure {
  file: string;
  message: string;
}

/**
 * Writes each fixed file atomically. The file must still hold the bytes it was fixed from,
 * checked right before the rename (and the old file once more after it, so an edit saved
 * in between is kept, not lost); it must stay inside the root and be writable in place.
 */
export function writeFixedFiles(files: readonly FixedFile[], steps: Partial<AtomicWriteSteps> = {}): WriteFailure[] {
  const failures: WriteFailure[] = [];
  for (const file of files) {
    try {
      writeFileAtomic(file.abs, encodeFixedText(file), steps, { within: file.within, expected: file.originalBytes, requireWritable: true });
    } catch (error) {
      const message = (error as Error).message;
      failures.push({ file: file.file, message: error instanceof ChangedOnDiskError ? message : `${message}; the file is unchanged` });
    }
  }
  return failures;
}

/** A unified diff per file (git's `a/` and `b/` prefixes) of what --fix would change. */
export function formatFixDiff(files: readonly FixedFile[]): string {
  return files
    .map((f) => createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.originalText, f.text, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }))
    .join('');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one line --fix (or --fix-dry-run) prints about what it did. */
export function describeFixRun(run: Pick<FixRun, 'fixCount' | 'files'>, dryRun: boolean, failed = 0): string {
  const fixes = plural(run.fixCount, 'fix', 'fixes');
  const files = plural(run.files.length, 'file', 'files');
  if (dryRun) return `${fixes} in ${files} would be applied (--fix-dry-run: nothing written).`;
  if (failed === 0) return `Applied ${fixes} in ${files}.`;
  return `Applied ${fixes} in ${files}; ${plural(failed, 'file', 'files')} could not be written and ${failed === 1 ? 'is' : 'are'} unchanged.`;
}

export interface FixOutcome extends FixRun {
  failures: WriteFailure[];
}

/**
 * --fix: the passes, then the writes. When a write fails the report is made again from the
 * disk, so it never claims as fixed what is still in a file.
 */
export async function fixAndWrite(config: Config, engineOptions: EngineOptions = {}, steps: Partial<AtomicWriteSteps> = {}): Promise<FixOutcome> {
  const run = await runFixPasses(config, engineOptions);
  const failures = writeFixedFiles(run.files, steps);
  if (failures.length === 0) return { ...run, failures };
  const failed = new Set(failures.map((f) => f.file));
  const written = run.files.filter((f) => !failed.has(f.file));
  return {
    ...run,
    result: await runEngine(config, engineOptions),
    files: written,
    fixCount: countFixes(written),
    failures,
  };
}
