// The command line's option parsing (commander): list options, --format, the options every
// report-rendering command shares, --debug and commander's errors, number arguments.
import { Command, Option } from 'commander';
import { FORMATS } from './reporters/index.js';
import { DEFAULT_BASELINE_FILE } from './workflow/baseline-file.js';

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * A list option, comma-separated or repeated (`--locale de-DE,ja-JP` = `--locale de-DE
 * --locale ja-JP`). Each flag takes exactly one value, so a list never eats the paths
 * after it (commander's variadic `<code...>` would), and `--` still ends the options.
 */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

/** A usage problem (bad flag value): exit 2 like a config error. */
export class UsageError extends Error {}

/**
 * --format: commander's `.choices()` checks the name (before anything runs, with the list
 * of allowed choices in its error); the option is repeatable, so the checked names are collected.
 */
export function formatOption(): Option {
  const option = new Option('-f, --format <format>', 'output format; repeat with --output for several reports').choices(FORMATS);
  const checkChoice = option.parseArg as (value: string, previous: unknown) => string;
  return option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), checkChoice(value, undefined)]);
}

/** The options of every command that renders a report (a lint run, and merge). */
export function withReportOptions(command: Command): Command {
  return command
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the report to a file (pairs with the --format at the same position)', collect)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseMaxWarnings)
    .option('--quiet', 'report errors only')
    .option('--baseline [file]', `report only findings not in this baseline file (default: ${DEFAULT_BASELINE_FILE} beside the config)`)
    .option('--color', 'force color in the stylish report')
    .option('--no-color', 'no color in the stylish report');
}

/** Every command: --debug, and commander's own errors and output handed to us (exit 2, one line). */
export function withCommandDefaults(command: Command): Command {
  return command
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
}

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number ≥ 1, got "${value}"`);
  return n;
}

export function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, got "${value}"`);
  return n;
}

/** `1 pair`, `2 pairs`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
