import type { RuleModule } from '../src/types.js';
import { isDeepStrictEqual } from 'node:util';

export const meta: RuleModule['meta'] = {
  id: 'frontmatter-values',
  description: 'A non-translatable front-matter key whose value differs (keys are non-translatable unless listed as translatable).',
  category: 'frontmatter',
  defaultSeverity: 'error',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { ignore: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Keys whose values may differ, besides the config\'s translatable keys.' } },
  },
  defaults: { ignore: [] },
  messages: {
    valueDiffers: 'Front-matter `{key}` is `{actual}`; expected `{expected}` (as in {canonical} line {canonicalLine}).',
  },
  docs: {
    description: 'Keys such as `ms.date`, `author` or `ms.topic` drive publishing and must keep the canonical value in every locale. Keys listed in `frontmatter.translatable` (title, description by default) may differ.',
    example: '`ms.date: 5/02/2019` in en-US, `ms.date: 4/01/2019` in pt-BR.',
  },
};

export const check: RuleModule<{ ignore: string[] }>['check'] = (ctx) => {
  const free = new Set([...ctx.settings.translatableKeys, ...ctx.options.ignore]);
  for (const { canonical, locale } of ctx.alignment.frontmatter.matched) {
    if (free.has(canonical.key) || isDeepStrictEqual(canonical.value, locale.value)) continue;
    const expected = canonical.raw || JSON.stringify(canonical.value);
    // Only scalar values written on one line are replaced: the text to write is certain.
    const fix = typeof canonical.value !== 'object' && locale.valueSpan.start.line === locale.valueSpan.end.line && !canonical.raw.includes('\n')
      ? { range: [locale.valueSpan.start.offset, locale.valueSpan.end.offset] as [number, number], text: canonical.raw }
      : undefined;
    ctx.report({
      messageId: 'valueDiffers',
      data: { key: canonical.key, actual: locale.raw || JSON.stringify(locale.value), expected },
      at: locale.span,
      related: { span: canonical.span },
      expected,
      actual: locale.raw,
      key: `fm:${canonical.key}`,
      ...(fix ? { fix } : {}),
    });
  }
};

export default { meta, check } satisfies RuleModule;
