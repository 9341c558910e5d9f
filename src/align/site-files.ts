// Whether a link target exists, as the site resolves it: a folder or pretty URL (`b/`, `b`)
// is served from `b.md`, `b.mdx`, `b/index.md(x)` or `b/_index.md` (Hugo's branch bundles);
// a root-relative route is a file under the dir of the locale whose route it is under; a
// path outside every content dir (the repository's LICENSE) is a file checked as it is.
// Pure: the file system is read by the engine before rules run (discovery's file list, and
// `outside` for the few paths outside the content dirs).
import path from 'node:path';
import { resolveTarget } from './resolve-target.js';
import { isStaticAssetRoute, pathBelowRoute, routeOwner } from './target-mapper.js';
import { routeForm } from '../discover-routes.js';
import type { SiteFacts, SiteRouting } from '../types.js';

export type { SiteFacts } from '../types.js';


export type Existence =
  | { state: 'exists'; file: string }
  /** `looked`: the path the link resolves to (before the pretty-URL candidates). */
  | { state: 'missing'; looked: string }
  /** The locale has no such page, the source has: the page is not translated. */
  | { state: 'untranslated'; looked: string; sourceFile: string }
  /** Not a file link, or nothing known (a route without `route` config, a path outside the config's directory). */
  | { state: 'unknown' };

/** The files a site may serve for a resolved path, in order: the path, then pretty-URL forms. */
export function pageCandidates(p: string): string[] {
  if (p.endsWith('/')) {
    const dir = p === './' ? '' : p;
    const bare = dir.slice(0, -1);
    return [`${dir}index.md`, `${dir}index.mdx`, `${dir}_index.md`, `${dir}_index.mdx`, `${dir}README.md`, ...(bare ? [`${bare}.md`, `${bare}.mdx`] : [])];
  }
  const out = [p, `${p}.md`, `${p}.mdx`, `${p}/index.md`, `${p}/index.mdx`, `${p}/_index.md`, `${p}/_index.mdx`];
  if (p.endsWith('.html')) out.push(`${p.slice(0, -5)}.md`, `${p.slice(0, -5)}.mdx`);
  return out;
}

function inDir(file: string, dir: string): boolean {
  return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}

/** True when the path lies under one of the set's content dirs. */
export function insideContent(file: string, dirs: readonly string[]): boolean {
  return dirs.some((d) => inDir(file, d));
}

/** Resolved relative link paths (relative to the config's directory) of a page's links that lie outside every content dir, for the engine to look up. */
export function outsidePathsOf(fromFile: string, targets: Iterable<string>, dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const target of targets) {
    const r = resolveTarget(target);
    if (r.kind !== 'relative') continue;
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), r.path));
    if (!file.startsWith('../') && file !== '..' && !insideContent(file, dirs)) out.push(file.replace(/\/$/, ''));
  }
  return out;
}

// Folders of included content, not pages (Hugo sites' and Jekyll's `_includes/`, `_partials/`, MkDocs `_snippets/`).
const SNIPPET_DIRS = new Set(['_includes', '_partials', '_snippets', '_fragments']);

/**
 * True for a snippet file that other pages include rather than a page of its own: under a
 * folder named `_includes`, `_partials`, `_snippets` or `_fragments`, or a file name starting
 * with `_` (Docusaurus `_partial.mdx`), Hugo's `_index.md(x)` branch pages aside. Jekyll's
 * `_posts/` and other `_`-folders are pages. Its relative links and same-page anchors
 * resolve on the page that includes it, which the linter does not know.
 */
export function isSnippetFile(file: string): boolean {
  const segments = file.split('/');
  const name = segments[segments.length - 1];
  return (name.startsWith('_') && !/^_index\.mdx?$/i.test(name)) || segments.slice(0, -1).some((segment) => SNIPPET_DIRS.has(segment));
}

/** The folder a pretty URL serves a page file as: `a/b.md` -> `a/b`, `a/index.md` -> `a`. */
function pageUrlDir(file: string): string {
  const ext = path.posix.extname(file);
  const stem = ext ? file.slice(0, -ext.length) : file;
  const base = path.posix.basename(stem);
  return base === 'index' || base === '_index' ? path.posix.dirname(stem) : stem;
}

