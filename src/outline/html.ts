// Links and anchors inside raw HTML (HTML blocks and inline HTML in Markdown): `<a href>`
// and `<img src>` are links like any other, and `id`/`name` attributes are anchors other
// pages link to. Tokenized with parse5 (the WHATWG HTML parser the unified ecosystem uses
// in hast-util-from-html), never with a regular expression.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlLink {
  kind: 'link' | 'image';
  /** The attribute value, entities decoded (as the browser reads it). */
  target: string;
  /** The element's text (an `<img>`'s `alt`), whitespace folded. */
  text: string;
  /** Offsets of the start tag in the fragment (0-based UTF-16, [start, end)). */
  start: number;
  end: number;
  /** Offsets of the attribute value as written, or null when it holds entities (no exact span). */
  value: [number, number] | null;
}

export interface HtmlFacts {
  links: HtmlLink[];
  /** Values of `id` attributes (any element) and `name` attributes (on `<a>`), in order. */
  anchors: string[];
}

const NONE: HtmlFacts = { links: [], anchors: [] };

/** Cheap pre-check: most HTML nodes (comments, `<br>`, `<div>`) hold no link and no anchor. */
function mayHoldFacts(html: string): boolean {
  const lower = html.toLowerCase();
  return lower.includes('<a') || lower.includes('<img') || lower.includes('id=') || lower.includes('name=');
}

/** The links and anchors of one raw HTML fragment. Linear in its length; never throws on bad HTML. */
export function htmlFacts(html: string): HtmlFacts {
  if (!mayHoldFacts(html)) return NONE;
  const facts: HtmlFacts = { links: [], anchors: [] };
  const root = parseFragment(html, { sourceCodeLocationInfo: true });
  const stack: Node[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('tagName' in node)) continue;
    const el = node as Element;
    const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
    const id = attr('id');
    if (id) facts.anchors.push(id);
    const name = attr('name');
    if (name && el.tagName === 'a') facts.anchors.push(name);
    const linkAttr = el.tagName === 'a' ? 'href' : el.tagName === 'img' ? 'src' : null;
    const target = linkAttr ? attr(linkAttr) : undefined;
    const location = el.sourceCodeLocation;
    // `href={post.url}` in MDX is a JSX expression, not a URL.
    if (linkAttr && target !== undefined && location && !target.trimStart().startsWith('{')) {
      const tag = location.startTag ?? location;
      const text = el.tagName === 'img' ? attr('alt') ?? '' : textOf(el);
      facts.links.push({
        kind: el.tagName === 'img' ? 'image' : 'link',
        target,
        text,
        start: tag.startOffset,
        end: tag.endOffset,
        value: valueSpan(html, location.attrs?.[linkAttr], target),
      });
    }
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]);
  }
  return facts;
}

/** Where an attribute's value sits in `name="value"`, when it is written exactly as read. */
function valueSpan(html: string, at: { startOffset: number; endOffset: number } | undefined, value: string): [number, number] | null {
  if (!at) return null;
  const raw = html.slice(at.startOffset, at.endOffset);
  const eq = raw.indexOf('=');
  if (eq === -1) return null;
  let i = eq + 1;
  while (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\n') i++;
  const quote = raw[i] === '"' || raw[i] === "'" ? 1 : 0;
  const start = at.startOffset + i + quote;
  return html.slice(start, start + value.length) === value ? [start, start + value.length] : null;
}

function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
