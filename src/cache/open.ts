// Opening the cache for a config: the key is the tool and outline versions, the parser
// versions and the options an outline depends on (label pattern, size and line limits);
// the membership is what the config lints, so a save prunes what it no longer does.
import path from 'node:path';
import type { Config } from '../types.js';
import { OUTLINE_VERSION } from '../outline/version.js';
import { toolVersion } from '../package-root.js';
import { OutlineCache, type CacheMembership } from './outline-cache.js';
import { parserVersions } from './parser-versions.js';

export function openOutlineCache(config: Config, file: string): OutlineCache {
  return OutlineCache.open(file, {
    toolVersion,
    outlineVersion: OUTLINE_VERSION,
    parser: parserVersions(),
    labelPattern: config.labels.pattern,
    maxFileSize: config.maxFileSize,
    markdownDialect: config.dialect ?? 'markdown',
    maxLineLength: config.maxLineLength,
  }, config.root, configMembership(config));
}

/** The config's sets and set folders (see CacheMembership). */
export function configMembership(config: Config): CacheMembership {
  const folders = new Set<string>();
  for (const set of config.sets) for (const locale of [...(set.source ? [set.source] : []), ...set.locales]) folders.add(path.resolve(config.root, locale.dir));
  return { sets: new Set(config.sets.map((set) => set.name)), folders: [...folders] };
}
