// How a link target maps between locales: a canonical `page.md#anchor` becomes
// `page<suffix>.md#anchor` in the locale. Shared by alignment, rules and fixes.
import path from 'node:path';
import type { TargetMapper } from '../types.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export interface SplitTarget {
  path: string;
  /** `?query#hash` as written, kept on mapping. */
  rest: string;
}

/** A relative link to a page (not a URL, not an anchor only, not an image). */
export function isPageTarget(target: string): boolean {
  if (target === '' || target.startsWith('#') || target.startsWith('//') || SCHEME.test(target)) return false;
  const { path: p } = splitTarget(target);
  return /\.(md|markdown)$/i.test(p);
}

/** True for targets that point inside the content set (relative paths and anchors). */
export function isRelativeTarget(target: string): boolean {
  return target !== '' && !target.startsWith('//') && !SCHEME.test(target);
}

export function splitTarget(target: string): SplitTarget {
  const cut = target.search(/[?#]/);
  return cut === -1 ? { path: target, rest: '' } : { path: target.slice(0, cut), rest: target.slice(cut) };
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

export interface ResolvedLink {
  /** The file the link points at, relative to the config's directory (the linking file itself for `#anchor`). */
  file: string;
  /** False for a bare `#anchor`. */
  hasPath: boolean;
  /** The decoded fragment, '' when none. */
  anchor: string;
}

/**
 * Where a relative link written in `file` (a path relative to the config's directory)
 * points; null for external and root-absolute links. One place for link-broken, which
 * checks the target, and the engine, which must know which pages a pair's links read.
 */
export function resolveLink(file: string, target: string): ResolvedLink | null {
  if (!isRelativeTarget(target) || target.startsWith('/')) return null;
  const { path: rawPath, rest } = splitTarget(target);
  const resolved = rawPath === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodePath(rawPath)));
  const anchor = rest.includes('#') ? decodePath(rest.slice(rest.indexOf('#') + 1)) : '';
  return { file: resolved, hasPath: rawPath !== '', anchor };
}

function stripSuffix(base: string, suffixes: readonly string[]): { stem: string; ext: string; suffix: string } {
  const ext = path.posix.extname(base);
  const stem = ext ? base.slice(0, -ext.length) : base;
  let best = '';
  for (const s of suffixes) if (s && stem.endsWith(s) && stem.length > s.length && s.length > best.length) best = s;
  return { stem: best ? stem.slice(0, -best.length) : stem, ext, suffix: best };
}

/** The suffix a page target's file name carries ('' when none), among the known ones. */
export function suffixOfTarget(target: string, suffixes: readonly string[]): string {
  if (!isPageTarget(target)) return '';
  return stripSuffix(path.posix.basename(splitTarget(target).path), suffixes).suffix;
}

export function createTargetMapper(localeSuffix: string, knownSuffixes: readonly string[], keepNames: readonly string[]): TargetMapper {
  const suffixes = [...new Set([...knownSuffixes, localeSuffix].filter(Boolean))];
  const rename = (target: string, to: string) => {
    if (!isPageTarget(target)) return target;
    const { path: p, rest } = splitTarget(target);
    const dir = p.slice(0, p.length - path.posix.basename(p).length);
    const base = path.posix.basename(p);
    if (keepNames.includes(base)) return target;
    const { stem, ext } = stripSuffix(base, suffixes);
    return `${dir}${stem}${to}${ext}${rest}`;
  };
  return {
    toLocale: (target) => rename(target, localeSuffix),
    toNeutral: (target) => rename(target, ''),
  };
}
