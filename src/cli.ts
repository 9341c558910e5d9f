#!/usr/bin/env node
// The command line: parse arguments (commander), run the engine, render each requested
// report, and exit 0 (clean), 1 (lint errors or too many warnings) or 2 (usage, config or
// internal error: one line on stderr, nothing written; a stack trace only with --debug).
import { writeFileSync, renameSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Command, Option, CommanderError } from 'commander';
import { resolveLintConfig } from './index.js';
import { ConfigError } from './config/load.js';
import { runEngine, type EngineOptions } from './engine/lint.js';
import { FORMATS, loadReporter, type Format } from './reporters/index.js';
import { toolVersion } from './package-root.js';
import { rulesById } from '../rules/index.js';
import { localizedName } from './discover.js';
import type { Config, LintResult } from './types.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A usage problem (bad flag value): exit 2 like a config error. */
class UsageError extends Error {}

function buildProgram(): Command {
  return new Command()
    .name('l10n-lint')
    .description('Lint localized Markdown documentation for drift against a canonical structure.')
    .version(toolVersion)
    .argument('[paths...]', 'lint only pairs with a file under these paths')
    .option('-c, --config <file>', 'config file (default: ./l10n-lint.config.json)')
    .addOption(new Option('-f, --format <format>', 'output format; repeat with --output for several reports').choices(FORMATS as unknown as string[]).argParser(collect))
    .option('-o, --output <file>', 'write the report to a file (pairs with the --format at the same position)', collect)
    .option('--locale <code...>', 'lint only these locales')
    .option('--rule <id...>', 'run only these rules')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, got "${v}"`);
      return n;
    })
    .option('--quiet', 'report errors only')
    .option('--color', 'force color in the stylish report')
    .option('--no-color', 'no color in the stylish report')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
}

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

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** Narrows a result to what --quiet shows; the summary is recomputed from what is kept. */
function quietResult(result: LintResult): LintResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  const byRule: Record<string, number> = {};
  for (const d of diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  const byLocale = Object.fromEntries(Object.entries(result.summary.byLocale).map(([l, s]) => [l, { ...s, warnings: 0 }]));
  return { ...result, diagnostics, summary: { ...result.summary, warnings: 0, infos: 0, byRule, byLocale } };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram();
  let debug = argv.includes('--debug');
  try {
    try {
      program.parse(argv, { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
          io.stdout(error.code === 'commander.version' ? `${toolVersion}\n` : program.helpInformation());
          return 0;
        }
        throw new UsageError(error.message.replace(/^error: /, ''));
      }
      throw error;
    }
    const opts = program.opts();
    debug = Boolean(opts.debug);
    const outputs = pairOutputs(opts.format, opts.output);
    for (const id of opts.rule ?? []) if (!rulesById.has(id)) throw new UsageError(`--rule: unknown rule "${id}"; known rules: ${[...rulesById.keys()].join(', ')}`);
    const config = resolveLintConfig({ config: opts.config, cwd: io.cwd });
    const engineOptions: EngineOptions = {
      locales: opts.locale,
      rules: opts.rule,
      includePairs: outputs.some((o) => o.format === 'html'),
      pairFilter: pathFilter(program.args, config, io.cwd),
    };
    let result = await runEngine(config, engineOptions);
    if (opts.quiet) result = quietResult(result);
    for (const { format, output } of outputs) {
      const reporter = await loadReporter(format);
      const text = reporter(result, { root: config.root, color: opts.color ?? (output === null && io.isTTY) });
      if (output) writeAtomically(path.resolve(io.cwd, output), text);
      else io.stdout(text);
    }
    const tooManyWarnings = opts.maxWarnings !== undefined && result.summary.warnings > opts.maxWarnings;
    if (tooManyWarnings) io.stderr(`l10n-lint: ${result.summary.warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return result.summary.errors > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      io.stderr(`l10n-lint: ${error.message}\n`);
      return 2;
    }
    const e = error as Error;
    io.stderr(`l10n-lint: internal error: ${e.message}${debug ? `\n${e.stack}` : ' (run with --debug for the stack trace)'}\n`);
    return 2;
  }
}

/** `l10n-lint docs/de-DE` lints only pairs with a file under the given paths. */
function pathFilter(paths: string[], config: Config, cwd: string): EngineOptions['pairFilter'] {
  if (paths.length === 0) return undefined;
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

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  }).then((code) => {
    process.exitCode = code;
  });
}
