// Tokens that translation must carry over unchanged: numbers, IDs, URLs, e-mail addresses,
// inline code, placeholders and dates. Each token keeps the raw text (for messages) and
// its comparable values: numbers and dates are compared by value, so `1,000` (en-US) and
// `1.000` (de-DE) are the same token, and so are `03/27/2020` and `2020 年 3 月 27 日`.
import { normalizeDate } from './dates.js';

export type TokenKind = 'number' | 'id' | 'url' | 'email' | 'code' | 'placeholder' | 'date';
export const TOKEN_KINDS: readonly TokenKind[] = ['number', 'id', 'url', 'email', 'code', 'placeholder', 'date'];

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  raw: string;
  /** Comparable forms; two tokens are the same when they share one (several when the locale leaves it ambiguous). */
  values: string[];
}

type DecimalMark = '.' | ',';

interface LocaleConventions {
  /** null when the locale is unknown (consensus): every reading of a number counts. */
  decimal: DecimalMark | null;
  /** null when unknown: `03/04/2020` may be March or April. */
  dayFirst: boolean | null;
}

const conventionsCache = new Map<string, LocaleConventions>();

/** Decimal mark and date order of a BCP 47 locale, from the platform's ICU data. */
export function localeConventions(locale: string): LocaleConventions {
  let known = conventionsCache.get(locale);
  if (known) return known;
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    const dateParts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2020, 2, 27)));
    const order = dateParts.map((p) => p.type).filter((t) => t === 'day' || t === 'month');
    known = { decimal: decimal === ',' ? ',' : decimal === '.' ? '.' : null, dayFirst: order[0] === 'day' };
  } catch {
    known = { decimal: null, dayFirst: null };
  }
  conventionsCache.set(locale, known);
  return known;
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
// Full-width text also writes its separators full width: `１，０００．５`.
const FULL_WIDTH_SEPARATOR = /(?<=[\d\uFF10-\uFF19])[\uFF0C\uFF0E](?=[\d\uFF10-\uFF19])/g;
const toAsciiDigits = (text: string) =>
  text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(FULL_WIDTH_SEPARATOR, (s) => (s === '\uFF0C' ? ',' : '.'));

