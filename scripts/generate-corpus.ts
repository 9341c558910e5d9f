// A seeded generator of realistic localized content sets, with drift injected on purpose
// and recorded in drift.json, so tests and benchmarks can check that l10n-lint finds it.
//
//   node dist/scripts/generate-corpus.js --out <dir> --scale 1 --seed 42 [--locales 6]
//
// Layout of the output directory:
//   l10n-lint.config.json   one set "playbook", source en-US, target locales with suffixes
//   drift.json              the manifest of injected drift (outside the `**/*.md` globs)
//   en-US/…  de-DE/…  …     the content: index.md per directory plus leaf pages
//
// Every page is built once as a language-neutral model, then rendered per locale, so a
// locale file without drift is structurally identical to its source file. Drift is applied
// to the rendered lines of one locale file at a time, and its final line is recorded.
//
// The generator itself lives in scripts/corpus/ (a file per step: layout, content, page
// models, rendering, drift, consequences, the generator); this file is its CLI and its public API.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ALL_DRIFT_KINDS, type DriftKind } from './corpus/types.js';
import { generateCorpus } from './corpus/generate.js';

export {
  type CorpusLocale, SOURCE_LOCALE, DEFAULT_TARGET_LOCALES, KEEP_NAMES, SET_NAME, HOME_URL,
  PAGES_PER_SCALE, DEFAULT_DRIFT_KINDS, EXTRA_DRIFT_KINDS, type DriftKind, ALL_DRIFT_KINDS,
  DRIFT_RULES, type DriftEntry, type DriftConsequence, type GenerateCorpusOptions,
  type GeneratedCorpus,
} from './corpus/types.js';
export { mulberry32 } from './corpus/random.js';
export { productSlug } from './corpus/pages.js';
export { mapLinkTarget } from './corpus/render.js';
export { corpusConfig, generateCorpus, type SmallSetOptions, generateSmallSet } from './corpus/generate.js';

// ---------------------------------------------------------------------------
// CLI

const USAGE = `usage: node dist/scripts/generate-corpus.js --out <dir> [--scale 1] [--pages n] [--seed 42]
         [--locales 6] [--drift-rate 0.15] [--kinds k1,k2] [--no-noise] [--force]
kinds: ${ALL_DRIFT_KINDS.join(', ')}`;

export function runCli(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        scale: { type: 'string' },
        pages: { type: 'string' },
        seed: { type: 'string' },
        locales: { type: 'string' },
        'drift-rate': { type: 'string' },
        kinds: { type: 'string' },
        'no-noise': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.out) {
    process.stderr.write(`--out is required\n${USAGE}\n`);
    return 2;
  }
  const number = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got ${text}`);
    return value;
  };
  try {
    const started = process.hrtime.bigint();
    const result = generateCorpus({
      out: values.out,
      scale: number('scale', values.scale),
      pages: number('pages', values.pages),
      seed: number('seed', values.seed),
      locales: number('locales', values.locales),
      driftRate: number('drift-rate', values['drift-rate']),
      kinds: values.kinds ? (values.kinds.split(',').map((kind) => kind.trim()) as DriftKind[]) : undefined,
      noise: !values['no-noise'],
      overwrite: values.force ?? false,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `wrote ${result.files} files (${(result.bytes / 1e6).toFixed(2)} MB, ${result.sourcePages} source pages, ` +
      `${result.locales.length} target locales) and ${result.drift.length} drift entries to ${result.dir} in ${seconds.toFixed(2)} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`generate-corpus: ${(error as Error).message}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = runCli(process.argv.slice(2));
