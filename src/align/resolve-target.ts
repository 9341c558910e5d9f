// What a link target names, before anything compares it: the text a writer put between
// the parentheses (or in an `href`) is decoded and classified, so that two spellings of one
// target compare equal (`release%20notes.md` = `<release notes.md>`, `./a.md` = `a.md`)
// and a same-page `#anchor` is never compared as text with a translated one.
// Conventions: CommonMark link destinations (`<…>` and percent-encoding, spec 6.3) and the
// WHATWG URL scheme syntax (`scheme:`); `//host` is a scheme-relative (external) URL.
import path from 'node:path';

/**
 * - `anchor`: `#x`, a fragment of the page the link is on;
 * - `relative`: a file or folder relative to the linking page (`b.md`, `../b/`);
 * - `route`: a root-relative site path (`/de/guides/x/`), served under a locale's route;
 * - `external`: `http(s):` or `//host` URL;
 * - `email`: `mailto:`;
 * - `scheme`: any other scheme (`tel:`, `data:`, `javascript:`);
 * - `empty`: no target at all;
 * - `template`: written with template syntax (Hugo `{{% param url %}}`, `{{< relref "x" >}}`,
 *   Jinja/Liquid `{{ var }}`, `{% tag %}`): the site generator computes it, so no file names it.
 */
export type TargetKind = 'anchor' | 'relative' | 'route' | 'external' | 'email' | 'scheme' | 'empty' | 'template';

