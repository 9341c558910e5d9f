import type { Aligned, Fix, FrontmatterEntry, FrontmatterOutline, Outline, RuleModule } from '../src/types.js';
import { yamlEntryLine } from '../src/edits/yaml-text.js';
import { fileLineBreak } from '../src/edits/line-breaks.js';
import { keyIsListed } from '../src/outline/frontmatter-paths.js';
import { examples } from './docs/frontmatter-keys.js';

export const meta: RuleModule['meta'] = {
  id: 'frontmatter-keys',
  description: 'Front-matter keys missing or added relative to the canonical; invalid YAML.',
  category: 'frontmatter',
  defaultSeverity: 'error',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { ignore: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Keys that may be added or left out (dotted paths name nested keys; a map covers its keys).' } },
  },
  defaults: { ignore: [] },
  messages: {
    missingKey: 'Front-matter key `{key}` is missing; {canonical} has `{key}: {value}` (line {canonicalLine}).',
    extraKey: 'Front-matter key `{key}` is not in {canonical}.',
    missingFrontmatter: 'Front matter is missing; {canonical} has {count} keys (line {canonicalLine}).',
    invalidYaml: 'Front matter is not valid YAML: {reason}.',
  },
  docs: {
    description: 'Every locale keeps the canonical front-matter keys (YAML or TOML; nested keys by dotted path, `sidebar.order`): publishing systems read them. A key left out or added is drift; front matter that is not valid YAML or TOML is reported here too (source files included). Keys in `frontmatter.localeOnly` (the pin key, a preset\'s `default_lang_commit`) are carried by translations only and never extra.',
    example: '`ms.topic: playbook` is in en-US and missing in ja-JP.',
    examples,
  },
};

/**
 * Adds `key: value` as a line of its own at column 1, so it is a new top-level key whatever
 * the entry before it is (a trailing comment, a block scalar, a nested map): before the
 * line of the locale key that follows it in the canonical order, else before the closing
 * `---`. Keys keep the canonical order, which is how they are aligned. A key the locale has
 * elsewhere (reordered) is never added twice; flow-style front matter and files that mix
 * line breaks get no fix.
 */
function addKeyFix(entry: FrontmatterEntry, canonical: readonly FrontmatterEntry[], aligned: Aligned<FrontmatterEntry>, frontmatter: FrontmatterOutline, locale: Pick<Outline, 'lineEnding'>): Fix | undefined {
  const line = yamlEntryLine(entry.key, entry.raw, entry.value);
  const lineBreak = fileLineBreak(locale);
  if (line === null || lineBreak === null || entry.parent !== undefined || frontmatter.format === 'toml') return undefined;
  if (frontmatter.entries.some((e) => e.key === entry.key || (e.parent === undefined && e.span.start.column !== 1))) return undefined;
  const position = canonical.indexOf(entry);
  const next = aligned.matched.find((m) => m.canonical.parent === undefined && canonical.indexOf(m.canonical) > position)?.locale.span.start ?? frontmatter.span.end;
  const lineStart = next.offset - (next.column - 1);
  return { range: [lineStart, lineStart], text: `${line}${lineBreak}` };
}

export const check: RuleModule<{ ignore: string[] }>['check'] = (ctx) => {
  const { canonical, locale, alignment, options, settings } = ctx;
  if (locale.frontmatter?.error) {
    ctx.report({ messageId: 'invalidYaml', data: { reason: locale.frontmatter.error.message }, at: locale.frontmatter.error.span, key: 'yaml' });
    return;
  }
  if (canonical.frontmatter?.error && ctx.canonicalInfo.mode === 'source') {
    ctx.report({ messageId: 'invalidYaml', data: { reason: canonical.frontmatter.error.message }, at: canonical.frontmatter.error.span, key: 'yaml', onCanonical: true });
    return;
  }
  if (!canonical.frontmatter || canonical.frontmatter.error) return;
  if (!locale.frontmatter) {
    ctx.report({ messageId: 'missingFrontmatter', data: { count: canonical.frontmatter.entries.length }, at: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, related: { span: canonical.frontmatter.span }, key: 'frontmatter' });
    return;
  }
  const ignored = options.ignore;
  const localeOnly = settings.localeOnlyKeys ?? [];
  // One cause, one finding: a missing or added map is reported, not each key under it.
  const missing = new Set(alignment.frontmatter.canonicalOnly.map((e) => e.key));
  const reported = new Set<string>();
  for (const entry of alignment.frontmatter.canonicalOnly) {
    if (keyIsListed(entry.key, ignored) || (entry.parent !== undefined && missing.has(entry.parent))) continue;
    // A non-translatable key's value is certain: the fix copies it from the canonical.
    const fix = keyIsListed(entry.key, settings.translatableKeys) ? undefined : addKeyFix(entry, canonical.frontmatter.entries, alignment.frontmatter, locale.frontmatter, locale);
    ctx.report({
      messageId: 'missingKey',
      data: { key: entry.key, value: entry.raw },
      at: locale.frontmatter.span,
      related: { span: entry.span },
      expected: entry.key,
      key: `fm-key:${entry.key}`,
      ...(fix ? { fix } : {}),
    });
  }
  for (const entry of alignment.frontmatter.localeOnly) {
    if (keyIsListed(entry.key, ignored) || keyIsListed(entry.key, localeOnly) || (entry.parent !== undefined && reported.has(entry.parent))) continue;
    // A map that holds a locale-only key (`l10n` of `l10n.sourceCommit`): its other keys are reported one by one.
    if (entry.branch && localeOnly.some((k) => k.startsWith(`${entry.key}.`))) continue;
    reported.add(entry.key);
    ctx.report({ messageId: 'extraKey', data: { key: entry.key }, at: entry.span, actual: entry.key, key: `fm-extra:${entry.key}` });
  }
};

export default { meta, check } satisfies RuleModule;
