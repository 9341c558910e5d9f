#!/usr/bin/env node
// The command line: parse arguments (commander), run the engine, render each requested
// report, and exit 0 (clean), 1 (lint errors or too many warnings) or 2 (usage, config or
// internal error: one line on stderr, nothing written; a stack trace only with --debug).
//
// Start-up time is paid by every run, so this module imports statically only what parsing
// the arguments needs. Everything else is imported (`await import`) where an invocation
// needs it: `--version` and `--help` load no engine, and a plain lint run loads neither the
// fixer, the baseline, the shard planner, git, merge nor the snapshot writer.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ConfigError } from './config/error.js';
import { WriteError } from './io/write.js';
import { toolVersion } from './package-root.js';
import { parseShard } from './workflow/shard-spec.js';
import { intersectScopes, type RunScope } from './workflow/scope.js';
import { DEFAULT_CACHE_DIR_HINT, cacheEnabled, resolveCacheFile } from './cache/index.js';
import { CONFIG_FILE_NAMES } from './config/find.js';
import type { EngineOptions } from './engine/lint.js';
import type { CliIo } from './cli-io.js';
import type { LintResult } from './types.js';
import { UsageError, collectList, parseJobs, plural, withCommandDefaults, withReportOptions } from './cli-options.js';
import { baselinePath, loadRunConfig, pairOutputs, quietResult, renderReports, writeAtomically, writeRoot } from './cli-output.js';
import { checkLocales, checkPaths, checkSomethingChecked, pathFilter } from './cli-checks.js';
import { buildInitProgram, buildMergeProgram, buildSnapshotProgram, runInitCommand, runMerge, runSnapshot } from './cli-subcommands.js';

export type { CliIo } from './cli-io.js';
export { collectList, plural } from './cli-options.js';

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
    const cache = result.meta?.cache;
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
