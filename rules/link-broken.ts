import type { LinkEl, RuleModule, Translation } from '../src/types.js';
import { resolveTarget, targetKey } from '../src/align/resolve-target.js';
import { isSnippetFile, locateTarget } from '../src/align/site-files.js';
import { ANY_ANCHOR } from '../src/outline/anchors.js';
import { examples } from './docs/link-broken.js';

export const meta: RuleModule['meta'] = {
  id: 'link-broken',
  description: 'A relative link or route whose target page (or anchor) does not exist, as the site resolves it.',
  category: 'links',
  defaultSeverity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { anchors: { type: 'boolean', description: 'Also check `#anchor`s against the target page\'s anchors (default true).' } },
  },
  defaults: { anchors: true },
  messages: {
    missingFile: 'Link target `{target}` does not exist (looked for `{resolved}`).',
    missingAnchor: 'Anchor `#{anchor}` does not exist in `{file}`.',
    notTranslated: 'Link target `{target}` is not translated: `{resolved}` does not exist, only the {canonical} page `{sourceFile}` does.',
    idChanged: 'Heading ID `{actual}` differs from the {canonical} heading\'s `{expected}` (line {canonicalLine}): links to `#{id}` from other pages break; keep `{expected}`.',
    idDropped: 'Heading has no explicit ID; the {canonical} heading has `{expected}` (line {canonicalLine}): links to `#{id}` from other pages break.',
    missingInSource: 'Link target `{target}` does not exist (looked for `{resolved}`); {inherited}.',
  },
  docs: {
    description: 'Relative links are resolved from the linking file (on a site with `route`, a link without `.md` from the page\'s URL); folders and pretty URLs are served from `b.md`, `b.mdx`, `b/index.md(x)` or `b/_index.md`; routes resolve to files under the locale\'s dir; paths outside every content dir are looked up as they are. A page the locale lacks but the source has is "not translated". Anchors are heading slugs (the set\'s `slugger`), explicit heading IDs `{#id}` and HTML `id`/`name` attributes; a same-page `#anchor` is checked in its own page. A link broken in the source is reported once, on the source. External URLs are not fetched.',
    example: '`[Setup](setup-de.md)` in de-DE when `setup-de.md` was never translated.',
    examples,
  },
};

export const check: RuleModule<{ anchors: boolean }>['check'] = (ctx) => {
  const { site, anchors, activeRules: active } = ctx.settings;
  if (!site) return;
  const skip = new Set<LinkEl>();
  const fromSource = ctx.canonicalInfo.mode === 'source';
  const translations = ctx.settings.translations ?? [];
  for (const { canonical, locale } of ctx.alignment.links.matched) {
    const sameAsCanonical = targetKey(ctx.mapper.toLocale(canonical.target)) === targetKey(locale.target);
    // One cause, one finding: a link that also has the wrong target is link-target's.
    if (!sameAsCanonical && active?.has('link-target') && resolveTarget(canonical.target).kind !== 'anchor') skip.add(locale);
    // The locale's copy of a link broken in the source: the source finding covers it.
    else if (sameAsCanonical && fromSource && locateTarget(ctx.canonicalInfo.file, canonical.target, site).state === 'missing') skip.add(locale);
  }
  if (fromSource) {
    const seen = new Set<string>();
    for (const link of ctx.canonical.links) {
      if (resolvedOnIncludingPage(ctx.canonicalInfo.file, link.target)) continue;
      const found = locateTarget(ctx.canonicalInfo.file, link.target, site);
      const once = `${link.span.start.line}\u0000${targetKey(link.target)}`;
      if (found.state !== 'missing' || seen.has(once)) continue;
      seen.add(once);
      ctx.report({ messageId: 'missingInSource', data: { target: link.target, resolved: found.looked, inherited: inheritedBy(link.target, translations) }, at: link.targetSpan ?? link.span, actual: link.target, key: `source-broken:${link.target}`, onCanonical: true });
    }
  }
  // An explicit heading ID is the page's public anchor: a translation must keep it.
  for (const { canonical, locale } of ctx.alignment.headings.matched) {
    if (canonical.id === undefined || canonical.id === locale.id) continue;
    const actual = locale.id === undefined ? '' : `{#${locale.id}}`;
    ctx.report({ messageId: locale.id === undefined ? 'idDropped' : 'idChanged', data: { actual, expected: `{#${canonical.id}}`, id: canonical.id }, at: locale.span, related: { span: canonical.span }, expected: `{#${canonical.id}}`, actual, key: `heading-id:${canonical.id}` });
  }
  const seen = new Set<string>();
  const pageReported = new Set<string>();
  for (const link of ctx.locale.links) {
    // An image inside a link to the same file is one link to the reader; two anchors on one
    // line are two links, but one missing page behind them is one finding.
    const oncePage = `${link.span.start.line}\u0000${targetKey(link.target)}`;
    const once = `${oncePage}#${resolveTarget(link.target).fragment}`;
    if (skip.has(link) || seen.has(once) || resolvedOnIncludingPage(ctx.file, link.target)) continue;
    seen.add(once);
    const at = link.targetSpan ?? link.span;
    const resolved = resolveTarget(link.target);
    let page: string | null = null;
    if (resolved.kind === 'anchor') page = ctx.file;
    else {
      const found = locateTarget(ctx.file, link.target, site);
      if ((found.state === 'missing' || found.state === 'untranslated') && pageReported.has(oncePage)) continue;
      if (found.state === 'missing' || found.state === 'untranslated') pageReported.add(oncePage);
      if (found.state === 'missing') {
        ctx.report({ messageId: 'missingFile', data: { target: link.target, resolved: found.looked }, at, actual: link.target, key: `broken:${link.target}` });
        continue;
      }
      if (found.state === 'untranslated') {
        // A site with routes serves the source's page there (Starlight, Docusaurus fall back): a note, not a broken link.
        ctx.report({ messageId: 'notTranslated', data: { target: link.target, resolved: found.looked, sourceFile: found.sourceFile }, at, actual: link.target, key: `untranslated:${link.target}`, ...(site.routing ? { severity: 'info' as const } : {}) });
        continue;
      }
      if (found.state === 'exists') page = found.file;
    }
    if (!ctx.options.anchors || !resolved.fragment || page === null) continue;
    const known = anchors?.get(page);
    // ANY_ANCHOR: the page includes content the linter does not expand, which may hold the anchor.
    if (known && !known.has(ANY_ANCHOR) && !known.has(resolved.fragment)) {
      ctx.report({ messageId: 'missingAnchor', data: { anchor: resolved.fragment, file: page }, at, actual: link.target, key: `anchor:${link.target}` });
    }
  }
};

/** A relative link or same-page anchor in a snippet file: it resolves on the page that includes the snippet, unknown here. */
function resolvedOnIncludingPage(file: string, target: string): boolean {
  if (!isSnippetFile(file)) return false;
  const kind = resolveTarget(target).kind;
  return kind === 'relative' || kind === 'anchor';
}

/** Which translations copy a link broken in the source (the same target, mapped): said once, on the source finding. */
function inheritedBy(target: string, translations: readonly Translation[]): string {
  const locales = translations.filter((t) => t.outline.links.some((l) => targetKey(l.target) === targetKey(t.mapper.toLocale(target)))).map((t) => t.locale);
  if (locales.length === 0) return 'no translation copies it';
  return `${locales.length} ${locales.length === 1 ? 'translation copies' : 'translations copy'} it (${locales.join(', ')}), not reported again there`;
}

export default { meta, check } satisfies RuleModule;
