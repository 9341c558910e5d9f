// Routes a site serves beyond its content dirs, found on disk once per set before rules run
// (rules read no files): config `mounts` (Hugo `module.mounts`: a folder or file mounted at
// a route) and, when config `aliases` is on, the routes pages' front-matter `aliases` serve
// (Hugo: https://gohugo.io/content-management/urls/#aliases). link-broken resolves against
// them so that a link to a route the site serves is never reported broken.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { ContentSetConfig, SiteMount } from './types.js';
import { globDir } from './discover-files.js';

export interface SiteRoutes {
  /** Longest route first, so the most specific mount answers. */
  mounts: SiteMount[];
  /** Alias route (starts and ends with `/`) -> the page file serving it (relative to the config's directory). */
  aliasRoutes: Map<string, string>;
  /** Routes of mounts whose `dir` is absent from the checkout: links into them are not checked. */
  unchecked: string[];
}

/** `/a/b`, `/a/b.md` or `/a/b/index.html` -> `/a/b/`: the form routes (and page paths read as routes) are compared in. */
export function routeForm(route: string): string {
  const bare = route.replace(/(?:^|\/)_?index\.(?:html?|mdx?)$/i, '').replace(/\.(?:html?|mdx?)$/i, '').replace(/\/+$/, '');
  return bare === '' ? '/' : `${bare.startsWith('/') ? '' : '/'}${bare}/`;
}

function statOf(abs: string): 'file' | 'dir' | null {
  try {
    const s = statSync(abs);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** The config's mounts as found on disk: a folder's files listed, a single file kept, an absent source null. */
export function mountsOnDisk(set: ContentSetConfig, root: string): SiteMount[] {
  const out: SiteMount[] = [];
  for (const m of set.mounts ?? []) {
    const kind = statOf(path.resolve(root, m.dir));
    const join = (rel: string) => (m.dir === '.' ? rel : `${m.dir}/${rel}`);
    const files = kind === 'file' ? new Set([m.dir]) : kind === 'dir' ? new Set(globDir(root, m.dir, ['**/*']).map((rel) => join(rel.split(path.sep).join('/')))) : null;
    out.push({ route: m.route, dir: m.dir, files });
  }
  // Longest route first; equal routes keep config order (Hugo: the first mount wins).
  return out.map((m, i) => ({ m, i })).sort((a, b) => b.m.route.length - a.m.route.length || a.i - b.i).map(({ m }) => m);
}

/**
 * The front matter block at the start of a page (`---` YAML, `+++` TOML), or null. Linear:
 * one scan for the closing delimiter line.
 */
export function frontMatterBlock(text: string): { lang: 'yaml' | 'toml'; body: string } | null {
  const t = text.replace(/^\uFEFF/, '');
  const fence = t.startsWith('---') ? '---' : t.startsWith('+++') ? '+++' : null;
  if (!fence || !/^(?:---|\+\+\+)[ \t]*\r?\n/.test(t)) return null;
  const start = t.indexOf('\n') + 1;
  const close = new RegExp(`^${fence === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*$`, 'm');
  const rest = t.slice(start);
  const m = close.exec(rest);
  if (!m) return null;
  return { lang: fence === '---' ? 'yaml' : 'toml', body: rest.slice(0, m.index) };
}

/** A page's `aliases` as written (strings only); [] when none or when its front matter does not parse (parse-error reports that). */
export function aliasesOf(text: string): string[] {
  const block = frontMatterBlock(text);
  if (!block || !block.body.includes('aliases')) return [];
  let data: unknown;
  try {
    data = block.lang === 'toml' ? parseToml(block.body) : parseYaml(block.body, { strict: false, logLevel: 'silent' });
  } catch {
    return [];
  }
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).aliases : undefined;
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.filter((a): a is string => typeof a === 'string' && a.trim() !== '' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(a.trim()));
}

/**
 * The routes an alias serves for a page at `below` (its path under its locale's dir) in a
 * locale served at `route`. A relative alias is relative to the parent of the page's URL
 * (`blog/2023/x.md` + `old` -> `/blog/2023/old/`). A root-relative one is read both
 * as written and under the language's route: Hugo resolves it in the page's language
 * ("according to the current content dimension"), and accepting both never reports a link
 * Hugo serves.
 */
export function aliasRoutesOf(alias: string, below: string, route: string): string[] {
  const a = alias.trim();
  if (a.startsWith('/')) {
    const asWritten = routeForm(a);
    return route === '/' || asWritten.startsWith(route) ? [asWritten] : [asWritten, routeForm(route + a.slice(1))];
  }
  // Relative to the parent of the page's URL (`docs/x/_index.md`, served at `/docs/x/`, with
  // `old` -> `/docs/old/`), and, as some sites read it, to the file's folder (`/docs/x/old/`).
  const url = below.replace(/\.[^./]+$/, '').replace(/(?:^|\/)_?index$/i, '');
  const at = (folder: string) => routeForm(path.posix.normalize(route + (folder === '.' || folder === '' ? '' : `${folder}/`) + a));
  return [...new Set([at(path.posix.dirname(url)), at(path.posix.dirname(below))])];
}

/** Front matter sits at the start of a page: only this many bytes are read (a huge file is not read whole). */
const HEAD_BYTES = 256 * 1024;

/** The first HEAD_BYTES of a file as UTF-8 (a character cut at the end is replaced, past any front matter), or null when it cannot be read (reading it again reports that). */
function headOf(abs: string): string | null {
  let fd: number | null = null;
  try {
    // A FIFO or device named `x.md` would block the open: only regular files are read.
    if (!statSync(abs).isFile()) return null;
    fd = openSync(abs, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Alias routes of the set's pages (each locale with a `route`); reads every page's front matter once. */
export function aliasRoutesOnDisk(set: ContentSetConfig, root: string, existingFiles: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!set.aliases) return out;
  const dirs = [...(set.source ? [set.source] : []), ...set.locales].filter((l) => l.route !== undefined);
  // Deepest dir first: a locale nested in the source's dir (`content/` and `content/fr/`) owns its files.
  dirs.sort((a, b) => b.dir.length - a.dir.length);
  for (const file of existingFiles) {
    if (!/\.mdx?$/i.test(file)) continue;
    const owner = dirs.find((l) => l.dir === '.' || file.startsWith(`${l.dir}/`));
    if (!owner) continue;
    const text = headOf(path.resolve(root, file));
    if (text === null) continue;
    const below = owner.dir === '.' ? file : file.slice(owner.dir.length + 1);
    for (const alias of aliasesOf(text)) {
      for (const r of aliasRoutesOf(alias, below, owner.route!)) if (!out.has(r)) out.set(r, file);
    }
  }
  return out;
}

/** Everything above for one set. */
export function siteRoutesOf(set: ContentSetConfig, root: string, existingFiles: Iterable<string>): SiteRoutes {
  const mounts = mountsOnDisk(set, root);
  return { mounts, aliasRoutes: aliasRoutesOnDisk(set, root, existingFiles), unchecked: mounts.filter((m) => m.files === null).map((m) => m.route) };
}
