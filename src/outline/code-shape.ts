// The shape of an inline code: what a translation must keep of it, and the parts a translator
// is meant to localize. Docs write example values in code (`title: 'My post'`,
// `<h1>Hello</h1>`, `z.array(/* validator */)`, `https://[YOUR-SITE]/api/`); a translation that
// localizes them is right, one that changes an identifier, option name, command, path or URL
// is drift. A hand-written scanner, not a JavaScript tokenizer: inline code mixes JS, YAML,
// shell, HTML and paths, and a JS tokenizer (js-tokens) reads `d'hôte` or `[YOUR-SITE]` as
// JS. Scanner and matcher each make one pass: linear in the code's length.

/** A run the translation keeps (compared as written, `'` and `"` alike), or a hole it may localize, ended by `close` ('' = the end of the code). */
type Part = { fixed: string } | { hole: true; close: string } | { tagText: string[] } | { localeSegment: true };

/** Whitespace runs as one space; none at the ends, nor inside brackets or before `/>` (`{ ... }` is `{...}`). */
export function normalizeCodeSpace(code: string): string {
  return code.trim().replace(/\s+/g, ' ').replace(/ ?([{}()[\],;]) ?/g, '$1').replace(/ \/>/g, '/>');
}

// Characters that make a string literal code (a path, URL, identifier, expression), not text.
const CODE_CHARS = /[/\\{}<>=$@_#|*`~^[\]]|:\/\/|\.[\p{L}\d]|\p{Ll}\p{Lu}|^[-.]|\d/u;

/**
 * Text in a string literal, YAML value, tag text, comment or bracketed placeholder that a
 * translator localizes: words (letters, apostrophes, sentence punctuation), not a path, URL,
 * identifier (`camelCase`, `snake_case`, `kebab-case`), number or expression.
 */
export function isLocalizableText(text: string): boolean {
  const t = text.trim();
  if (t === '' || !/\p{L}/u.test(t) || CODE_CHARS.test(t)) return false;
  // One word: letters only (`"blogging"`); `cloudflare-binding`, `a.b` are identifiers.
  return t.includes(' ') || /^[\p{L}\p{M}]+$/u.test(t);
}

/**
 * The content of a string literal a translator localizes (`'My post'`, `"blogging"`,
 * `'my-post'`, `"12 Aug 2022"`): any text but a path, URL, MIME type or expression.
 */
export function isLocalizableString(body: string): boolean {
  return /\p{L}/u.test(body) && !/[/\\{}<>=$@#]|^[.~]|\.[A-Za-z0-9]{1,5}$/.test(body);
}

const YAML_KEY = /^[A-Za-z][\w-]*: /;
const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'yes', 'no', 'on', 'off']);
// A placeholder in brackets: `[YOUR-SITE]`, `[YOUR_SITE]`, `[optional host address]`, `{your host}`.
const CAPS_PLACEHOLDER = /^\p{Lu}+(?:[-_]\p{Lu}+)+$|^\p{Lu}{2,}$/u;
const WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}'’]+)+$/u;

