// The properties the fuzz suite (test/fuzz.test.ts) and `npm run fuzz` (scripts/fuzz.ts)
// hold every generated content set to (issue 8):
//   1. lint() does not throw (a RuleBugError is a rule bug, and a failure);
//   2. the JSON report validates against schema/report.schema.json;
//   3. every position (diagnostic, related location, fix range) lies inside its file;
//   4. two runs give the same report;
//   5. the source compared with itself yields no pair findings;
//   and, beyond issue 8's list, lint() emits no process warning (they would land in CI logs).
// Seeded and reproducible: FUZZ_SEED, FUZZ_RUNS, FUZZ_PATH (replay one case).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Ajv, type ValidateFunction } from 'ajv';
import { lint } from '../../src/index.js';
import json from '../../src/reporters/json.js';
import type { Diagnostic, LintResult } from '../../src/types.js';
import { renderCase, type FuzzCase, type RenderedCase, type RenderedFile } from './arbitraries.js';
import { repoRoot } from './fixtures.js';

export class PropertyViolation extends Error {
  constructor(property: string, detail: string) {
    super(`${property}: ${detail}`);
    this.name = 'PropertyViolation';
  }
}

let reportValidator: ValidateFunction | null = null;
function validateReport(): ValidateFunction {
  if (!reportValidator) {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/report.schema.json'), 'utf8'));
    reportValidator = new Ajv({ strict: false, allErrors: true }).compile(schema);
  }
  return reportValidator;
}

/** The lines of a file as a reader's editor shows them: UTF-8 (invalid bytes replaced), BOM stripped, split on \n. */
export function linesOf(bytes: Uint8Array): { lines: string[]; length: number } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return { lines: text.split('\n'), length: text.length };
}

