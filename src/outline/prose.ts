// The translatable part of a block (what is left once code, URLs, numbers, IDs and allowed
// terms are taken out) and the two signals that it was left in the source language: the
// same text as the canonical, or no character of the script the locale is written in.
import type { Nodes, Parents } from 'mdast';
import { TOKEN_KINDS, maskTokens } from './tokens.js';
import { splitHeadingId } from './template-tags.js';

// Node kinds whose text is markup or code, never prose: HTML (and its comments), JSX, ESM,
// expressions, directives' labels, math. Named as strings: remark-mdx and
// remark-directive add them only when those parsers run.
const NOT_PROSE = new Set(['inlineCode', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'leafDirective', 'textDirective', 'inlineMath', 'math', 'yaml', 'toml']);

/**
 * The prose of a block node: its text without code, HTML (comments included), JSX markup,
 * ESM, expressions, directives and Hugo shortcodes (`{{< x >}}`, `{{% x %}}`); runs of white
 * space folded. '' for a type signature (`Record<string, string> | (info) => void`).
 * Decided once here, in the outline, for every rule that reads prose.
 */
export function proseOfNode(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  // Inline HTML comes as separate open and close tags around text: `<code>x</code>`.
  let insideCodeTag: string | null = null;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'html') {
      const tag = CODE_TAG.exec((n as { value: string }).value);
      if (tag && !tag[1]) insideCodeTag = tag[2].toLowerCase();
      else if (tag && tag[1] && tag[2].toLowerCase() === insideCodeTag) insideCodeTag = null;
    }
    if (NOT_PROSE.has(n.type) || (isJsx(n) && CODE_ELEMENTS.has(String((n as { name?: string | null }).name).toLowerCase()))) {
      parts.push(' ');
      continue;
    }
    if (insideCodeTag !== null && n.type === 'text') continue;
    if (n.type === 'text') parts.push((n as { value: string }).value);
    else if (n.type === 'image') parts.push((n as { alt?: string | null }).alt ?? '');
    if ('children' in n) {
      const children = (n as Parents).children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  // Shortcodes over the joined text: one whose attributes hold inline code (`{{% tab header="Maven (`pom.xml`)" %}}`) spans several nodes.
  let prose = withoutMath(withoutIncludeLines(withoutShortcodes(parts.join('')))).replace(/\s+/g, ' ').trim();
  // A heading's attribute list (`{#id .notranslate lang=en}`) is markup, not its text.
  if (node.type === 'heading') prose = splitHeadingId(prose).text;
  return isTypeSignature(prose) ? '' : prose;
}

/**
 * Text without its lines that import other files: VitePress's code snippet import
 * (`<<< @/snippets/x.js#region{1,2}`, vitepress.dev "Import Code Snippets") and include
 * directives (`@include: ./part.md`, `<!--@include: …-->`). A line-by-line scan.
 */
export function withoutIncludeLines(text: string): string {
  if (!text.includes('<<<') && !text.includes('@include')) return text;
  return text
    .split('\n')
    .filter((line) => {
      const t = line.trimStart();
      return !(t.startsWith('<<<') || t.startsWith('@include') || t.startsWith('<!--@include'));
    })
    .join('\n');
}

// Characters only TeX math has between `$` signs (a price such as `$5, $10` has none).
const TEX_MARKS = '\\^_={}';

/**
 * Text without LaTeX math: `$$…$$`, and `$…$` by Pandoc's `tex_math_dollars` rule (the
 * opening `$` followed by a non-space, the closing one preceded by a non-space and not
 * followed by a digit) holding a TeX mark (`\`, `^`, `_`, `=`, `{`, `}`), so that prices stay
 * text. Each `$` starts at most one forward search to the next `$`: linear.
 */
export function withoutMath(text: string): string {
  if (!text.includes('$')) return text;
  let out = '';
  let at = 0;
  let from = 0;
  let displayClosed = true;
  for (;;) {
    const open = text.indexOf('$', from);
    if (open === -1 || open + 1 >= text.length) break;
    if (text[open + 1] === '$') {
      const close = displayClosed ? text.indexOf('$$', open + 2) : -1;
      if (close === -1) {
        // No later `$$` closes either: stop looking for display math.
        displayClosed = false;
        from = open + 2;
        continue;
      }
      out += text.slice(at, open) + ' ';
      at = from = close + 2;
      continue;
    }
    const close = text.indexOf('$', open + 1);
    if (close === -1) break;
    const inner = text.slice(open + 1, close);
    const isMath = !/^\s/.test(inner) && !/\s$/.test(inner) && inner !== '' && !/[0-9]/.test(text[close + 1] ?? '') && [...TEX_MARKS].some((c) => inner.includes(c));
    if (isMath) {
      out += text.slice(at, open) + ' ';
      at = from = close + 1;
    } else from = close;
  }
  return out + text.slice(at);
}

