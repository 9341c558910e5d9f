import type { InvisibleChar, RuleModule } from '../src/types.js';
import { describeCodePoint } from '../src/outline/invisibles.js';

export const meta: RuleModule['meta'] = {
  id: 'invisible-chars',
  description: 'Zero-width, bidi-control and other invisible characters.',
  category: 'content',
  defaultSeverity: 'warn',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allow: { type: 'array', items: { type: 'string', pattern: '^U\\+[0-9A-Fa-f]{4,6}$' }, uniqueItems: true, description: 'Code points allowed, e.g. ["U+200D"] for emoji sequences.' },
    },
  },
  defaults: { allow: [] },
  messages: {
    invisible: 'Invisible character {name}; remove it (it breaks search, anchors and links).',
  },
  docs: {
    description: 'Zero-width spaces, joiners, bidi controls and other invisible characters slip in through copy and paste and translation tools; they break anchors, links and search. Source and locale files are both checked; a byte order mark at the start of a file is not a finding.',
    example: '`Bloqueado\\u200B` in a heading, whose anchor then never matches.',
  },
};

export const check: RuleModule<{ allow: string[] }>['check'] = (ctx) => {
  const allowed = new Set(ctx.options.allow.map((u) => parseInt(u.slice(2), 16)));
  const reportAll = (found: readonly InvisibleChar[], onCanonical: boolean) => {
    const seen = new Map<number, number>();
    for (const ch of found) {
      if (allowed.has(ch.codePoint)) continue;
      const occurrence = (seen.get(ch.codePoint) ?? 0) + 1;
      seen.set(ch.codePoint, occurrence);
      ctx.report({
        messageId: 'invisible',
        data: { name: describeCodePoint(ch.codePoint, ch.name) },
        at: ch.span,
        actual: describeCodePoint(ch.codePoint, ch.name),
        key: `invisible:${ch.codePoint}:${occurrence}`,
        fix: { range: [ch.span.start.offset, ch.span.end.offset], text: '' },
        ...(onCanonical ? { onCanonical: true } : {}),
      });
    }
  };
  reportAll(ctx.locale.invisibles, false);
  // A source file's own characters are reported once, on the source file itself.
  if (ctx.canonicalInfo.mode === 'source') reportAll(ctx.canonical.invisibles, true);
};

export default { meta, check } satisfies RuleModule;
