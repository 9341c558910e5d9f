// Site-generator syntax that lives inside Markdown text but is not prose: Hugo shortcodes
// (`{{< name args >}}`, `{{% name args %}}`), Liquid/Jinja tags (`{% tag %}`, `{{ value }}`,
// also Vue interpolation in VitePress), VitePress/markdown-it containers (`::: tip Title` …
// `:::`, which CommonMark reads as paragraph text) and heading IDs (`{#id}`). The outline
// removes them from the text it gives rules, so they are never compared as prose.

const OPENERS: ReadonlyArray<[open: string, close: string]> = [
  ['{{<', '>}}'],
  ['{{%', '%}}'],
  ['{%', '%}'],
  ['{{', '}}'],
];

/**
 * The first `close` at or after `from`, remembering the last answer per closer: the scan
 * only moves right, so a closer found (or known absent) further on is still the answer,
 * and a text of many openers and no closer costs one search, not one per opener.
 */
function closerFinder(text: string): (close: string, from: number) => number {
  const last = new Map<string, number>();
  return (close, from) => {
    const known = last.get(close);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = text.indexOf(close, from);
    last.set(close, at);
    return at;
  };
}

/**
 * `text` with every template tag replaced by one space. Linear: one left-to-right scan with
 * indexOf; an opener with no closer on the rest of the text is kept as text.
 */
export function maskTemplateTags(text: string): string {
  if (!text.includes('{') && !text.includes(':::')) return text;
  const closeAt = closerFinder(text);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const brace = text.indexOf('{', i);
    if (brace === -1) break;
    const opener = OPENERS.find(([open]) => text.startsWith(open, brace));
    const end = opener ? closeAt(opener[1], brace + opener[0].length) : -1;
    if (!opener || end === -1) {
      out += text.slice(i, brace + 1);
      i = brace + 1;
      continue;
    }
    out += `${text.slice(i, brace)} `;
    i = end + opener[1].length;
  }
  out += text.slice(i);
  return maskContainerLines(out);
}

// markdown-it-container fences (`::: tip Title`, `:::`), one per line.
function maskContainerLines(text: string): string {
  if (!text.includes(':::')) return text;
  return text
    .split('\n')
    .map((line) => (line.trimStart().startsWith(':::') ? ' ' : line))
    .join('\n');
}

const HEADING_ID = /^#([A-Za-z0-9_][\w:.-]*)$/;

/**
 * A heading ID written after the heading text, `## Title {#install}` (Docusaurus, Hugo,
 * VitePress, pandoc, kramdown; in `{#id .class}` the ID is the first word): `{ text, id }`
 * with the ID taken off the text; `id` is null when there is none. `text` is the heading's
 * plain text. Linear: one scan back from the end and one anchored pattern on one word.
 */
export function splitHeadingId(text: string): { text: string; id: string | null } {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('}')) return { text, id: null };
  const open = trimmed.lastIndexOf('{');
  if (open === -1) return { text, id: null };
  // `{#id .class key=value}` (kramdown/Pandoc attribute list): the ID is the first word.
  const m = HEADING_ID.exec(trimmed.slice(open + 1, -1).trim().split(/\s+/, 1)[0]);
  if (m) return { text: trimmed.slice(0, open).trimEnd(), id: m[1] };
  // `{.class lang=en #id}` (Goldmark's attribute syntax, Hugo): the ID may come later.
  const words = attributeWords(trimmed.slice(open + 1, -1));
  const later = words?.map((w) => HEADING_ID.exec(w)).find((x) => x !== null);
  return later ? { text: trimmed.slice(0, open).trimEnd(), id: later[1] } : { text, id: null };
}

// One word of an attribute list: `#id`, `.class`, `key=value`, `key="value"` or `key='value'`.
const ATTRIBUTE_WORD = /^(?:#[\w:.-]+|\.[\w-]+|[A-Za-z_][\w:.-]*=(?:"[^"]*"|'[^']*'|[^\s"'=]+))$/;

/** The words of `{…}`'s inside when every one is an attribute (`#id`, `.class`, `key=value`); else null. Quoted values hold no spaces here. */
function attributeWords(inside: string): string[] | null {
  const words = inside.trim().split(/\s+/);
  return words.length > 0 && words[0] !== '' && words.every((w) => ATTRIBUTE_WORD.test(w)) ? words : null;
}

/**
 * The heading text without a trailing attribute list that names no ID (`## Easy CLA
 * {.notranslate lang=en}`): Goldmark (Hugo), kramdown and Python-Markdown's `attr_list`
 * drop it before they make the heading's anchor, so the slug is `easy-cla`. Text without
 * such a list is returned as it is. Linear: one scan back from the end.
 */
export function withoutAttributeList(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('}')) return text;
  const open = trimmed.lastIndexOf('{');
  if (open <= 0 || attributeWords(trimmed.slice(open + 1, -1)) === null) return text;
  return trimmed.slice(0, open).trimEnd();
}

/** The ID of an MDX heading's last `{#id}` expression (MDX reads `{#id}` as an expression). */
export function headingIdOfExpression(value: string): string | null {
  return HEADING_ID.exec(value.trim())?.[1] ?? null;
}
