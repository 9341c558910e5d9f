// The output formats: each reporter is a file exporting `(result, options) => string`.
import type { Reporter } from '../types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

// One import per format, written out: a format name is looked up, never turned into a
// module path (`-f ../index` must not load another module). Lazy: the HTML one reads its assets.
const IMPORTERS: Record<Format, () => Promise<{ default: Reporter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
  html: () => import('./html/index.js'),
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Loads a reporter by format name. Throws an Error naming the known formats for any other name. */
export async function loadReporter(format: Format): Promise<Reporter> {
  if (!isFormat(format)) throw new Error(`unknown format "${String(format)}"; known formats: ${FORMATS.join(', ')}`);
  return (await IMPORTERS[format]()).default;
}
