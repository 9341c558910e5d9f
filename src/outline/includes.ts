// Include directives: places where the site generator pastes another file's content (or a
// shortcode's Markdown output) into the page when it builds it. The linter reads the page's
// own file, so headings — and their anchors — that arrive this way are not in its outline:
// link-broken must not call an anchor into such a page missing (see README, *Links*).
// Recognized: Hugo `{{% include x %}}` / `{{< include x >}}` / `readfile`, and any
// Markdown-rendered shortcode `{{% name %}}` that wraps nothing (no `{{% /name %}}` on the
// page: its output is Markdown the site writes, e.g. a section intro) except the value
// shortcodes `param`/`_param`/`ref`/`relref`; Jinja/Liquid `{% include %}` (mkdocs-macros,
// Jekyll); MkDocs/pymdownx snippets `--8<--`; VitePress `<!--@include: x-->`; an MDX
// import of a `.md` or `.mdx` file (a partial rendered as a component).

const HUGO_SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w./-]+)/g;
const MAX_KEPT = 20;
const VALUE_SHORTCODES = new Set(['param', '_param', 'ref', 'relref']);
const INCLUDE_NAMES = new Set(['include', 'readfile']);
const OTHER_INCLUDES = /(?<!\{)\{%-?\s*include(?:_relative)?\s[^%\n]{0,300}%\}|^[ \t;]*--8<--.*$|<!--\s*@include:[^\n]{0,300}?-->|^import\s+\w+\s+from\s+['"][^'"\n]+\.mdx?['"]/gm;

/**
 * The include directives of a page, as written (trimmed, at most 200 UTF-16 code units each),
 * the first 20 in order; [] when none. Linear: two global regex scans; a match that fails looks at most
 * 300 code units ahead, so no line is rescanned per opener.
 */
export function includesOf(text: string): string[] {
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('--8<--') && !text.includes('@include') && !text.includes('import')) return [];
  const found: Array<[at: number, what: string]> = [];
  const closed = new Set<string>();
  const opened: Array<[at: number, name: string, delim: string, what: string]> = [];
  for (const m of text.matchAll(HUGO_SHORTCODE)) {
    const [whole, delim, slash, name] = m;
    if (slash) closed.add(name);
    else opened.push([m.index, name, delim, whole]);
  }
  for (const [at, name, delim, what] of opened) {
    if (INCLUDE_NAMES.has(name) || (delim === '%' && !VALUE_SHORTCODES.has(name) && !closed.has(name))) found.push([at, what]);
  }
  for (const m of text.matchAll(OTHER_INCLUDES)) found.push([m.index, m[0]]);
  // Only whether a page has includes matters to anchors: the first few are kept, for a reader.
  return found.sort((a, b) => a[0] - b[0]).slice(0, MAX_KEPT).map(([, what]) => what.trim().slice(0, 200));
}
