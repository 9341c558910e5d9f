// Characters a translator cannot see but that break links, anchors and search.
import type { InvisibleChar } from '../types.js';
import type { LineIndex } from '../line-index.js';

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM not at the start)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

const PATTERN = new RegExp(`[${Object.keys(NAMES).map((c) => `\\u{${Number(c).toString(16)}}`).join('')}]`, 'gu');

/** Every invisible character of the text (a leading BOM is stripped before this runs). */
export function findInvisibles(text: string, lines: LineIndex): InvisibleChar[] {
  const found: InvisibleChar[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const codePoint = match[0].codePointAt(0)!;
    const offset = match.index!;
    const ch: InvisibleChar = { codePoint, name: NAMES[codePoint], span: lines.span(offset, offset + match[0].length) };
    if (codePoint === ZWJ && joinsEmoji(text, offset)) ch.inEmoji = true;
    found.push(ch);
  }
  return found;
}

const ZWJ = 0x200d;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{20E3}]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * True for a zero width joiner between two emoji (🙅🏻‍♀️, 👩‍💻): it makes them one emoji
 * (Unicode TS #51, emoji ZWJ sequences). Looks at the two code points around it only.
 */
function joinsEmoji(text: string, offset: number): boolean {
  return EMOJI_BEFORE.test(text.slice(Math.max(0, offset - 2), offset)) && EMOJI_AFTER.test(text.slice(offset + 1, offset + 3));
}

/** Marks the characters inside code (inline spans, fenced and indented blocks): `spans` sorted by start offset. */
export function markInCode(found: InvisibleChar[], spans: ReadonlyArray<{ start: { offset: number }; end: { offset: number } }>): void {
  let k = 0;
  for (const ch of found) {
    const at = ch.span.start.offset;
    while (k < spans.length && spans[k].end.offset <= at) k++;
    if (k < spans.length && spans[k].start.offset <= at) ch.inCode = true;
  }
}

/** `U+200B ZERO WIDTH SPACE` */
export function describeCodePoint(codePoint: number, name: string): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${name}`;
}
