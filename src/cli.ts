#!/usr/bin/env node
// The command line: parse arguments (commander), run the engine, render each requested
// report, and exit 0 (clean), 1 (lint errors or too many warnings) or 2 (usage, config or
// internal error: one line on stderr, nothing written; a stack trace only with --debug).
//
// Start-up time is paid by every run, so this module imports statically only what parsing
// the arguments needs. Everything else is imported (`await import`) where an invocation
// needs it: `--version` and `--help` load no engine, and a plain lint run loads neither the
// fixer, the baseline, the shard planner, git, merge nor the snapshot writer.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option, CommanderError } from 'commander';
import { ConfigError } from './config/error.js';
import { WriteError, writeOutputFile } from './io/write.js';
import { FORMATS, loadReporter, type Format } from './reporters/index.js';
import { toolVersion } from './package-root.js';
import { DEFAULT_BASELINE_FILE } from './workflow/baseline-file.js';
import { parseShard } from './workflow/shard-spec.js';
import { intersectScopes, type RunScope } from './workflow/scope.js';
import { DEFAULT_CACHE_DIR_HINT, cacheEnabled, resolveCacheFile } from './cache/index.js';
import { CONFIG_FILE_NAMES } from './config/find.js';
import type { EngineOptions } from './engine/lint.js';
import type { CliIo } from './cli-io.js';
import type { Config, LintResult } from './types.js';

export type { CliIo } from './cli-io.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * A list option, comma-separated or repeated (`--locale de-DE,ja-JP` = `--locale de-DE
 * --locale ja-JP`). Each flag takes exactly one value, so a list never eats the paths
 * after it (commander's variadic `<code...>` would), and `--` still ends the options.
 */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

/** A usage problem (bad flag value): exit 2 like a config error. */
class UsageError extends Error {}

/** A subcommand: `l10n-lint <name> …`, parsed by its own commander program. */
interface Subcommand {
  /** Its arguments, for the main --help (`<reports...>`). */
  usage: string;
  summary: string;
  build: () => Command;
  run: CommandRunner;
}

type CommandRunner = (opts: Record<string, any>, args: string[], io: CliIo) => Promise<number>;

/**
 * Every subcommand, dispatched on the first argument; the main --help lists them. Adding
 * one is an entry here (a function that builds its commander program, one that runs it).
 */
const SUBCOMMANDS: Record<string, Subcommand> = {
  merge: { usage: '<reports...>', summary: 'merge JSON reports (e.g. of --shard runs) into one report, in any format', build: () => buildMergeProgram(), run: (o, a, io) => runMerge(o, a, io) },
  snapshot: { usage: '', summary: 'write the canonical outlines of every set to a JSON file a set can name as its "canonical"', build: () => buildSnapshotProgram(), run: (o, a, io) => runSnapshot(o, a, io) },
  init: { usage: '[--force]', summary: "read the site generator's config and write l10n-lint.config.json with its preset", build: () => buildInitProgram(), run: (o, a, io) => runInitCommand(o, a, io) },
};

function subcommandsHelp(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, c]) => [`${name}${c.usage ? ` ${c.usage}` : ''}`, c.summary]);
  // `lsp` hands stdio to the language server (no commander program), so it is listed here, not in the table.
  rows.push(['lsp --stdio', 'a Language Server Protocol server for editors (see the README, In the editor)']);
  const width = Math.max(...rows.map(([head]) => head.length));
  return `\nCommands:\n${rows.map(([head, text]) => `  ${head.padEnd(width)}  ${text}`).join('\n')}\n\nRun \`l10n-lint <command> --help\` for a command's options.\n`;
}