function find(p: string, files: ReadonlySet<string>, misnamed: ReadonlySet<string> = new Set()): string | null {
  for (const c of pageCandidates(p)) {
    const file = c.startsWith('./') ? c.slice(2) : c;
    if (files.has(file) || misnamed.has(file)) return file;
  }
  return null;
}

function moveDir(file: string, from: string, to: string): string {
  const below = from === '.' ? file : file.slice(from.length + 1);
  return to === '.' ? below : `${to}/${below}`;
}

/**
 * Where the page named by `target`, written in `fromFile`, is: it exists, it is missing, or
 * the locale lacks it while the source has it. `unknown` for anchors, URLs, and paths the
 * site's layout does not tell.
 */
export function locateTarget(fromFile: string, target: string, site: SiteFacts): Existence {
  const r = resolveTarget(target);
  let looked: string;
  if (r.kind === 'relative') {
    // On a site served by routes, a link without a file extension is a URL relative to the
    // page's own URL. Whether that URL is a folder (`/guides/a/` for `guides/a.md`: Starlight,
    // Hugo, MkDocs) or a file (`/guide/a`: VitePress `cleanUrls`, Docusaurus) is the site's
    // setting, so both readings are tried and a page either one finds exists.
    const lookedFrom = (base: string) => (path.posix.normalize(path.posix.join(base, r.path)) + (r.path.endsWith('/') ? '/' : '')).replace(/\/\/$/, '/');
    const fileBase = path.posix.dirname(fromFile);
    const urlBase = site.routing && !/\.mdx?$/i.test(r.path) ? pageUrlDir(fromFile) : fileBase;
    looked = lookedFrom(urlBase);
    if (urlBase !== fileBase && !find(looked, site.files, site.misnamed)) {
      const besideFile = lookedFrom(fileBase);
      const found = find(besideFile, site.files, site.misnamed);
      if (found) return { state: 'exists', file: found };
    }
    if (looked.startsWith('../') || looked === '..' || looked === '../') return { state: 'unknown' };
    if (!insideContent(looked, site.contentDirs)) {
      const known = site.outside.get(looked.replace(/\/$/, ''));
      return known === undefined ? { state: 'unknown' } : known ? { state: 'exists', file: looked } : { state: 'missing', looked };
    }
  } else if (r.kind === 'route' && site.routing && site.linkRoute && inDir(fromFile, site.localeDir) && (r.path.startsWith(site.linkRoute) || r.path === site.linkRoute.slice(0, -1))) {
    // The site serves this locale's page for a link written under `linkRoute`.
    const below = pathBelowRoute(r.path, site.linkRoute);
    looked = site.localeDir === '.' ? below || './' : `${site.localeDir}/${below}`;
  } else if (r.kind === 'route' && site.routing) {
    const owner = routeOwner(r.path, [site.routing.source, ...site.routing.locales]);
    const dir = owner ? site.dirOfRoute.get(owner.route + '\u0000' + owner.suffix) : undefined;
    // A route whose locale shares its dir with another (dumi: suffixed files in one folder) is not resolved here.
    if (!owner || dir === undefined || owner.suffix !== '') return { state: 'unknown' };
    const below = pathBelowRoute(r.path, owner.route);
    looked = dir === '.' ? below || './' : `${dir}/${below}`;

  } else {
    return { state: 'unknown' };
  }
  if (r.kind === 'route' && site.linkRoute) looked = inLanguageOfRoute(r.path, site, site.linkRoute) ?? looked;
  const found = find(looked, site.files, site.misnamed);
  if (found) return { state: 'exists', file: found };

  // A route to a static file (`/img/logo.svg`) is served from the site's static folder, which
  // is no content dir: not found among the pages, nothing is known about it.
  if (r.kind === 'route' && isStaticAssetRoute(r.path)) return { state: 'unknown' };
  for (const c of pageCandidates(looked)) {
    const sourceFile = site.untranslated.get(c.startsWith('./') ? c.slice(2) : c);
    if (sourceFile) return { state: 'untranslated', looked, sourceFile };
  }
  if (site.sameNames && site.sourceDir !== null && site.sourceDir !== site.localeDir && inDir(looked, site.localeDir) && site.localeDir !== '.') {
    const inSource = find(moveDir(looked.replace(/\/$/, ''), site.localeDir, site.sourceDir) + (looked.endsWith('/') ? '/' : ''), site.files);
    if (inSource) return { state: 'untranslated', looked, sourceFile: inSource };
  }
  // Last: a page the locale lacks but the source has stays "not translated" (a note), even
  // where an alias of the source's page also serves the route.
  return servedElsewhere(r.kind === 'route' ? r.path : null, looked, site) ?? { state: 'missing', looked };
}

