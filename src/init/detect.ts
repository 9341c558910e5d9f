// What `init` learns from a site's own config, one reader per stack. Each returns the
// locales the site declares and where their pages live, or null when its config file is
// absent. Config files are read, never run (see static-config.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { Preset } from '../config/presets/index.js';
import { findProperty, literalValue, readModule } from './static-config.js';

export interface DetectedLocale {
  locale: string;
  dir: string;
  suffix?: string;
  route: string;
  routeSuffix?: string;
  /** Set where the site rewrites root-relative links to the page's language (see LocaleConfig.linkRoute). */
  linkRoute?: string;
}

export interface DetectedSite {
  preset: Preset['name'];
  /** The site config file that was read, relative to the site root. */
  configFile: string;
  source: DetectedLocale;
  locales: DetectedLocale[];
  /** What could not be read and was assumed instead. */
  notes: string[];
  /** Routes served from outside the content dirs (Hugo `module.mounts`), for the set's `mounts`. */
  mounts?: Array<{ route: string; dir: string }>;
  /** The site honours front-matter `aliases` (Hugo). */
  aliases?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function firstExisting(root: string, names: string[]): string | null {
  for (const name of names) if (existsSync(path.join(root, name))) return name;
  return null;
}

const JS_EXTS = ['mjs', 'js', 'ts', 'mts', 'cjs', 'cts'];

/** Starlight: `starlight({ defaultLocale, locales: { root | <dir>: { lang } } })` in astro.config.*. */
export function detectStarlight(root: string): DetectedSite | null {
  const file = firstExisting(root, JS_EXTS.map((e) => `astro.config.${e}`));
  if (!file) return null;
  const mod = readModule(path.join(root, file));
  const locales = literalValue(findProperty(mod, 'locales', 'starlight'), mod);
  const defaultLocale = str(literalValue(findProperty(mod, 'defaultLocale', 'starlight'), mod));
  const notes: string[] = [];
  if (!isObj(locales)) return { preset: 'starlight', configFile: file, source: { locale: defaultLocale ?? 'en', dir: 'src/content/docs', route: '/' }, locales: [], notes: ['no literal `locales` in starlight({...}): add the locales by hand'] };
  const base = 'src/content/docs';
  const entries = Object.entries(locales).filter(([, v]) => isObj(v));
  const code = (key: string, v: unknown) => str((v as Obj).lang) ?? key;
  const rootEntry = entries.find(([key]) => key === 'root');
  const sourceKey = rootEntry ? 'root' : defaultLocale ?? entries[0]?.[0];
  const all = entries.map(([key, v]) => ({ key, locale: code(key, v), dir: key === 'root' ? base : `${base}/${key}`, route: key === 'root' ? '/' : `/${key}/` }));
  const source = all.find((l) => l.key === sourceKey);
  if (!source) return null;
  return { preset: 'starlight', configFile: file, source: strip(source), locales: all.filter((l) => l !== source).map(strip), notes };
}

function strip<T extends { key?: string }>(l: T): Omit<T, 'key'> {
  const { key: _key, ...rest } = l;
  return rest;
}

/** Docusaurus: `i18n: { defaultLocale, locales: [...] }` in docusaurus.config.*. */
export function detectDocusaurus(root: string): DetectedSite | null {
  const file = firstExisting(root, JS_EXTS.map((e) => `docusaurus.config.${e}`));
  if (!file) return null;
  const mod = readModule(path.join(root, file));
  const i18n = literalValue(findProperty(mod, 'i18n'), mod);
  const defaultLocale = isObj(i18n) ? str(i18n.defaultLocale) ?? 'en' : 'en';
  const list = isObj(i18n) && Array.isArray(i18n.locales) ? i18n.locales.filter((l): l is string => typeof l === 'string') : [];
  const notes = list.length === 0 ? ['no literal `i18n.locales`: add the locales by hand'] : [];
  return {
    preset: 'docusaurus',
    configFile: file,
    source: { locale: defaultLocale, dir: 'docs', route: '/' },
    locales: list.filter((l) => l !== defaultLocale).map((l) => ({ locale: l, dir: `i18n/${l}/docusaurus-plugin-content-docs/current`, route: `/${l}/` })),
    notes,
  };
}

/**
 * Hugo: `defaultContentLanguage` and `languages` in hugo.toml|yaml|json, config.*, or
 * config/_default/. Translation by directory when a language names a `contentDir` or when
 * `content/<lang>/` folders exist; else by file name (`page.<lang>.md` beside `page.md`).
 */
export function detectHugo(root: string): DetectedSite | null {
  const names = ['hugo', 'config'].flatMap((n) => ['toml', 'yaml', 'yml', 'json'].map((e) => `${n}.${e}`));
  const file = firstExisting(root, [...names, ...names.map((n) => `config/_default/${n}`)]);
  if (!file) return null;
  const text = readFileSync(path.join(root, file), 'utf8');
  const site = (file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { strict: false, logLevel: 'silent' })) as Obj;
  let languages = isObj(site.languages) ? site.languages : undefined;
  const languagesFile = firstExisting(root, ['toml', 'yaml', 'yml'].map((e) => `config/_default/languages.${e}`));
  if (!languages && languagesFile) {
    const t = readFileSync(path.join(root, languagesFile), 'utf8');
    languages = (languagesFile.endsWith('.toml') ? parseToml(t) : parseYaml(t, { strict: false, logLevel: 'silent' })) as Obj;
  }
  const defaultLang = str(site.defaultContentLanguage) ?? 'en';
  const inSubdir = site.defaultContentLanguageInSubdir === true;
  const contentDir = str(site.contentDir) ?? 'content';
  const langs = languages ? Object.keys(languages) : [defaultLang];
  const notes = languages ? [] : ['no `languages` in the site config: only the default language was found'];
  const dirOf = (lang: string) => str(isObj(languages?.[lang]) ? (languages![lang] as Obj).contentDir : undefined);
  const byDir = langs.some((l) => dirOf(l)) || langs.every((l) => isDir(path.join(root, contentDir, l)));
  const entry = (lang: string): DetectedLocale => {
    const route = lang === defaultLang && !inSubdir ? '/' : `/${lang}/`;
    return byDir ? { locale: lang, dir: dirOf(lang) ?? `${contentDir}/${lang}`, route } : { locale: lang, dir: contentDir, ...(lang === defaultLang ? {} : { suffix: `.${lang}` }), route };
  };
  const source = entry(defaultLang);
  let locales = langs.filter((l) => l !== defaultLang).map(entry);
  // A render-link hook of the site's own may resolve `/docs/x/` to the page's language
  // (opentelemetry.io's does, and asks translators to keep link paths as they are): the
  // translations' links then keep the source's route. Hugo's embedded hook is not read here.
  const hook = firstExisting(root, ['layouts/_markup/render-link.html', 'layouts/_default/_markup/render-link.html']);
  if (hook) {
    locales = locales.map((l) => ({ ...l, linkRoute: source.route }));
    notes.push(`${hook} rewrites links: translations' root-relative links are expected under ${source.route} (linkRoute); remove linkRoute if the hook does not localize them`);
  }
  const mounts = hugoMounts(root, site, [source, ...locales], langs.map((lang) => ({ lang, route: entry(lang).route })));
  if (mounts.skipped.length) notes.push(`module.mounts: ${mounts.skipped.length} mount(s) from outside the site (${mounts.skipped.join(', ')}) cannot be written: links into them will be reported until added to \`mounts\` with allowOutsideRoot`);
  if (mounts.list.length > 0) notes.push(`module.mounts: ${mounts.list.length} content mount(s) outside the language dirs written as \`mounts\` (links into those whose source is absent from the checkout are not checked)`);
  return { preset: 'hugo', configFile: file, source, locales, notes, ...(mounts.list.length ? { mounts: mounts.list } : {}), aliases: true };
}