function buildProgram(): Command {
  const program = new Command()
    .name('l10n-lint')
    .usage('[options] [paths...]\n       l10n-lint <command> [options]')
    .description('Lint localized Markdown documentation for drift against a canonical structure.')
    .version(toolVersion)
    .argument('[paths...]', 'lint only pairs with a file under these paths')
    .option('-c, --config <file>', `config file (default: ${CONFIG_FILE_NAMES.join(' or ')}, searched from the working directory upward)`)
    .option('--locale <codes>', 'lint only these locales (comma-separated or repeated)', collectList)
    .option('--rule <ids>', 'run only these rules (comma-separated or repeated)', collectList)
    .option('--print-config', 'print the effective config (defaults filled in) as JSON and exit')
    .option('--fix', 'fix what can be fixed with certainty, write the files, then report what remains')
    .option('--fix-dry-run', 'print a diff of what --fix would change on stdout, change nothing, then report what would remain on stderr')
    .option('--update-baseline', 'write every current finding to the baseline file (--baseline, or its default); report none of them')
    .option('--changed-since <ref>', 'lint only pairs with a file changed since this git ref (committed, staged, unstaged or untracked)')
    .option('--shard <i/n>', 'lint the i-th of n size-balanced parts of the pairs; join the JSON reports with `l10n-lint merge`', parseShard)
    .option('-j, --jobs <n>', 'worker threads that parse files (default: the number of cores; 1: no workers)', parseJobs)
    .option('--cache', 'use the outline cache (the default, except when the CI environment variable is set)')
    .option('--no-cache', 'neither read nor write the outline cache')
    .option('--watch', 'lint, then lint again on every save and print only what changed (new and fixed findings)')
    .option('--cache-location <path>', `outline cache file, or a directory to hold it (default: the config's cache.location, else ${DEFAULT_CACHE_DIR_HINT})`)
    .addHelpText('after', subcommandsHelp);
  return withCommandDefaults(withReportOptions(program));
}

/**
 * --format: commander's `.choices()` checks the name (before anything runs, with the list
 * of allowed choices in its error); the option is repeatable, so the checked names are collected.
 */
function formatOption(): Option {
  const option = new Option('-f, --format <format>', 'output format; repeat with --output for several reports').choices(FORMATS);
  const checkChoice = option.parseArg as (value: string, previous: unknown) => string;
  return option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), checkChoice(value, undefined)]);
}

/** The options of every command that renders a report (a lint run, and merge). */
function withReportOptions(command: Command): Command {
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
function withCommandDefaults(command: Command): Command {
  return command
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number ≥ 1, got "${value}"`);
  return n;
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, got "${value}"`);
  return n;
}

/** The reports whose paths CI systems resolve from the repository root. */
const CI_FORMATS: ReadonlySet<Format> = new Set<Format>(['github', 'sarif', 'junit']);

interface Outputs {
  format: Format;
  output: string | null;
}

function pairOutputs(formats: string[] | undefined, outputs: string[] | undefined): Outputs[] {
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
function writeAtomically(file: string, text: string, within: string | null): void {
  writeOutputFile(file, text, within);
}

const writeRoot = (config: Config): string | null => (config.allowOutsideRoot ? null : config.root);

/** Narrows a result to what --quiet shows; the summary is recomputed from what is kept. */
function quietResult(result: LintResult): LintResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  const byRule: Record<string, number> = {};
  for (const d of diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  const byLocale = Object.fromEntries(Object.entries(result.summary.byLocale).map(([l, s]) => [l, { ...s, warnings: 0 }]));
  return { ...result, diagnostics, summary: { ...result.summary, warnings: 0, infos: 0, byRule, byLocale } };
}

/** The config of a run: --config, else the nearest config file from the working directory upward; validated and defaulted. */
async function loadRunConfig(file: string | undefined, cwd: string): Promise<Config> {
  const { resolveLintConfig } = await import('./index.js');
  return resolveLintConfig({ config: file, cwd });
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // The language server speaks LSP on stdio from here on: no commander program, no report.
  if (argv[0] === 'lsp') return (await import('./lsp/command.js')).runLsp(argv.slice(1)).catch((error) => reportFailure(new UsageError(error.message), false, io));
  const subcommand = Object.hasOwn(SUBCOMMANDS, argv[0] ?? '') ? SUBCOMMANDS[argv[0]] : undefined;
  if (subcommand) return runCommand(subcommand.build(), argv.slice(1), io, subcommand.run);
  return runCommand(buildProgram(), argv, io, runLint);
}

/** Parses argv for one command and runs it; every failure is exit 2 with one line on stderr. */
async function runCommand(program: Command, argv: string[], io: CliIo, run: CommandRunner): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    if (!parseArguments(program, argv, io)) return 0;
    const opts = program.opts();
    debug = Boolean(opts.debug);
    return await run(opts, program.args, io);
  } catch (error) {
    return await reportFailure(error, debug, io);
  }
}