// Matchers in priority order: what one kind claims is masked before the next looks.
export const TOKEN_PATTERNS: ReadonlyArray<[Exclude<TokenKind, 'code'>, RegExp]> = [
  ['url', /\b(?:https?|ftp):\/\/[^\s<>"'`\u3000-\u303F\uFF00-\uFFEF]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s<>"'`\u3000-\u303F\uFF00-\uFFEF]*/gi],
  // Starts only where a run of address characters starts: tried at every dot of `a.a.a.…`
  // the match would be quadratic in the run's length.
  ['email', /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g],
  ['placeholder', /\{\{\s*[^{}\s]+\s*\}\}|\$\{[^{}\s]+\}|\{[A-Za-z0-9_.:-]*\}|%(?:\d+\$)?[-+0#]?\d*(?:\.\d+)?[sdifuxXeEgGc@](?![A-Za-z])/g],
  ['date', /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}\/\d{1,2}\/\d{1,2}\b|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g],
  // The look-ahead for a digit is bounded: unbounded, it rescans `A-A-A-…` from every letter.
  ['id', /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b(?=[A-Z0-9_-]{0,64}\d)[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*\b/g],
  // Space-grouped numbers (`1 000`, `1 000`, `1'000`) only in groups of three; CJK text
  // puts digits right next to letters, so only ASCII letters (`x64`, `v2.1`, `1st`) bound a number.
  ['number', /(?<![A-Za-z0-9_.,])\d{1,3}(?:[ \u00A0\u202F'’]\d{3})+(?![0-9])|(?<![A-Za-z0-9_.,])\d+(?:[.,]\d+)*(?![A-Za-z0-9_])/g],
];

const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;
const MASK = '\u0000';

/** The comparable value of a number read with `decimal` as the decimal mark, or null if it cannot be read so. */
function readNumber(digits: string, decimal: DecimalMark): string | null {
  const group = decimal === '.' ? ',' : '.';
  const parts = digits.split(decimal);
  if (parts.length > 2) return null;
  const [whole, fraction] = parts;
  if (fraction?.includes(group)) return null;
  if (whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return null;
  return whole.split(group).join('') + (fraction !== undefined ? `.${fraction}` : '');
}

/** Every value a written number may have in a locale (`1.000` is 1000 in de-DE, 1 in en-US). */
export function numberValues(raw: string, decimal: DecimalMark | null): string[] {
  const digits = toAsciiDigits(raw).replace(/[ \u00A0\u202F'’]/g, '');
  const readings: DecimalMark[] = decimal === null ? ['.', ','] : [decimal, decimal === '.' ? ',' : '.'];
  const values = readings.map((mark) => readNumber(digits, mark)).filter((v): v is string => v !== null);
  // Known locale: its own reading wins; the other only when its own cannot read the number (`1.5` in de-DE).
  const chosen = decimal === null ? [...new Set(values)] : values.slice(0, 1);
  return chosen.length > 0 ? chosen : [digits]; // a version such as 1.2.3 is compared as written
}

/** Every value a written date may have: day-first locales read `27/03/2020` as March 27. */
export function dateValues(raw: string, dayFirst: boolean | null): string[] {
  const text = toAsciiDigits(raw);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!dmy) return [normalizeDate(text) ?? text];
  const [, a, b, year] = dmy;
  const monthFirst = normalizeDate(`${year}-${a}-${b}`);
  const dayFirstValue = normalizeDate(`${year}-${b}-${a}`);
  // A dotted date is day-first in every locale that writes one. A known locale's own reading
  // wins; the other only when its own cannot read the date (03/27/2020 in en-GB).
  const preferDayFirst = text.includes('.') || dayFirst === true;
  const readings = (preferDayFirst ? [dayFirstValue, monthFirst] : [monthFirst, dayFirstValue]).filter((v): v is string => v !== null);
  const values = dayFirst === null && !text.includes('.') ? [...new Set(readings)] : readings.slice(0, 1);
  return values.length > 0 ? values : [text];
}

/** Replaces every match of the given kinds with NUL characters (same length), e.g. before reading prose. */
export function maskTokens(text: string, kinds: readonly TokenKind[], inlineCode: readonly string[] = []): string {
  let masked = kinds.includes('code') ? removeInlineCode(text, inlineCode) : text;
  for (const [kind, pattern] of TOKEN_PATTERNS) if (kinds.includes(kind)) masked = masked.replace(pattern, (m) => MASK.repeat(m.length));
  return masked;
}

function removeInlineCode(text: string, inlineCode: readonly string[]): string {
  let out = text;
  for (const code of inlineCode) {
    const at = out.indexOf(code);
    if (code !== '' && at !== -1) out = out.slice(0, at) + MASK.repeat(code.length) + out.slice(at + code.length);
  }
  return out;
}

// Each page's canonical blocks are compared with every locale's copy, one pair after
// another: their tokens are kept with the block (the same object in every pair), so they
// are worked out once per page, not once per locale. Weak: they go with the outline.
const tokensByBlock = new WeakMap<object, Map<string, readonly Token[]>>();

/** extractTokens of a block (text and inline code), memoized on the block object: do not mutate the result. */
export function blockTokens(block: { readonly text: string; readonly inlineCode: readonly string[] }, locale: string): readonly Token[] {
  let byLocale = tokensByBlock.get(block);
  if (!byLocale) tokensByBlock.set(block, (byLocale = new Map()));
  let tokens = byLocale.get(locale);
  if (!tokens) byLocale.set(locale, (tokens = extractTokens(block.text, block.inlineCode, locale)));
  return tokens;
}

/** The preserved tokens of a block's text in a locale. */
export function extractTokens(text: string, inlineCode: readonly string[], locale: string): Token[] {
  const conventions = localeConventions(locale);
  const tokens: Token[] = inlineCode.filter((c) => c.trim() !== '').map((code) => ({ kind: 'code', raw: code, values: [code] }));
  let rest = toAsciiDigits(removeInlineCode(text, inlineCode));
  for (const [kind, pattern] of TOKEN_PATTERNS) {
    rest = rest.replace(pattern, (match) => {
      let raw = match;
      if (kind === 'url') raw = raw.replace(TRAILING_PUNCTUATION, '');
      tokens.push({ kind, raw, values: valuesOf(kind, raw, conventions) });
      return MASK.repeat(raw.length) + match.slice(raw.length);
    });
  }
  return tokens;
}

function valuesOf(kind: TokenKind, raw: string, conventions: LocaleConventions): string[] {
  switch (kind) {
    case 'number':
      return numberValues(raw, conventions.decimal);
    case 'date':
      return dateValues(raw, conventions.dayFirst);
    case 'placeholder':
      return [raw.replace(/\s+/g, '')];
    case 'url':
      return [raw.replace(/\/$/, '')];
    case 'email':
      return [raw.toLowerCase()];
    default:
      return [raw];
  }
}

/**
 * True when the two tokens are written alike or have a value in common. A token copied as
 * written was kept (`1,000` left as is in de-DE, `05/02/2020` in en-GB): how a reader of
 * the locale reads it is a formatting question, not a lost token.
 */
export function sameToken(a: Token, b: Token): boolean {
  return a.kind === b.kind && (a.raw === b.raw || a.values.some((v) => b.values.includes(v)));
}

/**
 * Inline code a translation may translate: UI text (`Save`, `Open file`, `保存`), made only of
 * letters and spaces, and either capitalized or in a script other than ASCII.
 * An example sentence (`Astro is amazing!`) is text too. A lower-case ASCII word (`stop`,
 * `true`), identifiers, paths, flags, numbers and placeholders are code and stay preserved.
 */
export function isUiText(code: string): boolean {
  // A page title with its separator (`Hello | My Site`, `Hello - Custom Suffix`): each part UI
  // text, one of several words, so that a union of two names (`Foo | Bar`) stays code.
  const parts = code.trim().split(/ [|\-–—] /);
  if (parts.length > 1 && parts.length <= 4) return parts.every((p) => isUiText(p)) && parts.some((p) => /[\p{L}\p{M}] [\p{L}\p{M}]/u.test(p) || /[^\u0000-\u007f]/.test(p));
  const text = code.trim();
  if (isSentence(text)) return true;
  if (text === '' || text.length > 80 || !/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(text)) return false;
  // Lower-case ASCII words are a command or code (`npx astro add react`, `import type`), not a label.
  return /^\p{Lu}/u.test(text) || /[^\u0000-\u007f]/.test(text);
}

/**
 * An example sentence in code (`Astro is amazing!`, `This is my first post.`, `Added in:`): a
 * capitalized word, then words of letters (`Let's`), sentence punctuation only after a word.
 * Two words at least, so `Foo.` stays code; a dot inside a word (`Astro.props`) is code.
 */
function isSentence(text: string): boolean {
  return text.length <= 160 && /[.,!?:;]$/.test(text) && /^\p{Lu}/u.test(text) && SENTENCE.test(text);
}
const WORD = "[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)?[.,!?:;]?";
// Words are separated by one space: each character has one reading, no backtracking.
const SENTENCE = new RegExp(`^${WORD}(?: ${WORD})+$`, 'u');

/**
 * Two inline codes that differ only in their string quotes (`'static'` and `"static"` are the
 * same string), or in quotes around the whole (`'left'` and `left`: the value, quoted or not).
 */
export function sameCodeQuoted(canonical: string, locale: string): boolean {
  const unquoted = (code: string) => (code.length > 2 && /^(['"`]).*\1$/s.test(code) && !code.slice(1, -1).includes(code[0]) ? code.slice(1, -1) : code);
  return canonical !== locale && (canonical.replaceAll("'", '"') === locale.replaceAll("'", '"') || unquoted(canonical) === unquoted(locale));
}

/**
 * True when `needle` occurs in `text` with no character of `inWord` right before or after it
 * (`getStaticPaths()` in "use getStaticPaths() here", not `to` in "toujours"). Linear: each
 * occurrence is checked once.
 */
export function containsBounded(text: string, needle: string, inWord: RegExp): boolean {
  if (needle === '') return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + needle.length] ?? '';
    if (!inWord.test(before) && !inWord.test(after)) return true;
  }
  return false;
}

/**
 * A number written next to letters, as CJK text and versions write it (`1KB` for `1 KB`,
 * `v4` for `4`, `v3.0`, `文章1`): its digits with no digit, nor a decimal part, on either side.
 */
export function numberGlued(raw: string, text: string): boolean {
  const digits = toAsciiDigits(raw);
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return false;
  const ascii = toAsciiDigits(text);
  for (let at = ascii.indexOf(digits); at !== -1; at = ascii.indexOf(digits, at + 1)) {
    const before = ascii.slice(Math.max(0, at - 2), at);
    const after = ascii.slice(at + digits.length, at + digits.length + 2);
    if (!/\d$|\d[.,]$/.test(before) && !/^\d|^[.,]\d/.test(after)) return true;
  }
  return false;
}
