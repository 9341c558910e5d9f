import type { RuleModule } from '../src/types.js';
import { resolveLink } from '../src/align/target-mapper.js';

export const meta: RuleModule['meta'] = {
  id: 'link-broken',
  description: 'A relative link whose target file (or heading anchor) does not exist.',
  category: 'links',
  defaultSeverity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { anchors: { type: 'boolean', description: 'Also check `#anchor`s against the target file\'s headings (default true).' } },
  },
  defaults: { anchors: true },
  messages: {
    missingFile: 'Link target `{target}` does not exist (looked for `{resolved}`).',
    missingAnchor: 'Anchor `#{anchor}` does not exist in `{file}`.',
  },
  docs: {
    description: 'Relative links are resolved from the linking file; the target must be a file of the content set and, for `page.md#anchor`, the anchor must be the slug of one of its headings. External URLs are not fetched.',
    example: '`[Setup](setup-de.md)` in de-DE when `setup-de.md` was never translated.',
  },
};

export const check: RuleModule<{ anchors: boolean }>['check'] = (ctx) => {
  const files = ctx.settings.localeFiles;
  const anchors = ctx.settings.anchors as ReadonlyMap<string, ReadonlySet<string>> | undefined;
  for (const link of ctx.locale.links) {
    const resolved = resolveLink(ctx.file, link.target);
    if (!resolved) continue;
    if (resolved.hasPath && !files.has(resolved.file)) {
      ctx.report({ messageId: 'missingFile', data: { target: link.target, resolved: resolved.file }, at: link.targetSpan ?? link.span, actual: link.target, key: `broken:${link.target}` });
      continue;
    }
    if (!ctx.options.anchors || !resolved.anchor) continue;
    const known = anchors?.get(resolved.file);
    if (known && !known.has(resolved.anchor)) {
      ctx.report({ messageId: 'missingAnchor', data: { anchor: resolved.anchor, file: resolved.file }, at: link.targetSpan ?? link.span, actual: link.target, key: `anchor:${link.target}` });
    }
  }
};

export default { meta, check } satisfies RuleModule;
