// The site a pair lives in, as link rules see it: routes, the files that exist, and the
// page's other translations (computed by the engine before rules run: rules read no files).
import type { Outline } from './outline.js';

/** How a canonical link target maps into a locale (suffixes), shared by rules and fixes. */
export interface TargetMapper {
  /** The canonical target as it should read in the locale. */
  toLocale(target: string): string;
  /** A locale (or other-locale) target mapped back to its neutral form. */
  toNeutral(target: string): string;
}

/** A locale's URL path prefix on the site (config `route`, `routeSuffix`). */
export interface RouteSpec {
  /** Starts and ends with `/`: `/`, `/de/`. */
  route: string;
  /** Appended to a mapped route's last segment (`-cn`); '' when none. */
  suffix: string;
}

/** The routes of a set: the source's, this mapper's locale's (null for the source side), and every locale's. */
export interface SiteRouting {
  source: RouteSpec;
  own: RouteSpec | null;
  locales: readonly RouteSpec[];
}

export interface SiteFacts {
  /** Every file under the set's content dirs, relative to the config's directory. */
  files: ReadonlySet<string>;
  /** The set's content dirs (source and locales), relative to the config's directory ('.' for it). */
  contentDirs: readonly string[];
  /**
   * Where misnamed files should be (their `file-naming` finding's expected path): a link to
   * that path counts as existing, since the file-naming finding already covers it (one
   * cause, one finding).
   */
  misnamed: ReadonlySet<string>;
  /** Where the locale's missing translations should be (their `file-missing` finding's path) -> the source file. */
  untranslated: ReadonlyMap<string, string>;
  /** Paths outside every content dir (relative to the config's directory) -> whether they exist; filled by the engine. */
  outside: ReadonlyMap<string, boolean>;
  /** Dir of the source, of the locale being linted. */
  sourceDir: string | null;
  localeDir: string;
  /**
   * The locale's files carry the source's names (no file suffix on either side): only then is
   * a page the locale lacks at the source's name "not translated" rather than misnamed.
   */
  sameNames: boolean;
  /** Locale dirs by route (for root-relative links); null when the set has no `route`. */
  routing: SiteRouting | null;
  dirOfRoute: ReadonlyMap<string, string>;
  /** The locale's `linkRoute` (links the site rewrites to the page's language): its pages' routes under it resolve in `localeDir`. */
  linkRoute?: string | null;
  /** Routes served from outside the content dirs (config `mounts`), longest route first; absent: none. */
  mounts?: readonly SiteMount[];
  /** Routes (starting and ending with `/`) that front-matter `aliases` serve -> the page file; absent: none. */
  aliasRoutes?: ReadonlyMap<string, string>;
}

/** A mount as the engine found it on disk (see SiteMountConfig). */
export interface SiteMount {
  /** Starts and ends with `/`. */
  route: string;
  /** Relative to the config's directory. */
  dir: string;
  /** Files under `dir` (relative to the config's directory; `dir` itself for a single-file mount); null when `dir` is absent from the checkout: links into the route are not checked. */
  files: ReadonlySet<string> | null;
}

/** A linted translation of the page, for findings that say how many locales share a fault. */
export interface Translation {
  locale: string;
  outline: Readonly<Outline>;
  mapper: TargetMapper;
}
