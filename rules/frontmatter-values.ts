import type { Fix, FrontmatterEntry, RuleModule } from '../src/types.js';
import { yamlEntryLine } from '../src/edits/yaml-text.js';
import { isDeepStrictEqual } from 'node:util';
import { keyIsListed } from '../src/outline/frontmatter-paths.js';
import { examples } from './docs/frontmatter-values.js';

export const meta: RuleModule['meta'] = {
  id: 'frontmatter-values',
  description: 'A non-translatable front-matter key whose value differs (keys are non-translatable unless listed as translatable).',
  category: 'frontmatter',
  defaultSeverity: 'error',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { ignore: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Keys whose values may differ, besides the config\'s translatable keys (dotted paths name nested keys; a map covers its keys).' } },
  },
  defaults: { ignore: [] },
  messages: {
    valueDiffers: 'Front-matter `{key}` is `{actual}`; expected `{expected}` (as in {canonical} line {canonicalLine}).',
  },
  docs: {
    description: 'Keys such as `ms.date`, `author` or `ms.topic` drive publishing and must keep the canonical value in every locale. Keys listed in `frontmatter.translatable` (title, description by default) may differ.',
    example: '`ms.date: 5/02/2019` in en-US, `ms.date: 4/01/2019` in pt-BR.',
    examples,
  },
};

/**
 * Replaces the locale's value with the canonical's YAML source, when that source reads back
 * as the canonical value (see yamlEntryLine) and the locale's value sits right after
 * `key: ` on its line: then no tag, anchor, quoted key or comment is in the way. An empty
 * value is filled only right after `key:` at the end of its line.
 */
function copyValueFix(canonical: FrontmatterEntry, locale: FrontmatterEntry): Fix | undefined {
  if (yamlEntryLine(canonical.key, canonical.raw, canonical.value) === null || canonical.raw === '') return undefined;
  const { start, end } = locale.valueSpan;
  const keyStart = locale.span.start.offset;
  // A nested key is written by its last part (`order:` under `sidebar:`).
  const nameLength = locale.parent === undefined ? locale.key.length : locale.key.length - locale.parent.length - 1;
  if (start.line !== end.line || start.line !== locale.span.start.line) return undefined;
  if (locale.raw === '') return start.offset === keyStart + nameLength + 1 ? { range: [start.offset, start.offset], text: ` ${canonical.raw}` } : undefined;
  return start.offset === keyStart + nameLength + 2 ? { range: [start.offset, end.offset], text: canonical.raw } : undefined;
}

export const check: RuleModule<{ ignore: string[] }>['check'] = (ctx) => {
  const free = [...ctx.settings.translatableKeys, ...ctx.options.ignore];
  const toml = ctx.locale.frontmatter?.format === 'toml' || ctx.canonical.frontmatter?.format === 'toml';
  for (const { canonical, locale } of ctx.alignment.frontmatter.matched) {
    if (keyIsListed(canonical.key, free) || isDeepStrictEqual(canonical.value, locale.value)) continue;
    // Two maps are compared key by key (their keys are entries of their own).
    if (canonical.branch && locale.branch) continue;
    const expected = canonical.raw || JSON.stringify(canonical.value);
    // The fix writes YAML; TOML values are reported, not rewritten.
    const fix = toml ? undefined : copyValueFix(canonical, locale);
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