function readHugoFile(root: string, file: string): Obj {
  const text = readFileSync(path.join(root, file), 'utf8');
  const data: unknown = file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { strict: false, logLevel: 'silent' });
  return isObj(data) ? data : {};
}

/**
 * Hugo's content mounts (https://gohugo.io/configuration/module/#mounts) as routes: from
 * `module.mounts` in the site config, or `mounts` in config/_default/module.*. A mount of a
 * language's own dir (`content/en` -> `content`) or of another language's pages at the same
 * place (a fallback: `content/en/docs` -> `content/docs` for `de`) is what the set already
 * models and is left out. A mount's languages are its `lang` or `sites.matrix.languages`, else
 * all of them. Only `content` targets name routes.
 */
function hugoMounts(root: string, site: Obj, dirs: DetectedLocale[], routes: Array<{ lang: string; route: string }>): { list: Array<{ route: string; dir: string }>; skipped: string[] } {
  const moduleFile = firstExisting(root, ['toml', 'yaml', 'yml', 'json'].map((e) => `config/_default/module.${e}`));
  const fromSite = isObj(site.module) && Array.isArray(site.module.mounts) ? site.module.mounts : [];
  const fromFile = moduleFile ? readHugoFile(root, moduleFile).mounts : undefined;
  const all = [...fromSite, ...(Array.isArray(fromFile) ? fromFile : [])].filter(isObj);
  const contentDirs = [...new Set(dirs.map((d) => d.dir))];
  const list: Array<{ route: string; dir: string }> = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const m of all) {
    const source = str(m.source)?.replace(/\/+$/, '');
    const target = str(m.target)?.replace(/\/+$/, '');
    if (!source || !target || !(target === 'content' || target.startsWith('content/'))) continue;
    if (path.isAbsolute(source) || path.posix.normalize(source).startsWith('../')) {
      skipped.push(source);
      continue;
    }
    const below = target === 'content' ? '' : target.slice('content/'.length);
    const owner = contentDirs.find((d) => source === d || source.startsWith(`${d}/`));
    if (owner !== undefined && (source === owner ? '' : source.slice(owner.length + 1)) === below) continue;
    const sites = isObj(m.sites) && isObj(m.sites.matrix) && Array.isArray(m.sites.matrix.languages) ? m.sites.matrix.languages.filter((l): l is string => typeof l === 'string') : [];
    // No language named: written for every language, so that no link Hugo serves is reported
    // (Hugo's default for such a mount changed with its sites matrix; over-covering costs only silence).
    const langs = str(m.lang) ? [str(m.lang)!] : sites.length ? sites : routes.map((r) => r.lang);
    for (const lang of langs) {
      const base = routes.find((r) => r.lang === lang)?.route;
      if (base === undefined) continue;
      const page = below.replace(/(?:^|\/)_?index\.mdx?$/i, '').replace(/\.mdx?$/i, '');
      const route = `${base}${page}${page ? '/' : ''}`;
      const key = `${route}\u0000${source}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ route, dir: path.posix.normalize(source) });
    }
  }
  return { list, skipped };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** VitePress: `locales: { root: { lang }, <dir>: { lang } }` in .vitepress/config.*, in the root or docs/. */
export function detectVitepress(root: string): DetectedSite | null {
  const file = firstExisting(root, ['.', 'docs', 'src'].flatMap((d) => JS_EXTS.map((e) => path.posix.join(d, `.vitepress/config.${e}`))));
  if (!file) return null;
  const srcDir = path.posix.dirname(path.posix.dirname(file));
  const base = srcDir === '.' ? '.' : srcDir;
  const mod = readModule(path.join(root, file));
  const locales = literalValue(findProperty(mod, 'locales'), mod);
  const join = (key: string) => (base === '.' ? key : `${base}/${key}`);
  if (!isObj(locales)) return { preset: 'vitepress', configFile: file, source: { locale: 'en', dir: base, route: '/' }, locales: [], notes: ['no literal `locales`: add the locales by hand'] };
  // `rewrites: { 'en/:rest*': ':rest*' }` serves the root locale's pages from a folder of their own.
  const rewrites = literalValue(findProperty(mod, 'rewrites'), mod);
  const rootFolder = isObj(rewrites) ? Object.entries(rewrites).map(([from, to]) => (to === ':rest*' ? /^([\w-]+)\/:rest\*$/.exec(from)?.[1] : undefined)).find(Boolean) : undefined;
  const notes: string[] = [];
  const entries = Object.entries(locales).filter(([, v]) => isObj(v));
  const all = entries.map(([key, v]) => {
    const lang = str((v as Obj).lang);
    if (!lang && key === 'root') notes.push('the root locale has no `lang`: assumed en');
    return { key, locale: lang ?? (key === 'root' ? 'en' : key), dir: key === 'root' ? (rootFolder ? join(rootFolder) : base) : join(key), route: key === 'root' ? '/' : `/${key}/` };
  });
  const source = all.find((l) => l.key === 'root') ?? all[0];
  if (!source) return null;
  return { preset: 'vitepress', configFile: file, source: strip(source), locales: all.filter((l) => l !== source).map(strip), notes };
}

/** MkDocs + mkdocs-static-i18n: `plugins: - i18n: { docs_structure, languages: [{ locale, default }] }` in mkdocs.yml. */
export function detectMkdocs(root: string): DetectedSite | null {
  const file = firstExisting(root, ['mkdocs.yml', 'mkdocs.yaml']);
  if (!file) return null;
  // mkdocs.yml may hold Python tags (!!python/name:...): read them as plain values.
  const site = parseYaml(readFileSync(path.join(root, file), 'utf8'), { strict: false, logLevel: 'silent', customTags: [], uniqueKeys: false }) as Obj;
  const docsDir = str(site.docs_dir) ?? 'docs';
  const plugins = Array.isArray(site.plugins) ? site.plugins : [];
  const i18n = plugins.map((p) => (isObj(p) ? p.i18n : undefined)).find(isObj);
  const langs = i18n && Array.isArray(i18n.languages) ? i18n.languages.filter(isObj) : [];
  const folder = i18n?.docs_structure === 'folder';
  const sourceLang = langs.find((l) => l.default === true) ?? langs[0];
  const code = (l: Obj) => str(l.locale) ?? 'en';
  const entry = (l: Obj, isSource: boolean): DetectedLocale => {
    const route = isSource ? '/' : `/${code(l)}/`;
    if (folder) return { locale: code(l), dir: `${docsDir}/${code(l)}`, route };
    return { locale: code(l), dir: docsDir, ...(isSource ? {} : { suffix: `.${code(l)}` }), route };
  };
  if (!sourceLang) return { preset: 'mkdocs', configFile: file, source: { locale: 'en', dir: docsDir, route: '/' }, locales: [], notes: ['no i18n plugin languages in mkdocs.yml: add the locales by hand'] };
  return { preset: 'mkdocs', configFile: file, source: entry(sourceLang, true), locales: langs.filter((l) => l !== sourceLang).map((l) => entry(l, false)), notes: [] };
}

/** dumi 2: `locales: [{ id, name, suffix }]` in .dumirc.*; the first locale is the default. */
export function detectDumi(root: string): DetectedSite | null {
  const file = firstExisting(root, JS_EXTS.map((e) => `.dumirc.${e}`));
  if (!file) return null;
  const mod = readModule(path.join(root, file));
  const locales = literalValue(findProperty(mod, 'locales'), mod);
  const docDirs = literalValue(findProperty(mod, 'docDirs'), mod);
  const dir = Array.isArray(docDirs) && typeof docDirs[0] === 'string' ? docDirs[0] : 'docs';
  const list = Array.isArray(locales) ? locales.filter(isObj).filter((l) => str(l.id)) : [];
  const notes = list.length === 0 ? ['no literal `locales` in .dumirc: add the locales by hand'] : [];
  const entry = (l: Obj): DetectedLocale => ({ locale: String(l.id), dir, suffix: `.${String(l.id)}`, route: '/', ...(str(l.suffix) ? { routeSuffix: String(l.suffix) } : {}) });
  if (list.length === 0) return { preset: 'dumi', configFile: file, source: { locale: 'zh-CN', dir, suffix: '.zh-CN', route: '/' }, locales: [], notes };
  return { preset: 'dumi', configFile: file, source: entry(list[0]), locales: list.slice(1).map(entry), notes };
}

/** Tries each stack in turn; the first whose config file exists wins. */
export function detectSite(root: string): DetectedSite | null {
  for (const detect of [detectStarlight, detectDocusaurus, detectVitepress, detectDumi, detectMkdocs, detectHugo]) {
    const site = detect(root);
    if (site) return site;
  }
  return null;
}

