// `l10n-lint init`: reads the site generator's own config (see detect.ts), writes
// l10n-lint.config.json with the matching preset and the locales it found, and says what it
// found. An existing config is never overwritten without `force`.
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, resolveConfig } from '../config/load.js';
import { detectSite, type DetectedLocale, type DetectedSite } from './detect.js';

export class InitError extends Error {}

export interface InitResult {
  site: DetectedSite;
  file: string;
  config: Record<string, unknown>;
  /** Lines for the user: what was found and written. */
  report: string[];
}

const SCHEMA = './node_modules/l10n-lint/schema/config.schema.json';

/** Only what the preset would not fill by itself goes into the config. */
function localeEntry(l: DetectedLocale): Record<string, unknown> {
  return { locale: l.locale, dir: l.dir, ...(l.suffix ? { suffix: l.suffix } : {}), route: l.route, ...(l.routeSuffix ? { routeSuffix: l.routeSuffix } : {}), ...(l.linkRoute ? { linkRoute: l.linkRoute } : {}) };
}

/** The config `init` writes for a detected site. */
export function configForSite(site: DetectedSite): Record<string, unknown> {
  return {
    $schema: SCHEMA,
    preset: site.preset,
    sets: [{ name: 'docs', source: localeEntry(site.source), locales: site.locales.map(localeEntry), ...(site.mounts?.length ? { mounts: site.mounts } : {}), ...(site.aliases ? { aliases: true } : {}) }],
  };
}

/**
 * Detects the site in `root` and writes `root/l10n-lint.config.json`. Throws InitError when no
 * site config is found, when it declares no locale besides the source, when the written
 * config would not validate, or when a config exists and `force` is false.
 */
export function runInit(root: string, options: { force?: boolean } = {}): InitResult {
  const file = path.join(root, CONFIG_FILE_NAME);
  if (existsSync(file) && !options.force) throw new InitError(`${CONFIG_FILE_NAME} already exists in ${root}; pass --force to overwrite it`);
  let site: DetectedSite | null;
  try {
    site = detectSite(root);
  } catch (error) {
    throw new InitError(`cannot read the site config: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!site) throw new InitError(`no site config found in ${root} (looked for astro.config.*, docusaurus.config.*, .vitepress/config.*, .dumirc.*, mkdocs.yml, hugo.toml|yaml|json, config.toml|yaml|json)`);
  if (site.locales.length === 0) throw new InitError(`${site.configFile} declares no locale besides ${site.source.locale}${site.notes.length ? ` (${site.notes.join('; ')})` : ''}`);
  const config = configForSite(site);
  resolveConfig(config, root, file); // a config that would not load is never written
  const temp = path.join(root, `.${CONFIG_FILE_NAME}.${process.pid}.tmp`);
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(temp, file);
  const describe = (l: DetectedLocale) => `${l.locale} in ${l.dir}${l.suffix ? ` (suffix ${l.suffix})` : ''}, route ${l.route}${l.routeSuffix ? ` + ${l.routeSuffix}` : ''}`;
  const report = [
    `Found ${site.preset} (${site.configFile}).`,
    `  source: ${describe(site.source)}`,
    ...site.locales.map((l) => `  locale: ${describe(l)}`),
    ...site.notes.map((n) => `  note: ${n}`),
    `Wrote ${CONFIG_FILE_NAME} (preset "${site.preset}"). Run \`l10n-lint\` to check the translations.`,
  ];
  return { site, file, config, report };
}