interface Positioned {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

function checkPosition(where: string, p: Positioned, file: string, files: ReadonlyMap<string, Uint8Array>): void {
  if (p.line === undefined && p.endLine === undefined) return;
  const bytes = files.get(file);
  if (!bytes) throw new PropertyViolation('positions', `${where} has a position (${p.line}:${p.column}) in \`${file}\`, which does not exist`);
  const { lines } = linesOf(bytes);
  const inside = (line: number | undefined, column: number | undefined, what: string) => {
    if (line === undefined || column === undefined) throw new PropertyViolation('positions', `${where}: ${what} has a line without a column or a column without a line`);
    if (!(Number.isInteger(line) && line >= 1 && line <= lines.length)) {
      throw new PropertyViolation('positions', `${where}: ${what} line ${line} is outside \`${file}\` (${lines.length} lines)`);
    }
    const length = lines[line - 1].length;
    if (!(Number.isInteger(column) && column >= 1 && column <= length + 1)) {
      throw new PropertyViolation('positions', `${where}: ${what} ${line}:${column} is outside line ${line} of \`${file}\` (${length} characters: ${JSON.stringify(lines[line - 1].slice(0, 120))})`);
    }
  };
  inside(p.line, p.column, 'start');
  if (p.endLine !== undefined || p.endColumn !== undefined) {
    inside(p.endLine, p.endColumn, 'end');
    if (p.endLine! < p.line! || (p.endLine === p.line && p.endColumn! < p.column!)) {
      throw new PropertyViolation('positions', `${where}: end ${p.endLine}:${p.endColumn} is before start ${p.line}:${p.column}`);
    }
  }
}

/** Property 3: every position lies inside its file, computed from the file's bytes. */
export function checkPositions(result: LintResult, files: ReadonlyMap<string, Uint8Array>): void {
  for (const d of result.diagnostics) {
    const where = describe(d);
    checkPosition(where, d, d.file, files);
    for (const r of d.related ?? []) checkPosition(`${where} (related ${r.file})`, r, r.file, files);
    if (d.fix) {
      const bytes = files.get(d.file);
      const [start, end] = d.fix.range;
      const length = bytes ? linesOf(bytes).length : -1;
      if (!(start >= 0 && end >= start && end <= length)) throw new PropertyViolation('positions', `${where}: fix range [${start}, ${end}] is outside \`${d.file}\` (${length} characters)`);
    }
  }
}

/** Property 2: the JSON report, printed and parsed back, validates against its schema. */
export function checkReport(result: LintResult): string {
  const text = json(result);
  const validate = validateReport();
  if (!validate(JSON.parse(text))) {
    throw new PropertyViolation('report schema', validate.errors!.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; '));
  }
  return text;
}

function describe(d: Diagnostic): string {
  const at = d.line !== undefined ? `:${d.line}:${d.column}` : '';
  return `${d.file}${at} [${d.ruleId}/${d.messageId}] ${d.message.slice(0, 200)}`;
}

/**
 * What a file compared with itself may still report: findings about the file on its own
 * (it cannot be parsed, holds invisible characters, has invalid YAML, links to a file or
 * anchor that does not exist, holds a directive that silences nothing), never drift.
 */
export function isFileOnItsOwn(d: Diagnostic): boolean {
  if (['parse-error', 'invisible-chars', 'link-broken', 'inline-directive'].includes(d.ruleId)) return true;
  if (d.ruleId === 'frontmatter-keys' && d.messageId === 'invalidYaml') return true;
  if (d.ruleId === 'toc-structure' && (d.messageId === 'invalid' || d.messageId === 'brokenTarget')) return true;
  return false;
}

async function runLint(what: string, config: Record<string, unknown>, cwd: string): Promise<LintResult> {
  // Content must not make the linter print Node warnings into a CI log either.
  const warnings: string[] = [];
  // Node warns about the environment itself when NO_COLOR meets the FORCE_COLOR that uvu
  // sets: not something lint() did, so not a violation.
  const aboutEnvironment = (warning: Error) => /'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env/.test(warning.message);
  const onWarning = (warning: Error) => {
    if (!aboutEnvironment(warning)) warnings.push(`${warning.name}: ${warning.message}`);
  };
  process.on('warning', onWarning);
  let result: LintResult;
  try {
    result = await lint({ config, cwd });
  } catch (error) {
    const e = error as Error;
    throw new PropertyViolation('no throw', `${what}: lint() threw ${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 8).join('\n')}`);
  } finally {
    // process.emitWarning delivers on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
  }
  if (warnings.length > 0) throw new PropertyViolation('no warnings', `${what}: lint() emitted a process warning: ${warnings[0]}`);
  return result;
}

// What each reused directory holds, so the next case rewrites only what changed.
const written = new Map<string, Map<string, Uint8Array>>();

/** Makes `dir` hold exactly `files` (reused between cases: removes stale files, writes changed ones). */
function writeFiles(dir: string, files: readonly RenderedFile[]): void {
  let current = written.get(dir);
  if (!current) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    current = new Map();
    written.set(dir, current);
  }
  const wanted = new Map(files.map((f) => [f.rel, f.bytes]));
  for (const rel of current.keys()) {
    if (!wanted.has(rel)) {
      rmSync(path.join(dir, rel), { force: true });
      current.delete(rel);
    }
  }
  for (const [rel, bytes] of wanted) {
    const before = current.get(rel);
    if (before && Buffer.compare(before, bytes) === 0) continue;
    const abs = path.join(dir, rel);
    if (!before) mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
    current.set(rel, bytes);
  }
}

/** Forgets what a reused directory holds (before it is removed). */
function forget(dir: string): void {
  for (const key of [...written.keys()]) if (key === dir || key.startsWith(dir + path.sep)) written.delete(key);
}

/** Removes a directory checkRendered worked in. */
export function removeWorkDir(dir: string): void {
  forget(dir);
  rmSync(dir, { recursive: true, force: true });
}

export const SELF_LOCALE = 'en-US-x-copy';

/** The self-comparison set: the source dir, and a copy of it as a locale with no suffix. */
export function selfComparison(rendered: RenderedCase): { files: RenderedFile[]; config: Record<string, unknown> } {
  const prefix = `${rendered.sourceDir}/`;
  const source = rendered.files.filter((f) => f.rel.startsWith(prefix));
  const files = [...source, ...source.map((f) => ({ rel: `copy/${f.rel.slice(prefix.length)}`, bytes: f.bytes }))];
  const config = {
    sets: [
      {
        name: 'self',
        source: { locale: 'en-US', dir: rendered.sourceDir },
        // The copy reads numbers and dates as the source does (en-GB would read 01/02 as 1 February);
        // a private-use subtag, since a set cannot name en-US twice.
        locales: [{ locale: SELF_LOCALE, dir: 'copy', suffix: '' }],
        include: ['**/*.md', '**/toc.yml'],
        keepNames: ['index.md', 'toc.yml'],
      },
    ],
    labels: { pattern: '^L\\d+ - ' },
    // A file compared with itself is, by definition, in the source language; and its git
    // history (a temp dir has none) says nothing about its content.
    rules: { untranslated: 'off', 'stale-translation': 'off' },
  };
  return { files, config };
}

/** Checks every property on one content set, in `dir` (emptied first). Throws PropertyViolation. */
export async function checkRendered(rendered: RenderedCase, dir: string): Promise<{ diagnostics: number }> {
  const caseDir = path.join(dir, 'case');
  writeFiles(caseDir, rendered.files);
  const files = new Map(rendered.files.map((f) => [f.rel, f.bytes]));

  const first = await runLint('the set', rendered.config, caseDir);
  const report = checkReport(first);
  checkPositions(first, files);
  const second = await runLint('the set, again', rendered.config, caseDir);
  const again = json(second);
  if (again !== report) {
    const i = first.diagnostics.findIndex((d, k) => !isDeepStrictEqual(d, second.diagnostics[k]));
    const detail =
      i === -1
        ? `the summaries differ: ${JSON.stringify(first.summary)} vs ${JSON.stringify(second.summary)}`
        : `diagnostic ${i} differs: ${JSON.stringify(first.diagnostics[i])} vs ${JSON.stringify(second.diagnostics[i])}`;
    throw new PropertyViolation('deterministic', detail);
  }

  const self = selfComparison(rendered);
  // No source file: nothing to compare with itself (and a set matching no file is a usage error).
  if (self.files.length === 0) return { diagnostics: first.diagnostics.length };
  const selfDir = path.join(dir, 'self');
  writeFiles(selfDir, self.files);
  const selfResult = await runLint('the source compared with itself', self.config, selfDir);
  checkReport(selfResult);
  checkPositions(selfResult, new Map(self.files.map((f) => [f.rel, f.bytes])));
  const drift = selfResult.diagnostics.filter((d) => d.locale === SELF_LOCALE && !isFileOnItsOwn(d));
  if (drift.length > 0) throw new PropertyViolation('self-comparison', `the source compared with itself reports ${drift.length} pair finding(s): ${drift.slice(0, 3).map(describe).join(' | ')}`);
  return { diagnostics: first.diagnostics.length };
}

/** One temporary directory reused for every case of a run. */
export class FuzzWorkspace {
  readonly dir: string;
  cases = 0;
  diagnostics = 0;

