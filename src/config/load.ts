// config stage: find, read, validate and default l10n-lint.config.json. The validator is
// the config schema precompiled by ajv (src/generated/validators.ts, `npm run generate`).
// An invalid config is one clear ConfigError naming the JSON path; the CLI exits 2.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { validateConfig } from '../generated/validators.js';
import { compileUserPattern } from './user-pattern.js';
import { ConfigError } from './error.js';
import { expandPreset } from './preset.js';
import { checkPathPattern } from '../layout-pattern.js';
import { DEFAULT_MAX_LINE_LENGTH } from './limits.js';
import { isConfigInput, type LocaleInput, type SetInput } from './input.js';
// `..de` is a folder's name, not a step up: only a first segment of exactly `..` leaves the root.
import { isParentStep } from '../io/read.js';
import { CONFIG_FILE_NAMES, findConfigFile } from './find.js';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Config, ContentSetConfig, LocaleConfig, SiteMountConfig } from '../types.js';

export { ConfigError, CONFIG_FILE_NAMES, findConfigFile };

export const CONFIG_FILE_NAME = 'l10n-lint.config.json';
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** The front-matter key translations pin their source commit with (git.pinKey's default). */
export const DEFAULT_PIN_KEY = 'l10n.sourceCommit';

function describeAjvError(error: ErrorObject): string {
  const at = error.instancePath || '/';
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at}: unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${at}: missing required property "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `${at}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}: ${error.message ?? 'is invalid'}`;
  }
}

// ajv reports every branch of an anyOf; the deepest error is the one the user can act on.
function mostSpecificError(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const pool = concrete.length > 0 ? concrete : errors;
  return [...pool].sort((a, b) => {
    const depth = b.instancePath.split('/').length - a.instancePath.split('/').length;
    if (depth !== 0) return depth;
    // Prefer "unknown property" / "required" over type errors of a sibling branch.
    const rank = (e: ErrorObject) => (e.keyword === 'additionalProperties' || e.keyword === 'required' ? 0 : 1);
    return rank(a) - rank(b);
  })[0];
}

/** Validates a parsed config object and fills defaults. `root` is the config's directory. */
export function resolveConfig(raw: unknown, root: string, file: string | null = null): Config {
  const input = expandPreset(raw);
  if (!isConfigInput(input)) {
    const error = mostSpecificError(validateConfig.errors ?? []);
    throw new ConfigError(`Invalid config: ${describeAjvError(error)}`, error.instancePath || '/', file);
  }
  const allowOutsideRoot = input.allowOutsideRoot === true;
  const sets: ContentSetConfig[] = input.sets.map((set, i) => resolveSet(set, i, root, allowOutsideRoot, file));
  const names = new Set<string>();
  sets.forEach((set, i) => {
    if (names.has(set.name)) throw new ConfigError(`Invalid config: /sets/${i}/name: duplicate set name "${set.name}"`, `/sets/${i}/name`, file);
    names.add(set.name);
  });
  const pattern: string | null = input.labels?.pattern ?? null;
  if (pattern !== null) {
    try {
      compileUserPattern(pattern);
    } catch (error) {
      throw new ConfigError(
        `Invalid config: /labels/pattern: not a valid regular expression (RE2 syntax): ${(error as Error).message}`,
        '/labels/pattern',
        file,
      );
    }
  }
  return {
    ...input,
    root,
    file,
    sets,
    frontmatter: {
      translatable: input.frontmatter?.translatable ?? ['title', 'description'],
      // The pin key is written by translators only: never "extra" (dotted paths).
      localeOnly: [...new Set([...(input.frontmatter?.localeOnly ?? []), input.git?.pinKey ?? DEFAULT_PIN_KEY])],
    },
    labels: { pattern },
    rules: input.rules ?? {},
    maxFileSize: input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    maxLineLength: input.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
    allowOutsideRoot,
  };
}

function checkedPathPattern(pattern: string, at: string, file: string | null): string {
  try {
    checkPathPattern(pattern);
  } catch (error) {
    throw new ConfigError(`Invalid config: ${at}: "${pattern}" ${(error as Error).message}`, at, file);
  }
  return pattern;
}

