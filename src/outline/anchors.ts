// The anchors a page offers other links: its headings' slugs (by the site's slugger), its
// explicit heading IDs (`## Title {#id}`) and HTML `id` / `<a name>` attributes.
import type { Outline, SluggerName } from '../types.js';
import { withoutAttributeList } from './template-tags.js';

// VitePress's default `markdown.slugify` (@mdit-vue/shared `slugify`): NFKD, drop
// combining marks and control characters, runs of specials to `-`, a leading digit gets `_`.
const VP_CONTROL = /[\u0000-\u001f]/g;
const VP_SPECIAL = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g;
const COMBINING = /[\u0300-\u036f]/g;
export function vitepressSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(VP_CONTROL, '')
    .replace(VP_SPECIAL, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase();
}

// Python-Markdown's `toc` extension `slugify` (MkDocs' default): NFKD to ASCII, drop what is
// not a word character, space or hyphen, lowercase, runs of spaces and hyphens to `-`.
function mkdocsSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/**
 * In a page's anchor set, this entry says the page may hold any anchor: it has include
 * directives (`outline.includes`) whose content, and headings, the served page gains. No
 * fragment decodes to it (it starts with U+0000).
 */
export const ANY_ANCHOR = '\u0000any';

/** Every anchor of a page. `github` uses the outline's own slugs (github-slugger, duplicates numbered `-1`, `-2`). With includes, also ANY_ANCHOR. */
export function anchorsOf(outline: Pick<Outline, 'headings' | 'htmlAnchors' | 'includes'>, slugger: SluggerName = 'github'): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const h of outline.headings) {
    if (h.id !== undefined) anchors.add(h.id);
    if (slugger === 'github') {
      anchors.add(h.slug);
      continue;
    }
    // VitePress (markdown-it-attrs) and MkDocs (attr_list) drop a trailing `{.class}` before slugging, as Goldmark does.
    const text = withoutAttributeList(h.text);
    const base = slugger === 'vitepress' ? vitepressSlug(text) : mkdocsSlug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}${slugger === 'mkdocs' ? '_' : '-'}${n}`);
  }
  for (const id of outline.htmlAnchors ?? []) anchors.add(id);
  if (outline.includes?.length) anchors.add(ANY_ANCHOR);
  return anchors;
}
