// The subcommands besides linting: merge (JSON reports of shards into one report),
// snapshot (the canonical outlines to a file) and init (a config from the site generator's).
// Each is a commander program and a runner; their work is imported only when they run.
import path from 'node:path';
import { Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { UsageError, plural, withCommandDefaults, withReportOptions } from './cli-options.js';
import { baselinePath, loadRunConfig, pairOutputs, quietResult, renderReports, writeAtomically, writeRoot } from './cli-output.js';

export function buildMergeProgram(): Command {
  const program = new Command()
    .name('l10n-lint merge')
    .description('Merge JSON reports (e.g. of --shard runs) into one report, in any format.')
    .argument('<reports...>', 'JSON reports written with --format json')
    .option('-c, --config <file>', 'the config the reports were linted with (its directory roots SARIF URIs and the default baseline; default: the working directory)');
  return withCommandDefaults(withReportOptions(program));
}

/** `l10n-lint merge a.json b.json …`: one report from the JSON reports of several runs. */
export async function runMerge(opts: Record<string, any>, args: string[], io: CliIo): Promise<number> {
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

export function buildSnapshotProgram(): Command {
  const program = new Command()
    .name('l10n-lint snapshot')
    .description('Write the canonical outlines of every set (source files, or the consensus of the locales) to a JSON file that a set can name as its "canonical".')
    .option('-c, --config <file>', 'config file (default: ./l10n-lint.config.json)')
    .option('-o, --output <file>', 'write the snapshot to this file (default: standard output)');
  return withCommandDefaults(program);
}

/** `l10n-lint snapshot [--config f] [--output file]`: canonical outlines for linting without the source. */
export async function runSnapshot(opts: Record<string, any>, _args: string[], io: CliIo): Promise<number> {
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

export function buildInitProgram(): Command {
  const program = new Command()
    .name('l10n-lint init')
    .description("Read the site generator's config (Starlight, Docusaurus, Hugo, VitePress, MkDocs, dumi) in the working directory and write l10n-lint.config.json with its preset and locales.")
    .option('--force', 'overwrite an existing l10n-lint.config.json');
  return withCommandDefaults(program);
}

/** `l10n-lint init [--force]`: src/init/ does the work; a failure is one line and exit 2. */
export async function runInitCommand(opts: Record<string, any>, _args: string[], io: CliIo): Promise<number> {
  const { runInit, InitError } = await import('./init/index.js');
  try {
    io.stdout(`${runInit(io.cwd, { force: Boolean(opts.force) }).report.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InitError) throw new UsageError(`init: ${error.message}`);
    throw error;
  }
}
