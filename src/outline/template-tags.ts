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
  return m ? { text: trimmed.slice(0, open).trimEnd(), id: m[1] } : { text, id: null };
}

/** The ID of an MDX heading's last `{#id}` expression (MDX reads `{#id}` as an expression). */
export function headingIdOfExpression(value: string): string | null {
  return HEADING_ID.exec(value.trim())?.[1] ?? null;
}
