import type { Outline, ReportDescriptor, RuleModule } from '../src/types.js';
import { describeCodePoint } from '../src/outline/invisibles.js';
import { examples } from './docs/invisible-chars.js';

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
      allow: { type: 'array', items: { type: 'string', pattern: '^U\\+[0-9A-Fa-f]{4,6}$' }, uniqueItems: true, description: 'Code points allowed everywhere, e.g. ["U+200C"] for Persian text.' },
      checkCode: { type: 'boolean', description: 'Also report characters inside inline code and code blocks (default false: code shows what it shows).' },
    },
  },
  defaults: { allow: [], checkCode: false },
  messages: {
    invisible: 'Invisible character {name}; remove it (it breaks search, anchors and links).',
  },
  docs: {
    description: 'Zero-width spaces, joiners, bidi controls and other invisible characters slip in through copy and paste and translation tools; they break anchors, links and search. Source and locale files are both checked, and so is every other discovered file (orphans, competing duplicates); a byte order mark at the start of a file, a zero width joiner inside an emoji sequence (🙅🏻‍♀️) and, unless `checkCode` is on, characters inside code are not findings.',
    example: '`Bloqueado\\u200B` in a heading, whose anchor then never matches.',
    examples,
  },
};

// What --fix removes. Zero-width spaces and word joiners never change what a reader sees.
// Joiners shape emoji sequences and Arabic and Indic text, bidi controls order right-to-left
// text: they are removed only from a file with no such text. Soft hyphens, fillers and the
// other characters can carry meaning (hyphenation, Hangul, Mongolian) and are only reported.
const ALWAYS_REMOVABLE = new Set([0x200b, 0x2060, 0xfeff]);
const JOINERS = new Set([0x200c, 0x200d]);
const BIDI_CONTROLS = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const JOINING_TEXT = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const RIGHT_TO_LEFT_TEXT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** Which invisible characters a fix may remove from this file, judged by the text it holds. */
function removableIn(outline: Readonly<Outline>): (codePoint: number) => boolean {
  const text = [...outline.blocks.map((b) => b.text), ...(outline.frontmatter?.entries.map((e) => e.raw) ?? [])];
  const hasJoiningText = text.some((t) => JOINING_TEXT.test(t));
  const hasRightToLeftText = text.some((t) => RIGHT_TO_LEFT_TEXT.test(t));
  return (codePoint) => ALWAYS_REMOVABLE.has(codePoint) || (JOINERS.has(codePoint) && !hasJoiningText) || (BIDI_CONTROLS.has(codePoint) && !hasRightToLeftText);
}

interface Options {
  allow: string[];
  checkCode: boolean;
}

type Report = (descriptor: ReportDescriptor) => void;

/** Reports the stray invisible characters of one file (its outline), each with a fix where safe. */
function reportInvisibles(outline: Readonly<Outline>, options: Options, report: Report, onCanonical: boolean): void {
  const allowed = new Set(options.allow.map((u) => parseInt(u.slice(2), 16)));
  const found = outline.invisibles.filter((ch) => !allowed.has(ch.codePoint) && !ch.inEmoji && (options.checkCode || !ch.inCode));
  if (found.length === 0) return;
  const removable = removableIn(outline);
  const seen = new Map<number, number>();
  for (const ch of found) {
    const occurrence = (seen.get(ch.codePoint) ?? 0) + 1;
    seen.set(ch.codePoint, occurrence);
    report({
      messageId: 'invisible',
      data: { name: describeCodePoint(ch.codePoint, ch.name) },
      at: ch.span,
      actual: describeCodePoint(ch.codePoint, ch.name),
      key: `invisible:${ch.codePoint}:${occurrence}`,
      ...(removable(ch.codePoint) ? { fix: { range: [ch.span.start.offset, ch.span.end.offset] as [number, number], text: '' } } : {}),
      ...(onCanonical ? { onCanonical: true } : {}),
    });
  }
}

export const check: RuleModule<Options>['check'] = (ctx) => {
  reportInvisibles(ctx.locale, ctx.options, ctx.report, false);
  // A source file's own characters are reported once, on the source file itself.
  if (ctx.canonicalInfo.mode === 'source') reportInvisibles(ctx.canonical, ctx.options, ctx.report, true);
};

/** Orphans and duplicates are read too: their characters end up on the site all the same. */
export const checkUnpaired: RuleModule<Options>['checkUnpaired'] = (ctx) => reportInvisibles(ctx.outline, ctx.options, ctx.report, false);

export default { meta, check, checkUnpaired } satisfies RuleModule;