/** A configured `route` with one leading and one trailing slash (`/de` -> `/de/`, `/` stays). */
function normalizeRoute(route: string): string {
  const trimmed = route.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function resolveLocale(locale: LocaleInput, at: string, root: string, allowOutside: boolean, file: string | null): LocaleConfig {
  const abs = path.resolve(root, locale.dir);
  const rel = path.relative(root, abs);
  if (!allowOutside && (isParentStep(rel) || path.isAbsolute(rel))) {
    throw new ConfigError(
      `Invalid config: ${at}/dir: "${locale.dir}" points outside the config's directory; set "allowOutsideRoot": true to allow it`,
      `${at}/dir`,
      file,
    );
  }
  return {
    locale: locale.locale,
    dir: rel === '' ? '.' : rel.split(path.sep).join('/'),
    suffix: locale.suffix ?? '',
    ...(locale.route !== undefined ? { route: normalizeRoute(locale.route) } : {}),
    ...(locale.routeSuffix ? { routeSuffix: locale.routeSuffix } : {}),
    ...(locale.linkSuffix !== undefined ? { linkSuffix: locale.linkSuffix } : {}),
    ...(locale.linkRoute !== undefined ? { linkRoute: normalizeRoute(locale.linkRoute) } : {}),
    ...(locale.pathPattern !== undefined ? { pathPattern: checkedPathPattern(locale.pathPattern, `${at}/pathPattern`, file) } : {}),
  };
}

function resolveSet(set: SetInput, i: number, root: string, allowOutside: boolean, file: string | null): ContentSetConfig {
  const at = `/sets/${i}`;
  const locales: LocaleConfig[] = set.locales.map((l, j) => resolveLocale(l, `${at}/locales/${j}`, root, allowOutside, file));
  const source = set.source ? resolveLocale(set.source, `${at}/source`, root, allowOutside, file) : undefined;
  const seen = new Set<string>();
  for (const [j, l] of locales.entries()) {
    if (seen.has(l.locale) || l.locale === source?.locale) {
      throw new ConfigError(`Invalid config: ${at}/locales/${j}/locale: locale "${l.locale}" appears twice in set "${set.name}"`, `${at}/locales/${j}/locale`, file);
    }
    seen.add(l.locale);
  }
  if (!source && [...locales].some((l) => l.pathPattern)) {
    throw new ConfigError(`Invalid config: ${at}: "pathPattern" needs a "source" (pages are placed by the source's files)`, at, file);
  }
  if (!source && !set.canonical && locales.length < 2) {
    throw new ConfigError(
      `Invalid config: ${at}: a set without "source" or "canonical" is linted by consensus and needs at least 2 locales`,
      at,
      file,
    );
  }
  let canonical: string | undefined;
  if (set.canonical) {
    const abs = path.resolve(root, set.canonical);
    const rel = path.relative(root, abs);
    if (!allowOutside && (isParentStep(rel) || path.isAbsolute(rel))) {
      throw new ConfigError(`Invalid config: ${at}/canonical: "${set.canonical}" points outside the config's directory`, `${at}/canonical`, file);
    }
    canonical = abs;
  }
  return {
    name: set.name,
    source,
    locales,
    include: set.include ?? ['**/*.md'],
    exclude: set.exclude ?? [],
    keepNames: set.keepNames ?? [],
    ...(canonical ? { canonical } : {}),
    ...(set.missing ? { missing: set.missing } : {}),
    ...(set.slugger ? { slugger: set.slugger } : {}),
    ...(set.order ? { order: set.order } : {}),
    ...(set.mounts ? { mounts: set.mounts.map((m, j) => resolveMount(m, `${at}/mounts/${j}`, root, allowOutside, file)) } : {}),
    ...(set.aliases !== undefined ? { aliases: set.aliases } : {}),
  };
}

/** A mount's route normalized, its dir relative to the config's directory (refused outside it unless allowed). */
function resolveMount(mount: SiteMountConfig, at: string, root: string, allowOutside: boolean, file: string | null): SiteMountConfig {
  const rel = path.relative(root, path.resolve(root, mount.dir));
  if (!allowOutside && (isParentStep(rel) || path.isAbsolute(rel))) {
    throw new ConfigError(`Invalid config: ${at}/dir: "${mount.dir}" points outside the config's directory`, `${at}/dir`, file);
  }
  return { route: normalizeRoute(mount.route), dir: rel === '' ? '.' : rel.split(path.sep).join('/') };
}

/** Reads the config at `file` (relative to `cwd`), or the nearest of CONFIG_FILE_NAMES from `cwd` upward. */
export function loadConfig(file: string | undefined, cwd: string = process.cwd()): Config {
  const configFile = file !== undefined ? path.resolve(cwd, file) : findConfigFile(cwd);
  if (configFile === null) {
    throw new ConfigError(`No ${CONFIG_FILE_NAMES.join(' or ')} in ${cwd} or any folder above it; create one or pass --config <file>`, null, null);
  }
  if (!existsSync(configFile)) {
    throw new ConfigError(`Config file not found: ${configFile}`, null, configFile);
  }
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read config ${configFile}: ${(error as Error).message}`, null, configFile);
  }
  const raw = configFile.endsWith('.jsonc') ? parseJsoncConfig(text, configFile) : parseJsonConfig(text, configFile);
  try {
    return resolveConfig(raw, path.dirname(configFile), configFile);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${error.message} (in ${configFile})`, error.jsonPath, configFile);
    throw error;
  }
}

function parseJsonConfig(text: string, configFile: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`Invalid config: ${configFile} is not valid JSON: ${(error as Error).message}`, '/', configFile);
  }
}

/** JSON with comments and trailing commas; the first syntax error is named with its line and column (1-based). */
function parseJsoncConfig(text: string, configFile: string): unknown {
  const errors: ParseError[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const raw: unknown = parseJsonc(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { error, offset } = errors[0];
    const before = body.slice(0, offset).split('\n');
    const where = `line ${before.length}, column ${before[before.length - 1].length + 1}`;
    throw new ConfigError(`Invalid config: ${configFile} is not valid JSONC: ${printParseErrorCode(error)} at ${where}`, '/', configFile);
  }
  return raw;
}
