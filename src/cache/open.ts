// Opening the cache for a config: the key is the tool and outline versions, the parser
// versions and the options an outline depends on (label pattern, size and line limits);
// the membership is what the config lints, so a save prunes what it no longer does.
import path from 'node:path';
import type { Config } from '../types.js';
import { discover } from '../discover.js';
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

/**
 * The config's sets, and (listed only when a save needs it) every file in their folders,
 * as discover lists them: the files a run of this config may look up.
 */
export function configMembership(config: Config): CacheMembership {
  return {
    sets: new Set(config.sets.map((set) => set.name)),
    files: () => {
      try {
        const files = new Set<string>();
        for (const discovered of discover(config)) {
          for (const rel of discovered.existingFiles) files.add(path.resolve(config.root, rel));
          for (const pair of discovered.pairs) {
            if (pair.source) files.add(path.resolve(pair.source.abs));
            if (pair.target) files.add(path.resolve(pair.target.abs));
          }
        }
        return files;
      } catch {
        // A folder that vanished mid-run: prune by existence only this time.
        return null;
      }
    },
  };
}
