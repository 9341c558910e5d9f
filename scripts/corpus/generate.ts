// The generator: lays out the pages, renders them per locale, injects drift, writes the
// files, the config and the manifest (drift.json).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LANGUAGES } from './text/index.js';
import {
  ALL_DRIFT_KINDS, CorpusLocale, DEFAULT_DRIFT_KINDS, DEFAULT_TARGET_LOCALES, DRIFT_RULES,
  DriftEntry, DriftKind, GenerateCorpusOptions, GeneratedCorpus, KEEP_NAMES, PAGES_PER_SCALE,
  SET_NAME, SOURCE_LOCALE,
} from './types.js';
import { Random } from './random.js';
import { Layout, PageModel } from './model.js';
import { planLayout } from './layout.js';
import { ContentFactory, Person, makePeople } from './content.js';
import { buildDirIndex, buildLeafPage, buildRootIndex } from './pages.js';
import { Line, PLAIN_STYLE, RenderStyle, linesToText, noiseStyle, renderPage } from './render.js';
import { CONTENT_DRIFTS } from './drift.js';
import { recordBrokenLinks } from './consequences.js';

function resolveLocales(option: number | string[] | undefined): CorpusLocale[] {
  if (option === undefined) return [...DEFAULT_TARGET_LOCALES];
  if (typeof option === 'number') {
    if (!Number.isInteger(option) || option < 1 || option > DEFAULT_TARGET_LOCALES.length) {
      throw new Error(`locales must be an integer from 1 to ${DEFAULT_TARGET_LOCALES.length}, got ${option}`);
    }
    return DEFAULT_TARGET_LOCALES.slice(0, option);
  }
  return option.map((code) => {
    const locale = DEFAULT_TARGET_LOCALES.find((candidate) => candidate.locale === code);
    if (!locale) throw new Error(`unknown locale ${code}; known: ${DEFAULT_TARGET_LOCALES.map((l) => l.locale).join(', ')}`);
    return locale;
  });
}

export function corpusConfig(locales: readonly CorpusLocale[]): object {
  return {
    sets: [
      {
        name: SET_NAME,
        source: { ...SOURCE_LOCALE },
        locales: locales.map((locale) => ({ ...locale })),
        include: ['**/*.md'],
        exclude: [],
        keepNames: [...KEEP_NAMES],
      },
    ],
    frontmatter: { translatable: ['title', 'description'] },
    labels: { pattern: '^L\\d+ - ' },
  };
}

function localePath(locale: CorpusLocale, key: string): string {
  const base = path.posix.basename(key);
  const name = KEEP_NAMES.includes(base) ? key : `${key.slice(0, -3)}${locale.suffix}.md`;
  return `${locale.dir}/${name}`;
}

function prepareOutputDir(out: string, overwrite: boolean): void {
  fs.mkdirSync(out, { recursive: true });
  const ours = new Set([SOURCE_LOCALE.dir, ...DEFAULT_TARGET_LOCALES.map((locale) => locale.dir), 'l10n-lint.config.json', 'drift.json']);
  const present = fs.readdirSync(out);
  if (present.length === 0) return;
  if (!overwrite) throw new Error(`${out} is not empty; pass overwrite (--force) to replace the generated content`);
  const foreign = present.filter((name) => !ours.has(name));
  if (foreign.length > 0) throw new Error(`${out} holds files the generator did not write (${foreign.slice(0, 3).join(', ')}); refusing to overwrite`);
  for (const name of present) fs.rmSync(path.join(out, name), { recursive: true, force: true });
}

interface LocaleFileContext {
  seed: number;
  page: PageModel;
  locale: CorpusLocale;
  /** Where the locale file belongs. */
  file: string;
  sourceFile: string;
  /** The rendered locale file; content drift edits it in place. */
  lines: Line[];
  sourceLines: Line[];
  style: RenderStyle;
  layout: Layout;
  people: Person[];
}

