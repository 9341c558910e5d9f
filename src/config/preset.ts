// Presets: a site generator's conventions (src/config/presets/<name>.ts, data only) filled
// into the raw config before it is validated, so that --print-config shows the result and
// every error names a path of the expanded config. What the user wrote always wins.
import path from 'node:path';
import { PRESETS, type Preset, type PresetLocaleLayout } from './presets/index.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `template` with every `{locale}` replaced by `code`. */
function fill(template: string, code: string): string {
  return template.split('{locale}').join(code);
}

function fillLocale(locale: unknown, layout: PresetLocaleLayout): void {
  if (!isObject(locale) || typeof locale.locale !== 'string') return;
  const code = locale.locale;
  if (locale.dir === undefined) locale.dir = fill(layout.dir, code);
  if (locale.suffix === undefined && layout.suffix !== undefined) locale.suffix = fill(layout.suffix, code);
  if (locale.linkSuffix === undefined && layout.linkSuffix !== undefined) locale.linkSuffix = fill(layout.linkSuffix, code);
  if (locale.route === undefined) locale.route = fill(layout.route, code);
  if (locale.routeSuffix === undefined && layout.routeSuffix !== undefined) locale.routeSuffix = fill(layout.routeSuffix, code);
}

/**
 * Locale folders nested in the source folder (Starlight's `src/content/docs/fr/`,
 * VitePress's `docs/fr/`) are not source pages: `<rel>/**` for each, relative to the source dir.
 */
export function nestedLocaleExcludes(source: unknown, locales: unknown[]): string[] {
  if (!isObject(source) || typeof source.dir !== 'string') return [];
  const excludes: string[] = [];
  for (const locale of locales) {
    if (!isObject(locale) || typeof locale.dir !== 'string') continue;
    const rel = path.posix.relative(path.posix.normalize(source.dir), path.posix.normalize(locale.dir));
    if (rel !== '' && !rel.startsWith('..') && !path.posix.isAbsolute(rel)) excludes.push(`${rel}/**`);
  }
  return excludes;
}

/**
 * Returns `raw` with its `preset` applied (a copy; `raw` is not changed). Raw input that is
 * not an object, or names no known preset, comes back as it is: validation reports it.
 */
export function expandPreset(raw: unknown): unknown {
  if (!isObject(raw) || typeof raw.preset !== 'string' || !Object.prototype.hasOwnProperty.call(PRESETS, raw.preset)) return raw;
  const preset: Preset = PRESETS[raw.preset as Preset['name']];
  const config = structuredClone(raw) as Json;
  config.dialect ??= preset.dialect;
  const frontmatter = isObject(config.frontmatter) ? config.frontmatter : (config.frontmatter = {});
  frontmatter.translatable ??= [...preset.frontmatter.translatable];
  frontmatter.localeOnly ??= [...preset.frontmatter.localeOnly];
  if (Array.isArray(config.sets)) {
    for (const set of config.sets) {
      if (!isObject(set)) continue;
      fillLocale(set.source, preset.source);
      const locales = Array.isArray(set.locales) ? set.locales : [];
      for (const locale of locales) fillLocale(locale, preset.locale);
      set.include ??= [...preset.include];
      set.slugger ??= preset.slugger;
      if (set.exclude === undefined) {
        const excludes = nestedLocaleExcludes(set.source, locales);
        if (excludes.length > 0) set.exclude = excludes;
      }
    }
  }
  return config;
}
