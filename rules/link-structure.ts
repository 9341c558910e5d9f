import type { RuleModule } from '../src/types.js';
import { sectionInsertionPoint } from '../src/align/insertion.js';
import { localizedEditionOf, sameUrlButLocale } from '../src/align/resolve-target.js';
import { examples } from './docs/link-structure.js';

export const meta: RuleModule['meta'] = {
  id: 'link-structure',
  description: 'Links missing or added relative to the canonical, per section.',
  category: 'links',
  defaultSeverity: 'error',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { images: { type: 'boolean', description: 'Also compare images (default true).' } },
  },
  defaults: { images: true },
  messages: {
    missing: 'Missing a link to `{expected}` in this section: {canonical} links `{text}` to `{target}` (line {canonicalLine}).',
    extra: 'Unexpected link to `{target}`: {canonical} has no such link in this section.',
  },
  docs: {
    description: 'Links are aligned by their target mapped to the locale, section by section (never by their translated text). A link the translation dropped or added is drift.',
    example: 'en-US lists six L2 links under `# L1 - Blocked`; es-ES lists five.',
    examples,
  },
};

export const check: RuleModule<{ images: boolean }>['check'] = (ctx) => {
  const { alignment, locale, mapper, options } = ctx;
  // The site's localized edition of an external page (MDN /en-US/ -> /zh-CN/, vite.dev ->
  // cn.vite.dev) is the same link, wherever it sits: neither missing nor extra.
  const localized = new Set<object>();
  for (const link of alignment.links.canonicalOnly) {
    const edition = alignment.links.localeOnly.find(
      (l) => !localized.has(l) && l.kind === link.kind && (sameUrlButLocale(link.target, l.target, ctx.sourceLocale, ctx.localeCode) || localizedEditionOf(link.target, l.target, ctx.localeCode)),
    );
    if (edition) localized.add(edition).add(link);
  }
  for (const link of alignment.links.canonicalOnly) {
    if (localized.has(link)) continue;
    if (link.kind === 'image' && !options.images) continue;
    ctx.report({
      messageId: 'missing',
      data: { expected: mapper.toLocale(link.target), text: link.text, target: link.target },
      at: sectionInsertionPoint(link.section, alignment, locale),
      related: { span: link.span },
      expected: mapper.toLocale(link.target),
      key: `link:${link.index}`,
    });
  }
  for (const link of alignment.links.localeOnly) {
    if (localized.has(link)) continue;
    if (link.kind === 'image' && !options.images) continue;
    ctx.report({ messageId: 'extra', data: { target: link.target }, at: link.span, actual: link.target, key: `extra-link:${mapper.toNeutral(link.target)}` });
  }
};

export default { meta, check } satisfies RuleModule;