/** `l10n-lint [paths…]`: lint, fix, baseline, render. */
async function runLint(opts: Record<string, any>, args: string[], io: CliIo): Promise<number> {
  const outputs = pairOutputs(opts.format, opts.output);
  if (opts.rule?.length) {
    const { rulesById } = await import('../rules/index.js');
    for (const id of opts.rule) if (!rulesById.has(id)) throw new UsageError(`--rule: unknown rule "${id}"; known rules: ${[...rulesById.keys()].join(', ')}`);
  }
  if (opts.watch && (opts.fix || opts.fixDryRun || opts.updateBaseline || opts.output || opts.format)) throw new UsageError('--watch prints what changed on the terminal; it cannot be combined with --fix, --fix-dry-run, --update-baseline, --format or --output');
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together (--fix-dry-run shows what --fix would write)');
  const config = await loadRunConfig(opts.config, io.cwd);
  if (opts.printConfig) {
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  }
  checkLocales(opts.locale, config);
  checkPaths(args, config, io.cwd);
  const narrowed = Boolean(args.length || opts.locale?.length || opts.rule?.length || opts.changedSince || opts.shard);
  if (opts.updateBaseline && narrowed) {
    throw new UsageError('--update-baseline records every finding, so it cannot be combined with paths, --locale, --rule, --changed-since or --shard (the baseline would lose the findings outside them)');
  }
  const baselineFile = baselinePath(opts.baseline, opts.updateBaseline, config.root, io.cwd);
  const baselines = baselineFile ? await import('./workflow/baseline.js') : null;
  // Read before linting: a bad baseline is a usage error, and nothing is linted.
  const baseline = baselines && baselineFile && !opts.updateBaseline ? baselines.readBaseline(baselineFile) : null;
  const scopes: RunScope[] = [{ pairFilter: await pathFilter(args, config, io.cwd) }];
  if (opts.changedSince) {
    const { changedFilesScope, changedFilesSince } = await import('./workflow/changed-files.js');
    scopes.push(changedFilesScope(config, changedFilesSince(opts.changedSince, config.root)));
  }
  if (opts.shard) scopes.push((await import('./workflow/shard.js')).shardScope(config, opts.shard));
  const scope = intersectScopes(scopes);
  const engineOptions: EngineOptions = {
    locales: opts.locale,
    rules: opts.rule,
    includePairs: outputs.some((o) => o.format === 'html'),
    ...scope,
  };
  const cacheFile = cacheEnabled(opts.cache) ? resolveCacheFile(config, opts.cacheLocation, io.cwd) : null;
  if (opts.watch) return (await import('./watch/index.js')).runWatch(config, engineOptions, { jobs: opts.jobs, cacheFile }, io);
  const progress = io.progressStream && !opts.quiet ? (await import('./progress.js')).createProgressBar({ stream: io.progressStream }) : null;
  // --fix-dry-run's diff goes to stdout, so its report goes to stderr: `> fix.diff` is a patch.
  const reportIo: CliIo = opts.fixDryRun ? { ...io, stdout: io.stderr, isTTY: false } : io;
  // --fix and --fix-dry-run lint the fixed texts in memory; their result is what remains.
  const fixed = opts.fix || opts.fixDryRun ? await (await import('./fix/command.js')).runFixCommand(config, engineOptions, { dryRun: Boolean(opts.fixDryRun) }, io) : null;
  let result: LintResult;
  if (fixed) result = fixed.result;
  else {
    const { runEngineWithLoading } = await import('./engine/run.js');
    result = await runEngineWithLoading(config, engineOptions, { jobs: opts.jobs, cacheFile, onProgress: progress?.update }).finally(() => progress?.done());
    // A cache that could not be written (its path is someone else's file) costs speed, not the run: say so once.
    const cache = result.meta?.cache as { enabled: boolean; written?: boolean; reason?: string } | undefined;
    if (cache?.enabled && !cache.written && cache.reason?.startsWith('not written')) io.stderr(`l10n-lint: warning: the cache was ${cache.reason}\n`);
  }
  checkSomethingChecked(result, { args, locales: opts.locale, inScopeOnly: Boolean(opts.changedSince || opts.shard) });
  if (opts.updateBaseline && baselines && baselineFile) {
    const written = baselines.buildBaseline(result.diagnostics);
    writeAtomically(baselineFile, baselines.serializeBaseline(written), writeRoot(config));
    io.stderr(`l10n-lint: wrote ${plural(result.diagnostics.length, 'finding')} to the baseline ${path.relative(io.cwd, baselineFile) || baselineFile}\n`);
    result = baselines.applyBaseline(result, written, baselineFile, true);
  } else if (baselines && baseline && baselineFile) {
    result = baselines.applyBaseline(result, baseline, baselineFile, !narrowed);
  }
  if (opts.quiet) result = quietResult(result);
  const code = await renderReports(result, outputs, { root: config.root, within: writeRoot(config), color: opts.color, maxWarnings: opts.maxWarnings }, reportIo);
  return fixed?.writeFailed ? 2 : code;
}