interface DriftOutcome {
  entry: DriftEntry;
  /** Where to write the locale file: undefined = its own path, null = not at all. */
  writeAs?: string | null;
  /** A page to write that has no source file. */
  orphan?: { file: string; page: PageModel };
}

/**
 * Picks one applicable kind for a locale file (in a per-file random order) and applies it.
 * Null when none of the requested kinds fits (e.g. only task-row-missing, on a page without tasks).
 */
function driftLocaleFile(kinds: readonly DriftKind[], context: LocaleFileContext): DriftOutcome | null {
  const { seed, page, locale, file, sourceFile } = context;
  const random = Random.stream(seed, 'drift', file);
  const base = { locale: locale.locale, sourceFile };
  for (const kind of random.shuffle(kinds)) {
    const rule = DRIFT_RULES[kind];
    if (kind === 'file-missing') {
      return {
        entry: { kind, rule, ...base, file, detail: `No ${locale.locale} translation of ${sourceFile}; expected ${file}`, expected: file },
        writeAs: null,
      };
    }
    if (kind === 'file-misnamed') {
      if (KEEP_NAMES.includes(path.posix.basename(page.key))) continue;
      const misnamed = `${locale.dir}/${page.key}`;
      return {
        entry: {
          kind, rule, ...base, file: misnamed,
          detail: `${locale.locale} file is named without its \`${locale.suffix}\` suffix; expected ${file}`,
          expected: file, actual: misnamed,
        },
        writeAs: misnamed,
      };
    }
    if (kind === 'file-orphan') {
      // The orphan is a leaf page that exists only in this locale, in the same directory.
      const pageDir = path.posix.dirname(page.key) === '.' ? '' : path.posix.dirname(page.key);
      const orphanKey = `${pageDir ? `${pageDir}/` : ''}retired-${path.posix.basename(page.key, '.md')}.md`;
      const orphanFile = localePath(locale, orphanKey);
      const model = context.layout.leaves.find((candidate) => candidate.key === page.key) ?? context.layout.leaves[0];
      if (!model) continue;
      const orphanRandom = Random.stream(seed, 'orphan', orphanFile);
      const orphanPage = buildLeafPage({ ...model, key: orphanKey, dir: pageDir }, context.layout, new ContentFactory(orphanRandom, context.people), orphanRandom);
      return {
        entry: {
          kind, rule, locale: locale.locale, file: orphanFile, sourceFile: null,
          detail: `${locale.locale} file has no source file (${localePath(SOURCE_LOCALE, orphanKey)} does not exist)`,
          actual: orphanFile,
        },
        orphan: { file: orphanFile, page: orphanPage },
      };
    }
    const result = CONTENT_DRIFTS[kind]({
      lines: context.lines,
      sourceLines: context.sourceLines,
      language: LANGUAGES[locale.locale],
      sourceLanguage: LANGUAGES[SOURCE_LOCALE.locale],
      locale,
      style: context.style,
      random,
      page,
    });
    if (result) return { entry: { kind, rule, ...base, file, lineMarks: 'element', ...result } };
  }
  return null;
}

