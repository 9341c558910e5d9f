// Opening the cache for a config: the key is the tool and outline versions, the parser
// versions and the options an outline depends on (label pattern, size and line limits).
import type { Config } from '../types.js';
import { OUTLINE_VERSION } from '../outline/version.js';
import { toolVersion } from '../package-root.js';
import { OutlineCache } from './outline-cache.js';
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
  }, config.root);
}