/** `1 pair`, `2 pairs`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Every --locale must be a target locale of some set: a typo would otherwise check nothing and pass. */
function checkLocales(locales: string[] | undefined, config: Config): void {
  if (!locales?.length) return;
  const targets = [...new Set(config.sets.flatMap((set) => set.locales.map((l) => l.locale)))];
  for (const locale of locales) {
    if (targets.includes(locale)) continue;
    const sourceOf = config.sets.find((set) => set.source?.locale === locale);
    const why = sourceOf ? `is the source locale of set "${sourceOf.name}", which has no pairs of its own` : 'is not a locale of the config';
    throw new UsageError(`--locale ${locale} ${why}; its target locales: ${targets.join(', ')}`);
  }
}

/** Every path argument must exist and lie in (or hold) a set's folder, as ESLint exits 2 on a pattern that matches nothing. */
function checkPaths(paths: string[], config: Config, cwd: string): void {
  const dirs = config.sets.flatMap((set) => [...(set.source ? [set.source] : []), ...set.locales].map((l) => path.resolve(config.root, l.dir)));
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`${p}: no such file or folder`);
    if (!dirs.some((dir) => inside(abs, dir) || inside(dir, abs))) {
      const where = [...new Set(dirs.map((dir) => path.relative(cwd, dir) || '.'))].join(', ');
      throw new UsageError(`${p} is in no content set of the config (their folders: ${where})`);
    }
  }
}

/**
 * A run that checked no pair says so and fails (exit 2, nothing written) unless it was
 * narrowed to what changed (--changed-since) or to a shard, where an empty scope is normal.
 */
function checkSomethingChecked(result: LintResult, run: { args: string[]; locales?: string[]; inScopeOnly: boolean }): void {
  if (result.summary.pairs > 0 || result.diagnostics.length > 0 || run.inScopeOnly) return;
  const narrowedBy = [run.args.length ? `paths ${run.args.join(', ')}` : '', run.locales?.length ? `--locale ${run.locales.join(',')}` : ''].filter(Boolean).join(' and ');
  throw new UsageError(`nothing to check: no pair of a canonical and a locale file${narrowedBy ? ` matches ${narrowedBy}` : ' was found'} (${plural(result.summary.files, 'file')}, 0 pairs)`);
}