  constructor() {
    this.dir = mkdtempSync(path.join(process.env.FUZZ_TMPDIR ?? os.tmpdir(), 'l10n-fuzz-'));
  }

  /** The slowest case so far (all its lint runs): a quadratic blow-up shows here first. */
  slowest: { ms: number; what: string } = { ms: 0, what: '' };

  async check(fuzz: FuzzCase): Promise<void> {
    this.cases++;
    const rendered = renderCase(fuzz);
    const started = performance.now();
    const { diagnostics } = await checkRendered(rendered, this.dir);
    const ms = performance.now() - started;
    if (ms > this.slowest.ms) this.slowest = { ms, what: describeCase(fuzz, rendered) };
    this.diagnostics += diagnostics;
  }

  dispose(): void {
    forget(this.dir);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A one-line summary of a case: its size and what was done to it. */
export function describeCase(fuzz: FuzzCase, rendered: RenderedCase): string {
  const bytes = rendered.files.reduce((n, f) => n + f.bytes.length, 0);
  const ops = [...fuzz.edits.flatMap((e) => [...e.text.map((m) => m.op), ...e.bytes.map((m) => m.op)]), ...fuzz.fileOps.map((o) => o.op)];
  return `${rendered.files.length} files, ${(bytes / 1024).toFixed(1)} KiB, ${fuzz.mode} mode${ops.length ? `, ${ops.join(' ')}` : ''}`;
}

/** Writes a case as a self-contained content set (files + l10n-lint.config.json) to inspect or keep as a fixture. */
export function writeCaseDir(dir: string, fuzz: FuzzCase): void {
  const rendered = renderCase(fuzz);
  forget(dir);
  writeFiles(dir, rendered.files);
  forget(dir);
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify(rendered.config, null, 2) + '\n');
  writeFileSync(path.join(dir, 'case.json'), JSON.stringify(fuzz, null, 2) + '\n');
}

export interface FuzzSettings {
  seed: number;
  runs: number;
  /** A fast-check replay path (from a failure report), or undefined. */
  path: string | undefined;
}

/** FUZZ_SEED, FUZZ_RUNS and FUZZ_PATH from the environment, with defaults. */
export function fuzzSettings(defaultRuns: number, defaultSeed = 20240808): FuzzSettings {
  const seed = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' ? Number(process.env.FUZZ_SEED) : defaultSeed;
  const runs = process.env.FUZZ_RUNS !== undefined && process.env.FUZZ_RUNS !== '' ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${process.env.FUZZ_SEED}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got ${process.env.FUZZ_RUNS}`);
  return { seed, runs, path: process.env.FUZZ_PATH || undefined };
}

/** How to replay a failure, for the report. */
export function replayHint(details: fc.RunDetails<[FuzzCase]>, command: string): string {
  return `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} ${command}`;
}

export interface FuzzRun {
  details: fc.RunDetails<[FuzzCase]>;
  /** Property evaluations, shrinking included. */
  evaluations: number;
  diagnostics: number;
  ms: number;
  slowest: { ms: number; what: string };
  /** Where the shrunk counterexample was written as a content set (on failure). */
  counterexampleDir: string | null;
}

/** Runs the properties over `runs` generated cases (or replays `path`), in one reused temp dir. */
export async function runFuzz(
  arbitrary: fc.Arbitrary<FuzzCase>,
  settings: FuzzSettings,
  onProgress?: (evaluations: number) => void,
): Promise<FuzzRun> {
  const workspace = new FuzzWorkspace();
  const started = performance.now();
  try {
    let reported = false;
    const property = fc.asyncProperty(arbitrary, async (fuzz) => {
      try {
        await workspace.check(fuzz);
      } catch (error) {
        // Shrinking can take a while: say at once what failed.
        if (!reported) console.error(`  first failure (case ${workspace.cases}), shrinking: ${(error as Error).message.split('\n')[0]}`);
        reported = true;
        throw error;
      } finally {
        onProgress?.(workspace.cases);
      }
    });
    const details = await fc.check(property, {
      seed: settings.seed,
      numRuns: settings.runs,
      path: settings.path,
      endOnFailure: settings.path !== undefined,
    });
    let counterexampleDir: string | null = null;
    if (details.failed && details.counterexample) {
      counterexampleDir = path.join(process.env.FUZZ_TMPDIR ?? os.tmpdir(), `l10n-fuzz-counterexample-${details.seed}`);
      writeCaseDir(counterexampleDir, details.counterexample[0]);
    }
    return { details, evaluations: workspace.cases, diagnostics: workspace.diagnostics, ms: performance.now() - started, slowest: workspace.slowest, counterexampleDir };
  } finally {
    workspace.dispose();
  }
}

/** The failure report: fast-check's (counterexample, shrinks, error), where the case was written, and how to replay it. */
export function failureReport(run: FuzzRun, command: string): string {
  const error = run.details.errorInstance;
  return [
    fc.defaultReportMessage(run.details) ?? 'the property failed',
    error instanceof Error ? `Error: ${error.message}` : '',
    run.counterexampleDir ? `The shrunk counterexample, as a content set with its config: ${run.counterexampleDir}` : '',
    `Replay it: ${replayHint(run.details, command)}`,
  ]
    .filter(Boolean)
    .join('\n');
}
