// The --fix and --fix-dry-run modes of the command line. A dry run prints a unified diff
// per file on stdout and writes nothing; --fix writes. Either way one line on stderr says
// what was (or would be) fixed, so a report on stdout stays machine-readable, and the
// result returned is the lint of the fixed texts: what remains.
import type { Config, LintResult } from '../types.js';
import type { EngineOptions } from '../engine/lint.js';
import { describeFixRun, fixAndWrite, formatFixDiff, runFixPasses } from './run.js';
import type { AtomicWriteSteps } from './write.js';

export interface FixCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface FixCommandOutcome {
  result: LintResult;
  /** True when a fixed file could not be written (the CLI exits 2). */
  writeFailed: boolean;
}

export async function runFixCommand(config: Config, engineOptions: EngineOptions, mode: { dryRun: boolean }, io: FixCommandIo, steps: Partial<AtomicWriteSteps> = {}): Promise<FixCommandOutcome> {
  if (mode.dryRun) {
    const run = await runFixPasses(config, engineOptions);
    io.stdout(formatFixDiff(run.files));
    io.stderr(`l10n-lint: ${describeFixRun(run, true)}\n`);
    return { result: run.result, writeFailed: false };
  }
  const outcome = await fixAndWrite(config, engineOptions, steps);
  for (const failure of outcome.failures) io.stderr(`l10n-lint: could not write ${failure.file}: ${failure.message}\n`);
  io.stderr(`l10n-lint: ${describeFixRun(outcome, false, outcome.failures.length)}\n`);
  return { result: outcome.result, writeFailed: outcome.failures.length > 0 };
}
