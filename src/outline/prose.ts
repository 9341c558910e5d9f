// The translatable part of a block (what is left once code, URLs, numbers, IDs and allowed
// terms are taken out) and the two signals that it was left in the source language: the
// same text as the canonical, or no character of the script the locale is written in.
import { TOKEN_KINDS, maskTokens } from './tokens.js';

/** A block's words a translator would translate; tokens and allowed terms removed. */
export function translatableProse(text: string, inlineCode: readonly string[], allow: readonly string[]): string {
  let prose = maskTokens(text, TOKEN_KINDS, inlineCode);
  for (const term of allow) prose = prose.replace(new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), ' ');
  return prose.replace(/[\u0000\s]+/g, ' ').trim();
}

// As blockTokens: a canonical block's prose is worked out once per page, not once per locale.
const proseByBlock = new WeakMap<object, { allow: readonly string[]; prose: string; normalized: string | null }>();

/** translatableProse of a block, memoized on the block object (and the `allow` list it was made with). */
export function blockProse(block: { readonly text: string; readonly inlineCode: readonly string[] }, allow: readonly string[]): string {
  return proseEntry(block, allow).prose;
}

/** normalizedProse(blockProse(block, allow)), memoized likewise. */
export function normalizedBlockProse(block: { readonly text: string; readonly inlineCode: readonly string[] }, allow: readonly string[]): string {
  const entry = proseEntry(block, allow);
  entry.normalized ??= normalizedProse(entry.prose);
  return entry.normalized;
}

function proseEntry(block: { readonly text: string; readonly inlineCode: readonly string[] }, allow: readonly string[]) {
  let entry = proseByBlock.get(block);
  if (!entry || entry.allow !== allow) proseByBlock.set(block, (entry = { allow, prose: translatableProse(block.text, block.inlineCode, allow), normalized: null }));
  return entry;
}

/** Lower-case letters and digits separated by single spaces: spacing and punctuation do not count. */
export function normalizedProse(prose: string): string {
  return prose.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Small words product names and proper nouns keep in lower case.
const NAME_CONNECTORS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with', '&']);

/** A name, not a sentence: every word capitalized or a connector (`Contoso Cloud for Partners`). */
export function looksLikeName(prose: string): boolean {
  const words = prose.match(/[\p{L}&][\p{L}\p{M}'’.-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()));
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(' ')) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * Dice coefficient of the two texts' words (as multisets), 0 (no word shared) to 1 (the
 * same words). Words, not characters: a translation rich in cognates ("L'infrastructure
 * confirme Microsoft Defender.") shares many letters with its source, few words.
 */
export function proseSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [x, y] = [wordCounts(a), wordCounts(b)];
  let shared = 0;
  let total = 0;
  for (const [word, n] of x) {
    shared += Math.min(n, y.get(word) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

const SCRIPTS: Record<string, { name: string; pattern: RegExp }> = {
  ja: { name: 'Japanese', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u },
  zh: { name: 'Chinese', pattern: /\p{Script=Han}/u },
  ko: { name: 'Korean', pattern: /\p{Script=Hangul}/u },
  ru: { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  uk: { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  bg: { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  el: { name: 'Greek', pattern: /\p{Script=Greek}/u },
  ar: { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  fa: { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  he: { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  th: { name: 'Thai', pattern: /\p{Script=Thai}/u },
  hi: { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
};

/** The script a locale's text must contain, for locales whose script tells them from English; else null. */
export function localeScript(locale: string): { name: string; pattern: RegExp } | null {
  return SCRIPTS[locale.split('-')[0].toLowerCase()] ?? null;
}
