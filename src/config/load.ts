// config stage: find, read, validate and default l10n-lint.config.json. The validator is
// the config schema precompiled by ajv (src/generated/validators.ts, `npm run generate`).
// An invalid config is one clear ConfigError naming the JSON path; the CLI exits 2.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { validateConfig } from '../generated/validators.js';
import { compileUserPattern } from './user-pattern.js';
import { ConfigError } from './error.js';
import type { Config, ContentSetConfig, LocaleConfig, RuleSetting } from '../types.js';

export { ConfigError };

export const CONFIG_FILE_NAME = 'l10n-lint.config.json';
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

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
  if (!validateConfig(raw)) {
    const error = mostSpecificError(validateConfig.errors ?? []);
    throw new ConfigError(`Invalid config: ${describeAjvError(error)}`, error.instancePath || '/', file);
  }
  const input = raw as Record<string, any>;
  const allowOutsideRoot = input.allowOutsideRoot === true;
  const sets: ContentSetConfig[] = input.sets.map((set: any, i: number) => resolveSet(set, i, root, allowOutsideRoot, file));
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
    frontmatter: { translatable: input.frontmatter?.translatable ?? ['title', 'description'] },
    labels: { pattern },
    rules: (input.rules ?? {}) as Record<string, RuleSetting>,
    maxFileSize: input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    allowOutsideRoot,
  };
}

function resolveLocale(locale: any, at: string, root: string, allowOutside: boolean, file: string | null): LocaleConfig {
  const abs = path.resolve(root, locale.dir);
  const rel = path.relative(root, abs);
  if (!allowOutside && (rel.startsWith('..') || path.isAbsolute(rel))) {
    throw new ConfigError(
      `Invalid config: ${at}/dir: "${locale.dir}" points outside the config's directory; set "allowOutsideRoot": true to allow it`,
      `${at}/dir`,
      file,
    );
  }
  return { locale: locale.locale, dir: rel === '' ? '.' : rel.split(path.sep).join('/'), suffix: locale.suffix ?? '' };
}

function resolveSet(set: any, i: number, root: string, allowOutside: boolean, file: string | null): ContentSetConfig {
  const at = `/sets/${i}`;
  const locales: LocaleConfig[] = set.locales.map((l: any, j: number) => resolveLocale(l, `${at}/locales/${j}`, root, allowOutside, file));
  const source = set.source ? resolveLocale(set.source, `${at}/source`, root, allowOutside, file) : undefined;
  const seen = new Set<string>();
  for (const [j, l] of locales.entries()) {
    if (seen.has(l.locale) || l.locale === source?.locale) {
      throw new ConfigError(`Invalid config: ${at}/locales/${j}/locale: locale "${l.locale}" appears twice in set "${set.name}"`, `${at}/locales/${j}/locale`, file);
    }
    seen.add(l.locale);
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
    if (!allowOutside && (rel.startsWith('..') || path.isAbsolute(rel))) {
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
    ...(set.order ? { order: set.order } : {}),
  };
}

/** Reads the config at `file`, or `l10n-lint.config.json` in `cwd`. */
export function loadConfig(file: string | undefined, cwd: string = process.cwd()): Config {
  const configFile = path.resolve(cwd, file ?? CONFIG_FILE_NAME);
  if (!existsSync(configFile)) {
    throw new ConfigError(
      file ? `Config file not found: ${configFile}` : `No ${CONFIG_FILE_NAME} in ${cwd}; create one or pass --config <file>`,
      null,
      configFile,
    );
  }
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read config ${configFile}: ${(error as Error).message}`, null, configFile);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`Invalid config: ${configFile} is not valid JSON: ${(error as Error).message}`, '/', configFile);
  }
  try {
    return resolveConfig(raw, path.dirname(configFile), configFile);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${error.message} (in ${configFile})`, error.jsonPath, configFile);
    throw error;
  }
}