export interface ResolvedTarget {
  kind: TargetKind;
  /**
   * The path, percent-decoded; for `relative`, normalized (`./` and `a/../` dropped, a
   * trailing `/` kept: it names a folder). '' for `anchor` and `empty`. For `external`,
   * `email` and `scheme`, the whole URL before its fragment, as written.
   */
  path: string;
  /** `?query` as written ('' when none). */
  query: string;
  /** The fragment, percent-decoded, without `#` ('' when none). */
  fragment: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `%XX` decoded; a malformed escape leaves the text as written (a site would 404 on it too). */
export function decodeTargetPart(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// The openers of Hugo shortcodes (`{{<`, `{{%`), Go/Jinja/Liquid expressions (`{{`) and
// Jinja/Liquid tags (`{%`), as written or percent-encoded (remark encodes `{` nowhere, but
// a writer may): what template-tags.ts masks in prose.
const TEMPLATE_SYNTAX = /\{\{|\{%|%7B%7B|%7B%25/i;

/**
 * True when a link target holds template syntax (`{{% param url %}}/x`, `{{< ref "a.md" >}}`,
 * `/docs/{{ lang }}/`): the generator computes the URL when it builds the site, so reading files
 * cannot tell where it points. Hugo's own `ref`/`relref` fail the build on a missing page by
 * default (`refLinksErrorLevel: ERROR`), so they are the site's to check. One indexOf-like scan.
 */
export function hasTemplateSyntax(written: string): boolean {
  return TEMPLATE_SYNTAX.test(written);
}

/** Classifies and normalizes one link target as written (Markdown destination or HTML attribute). */
export function resolveTarget(written: string): ResolvedTarget {
  let target = written.trim();
  if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1).trim();
  if (target === '') return { kind: 'empty', path: '', query: '', fragment: '' };
  if (hasTemplateSyntax(target)) return { kind: 'template', path: target, query: '', fragment: '' };
  const hash = target.indexOf('#');
  const fragment = hash === -1 ? '' : decodeTargetPart(target.slice(hash + 1));
  const beforeHash = hash === -1 ? target : target.slice(0, hash);
  const scheme = SCHEME.exec(beforeHash)?.[0].toLowerCase();
  if (scheme || beforeHash.startsWith('//')) {
    const kind: TargetKind = scheme === 'mailto:' ? 'email' : scheme === undefined || scheme === 'http:' || scheme === 'https:' ? 'external' : 'scheme';
    return { kind, path: beforeHash, query: '', fragment };
  }
  const q = beforeHash.indexOf('?');
  const rawPath = q === -1 ? beforeHash : beforeHash.slice(0, q);
  const query = q === -1 ? '' : beforeHash.slice(q);
  const decoded = decodeTargetPart(rawPath);
  if (decoded === '') return { kind: 'anchor', path: '', query, fragment };
  if (decoded.startsWith('/')) return { kind: 'route', path: normalizeKeepingSlash(decoded), query, fragment };
  return { kind: 'relative', path: normalizeKeepingSlash(decoded), query, fragment };
}

function normalizeKeepingSlash(p: string): string {
  const folder = p.endsWith('/');
  let normalized = path.posix.normalize(p);
  if (normalized === './' || normalized === '.') return './';
  if (folder && !normalized.endsWith('/')) normalized += '/';
  return normalized;
}

/**
 * The part of a target that must agree between a canonical link (mapped to the locale) and
 * the locale's link: the page for files and routes (the fragment follows translated
 * headings, and link-broken checks it), the whole URL for external links. Same-page
 * anchors all share one key: which heading they point at is translated.
 */
export function targetKey(written: string): string {
  const r = resolveTarget(written);
  switch (r.kind) {
    case 'anchor':
      return '#';
    case 'relative':
    case 'route':
      return `${r.kind}:${r.path}${r.query}`;
    case 'email':
      return `email:${r.path.toLowerCase()}`;
    default:
      return `${r.kind}:${r.path}${r.fragment ? `#${r.fragment}` : ''}`;
  }
}

/** True when a URL token names the locale: its code or its language, any case, `_` or `-` (`en-US`, `en`, `zh_CN`). */
function namesLocale(token: string, code: string): boolean {
  const t = token.toLowerCase().replace(/_/g, '-');
  const c = code.toLowerCase();
  const [language, region] = c.split('-');
  return t === c || t === language || (region !== undefined && t === region) || (t.split('-')[0] === language && /^[a-z]{2,3}-[a-z0-9]{2,8}$/.test(t));
}

// Host labels that name a language by a country or another convention, as localized editions
// of documentation sites write them (`cn.vuejs.org`, `cn.vite.dev` for Chinese; `jp.` for
// Japanese, `kr.` for Korean, `ua.` for Ukrainian). Only these: a label is compared, never guessed.
const HOST_LABELS: Readonly<Record<string, readonly string[]>> = { zh: ['cn', 'zh-cn', 'zh-hans'], ja: ['jp'], ko: ['kr'], uk: ['ua'] };

/** True when a host's first label names the locale: as a path segment would, or by HOST_LABELS. */
function hostLabelNamesLocale(label: string, code: string): boolean {
  const language = code.toLowerCase().split('-')[0];
  return namesLocale(label, code) || (HOST_LABELS[language] ?? []).includes(label.toLowerCase());
}

/** The host without a leading label that names the locale (`cn.vite.dev` -> `vite.dev` for zh-CN or zh-Hans). */
function hostOf(url: string, code: string): { host: string; localized: boolean } {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(url);
  const host = (m?.[1] ?? '').toLowerCase().replace(/^www\./, '');
  const dot = host.indexOf('.');
  if (dot !== -1 && host.indexOf('.', dot + 1) !== -1 && hostLabelNamesLocale(host.slice(0, dot), code)) return { host: host.slice(dot + 1), localized: true };
  return { host, localized: false };
}

/**
 * The page a target names, its query, fragment and trailing `/` aside: two links left
 * unpaired in one aligned section with the same page key are one link whose target changed
 * (`…/guides/astro?utm_source=docs` -> `…/guides/astro`, `…/discussions/` -> `…/discussions`),
 * one finding of link-target rather than a missing and an unexpected link. null for a target
 * that names no page (a same-page anchor, an e-mail address, a template, nothing).
 */
export function samePageKey(written: string): string | null {
  const r = resolveTarget(written);
  if (r.kind !== 'external' && r.kind !== 'relative' && r.kind !== 'route') return null;
  const query = r.path.indexOf('?');
  const page = (query === -1 ? r.path : r.path.slice(0, query)).replace(/\/+$/, '');
  return page ? `${r.kind}:${page}` : null;
}

/** The path of an external URL, a `.html` ending and a trailing `/` aside (`/guide/x.html` = `/guide/x`). */
function pathOfUrl(url: string): string {
  return url.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i, '').replace(/\.html$/i, '').replace(/\/$/, '');
}

/**
 * True when the locale's URL is the page on the localized host of the canonical's: the
 * canonical host's first label names the source locale (`en.wikipedia.org`) and the locale's
 * names the locale (`ru.wikipedia.org`), the rest alike; the path the same or the same but
 * its last segment, which such sites translate (`/wiki/Static_site` -> `/wiki/Статический_сайт`).
 */
function localeLabelSwapped(canonical: string, locale: string, canonicalLocale: string, localeCode: string): boolean {
  const ha = hostOf(canonical, canonicalLocale);
  const hb = hostOf(locale, localeCode);
  if (!ha.localized || !hb.localized || ha.host !== hb.host) return false;
  const [pa, pb] = [pathOfUrl(canonical).split('/'), pathOfUrl(locale).split('/')];
  return pa.length === pb.length && pa.slice(0, -1).join('/') === pb.slice(0, -1).join('/');
}

/**
 * True when the locale's URL is the same page on the site's localized host: the host under
 * a label naming the locale (`vite.dev/guide/build.html` -> `cn.vite.dev/guide/build`), the
 * same path (a `.html` ending and a trailing `/` aside). Fragments follow the localized
 * page's headings and are not compared. A different path is still reported.
 */
export function localizedEditionOf(canonical: string, locale: string, localeCode: string): boolean {
  const a = resolveTarget(canonical);
  const b = resolveTarget(locale);
  if (a.kind !== 'external' || b.kind !== 'external') return false;
  const ha = hostOf(a.path, localeCode);
  const hb = hostOf(b.path, localeCode);
  if (ha.host === '' || ha.host !== hb.host || !hb.localized || ha.localized) return false;
  return pathOfUrl(a.path) === pathOfUrl(b.path);
}

/**
 * True when two external URLs differ only where each names its own locale — a path segment,
 * host label or query value (`developer.mozilla.org/en-US/docs/x` and `…/fr/docs/x`;
 * `…/docs/en/guide` and `…/docs/ja/guide`): the localized edition of the same page, which a
 * translation should link. Fragments are not compared then (they follow the localized
 * page's headings). Linear: one split of each URL.
 */
export function sameUrlButLocale(canonical: string, locale: string, canonicalLocale: string, localeCode: string): boolean {
  const a = resolveTarget(canonical);
  const b = resolveTarget(locale);
  if (a.kind !== 'external' || b.kind !== 'external') return false;
  if (localeLabelSwapped(a.path, b.path, canonicalLocale, localeCode)) return true;
  const ta = a.path.split(/([/?&=.])/);
  const tb = b.path.split(/([/?&=.])/);
  // The same site, the source's locale segment swapped for the locale's (MDN `/en-US/` ->
  // `/fr/`): the site's own localized edition, whose page paths may differ from there on.
  const hostEnd = (t: string[]) => t.indexOf('/', t.indexOf('/', t.indexOf('/') + 1) + 1);
  const ha = hostEnd(ta);
  if (ha > 0 && ha === hostEnd(tb) && ta.slice(0, ha).join('') === tb.slice(0, ha).join('')) {
    for (let i = ha + 1; i < Math.min(ta.length, tb.length); i++) {
      if (ta[i] === tb[i]) continue;
      if (namesLocale(ta[i], canonicalLocale) && namesLocale(tb[i], localeCode)) return true;
      break;
    }
  }
  if (ta.length !== tb.length) return false;
  let localized = false;
  for (let i = 0; i < ta.length; i++) {
    if (ta[i] === tb[i]) continue;
    if (!namesLocale(ta[i], canonicalLocale) || !namesLocale(tb[i], localeCode)) return false;
    localized = true;
  }
  return localized;
}
