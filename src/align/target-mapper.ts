// How a link target maps between locales: a canonical `page.md#anchor` becomes
// `page<suffix>.md#anchor` in the locale, and a route under the source's `route` moves to
// the locale's (`/en/x/` -> `/de/x/`, `/x` -> `/x-cn`). Shared by alignment, rules and fixes.
import path from 'node:path';
import type { RouteSpec, SiteRouting, TargetMapper } from '../types.js';

export type { RouteSpec, SiteRouting } from '../types.js';

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



function underRoute(p: string, route: string): boolean {
  return p.startsWith(route) || p === route.slice(0, -1);
}

/** The path below a route (`/de/x/` under `/de/` -> `x/`). */
export function pathBelowRoute(p: string, route: string): string {
  return p.length < route.length ? '' : p.slice(route.length);
}

/** Suffix added to (to = true) or removed from the last segment of a route path, before a trailing `/`. */
function suffixLastSegment(p: string, suffix: string, add: boolean): string {
  if (!suffix) return p;
  const slash = p.endsWith('/') ? '/' : '';
  const body = slash ? p.slice(0, -1) : p;
  if (body === '' || body.endsWith('/')) return p;
  if (add) return `${body}${suffix}${slash}`;
  return body.endsWith(suffix) && body.length > suffix.length ? `${body.slice(0, -suffix.length)}${slash}` : p;
}

/**
 * Which configured route a root-relative path is under: the longest matching prefix; when
 * two routes are equal (dumi: `/` and `/` with `-cn`), the one whose suffix the last segment
 * carries. Null when none.
 */
export function routeOwner(p: string, specs: readonly RouteSpec[]): RouteSpec | null {
  let best: RouteSpec | null = null;
  const carries = (s: RouteSpec) => s.suffix !== '' && suffixLastSegment(p, s.suffix, false) !== p;
  for (const s of specs) {
    if (!underRoute(p, s.route)) continue;
    if (!best || s.route.length > best.route.length || (s.route.length === best.route.length && carries(s) && !carries(best))) best = s;
  }
  return best;
}

/**
 * True for a route to a file that is not a page (`/img/logo.svg`, `/pure.html` aside): the
 * site serves it from its static folder (Hugo `static/`, VitePress and Starlight `public/`,
 * Docusaurus `static/`) at one URL for every locale, so it is neither moved between routes
 * nor looked up among the pages.
 */
export function isStaticAssetRoute(p: string): boolean {
  const ext = path.posix.extname(p);
  return ext !== '' && !/^\.(mdx?|markdown|html?)$/i.test(ext);
}

/**
 * Maps a root-relative target from one route to another, keeping `?query#fragment` as
 * written: `/en/x/` from `/en/` to `/de/` is `/de/x/`; with suffix `-cn`, `/x` is `/x-cn`.
 * Null when the target is not a route under `from`.
 */
function moveRoute(target: string, from: RouteSpec, to: RouteSpec, all: readonly RouteSpec[]): string | null {
  const { path: rawPath, rest } = splitTarget(target);
  const p = decodePath(rawPath);
  if (!p.startsWith('/') || p.startsWith('//')) return null;
  if (routeOwner(p, all) !== from || isStaticAssetRoute(p)) return null;
  const below = pathBelowRoute(suffixLastSegment(p, from.suffix, false), from.route);
  const moved = `${to.route}${below}`;
  return `${below === '' ? moved : suffixLastSegment(moved, to.suffix, true)}${rest}`;
}

export function createTargetMapper(localeSuffix: string, knownSuffixes: readonly string[], keepNames: readonly string[], routing?: SiteRouting): TargetMapper {
  const suffixes = [...new Set([...knownSuffixes, localeSuffix].filter(Boolean))];
  const allRoutes = routing ? [routing.source, ...routing.locales] : [];
  const rename = (target: string, to: string, neutral: boolean) => {
    if (routing && target.startsWith('/')) {
      if (neutral) {
        // Back to the source's route from whichever locale's route the target is under.
        const owner = routeOwner(decodePath(splitTarget(target).path), allRoutes);
        return owner && owner !== routing.source ? moveRoute(target, owner, routing.source, allRoutes) ?? target : target;
      }
      return routing.own ? moveRoute(target, routing.source, routing.own, allRoutes) ?? target : target;
    }
    if (!isPageTarget(target)) return target;
    const { path: p, rest } = splitTarget(target);
    const dir = p.slice(0, p.length - path.posix.basename(p).length);
    const base = path.posix.basename(p);
    if (keepNames.includes(base)) return target;
    const { stem, ext } = stripSuffix(base, suffixes);
    return `${dir}${stem}${to}${ext}${rest}`;
  };
  return {
    toLocale: (target) => rename(target, localeSuffix, false),
    toNeutral: (target) => rename(target, '', true),
  };
}
