// Safe-by-construction HTML for the server-rendered parts of the report: every value
// interpolated into `html` is escaped unless it is itself markup built by `html`, so
// document content (headings, file names, messages) can never become markup.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Markup that is already safe: only `html` and `joinHtml` create it. */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string, token: typeof CONSTRUCT_TOKEN) {
    if (token !== CONSTRUCT_TOKEN) throw new Error('SafeHtml is only built by html``');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const CONSTRUCT_TOKEN = Symbol('SafeHtml');

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function renderInterpolation(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(renderInterpolation).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${text}</td>\`` escapes `text`; nested `html` stays markup. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let markup = strings[0];
  values.forEach((value, i) => {
    markup += renderInterpolation(value) + strings[i + 1];
  });
  return new SafeHtml(markup, CONSTRUCT_TOKEN);
}

export function joinHtml(parts: readonly SafeHtml[], separator: SafeHtml = html``): SafeHtml {
  return new SafeHtml(parts.map(String).join(separator.toString()), CONSTRUCT_TOKEN);
}

/**
 * JSON for a `<script type="application/json">` block. `<`, `>` and `&` become `\u003c`…
 * so no `</script>` or `<!--` can end or confuse the block, and U+2028/U+2029 are escaped
 * so the text is also a valid JavaScript string if anyone ever evaluates it.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');
  });
}