/**
 * On a site that rewrites links to the page's language (`linkRoute`), the page a route names
 * in the language whose route it is under, when that route is longer than `linkRoute`
 * (`/fr/`, `/fr/docs/x/` under `/`): the link asks for that language's page, which the site
 * serves as written (`/fr/` from an English page is the French home). Returns the path to
 * look up in that language's dir; null otherwise.
 */
function inLanguageOfRoute(route: string, site: SiteFacts, linkRoute: string): string | null {
  let best: { route: string; dir: string } | null = null;
  for (const [key, dir] of site.dirOfRoute) {
    const [r, suffix] = key.split('\u0000');
    if (suffix !== '' || !(route.startsWith(r) || route === r.slice(0, -1))) continue;
    if (!best || r.length > best.route.length) best = { route: r, dir };
  }
  // Only a language route longer than `linkRoute` names another language; the rest was looked up above.
  if (!best || best.route.length <= linkRoute.length) return null;
  const below = pathBelowRoute(route, best.route);
  return best.dir === '.' ? below || './' : `${best.dir}/${below}`;
}

/** The site route of a path under a content dir served at a route (`content/en/docs/x` -> `/docs/x/`), or null. */
function routeOfPath(looked: string, site: SiteFacts): string | null {
  let best: { dir: string; route: string } | null = null;
  for (const [key, dir] of site.dirOfRoute) {
    const [route, suffix] = key.split('\u0000');
    if (suffix !== '' || !(dir === '.' || looked === dir || looked.startsWith(`${dir}/`))) continue;
    if (!best || dir.length > best.dir.length) best = { dir, route };
  }
  if (!best) return null;
  const below = best.dir === '.' ? looked : looked.slice(best.dir.length + 1);
  return routeForm(best.route + below.replace(/^\.\/?/, ''));
}

/**
 * A page the site serves outside the content dirs (config `mounts`, front-matter `aliases`),
 * for a route link (its route as written) or the path a link resolved to (its route). A route
 * under a mount whose source is absent from the checkout cannot be checked: `unknown`, never
 * reported; under a mounted folder that lacks the page, `missing` there. Null when neither
 * answers (the link is then judged as before).
 */
function servedElsewhere(writtenRoute: string | null, looked: string, site: SiteFacts): Existence | null {
  if (!site.mounts?.length && !site.aliasRoutes?.size) return null;
  const own = routeOfPath(looked.replace(/\/$/, ''), site);
  const routes = [...new Set([...(writtenRoute !== null ? [routeForm(writtenRoute)] : []), ...(own ? [own] : [])])];
  for (const route of routes) {
    const page = site.aliasRoutes?.get(route);
    if (page) return { state: 'exists', file: page };
    for (const mount of site.mounts ?? []) {
      if (!route.startsWith(mount.route)) continue;
      if (mount.files === null) return { state: 'unknown' };
      if (mount.files.has(mount.dir)) {
        // A single page mounted at a route serves that route only.
        if (route === mount.route) return { state: 'exists', file: mount.dir };
        continue;
      }
      const inDir = `${mount.dir === '.' ? '' : `${mount.dir}/`}${route.slice(mount.route.length)}`;
      const hit = find(inDir, mount.files);
      // The most specific mounted folder serves the route: without the page there, it is missing there.
      return hit ? { state: 'exists', file: hit } : { state: 'missing', looked: inDir };
    }
  }
  return null;
}
