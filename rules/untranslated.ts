import type { BlockEl, Matched, RuleModule } from '../src/types.js';
import { blockProse, localeScript, looksLikeName, normalizedBlockProse, normalizedProse, proseSimilarity, proseWeight, translatableProse } from '../src/outline/prose.js';
import { countBelow } from '../src/align/sequence.js';
import { details, examples } from './docs/untranslated.js';

interface Options {
  minLength: number;
  allow: string[];
}

// Near-identical: a typo fixed or a word changed in ten is still the source text.
const SAME_TEXT_SIMILARITY = 0.9;
// A file is reported as a whole when at least this many of its prose blocks are untranslated.
const WHOLE_FILE_SHARE = 0.8;
const WHOLE_FILE_MIN_BLOCKS = 3;

// A block of at most this many links and nothing else is a list of titles (see isLinkTitle).
const MAX_TITLE_LINKS = 20;

const WHAT: Record<BlockEl['kind'], string> = { paragraph: 'paragraph', listItem: 'list item', tableCell: 'table cell', heading: 'heading' };

export const meta: RuleModule['meta'] = {
  id: 'untranslated',
  description: 'A locale file, or a block of it, left in the source language.',
  category: 'content',
  defaultSeverity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minLength: { type: 'integer', minimum: 1, description: 'Blocks with fewer characters of prose (after code, HTML and comments, JSX, shortcodes, type signatures, URLs, numbers, IDs and allowed terms are removed; a Han, kana or Hangul character counts as 3) are not checked (default 40).' },
      allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Terms and phrases kept in the source language on purpose (product names, legal notices); removed before comparing.' },
    },
  },
  defaults: { minLength: 40, allow: [] },
  messages: {
    sameText: 'Untranslated {what}: the text is the same as in {canonical} (line {canonicalLine}).',
    noScript: 'Untranslated {what}: {length} characters of text without any {script} character.',
    file: 'The file is untranslated: {count} of {total} blocks of prose are still in the source language.',
  },
  docs: {
    description: 'Each aligned block whose prose is the canonical text (the same words, or all but about one in ten, once spacing, punctuation and case are ignored) is untranslated; so is a block of a ja-JP, zh-CN, ko-KR, ru-RU (…) file without a single character of that script. Only prose counts: code, HTML (an HTML comment appended to an English paragraph does not hide it), JSX and ESM, shortcodes, directives, type signatures, URLs, numbers, IDs, terms in `allow`, names (every word capitalized), a block that is only a link\'s title (a list of resources), a block that also holds the locale\'s script (a translation beside a kept error message) and blocks shorter than `minLength` (a CJK character counting as 3) are never findings. When most of a file is untranslated, one finding covers the file. In consensus mode there is no source text, so only the script signal is used; a locale in the source\'s language (en-GB from en-US) is not checked.',
    example: 'A ja-JP page whose second paragraph is still "The customer could not be reached to confirm their intent."',
    details,
    examples,
  },
};

const language = (locale: string) => locale.split('-')[0].toLowerCase();

export const check: RuleModule<Options>['check'] = (ctx) => {
  // A block that is only the title of a linked article or page (a list of resources) keeps that title.
  const linkTexts = new Set(ctx.locale.links.map((l) => normalizedProse(l.text)).filter((t) => t !== ''));
  // So is a block made only of links (`[artifact-a](…), [artifact-b](…)`): nothing but titles once their texts are taken out.
  const links = [...ctx.locale.links].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const linkStarts = links.map((l) => l.span.start.offset);
  const onlyLinkTitles = (block: BlockEl, prose: string) => {
    let rest = ` ${normalizedProse(prose)} `;
    const first = countBelow(linkStarts, block.span.start.offset);
    // Bounded, so the scan stays linear: a block of more links than this is checked as prose.
    if (first + MAX_TITLE_LINKS < links.length && links[first + MAX_TITLE_LINKS].span.start.offset < block.span.end.offset) return false;
    for (let k = first; k < links.length && links[k].span.start.offset < block.span.end.offset; k++) {
      const text = normalizedProse(translatableProse(links[k].text, [], ctx.options.allow));
      if (text !== '') rest = rest.replace(` ${text} `, ' ');
    }
    return !/\p{L}/u.test(rest);
  };
  const isLinkTitle = (block: BlockEl, prose: string) => block.kind !== 'heading' && (linkTexts.has(normalizedProse(prose)) || onlyLinkTitles(block, prose));
  // en-GB from en-US is an adaptation, not a translation: the same text is expected.
  if (language(ctx.localeCode) === language(ctx.sourceLocale)) return;
  const { minLength, allow } = ctx.options;
  const script = localeScript(ctx.localeCode);
  // A consensus canonical (or a snapshot of one) is itself a translation: no source text to compare with.
  const compareText = ctx.canonicalInfo.mode !== 'consensus' && ctx.sourceLocale !== 'consensus';
  const found: Array<Matched<BlockEl> & { messageId: 'sameText' | 'noScript'; length: number }> = [];
  let prose = 0;
  for (const m of ctx.alignment.blocks.matched) {
    // Prose only (decided in the outline): code, HTML and comments, JSX, shortcodes, type signatures are not.
    const text = translatableProse(m.locale.prose ?? m.locale.text, m.locale.inlineCode, allow);
    if (proseWeight(text) < minLength || looksLikeName(text) || isLinkTitle(m.locale, text)) continue;
    prose++;
    // The canonical block is the same object for every locale of the page: its prose is worked out once.
    const source = blockProse(m.canonical, allow);
    // Text with characters of the locale's script (a translation beside the kept English) is translated.
    const localeScriptUsed = script !== null && script.pattern.test(text) && !script.pattern.test(source);
    if (compareText && !localeScriptUsed && proseSimilarity(normalizedBlockProse(m.canonical, allow), normalizedProse(text)) >= SAME_TEXT_SIMILARITY) found.push({ ...m, messageId: 'sameText', length: text.length });
    else if (script && !script.pattern.test(text) && !script.pattern.test(source)) found.push({ ...m, messageId: 'noScript', length: text.length });
  }
  if (found.length >= WHOLE_FILE_MIN_BLOCKS && found.length >= prose * WHOLE_FILE_SHARE) {
    ctx.report({ messageId: 'file', data: { count: found.length, total: prose }, key: 'file' });
    return;
  }
  for (const f of found) {
    ctx.report({
      messageId: f.messageId,
      data: { what: WHAT[f.locale.kind], length: f.length, script: script?.name ?? '' },
      at: f.locale.span,
      related: { span: f.canonical.span },
      key: `block:${f.canonical.index}`,
    });
  }
};

export default { meta, check } satisfies RuleModule;
