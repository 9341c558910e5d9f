// Layouts that the dir + suffix rule cannot express: a page whose file name is the locale
// (`terms/en.md`, `terms/de.md`), or any other arrangement named by a path pattern per
// locale (config `pathPattern`). Placeholders, all taken from the path relative to the
// locale's `dir`: `{dir}/` the page's folder (empty at the top), `{name}` the file name
// without its extension, `{ext}` the extension with its dot. Everything else is literal.
// Patterns match file paths (a few hundred bytes), never document text.

export interface PagePlace {
  /** Folder with trailing slash, '' at the top. */
  dir: string;
  name: string;
  ext: string;
}

const PLACEHOLDER = /\{dir\}\/|\{name\}|\{ext\}/g;

/** Throws Error naming what is wrong when `pattern` cannot locate a page. */
export function checkPathPattern(pattern: string): void {
  if (pattern.startsWith('/') || pattern.split('/').includes('..')) throw new Error('must be a relative path inside the locale\'s dir');
  if (!/\.[A-Za-z0-9]+$/.test(pattern) && !pattern.endsWith('{ext}')) throw new Error('must end with a file extension or {ext}');
  const withoutPlaceholders = pattern.replace(PLACEHOLDER, '');
  if (/[{}]/.test(withoutPlaceholders)) throw new Error('the only placeholders are {dir}/, {name} and {ext}');
}

/** The path (relative to the locale's dir) of the page at `place` under `pattern`. */
export function fillPathPattern(pattern: string, place: PagePlace): string {
  return pattern.replace(PLACEHOLDER, (p) => (p === '{dir}/' ? place.dir : p === '{name}' ? place.name : place.ext));
}

const cache = new Map<string, RegExp>();

/** Where `rel` sits under `pattern`, or null when it does not match. */
export function matchPathPattern(pattern: string, rel: string): PagePlace | null {
  let regex = cache.get(pattern);
  if (!regex) {
    let source = '^';
    let last = 0;
    for (const m of pattern.matchAll(PLACEHOLDER)) {
      source += escape(pattern.slice(last, m.index));
      source += m[0] === '{dir}/' ? '(?<dir>(?:[^/]+/)*)' : m[0] === '{name}' ? '(?<name>[^/]+?)' : '(?<ext>\\.[^./]+)';
      last = m.index! + m[0].length;
    }
    source += `${escape(pattern.slice(last))}$`;
    regex = new RegExp(source);
    cache.set(pattern, regex);
  }
  const m = regex.exec(rel);
  if (!m) return null;
  return { dir: m.groups?.dir ?? '', name: m.groups?.name ?? '', ext: m.groups?.ext ?? '' };
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