/** Parses argv into `program`; false when it printed help or the version instead. */
function parseArguments(program: Command, argv: string[], io: CliIo): boolean {
  try {
    program.parse(argv, { from: 'user' });
    return true;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
        io.stdout(error.code === 'commander.version' ? `${toolVersion}\n` : helpText(program));
        return false;
      }
      throw new UsageError(error.message.replace(/^error: /, ''));
    }
    throw error;
  }
}

/** --help: commander's help, with the text added after it (the subcommands). */
function helpText(program: Command): string {
  let text = '';
  program.configureOutput({ writeOut: (t) => (text += t), writeErr: () => {} });
  program.outputHelp();
  return text;
}

/** Exit code 2 for every failure: one line on stderr, a stack trace only with --debug. */
async function reportFailure(error: unknown, debug: boolean, io: CliIo): Promise<number> {
  // A file that cannot be written (--output onto a directory, a full disk): one line, exit 2.
  if (error instanceof ConfigError || error instanceof UsageError || error instanceof WriteError) {
    io.stderr(`l10n-lint: ${error.message}\n`);
    return 2;
  }
  const e = error as Error;
  // Only the engine throws InternalError: a run that failed in it has loaded it, so this costs nothing then.
  const { InternalError } = await import('./engine/lint.js');
  const where = error instanceof InternalError ? ` while linting ${error.file}` : '';
  const message = e.message.split('\n')[0];
  io.stderr(`l10n-lint: internal error${where}: ${message}${debug ? `\n${e.stack}` : ' (run with --debug for the stack trace)'}\n`);
  return 2;
}

