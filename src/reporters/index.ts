// The output formats: each reporter is a file exporting `(result, options) => string`.
import type { Reporter } from '../types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Loads a reporter by format name (lazily: the HTML one reads its assets). */
export async function loadReporter(format: Format): Promise<Reporter> {
  const module = format === 'html' ? await import('./html/index.js') : await import(`./${format}.js`);
  return module.default as Reporter;
}
