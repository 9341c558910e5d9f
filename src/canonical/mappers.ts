// How a set's link targets move between the neutral form and each locale's form: the
// target mapper of every locale (its suffix, or `linkSuffix`, and the set's routes). The
// canonical and the engine both take them from here, so a consensus built for `snapshot`
// maps links exactly as one built for a lint run.
import type { ContentSetConfig, TargetMapper } from '../types.js';
import { createTargetMapper, type RouteSpec, type SiteRouting } from '../align/target-mapper.js';

export type SetRouting = Omit<SiteRouting, 'own'> & { byLocale: Map<string, RouteSpec>; dirOfRoute: Map<string, string> };

export interface SetMappers {
  /** The set's routes, when its source has one (config `route`); null otherwise. */
  routing: SetRouting | null;
  /** Every suffix of the set: the locales', then the source's ('' when it has none). */
  allSuffixes: readonly string[];
  /** A mapper for links written with `suffix`, in the locale `localeCode` (its route) when given. */
  mapperFor(suffix: string, localeCode?: string): TargetMapper;
  /** The suffix a locale's link targets carry (its file suffix unless `linkSuffix` says otherwise). */
  linkSuffixOf(locale: string): string;
}

export function setMappers(set: ContentSetConfig): SetMappers {
  const allSuffixes = [...set.locales.map((l) => l.suffix), set.source?.suffix ?? ''];
  const routing = siteRouting(set);
  const localeConfig = new Map(set.locales.map((l) => [l.locale, l]));
  return {
    routing,
    allSuffixes,
    mapperFor: (suffix, localeCode) =>
      createTargetMapper(suffix, allSuffixes, set.keepNames, routing ? { ...routing, own: localeCode ? routing.byLocale.get(localeCode) ?? null : null } : undefined),
    linkSuffixOf: (locale) => {
      const l = localeConfig.get(locale);
      return l?.linkSuffix ?? l?.suffix ?? '';
    },
  };
}

/**
 * The set's routes (config `route`, `routeSuffix`), when the source has one: what the target
 * mappers move root-relative links between, and which dir serves each route.
 */
function siteRouting(set: ContentSetConfig): SetRouting | null {
  if (!set.source?.route) return null;
  const source: RouteSpec = { route: set.source.route, suffix: '' };
  const byLocale = new Map<string, RouteSpec>();
  const dirOfRoute = new Map<string, string>();
  const dirCount = new Map<string, number>();
  const add = (spec: RouteSpec, dir: string) => {
    const key = `${spec.route}\u0000${spec.suffix}`;
    dirCount.set(key, (dirCount.get(key) ?? 0) + 1);
    dirOfRoute.set(key, dir);
  };
  add(source, set.source.dir);
  for (const l of set.locales) {
    if (l.route === undefined) continue;
    const spec: RouteSpec = { route: l.route, suffix: l.routeSuffix ?? '' };
    // The locale's own links are mapped to where they are written (`linkRoute`, a site that
    // rewrites them); which dir serves a route still follows `route`.
    byLocale.set(l.locale, l.linkRoute !== undefined ? { route: l.linkRoute, suffix: spec.suffix } : spec);
    add(spec, l.dir);
  }
  // A route two locales share names no single dir; a dir two routes share (dumi's suffixed
  // files side by side) has a layout of its own, not resolved here.
  for (const [key, n] of dirCount) if (n > 1) dirOfRoute.delete(key);
  const routesOfDir = new Map<string, number>();
  for (const dir of dirOfRoute.values()) routesOfDir.set(dir, (routesOfDir.get(dir) ?? 0) + 1);
  for (const [key, dir] of dirOfRoute) if (routesOfDir.get(dir)! > 1) dirOfRoute.delete(key);
  return { source, locales: [...byLocale.values()], byLocale, dirOfRoute };
}