// Elements whose text is code or keys, not prose (HTML and JSX alike).
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style']);
// An opening or closing tag of one of them, at the start of an inline HTML node (anchored, bounded).
const CODE_TAG = /^<(\/?)(code|pre|kbd|samp|var)\b/i;
const JSX_ELEMENTS = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement']);
const isJsx = (n: Nodes) => JSX_ELEMENTS.has(n.type);

/** Text without Hugo shortcodes `{{< … >}}` and `{{% … %}}` (a linear scan, no regex). */
export function withoutShortcodes(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open === -1) break;
    const mark = text[open + 2] === ' ' ? text[open + 3] : text[open + 2];
    if (mark !== '<' && mark !== '%') {
      out += text.slice(at, open + 2);
      at = open + 2;
      continue;
    }
    const close = text.indexOf('}}', open + 3);
    if (close === -1) break;
    out += text.slice(at, open) + ' ';
    at = close + 2;
  }
  return out + text.slice(at);
}

// Characters that join the names of a type: unions, generics, functions, tuples, objects.
const TYPE_OPERATORS = '|<>()[]{},:;=?&*';

/**
 * A TypeScript-like type signature (`boolean | SkeletonAvatarProps`, `(info) => void`,
 * `Record<string, string>`, `'small' | 'large'`): names joined by type operators, never two
 * words in a row as a sentence has. Needs at least one of `|`, `<`, `=>`, `[]`, `()`.
 */
export function isTypeSignature(text: string): boolean {
  if (!/[|<]|=>|\[\]|\(\)/.test(text)) return false;
  let words = 0;
  for (const ch of text) {
    if (TYPE_OPERATORS.includes(ch)) words = 0;
    else if (ch === ' ') {
      if (words > 0) words = -words; // a space after a name: the next character must be an operator
    } else if (/[\p{L}\p{N}_$.'"`\-…]/u.test(ch)) {
      if (words < 0) return false; // a second word after a space: a sentence, not a type
      words = 1;
    } else return false;
  }
  return true;
}

/** A block's words a translator would translate; tokens and allowed terms removed. */
export function translatableProse(text: string, inlineCode: readonly string[], allow: readonly string[]): string {
  let prose = maskTokens(text, TOKEN_KINDS, inlineCode);
  for (const term of allow) prose = prose.replace(new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), ' ');
  return prose.replace(/[\u0000\s]+/g, ' ').trim();
}

// As blockTokens: a canonical block's prose is worked out once per page, not once per locale.
const proseByBlock = new WeakMap<object, { allow: readonly string[]; prose: string; normalized: string | null }>();

type ProseBlock = { readonly text: string; readonly inlineCode: readonly string[]; readonly prose?: string };

/** translatableProse of a block's prose (its text, for outlines made before blocks had `prose`), memoized on the block object. */
export function blockProse(block: ProseBlock, allow: readonly string[]): string {
  return proseEntry(block, allow).prose;
}

/** normalizedProse(blockProse(block, allow)), memoized likewise. */
export function normalizedBlockProse(block: ProseBlock, allow: readonly string[]): string {
  const entry = proseEntry(block, allow);
  entry.normalized ??= normalizedProse(entry.prose);
  return entry.normalized;
}

function proseEntry(block: ProseBlock, allow: readonly string[]) {
  let entry = proseByBlock.get(block);
  if (!entry || entry.allow !== allow) proseByBlock.set(block, (entry = { allow, prose: translatableProse(block.prose ?? block.text, block.inlineCode, allow), normalized: null }));
  return entry;
}

/** Lower-case letters and digits separated by single spaces: spacing and punctuation do not count. */
export function normalizedProse(prose: string): string {
  return prose.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Small words product names and proper nouns keep in lower case.
const NAME_CONNECTORS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with', '&']);

/**
 * A name, not a sentence: every word capitalized, a connector, or an API name written in
 * camelCase or with dots (`Contoso Cloud for Partners`, `Auto SDK TracerProvider`,
 * `useData()`, `site.config`); one ordinary lower-case word (`Configure the provider`) makes it prose.
 */
export function looksLikeName(prose: string): boolean {
  const words = prose.match(/[\p{L}&][\p{L}\p{M}'’.-]*/gu) ?? [];
  const apiName = (w: string) => /\p{Ll}\p{Lu}/u.test(w) || /\p{L}\.\p{L}/u.test(w);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()) || apiName(w));
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

// Han, kana and Hangul say in one character what Latin script says in three to five: each
// counts as this many toward a length threshold, so a short CJK sentence is long enough.
const WIDE_CHARACTER_WEIGHT = 3;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Length of prose for thresholds: characters, CJK ones counted WIDE_CHARACTER_WEIGHT times. */
export function proseWeight(prose: string): number {
  let weight = 0;
  for (const ch of prose) weight += WIDE.test(ch) ? WIDE_CHARACTER_WEIGHT : ch.length;
  return weight;
}

/** The script a locale's text must contain, for locales whose script tells them from English; else null. */
export function localeScript(locale: string): { name: string; pattern: RegExp } | null {
  return SCRIPTS[locale.split('-')[0].toLowerCase()] ?? null;
}