export function generateCorpus(options: GenerateCorpusOptions): GeneratedCorpus {
  const seed = options.seed ?? 42;
  const scale = options.scale ?? 1;
  const pageCount = options.pages ?? Math.round(PAGES_PER_SCALE * scale);
  if (!Number.isInteger(pageCount) || pageCount < 3) throw new Error(`need at least 3 source pages, got ${pageCount}`);
  const driftRate = options.driftRate ?? 0.15;
  if (!(driftRate >= 0 && driftRate <= 1)) throw new Error(`driftRate must be in [0, 1], got ${driftRate}`);
  const kinds = [...(options.kinds ?? DEFAULT_DRIFT_KINDS)];
  for (const kind of kinds) if (!ALL_DRIFT_KINDS.includes(kind)) throw new Error(`unknown drift kind ${kind}`);
  const noise = options.noise ?? true;
  const locales = resolveLocales(options.locales);
  const out = path.resolve(options.out);
  prepareOutputDir(out, options.overwrite ?? false);

  const layoutRandom = Random.stream(seed, 'layout');
  const layout = planLayout(pageCount, layoutRandom);
  const people = makePeople(Random.stream(seed, 'people'), 12);
  const pageFor = (key: string) => {
    const random = Random.stream(seed, 'page', key);
    return { random, factory: new ContentFactory(random, people) };
  };
  const pages: PageModel[] = [];
  {
    const { factory } = pageFor('index.md');
    pages.push(buildRootIndex(layout, factory));
  }
  for (const dir of layout.dirs) {
    pages.push(buildDirIndex(dir, pageFor(`${dir.dir}/index.md`).factory));
    for (const leaf of dir.leaves) {
      const { random, factory } = pageFor(leaf.key);
      pages.push(buildLeafPage(leaf, layout, factory, random));
    }
  }

  const sourceLanguage = LANGUAGES[SOURCE_LOCALE.locale];
  const driftRandom = Random.stream(seed, 'drift');
  const drift: DriftEntry[] = [];
  const written = new Map<string, string>();
  let files = 0;
  let bytes = 0;
  const write = (relative: string, content: string) => {
    const absolute = path.join(out, relative);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, content);
    written.set(relative, content);
    files += 1;
    bytes += Buffer.byteLength(content);
  };
  const styleFor = (relative: string) => (noise ? noiseStyle(Random.stream(seed, 'noise', relative)) : PLAIN_STYLE);

  for (const page of pages) {
    const sourceFile = localePath(SOURCE_LOCALE, page.key);
    const sourceLines = renderPage(page, sourceLanguage, SOURCE_LOCALE.suffix, styleFor(sourceFile));
    write(sourceFile, linesToText(sourceLines));

    for (const locale of locales) {
      const language = LANGUAGES[locale.locale];
      const file = localePath(locale, page.key);
      const style = styleFor(file);
      const lines = renderPage(page, language, locale.suffix, style);
      const outcome = kinds.length > 0 && driftRandom.chance(driftRate)
        ? driftLocaleFile(kinds, { seed, page, locale, file, sourceFile, lines, sourceLines, style, layout, people })
        : null;
      if (outcome) {
        drift.push(outcome.entry);
        if (outcome.orphan) write(outcome.orphan.file, linesToText(renderPage(outcome.orphan.page, language, locale.suffix, styleFor(outcome.orphan.file))));
      }
      const writeAs = outcome?.writeAs === undefined ? file : outcome.writeAs;
      if (writeAs !== null) write(writeAs, linesToText(lines));
    }
  }

  recordBrokenLinks(written, drift);

  const configFile = path.join(out, 'l10n-lint.config.json');
  fs.writeFileSync(configFile, `${JSON.stringify(corpusConfig(locales), null, 2)}\n`);
  const manifestFile = path.join(out, 'drift.json');
  const manifest = {
    generator: 'scripts/generate-corpus.ts',
    seed,
    sourcePages: pages.length,
    locales: locales.map((locale) => locale.locale),
    driftRate,
    kinds,
    noise,
    files,
    bytes,
    drift,
  };
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: out, files, bytes, drift, sourcePages: pages.length, locales, configFile, manifestFile };
}

export interface SmallSetOptions {
  /** Defaults to a fresh directory under the OS temp dir; the caller removes it. */
  out?: string;
  pages?: number;
  locales?: number | string[];
  seed?: number;
  driftRate?: number;
  kinds?: readonly DriftKind[];
  noise?: boolean;
}

/** A few dozen files for unit tests: the same code path as generateCorpus with small numbers. */
export function generateSmallSet(options: SmallSetOptions = {}): GeneratedCorpus {
  const out = options.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-small-'));
  return generateCorpus({
    out,
    pages: options.pages ?? 8,
    locales: options.locales ?? 4,
    seed: options.seed ?? 1,
    driftRate: options.driftRate,
    kinds: options.kinds,
    noise: options.noise,
  });
}