/** Renders every requested report of one result, then the exit code: 1 for errors or too many warnings. */
async function renderReports(result: LintResult, outputs: Outputs[], options: { root: string; within?: string | null; color?: boolean; maxWarnings?: number }, io: CliIo): Promise<number> {
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
function baselinePath(option: string | boolean | undefined, update: boolean | undefined, root: string, cwd: string): string | null {
  if (typeof option === 'string') return path.resolve(cwd, option);
  return option || update ? path.join(root, DEFAULT_BASELINE_FILE) : null;
}

function buildMergeProgram(): Command {
  const program = new Command()
    .name('l10n-lint merge')
    .description('Merge JSON reports (e.g. of --shard runs) into one report, in any format.')
    .argument('<reports...>', 'JSON reports written with --format json')
    .option('-c, --config <file>', 'the config the reports were linted with (its directory roots SARIF URIs and the default baseline; default: the working directory)');
  return withCommandDefaults(withReportOptions(program));
}

/** `l10n-lint merge a.json b.json …`: one report from the JSON reports of several runs. */
async function runMerge(opts: Record<string, any>, args: string[], io: CliIo): Promise<number> {
  const outputs = pairOutputs(opts.format, opts.output);
  const root = opts.config ? (await loadRunConfig(opts.config, io.cwd)).root : io.cwd;
  const baselineFile = baselinePath(opts.baseline, false, root, io.cwd);
  const baselines = baselineFile ? await import('./workflow/baseline.js') : null;
  const baseline = baselines && baselineFile ? baselines.readBaseline(baselineFile) : null;
  const { mergeReports, readReport } = await import('./workflow/merge.js');
  let result = mergeReports(args.map((file) => readReport(path.resolve(io.cwd, file))));
  // The merged shards cover the corpus, so baselined findings that did not come back are fixed.
  if (baselines && baseline && baselineFile) result = baselines.applyBaseline(result, baseline, baselineFile, true);
  if (opts.quiet) result = quietResult(result);
  return renderReports(result, outputs, { root, color: opts.color, maxWarnings: opts.maxWarnings }, io);
}

function buildSnapshotProgram(): Command {
  const program = new Command()
    .name('l10n-lint snapshot')
    .description('Write the canonical outlines of every set (source files, or the consensus of the locales) to a JSON file that a set can name as its "canonical".')
    .option('-c, --config <file>', 'config file (default: ./l10n-lint.config.json)')
    .option('-o, --output <file>', 'write the snapshot to this file (default: standard output)');
  return withCommandDefaults(program);
}

/** `l10n-lint snapshot [--config f] [--output file]`: canonical outlines for linting without the source. */
async function runSnapshot(opts: Record<string, any>, _args: string[], io: CliIo): Promise<number> {
  const config = await loadRunConfig(opts.config, io.cwd);
  const { buildSnapshot, serializeSnapshot } = await import('./workflow/snapshot-write.js');
  const snapshot = buildSnapshot(config);
  const text = serializeSnapshot(snapshot);
  if (!opts.output) {
    io.stdout(text);
    return 0;
  }
  writeAtomically(path.resolve(io.cwd, opts.output), text, writeRoot(config));
  const outlines = snapshot.sets.reduce((n, set) => n + Object.keys(set.outlines).length, 0);
  io.stderr(`l10n-lint: wrote ${plural(outlines, 'canonical outline')} of ${plural(snapshot.sets.length, 'set')} to ${opts.output}\n`);
  return 0;
}

function buildInitProgram(): Command {
  const program = new Command()
    .name('l10n-lint init')
    .description("Read the site generator's config (Starlight, Docusaurus, Hugo, VitePress, MkDocs, dumi) in the working directory and write l10n-lint.config.json with its preset and locales.")
    .option('--force', 'overwrite an existing l10n-lint.config.json');
  return withCommandDefaults(program);
}

/** `l10n-lint init [--force]`: src/init/ does the work; a failure is one line and exit 2. */
async function runInitCommand(opts: Record<string, any>, _args: string[], io: CliIo): Promise<number> {
  const { runInit, InitError } = await import('./init/index.js');
  try {
    io.stdout(`${runInit(io.cwd, { force: Boolean(opts.force) }).report.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InitError) throw new UsageError(`init: ${error.message}`);
    throw error;
  }
}

/** `l10n-lint docs/de-DE` lints only pairs with a file under the given paths. */
async function pathFilter(paths: string[], config: Config, cwd: string): Promise<EngineOptions['pairFilter']> {
  if (paths.length === 0) return undefined;
  const { localizedName } = await import('./discover.js');
  const prefixes = paths.map((p) => path.relative(config.root, path.resolve(cwd, p)).split(path.sep).join('/'));
  const under = (rel: string) => prefixes.some((p) => p === '' || rel === p || rel.startsWith(p.endsWith('/') ? p : `${p}/`));
  return (set, key, locale) => {
    const s = config.sets.find((x) => x.name === set);
    const l = s?.locales.find((x) => x.locale === locale);
    if (!s || !l) return false;
    const localePath = path.posix.join(l.dir, localizedName(key, l.suffix, s.keepNames));
    const sourcePath = s.source ? path.posix.join(s.source.dir, localizedName(key, s.source.suffix, s.keepNames)) : null;
    return under(localePath) || (sourcePath !== null && under(sourcePath));
  };
}

// npm installs the bin as a symlink (node_modules/.bin/l10n-lint): compare real paths.
function isMainModule(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  // A reader that closes the pipe early (`l10n-lint | head`) is not an error: stop quietly.
  // Any other failure to write the report (a full disk) is: one line, exit 2.
  const stdoutFailed = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`l10n-lint: cannot write to standard output: ${error.message}\n`);
    process.exit(2);
  };
  process.stdout.on('error', stdoutFailed);
  runCli(process.argv.slice(2), {
    stdout: (t) => {
      // Standard output onto a file is written synchronously: its errors are thrown here, not emitted.
      try {
        process.stdout.write(t);
      } catch (error) {
        stdoutFailed(error as NodeJS.ErrnoException);
      }
    },
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    progressStream: process.stderr.isTTY ? process.stderr : undefined,
  }).then((code) => {
    process.exitCode = code;
  });
}
