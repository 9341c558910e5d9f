// What the outline reads off an mdast node and the text under it: the text a reader sees
// (MDX expressions and template tags are not text), a heading's explicit ID, spans of a
// link's URL for exact fixes, and lines CommonMark did not read as the headings meant.
import type { Nodes, Parents, Link, Image, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LostHeading, Outline } from '../types.js';
import { nodeSpan, type LineIndex } from '../line-index.js';
import { headingIdOfExpression, maskTemplateTags, splitHeadingId } from './template-tags.js';

// Text of a heading or link with runs of whitespace folded, as a reader sees it; MDX
// expressions and ESM and site template tags (shortcodes, Liquid) are not text.
export function visibleText(node: Nodes): string {
  return maskTemplateTags(readerText(node)).replace(/\s+/g, ' ').trim();
}

// NOT_TEXT nodes hold code (MDX), never prose. JSX elements' children are text; their attributes are not.
const NOT_TEXT = new Set(['mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

/**
 * mdast-util-to-string with `includeImageAlt` (a node's value, else its alt, else its
 * children in order), without NOT_TEXT nodes. One iterative walk.
 */
export function readerText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (NOT_TEXT.has(n.type)) continue;
    if ('value' in n) out += n.value;
    else if ('alt' in n && n.alt) out += n.alt;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

/** An MDX `<code>` or `<kbd>` element in running text: code, like backticks. */
export function isJsxCode(node: Nodes): boolean {
  return node.type === 'mdxJsxTextElement' && (node.name === 'code' || node.name === 'kbd');
}

/** A heading's ID: a trailing `{#id}` in Markdown, or a last `{#id}` expression in MDX. */
export function headingId(heading: Heading): string | null {
  const last = heading.children[heading.children.length - 1] as Nodes | undefined;
  if (last?.type === 'mdxTextExpression') return headingIdOfExpression(last.value);
  return splitHeadingId(toString(heading)).id;
}

const RAW_START_LENGTH = 80;
export function rawStartAt(text: string, span: { start: { offset: number } } | null): string {
  if (!span) return '';
  return text.slice(span.start.offset, span.start.offset + RAW_START_LENGTH).split(/\r?\n/)[0];
}

export function childrenSpan(node: Parents, text: string, lines: LineIndex) {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first?.position || !last?.position) return null;
  return lines.span(first.position.start.offset!, last.position.end.offset!);
}

/** Locates the URL of an inline `[text](url)` link in the source, for exact fixes. */
export function inlineTargetSpan(node: Link | Image, text: string, lines: LineIndex) {
  const span = nodeSpan(node);
  const source = text.slice(span.start.offset, span.end.offset);
  const open = source.lastIndexOf('](');
  if (open === -1) return null;
  let start = open + 2;
  while (source[start] === ' ' || source[start] === '\t') start++;
  if (source[start] === '<') {
    const close = source.indexOf('>', start);
    if (close === -1 || source.slice(start + 1, close) !== node.url) return null;
    return lines.span(span.start.offset + start + 1, span.start.offset + close);
  }
  const raw = source.slice(start, start + node.url.length);
  if (raw !== node.url) return null; // escapes or entities: no exact span, so no fix
  return lines.span(span.start.offset + start, span.start.offset + start + raw.length);
}

/**
 * Where the URL of `[label]: url "title"` starts in its source: right after the label's
 * `]:` and white space (searching for the URL text could land in the title). -1 when the
 * URL is written with escapes or entities, so no fix can replace it exactly.
 */
export function definitionUrlOffset(source: string, url: string): number {
  let i = 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  if (source[i + 1] !== ':') return -1;
  i += 2;
  while (i < source.length && /\s/.test(source[i])) i++;
  if (source[i] === '<') return source.startsWith(`${url}>`, i + 1) ? i + 1 : -1;
  const end = source.slice(i).search(/\s|$/);
  return source.slice(i, i + end) === url ? i : -1;
}

// At most this many `#` marks and characters are looked at per line: the test is anchored and bounded.
const LOST_HEADING_TEXT = 200;

/**
 * Lines of a top-level paragraph or HTML block that a writer meant as headings, but that
 * CommonMark reads otherwise: `##Usage` (ATX headings need a space after the marks, spec
 * 4.2) and `## Usage` right under an HTML block (which runs until a blank line, spec 4.6).
 */
export function lostHeadingsIn(text: string, start: number, end: number, reason: LostHeading['reason'], lines: LineIndex, outline: Outline): void {
  for (let at = start; at < end; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let marks = 0;
    while (marks < 7 && text[at + marks] === '#') marks++;
    const after = text[at + marks];
    const fits = marks >= 1 && marks <= 6 && after !== undefined && at + marks < lineEnd && (reason === 'no-space' ? after !== ' ' && after !== '\t' : after === ' ' || after === '\t');
    if (fits) {
      const written = text.slice(at, Math.min(lineEnd, at + LOST_HEADING_TEXT)).trimEnd();
      (outline.lostHeadings ??= []).push({ depth: marks, text: written, reason, span: lines.span(at, at + written.length) });
    }
    // Only a paragraph's first line can be a heading that lost its space: later lines continue it.
    if (reason === 'no-space') break;
    at = lineEnd + 1;
  }
}