/** The parts of a (normalized) canonical code; `sourceLocale` is the locale whose code paths carry (`/en/guides/`). */
function shapeOf(code: string, sourceLocale: string): Part[] {
  const parts: Part[] = [];
  let fixed = '';
  const flush = () => {
    if (fixed !== '') parts.push({ fixed });
    fixed = '';
  };
  const hole = (open: string, close: string) => {
    fixed += open;
    flush();
    parts.push({ hole: true, close });
  };
  const locale = sourceLocale.toLowerCase();
  // The next `close` at or after `from`, remembered: a search that found none (or found one
  // still ahead) is not repeated at each later opener, so `/* /* /* …` stays linear.
  const found = new Map<string, number>();
  const nextIndex = (close: string, from: number) => {
    const last = found.get(close);
    if (last !== undefined && (last === -1 || last >= from)) return last;
    const at = code.indexOf(close, from);
    found.set(close, at);
    return at;
  };
  const htmlLike = code.includes('</');
  let inTag = false;
  let i = 0;
  // `key: Some value` (YAML front matter, a config line): the value is text.
  const yaml = YAML_KEY.exec(code);
  if (yaml) {
    const value = code.slice(yaml[0].length);
    if (!LITERALS.has(value.toLowerCase()) && !/^['"[{]/.test(value) && isLocalizableText(value) && (value.includes(' ') || /^\p{Lu}/u.test(value))) {
      hole(yaml[0], '');
      return parts;
    }
  }
  while (i < code.length) {
    const ch = code[i];
    const rest = (n: number) => code.slice(i, i + n);
    // Comments: `/* … */`, `<!-- … -->`, and `// …` at the start or after a space (not `https://`).
    const comment = rest(2) === '/*' ? '*/' : rest(4) === '<!--' ? '-->' : rest(2) === '//' && (i === 0 || code[i - 1] === ' ') ? '' : null;
    if (comment !== null) {
      const open = comment === '-->' ? 4 : 2;
      const end = comment === '' ? code.length : nextIndex(comment, i + open);
      if (end !== -1 && /\p{L}/u.test(code.slice(i + open, end))) {
        hole(code.slice(i, i + open), comment);
        i = end;
        continue;
      }
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = nextIndex(ch, i + 1);
      // An apostrophe in a word (`Let's`) opens no string.
      const opens = !(ch === "'" && i > 0 && /[\p{L}\p{M}]/u.test(code[i - 1]));
      if (opens && end !== -1) {
        const body = code.slice(i + 1, end);
        if (isLocalizableString(body)) hole(ch, ch);
        else fixed += code.slice(i, end);
        i = end;
        fixed += ch;
        i++;
        continue;
      }
    }
    if (ch === '<') {
      const name = /^<([\p{L}\p{M}]+(?:[-_][\p{L}\p{M}]+)*)>/u.exec(code.slice(i, i + 200));
      // A placeholder (`--config <path>`, `<your-image-name>`), not a tag (`<img>`, `<p>…</p>`).
      if (name && (name[1].includes('-') || name[1].includes('_') || (!htmlLike && name[0].length < code.length))) {
        hole('<', '>');
        i += name[0].length - 1;
        continue;
      }
      if (/[A-Za-z/]/.test(code[i + 1] ?? '')) inTag = true;
    }
    if (ch === '>' && inTag) {
      inTag = false;
      fixed += ch;
      i++;
      // Text between a tag and the next (`<h1>Hello</h1>`, `<p>I have {n} pairs</p>`): the text
      // around its expressions is localized (in any word order), the expressions are code.
      const next = nextIndex('<', i);
      const text = next === -1 ? '' : code.slice(i, next);
      if (next !== -1 && flatBraces(text) && /\p{L}/u.test(text.replace(/\{[^{}]*\}/g, ''))) {
        flush();
        parts.push({ tagText: expressionsOf(text) });
        i = next;
      }
      continue;
    }
    if (ch === '[' || ch === '{') {
      const close = ch === '[' ? ']' : '}';
      const end = nextIndex(close, i + 1);
      // A placeholder is short: a longer body is not read (nor sliced again at each opener).
      const body = end === -1 || end - i > 80 ? '' : code.slice(i + 1, end);
      if (CAPS_PLACEHOLDER.test(body) || WORDS.test(body)) {
        hole(ch, close);
        i = end;
        continue;
      }
    }
    // A path segment naming the source locale (`/en/guides/`, `src/content/docs/en`) names the target's in a translation.
    if ((i === 0 || code[i - 1] === '/') && code.slice(i, i + locale.length).toLowerCase() === locale && /^(?:\/|$)/.test(code.slice(i + locale.length, i + locale.length + 1)) && (i > 0 || code[locale.length] === '/')) {
      flush();
      parts.push({ localeSegment: true });
      i += locale.length;
      continue;
    }
    fixed += ch;
    i++;
  }
  flush();
  return parts;
}

/** True when every `{` in `text` is closed by a `}` before the next `{` (no nesting), and no `}` is unopened. */
function flatBraces(text: string): boolean {
  let open = false;
  for (const ch of text) {
    if (ch === '{' || ch === '}') {
      if (open === (ch === '{')) return false;
      open = !open;
    }
  }
  return !open;
}

/** The `{…}` expressions of a tag's text (flat braces), sorted: a translation may reorder them with its words. */
function expressionsOf(text: string): string[] {
  return (text.match(/\{[^{}]*\}/g) ?? []).sort();
}

const quoteless = (s: string) => s.replace(/'/g, '"');

/** True when `text` (normalized) has `parts`' shape: the fixed runs as written, any text in the holes. */
function matchesShape(parts: readonly Part[], text: string, locales: readonly string[]): boolean {
  let j = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if ('fixed' in part) {
      if (quoteless(text.slice(j, j + part.fixed.length)) !== quoteless(part.fixed)) return false;
      j += part.fixed.length;
    } else if ('localeSegment' in part) {
      const code = locales.find((l) => text.slice(j, j + l.length).toLowerCase() === l && /^(?:\/|$)/.test(text.slice(j + l.length, j + l.length + 1)));
      if (code === undefined) return false;
      j += code.length;
    } else {
      if ('tagText' in part) {
        // Any text up to the next tag, holding the same expressions in any order.
        const end = text.indexOf('<', j);
        const body = end === -1 ? '' : text.slice(j, end);
        if (end === -1 || !flatBraces(body) || expressionsOf(body).join('\0') !== part.tagText.join('\0')) return false;
        j = end;
        continue;
      }
      // A quote closes with the quote the translation opened with.
      const close = part.close === "'" || part.close === '"' ? text[j - 1] : part.close;
      const end = close === '' ? text.length : text.indexOf(close, j);
      if (end === -1 || text.slice(j, end).trim() === '') return false;
      j = end;
    }
  }
  return j === text.length;
}

/** A path's trailing slash (`src/pages/` and `src/pages` name one directory); a lone `/` stays. */
const withoutDirSlash = (code: string) => (code.length > 1 && code.endsWith('/') && !code.includes(' ') && !code.endsWith('//') ? code.slice(0, -1) : code);

/**
 * Two inline codes alike but for what a translation localizes: text in string literals, YAML
 * values, tag text and comments, bracketed placeholders, the locale segment of a path, a
 * path's trailing slash, and spacing (`{ ... }` and `{...}`). `sourceLocale` and `targetLocale` are BCP 47 codes.
 * Linear in the codes' lengths.
 */
export function sameCodeShape(canonical: string, translated: string, sourceLocale: string, targetLocale: string): boolean {
  const c = withoutDirSlash(normalizeCodeSpace(canonical));
  const t = withoutDirSlash(normalizeCodeSpace(translated));
  if (c === t) return true;
  const locales = [...new Set([targetLocale.toLowerCase(), sourceLocale.toLowerCase()])];
  return matchesShape(shapeOf(c, sourceLocale), t, locales);
}
