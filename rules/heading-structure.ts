import type { RuleModule } from '../src/types.js';
import { headingInsertionPoint } from '../src/align/insertion.js';

export const meta: RuleModule['meta'] = {
  id: 'heading-structure',
  description: 'Headings missing, added, reordered or at another depth.',
  category: 'headings',
  defaultSeverity: 'error',
  fixable: false,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    missing: 'Missing a level-{depth} heading here: {canonical} has `{text}` (line {canonicalLine}).',
    extra: 'Unexpected level-{depth} heading `{text}`: {canonical} has no heading here.',
    depth: 'Heading `{text}` is level {actual}; expected level {expected} (as in {canonical} line {canonicalLine}).',
    moved: 'Heading `{text}` is out of order: in {canonical} it comes at line {canonicalLine}, as heading {expected}.',
  },
  docs: {
    description: 'Headings are aligned by their depth sequence and by the links under them (never by their translated text); a heading the locale lacks, adds, moves or nests differently is drift.',
    example: 'en-US has `## Refresh summary` at the end; ja-JP has none, or has it as `#`.',
  },
};

export const check: RuleModule['check'] = (ctx) => {
  const { alignment, locale } = ctx;
  for (const heading of alignment.headings.canonicalOnly) {
    ctx.report({
      messageId: 'missing',
      data: { depth: heading.depth, text: heading.text },
      at: headingInsertionPoint(heading, alignment, locale),
      related: { span: heading.span },
      expected: '#'.repeat(heading.depth) + ' ' + heading.text,
      key: `heading:${heading.index}`,
    });
  }
  for (const heading of alignment.headings.localeOnly) {
    ctx.report({ messageId: 'extra', data: { depth: heading.depth, text: heading.text }, at: heading.span, actual: heading.text, key: `extra-heading:${heading.depth}:${heading.index}` });
  }
  for (const { canonical, locale: found } of alignment.headings.matched) {
    if (canonical.depth === found.depth) continue;
    ctx.report({
      messageId: 'depth',
      data: { text: found.text, actual: found.depth, expected: canonical.depth },
      at: found.span,
      related: { span: canonical.span },
      expected: String(canonical.depth),
      actual: String(found.depth),
      key: `heading-depth:${canonical.index}`,
    });
  }
  for (const { canonical, locale: found } of alignment.movedHeadings) {
    ctx.report({ messageId: 'moved', data: { text: found.text, expected: canonical.index + 1 }, at: found.span, related: { span: canonical.span }, key: `heading-moved:${canonical.index}` });
  }
};

export default { meta, check } satisfies RuleModule;
