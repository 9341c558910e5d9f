// outline stage: a pure function from mdast (+ the text it came from) to an Outline,
// the small plain-JSON structure that is cached and that rules see. Rules never walk mdast.
import type { Nodes, Root, Parents, Link, Image, LinkReference, Definition, Table, List, Heading, Html, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { BlockEl, CodeEl, DirectiveEl, HeadingEl, LinkEl, ListEl, LostHeading, Outline, RowEl, TableEl } from '../types.js';
import { LineIndex, nodeSpan } from '../line-index.js';
import { outlineFrontmatter, outlineTomlFrontmatter } from './frontmatter.js';
import { findInvisibles, markInCode } from './invisibles.js';
import { findRefreshTable } from './refresh.js';
import { parseDirective } from './directives.js';
import { htmlFacts } from './html.js';
import { proseOfNode } from './prose.js';
import type { UserPattern } from '../config/user-pattern.js';
import { OUTLINE_VERSION } from './version.js';
import { headingIdOfExpression, maskTemplateTags, splitHeadingId } from './template-tags.js';
import type { Dialect } from '../parse.js';

export { OUTLINE_VERSION };

export interface OutlineOptions {
  labelPattern: UserPattern | null;
  /** How `.md` files are read; `.mdx` files are always MDX. Default `markdown`. */
  markdownDialect?: Dialect;
  /** Longest line parsed, in UTF-16 code units (config `maxLineLength`); absent: the default. */
  maxLineLength?: number;
}

export function lineEndingOf(text: string): Outline['lineEnding'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  if (crlf === 0 && lf === 0) return 'none';
  if (crlf === 0) return 'lf';
  return lf === 0 ? 'crlf' : 'mixed';
}

// Text of a heading or link with runs of whitespace folded, as a reader sees it; MDX
// expressions and ESM and site template tags (shortcodes, Liquid) are not text.
function visibleText(node: Nodes): string {
  return maskTemplateTags(readerText(node)).replace(/\s+/g, ' ').trim();
}

// NOT_TEXT nodes hold code (MDX), never prose. JSX elements' children are text; their attributes are not.
const NOT_TEXT = new Set(['mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

/**
 * mdast-util-to-string with `includeImageAlt` (a node's value, else its alt, else its
 * children in order), without NOT_TEXT nodes. One iterative walk.
 */
function readerText(node: Nodes): string {
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
function isJsxCode(node: Nodes): boolean {
  return node.type === 'mdxJsxTextElement' && (node.name === 'code' || node.name === 'kbd');
}

/** A heading's ID: a trailing `{#id}` in Markdown, or a last `{#id}` expression in MDX. */
function headingId(heading: Heading): string | null {
  const last = heading.children[heading.children.length - 1] as Nodes | undefined;
  if (last?.type === 'mdxTextExpression') return headingIdOfExpression(last.value);
  return splitHeadingId(toString(heading)).id;
}

const RAW_START_LENGTH = 80;
function rawStartAt(text: string, span: { start: { offset: number } } | null): string {
  if (!span) return '';
  return text.slice(span.start.offset, span.start.offset + RAW_START_LENGTH).split(/\r?\n/)[0];
}

function childrenSpan(node: Parents, text: string, lines: LineIndex) {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first?.position || !last?.position) return null;
  return lines.span(first.position.start.offset!, last.position.end.offset!);
}

/** Locates the URL of an inline `[text](url)` link in the source, for exact fixes. */
function inlineTargetSpan(node: Link | Image, text: string, lines: LineIndex) {
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
function definitionUrlOffset(source: string, url: string): number {
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
function lostHeadingsIn(text: string, start: number, end: number, reason: LostHeading['reason'], lines: LineIndex, outline: Outline): void {
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

/** The outline every file starts from: its text facts, no elements yet. */
export function emptyOutline(text: string, lines: LineIndex, bom: boolean): Outline {
  return {
    version: OUTLINE_VERSION,
    bom,
    lineEnding: lineEndingOf(text),
    lines: lines.lineCount,
    length: text.length,
    frontmatter: null,
    headings: [],
    links: [],
    tables: [],
    lists: [],
    code: [],
    blocks: [],
    refresh: null,
    invisibles: findInvisibles(text, lines),
    directives: [],
  };
}

/** Builds the outline of one parsed file. Iterative (deeply nested input cannot overflow the stack). */
export function buildOutline(tree: Root, text: string, options: OutlineOptions, bom = false): Outline {
  const lines = new LineIndex(text);
  const slugger = new GithubSlugger();
  const outline = emptyOutline(text, lines, bom);
  const definitions = new Map<string, Definition>();
  const references: Array<{ node: LinkReference; section: number }> = [];
  const labelOf = (value: string) => (options.labelPattern ? options.labelPattern.matchStart(value) : null);
  let section = -1;

  // Depth-first, document order, with an explicit stack of [node, parent].
  const stack: Array<[Nodes, Parents | null]> = [[tree, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    switch (node.type) {
      case 'yaml':
        if (outline.frontmatter === null && parent?.type === 'root') outline.frontmatter = outlineFrontmatter(node as Yaml, text, lines);
        break;
      // @ts-expect-error: remark-frontmatter's `toml` node is not in mdast's node map.
      case 'toml':
        if (outline.frontmatter === null && parent?.type === 'root') outline.frontmatter = outlineTomlFrontmatter(node as unknown as Yaml, text, lines);
        break;
      case 'heading': {
        const heading = node as Heading;
        const id = headingId(heading);
        const headingText = id === null ? visibleText(heading) : splitHeadingId(visibleText(heading)).text;
        const el: HeadingEl = {
          index: outline.headings.length,
          depth: heading.depth,
          text: headingText,
          label: labelOf(headingText),
          // An explicit ID is the heading's anchor (the site serves it instead of a slug).
          slug: id ?? slugger.slug(toString(heading)),
          ...(id === null ? {} : { id }),
          span: nodeSpan(heading),
          textSpan: childrenSpan(heading, text, lines) ?? nodeSpan(heading),
          rawStart: '',
        };
        el.rawStart = rawStartAt(text, el.textSpan);
        outline.headings.push(el);
        section = el.index;
        outline.blocks.push(block('heading', headingText, heading, section));
        break;
      }
      case 'link':
      case 'image': {
        const link = node as Link | Image;
        const linkText = node.type === 'image' ? (node as Image).alt ?? '' : visibleText(link as Link);
        const textSpan = node.type === 'link' ? childrenSpan(link as Link, text, lines) : null;
        const start = link.position?.start.offset;
        const literal = node.type === 'link' && start !== undefined && text[start] !== '[' && text[start] !== '<';
        outline.links.push({
          ...(literal ? { literal: { before: text.slice(Math.max(0, start! - 3), start) } } : {}),
          index: outline.links.length,
          kind: node.type,
          text: linkText,
          label: labelOf(linkText),
          target: link.url,
          section,
          span: nodeSpan(link),
          targetSpan: inlineTargetSpan(link, text, lines),
          textSpan,
          rawStart: rawStartAt(text, textSpan),
        });
        break;
      }
      case 'linkReference':
        references.push({ node: node as LinkReference, section });
        break;
      case 'definition':
        if (!definitions.has((node as Definition).identifier)) definitions.set((node as Definition).identifier, node as Definition);
        break;
      case 'table':
        outline.tables.push(tableOf(node as Table, outline.tables.length, section));
        for (const row of (node as Table).children) {
          for (const cell of row.children) outline.blocks.push(block('tableCell', visibleText(cell), cell, section));
        }
        break;
      case 'list':
        outline.lists.push({
          index: outline.lists.length,
          section,
          ordered: Boolean((node as List).ordered),
          items: (node as List).children.length,
          span: nodeSpan(node),
        } satisfies ListEl);
        break;
      case 'inlineCode':
      case 'code':
        outline.code.push({
          kind: node.type === 'code' ? 'fenced' : 'inline',
          lang: node.type === 'code' ? node.lang ?? null : null,
          value: node.value,
          section,
          span: nodeSpan(node),
        } satisfies CodeEl);
        break;
      case 'paragraph':
        outline.blocks.push(block(parent?.type === 'listItem' ? 'listItem' : 'paragraph', visibleText(node), node, section));
        if (parent?.type === 'root') lostHeadingsIn(text, nodeSpan(node).start.offset, nodeSpan(node).end.offset, 'no-space', lines, outline);
        break;
      case 'html': {
        if (parent?.type === 'root') lostHeadingsIn(text, nodeSpan(node).start.offset, nodeSpan(node).end.offset, 'html-block', lines, outline);
        const directive = parseDirective((node as Html).value);
        if (directive) outline.directives.push({ ...directive, span: nodeSpan(node) } satisfies DirectiveEl);
        addHtmlFacts(node as Html, section);
        break;
      }
      default:
        break;
    }
    if ('children' in node && node.type !== 'table') {
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as Nodes, node as Parents]);
    } else if (node.type === 'table') {
      // Table cells can hold links and code: walk them too.
      const cells = (node as Table).children.flatMap((row) => row.children);
      for (let i = cells.length - 1; i >= 0; i--) stack.push([cells[i] as Nodes, node as Parents]);
    }
  }

  for (const { node, section: at } of references) {
    const definition = definitions.get(node.identifier);
    if (!definition) continue;
    const linkText = visibleText(node);
    const defSpan = nodeSpan(definition);
    const defSource = text.slice(defSpan.start.offset, defSpan.end.offset);
    const urlAt = definitionUrlOffset(defSource, definition.url);
    outline.links.push({
      index: outline.links.length,
      kind: 'link',
      text: linkText,
      label: labelOf(linkText),
      target: definition.url,
      section: at,
      span: nodeSpan(node),
      targetSpan: urlAt === -1 ? null : lines.span(defSpan.start.offset + urlAt, defSpan.start.offset + urlAt + definition.url.length),
      textSpan: childrenSpan(node, text, lines),
      rawStart: rawStartAt(text, childrenSpan(node, text, lines)),
    } satisfies LinkEl);
  }
  outline.links.sort((a, b) => a.span.start.offset - b.span.start.offset).forEach((link, i) => (link.index = i));
  outline.blocks.forEach((b, i) => (b.index = i));
  outline.refresh = findRefreshTable(outline);
  // Inline code spans cannot nest, and a code block holds no other code: sorted, they do not overlap.
  if (outline.invisibles.length > 0) markInCode(outline.invisibles, outline.code.map((c) => c.span).sort((a, b) => a.start.offset - b.start.offset));
  // A file that opens a front-matter fence but never closes it: remark reads a thematic
  // break and text, so say what the writer meant instead.
  if (outline.frontmatter === null && /^---[ \t]*[\r\n]/.test(text)) {
    const firstLine = text.indexOf('\n');
    outline.frontmatter = { span: lines.span(0, firstLine === -1 ? text.length : firstLine), entries: [], error: { message: 'the front matter opened on line 1 is never closed with ---', span: lines.span(0, 3) } };
  }
  return outline;

  // `<a href>` and `<img src>` in raw HTML are links; `id` and `<a name>` are anchors.
  function addHtmlFacts(node: Html, at: number): void {
    const base = node.position?.start.offset;
    if (base === undefined) return;
    const facts = htmlFacts(node.value);
    if (facts.anchors.length > 0) (outline.htmlAnchors ??= []).push(...facts.anchors);
    // Inside a block quote or list the value lacks the container's `> ` or indent: offsets
    // into it are not offsets into the file, so such links get the node's span and no fix.
    const verbatim = text.slice(base, base + node.value.length) === node.value;
    for (const link of facts.links) {
      const span = verbatim ? lines.span(base + link.start, base + link.end) : nodeSpan(node);
      outline.links.push({
        index: outline.links.length,
        kind: link.kind,
        text: link.text,
        label: labelOf(link.text),
        target: link.target,
        section: at,
        span,
        targetSpan: verbatim && link.value ? lines.span(base + link.value[0], base + link.value[1]) : null,
        textSpan: null,
        rawStart: '',
      } satisfies LinkEl);
    }
  }

  function block(kind: BlockEl['kind'], blockText: string, node: Nodes, at: number): BlockEl {
    const inlineCode: string[] = [];
    const inner: Nodes[] = [node];
    while (inner.length > 0) {
      const n = inner.pop()!;
      if (n.type === 'inlineCode') inlineCode.push(n.value);
      // MDX `<code>…</code>` (API signatures in JSX) is inline code, not prose.
      else if (isJsxCode(n)) inlineCode.push(visibleText(n));
      else if ('children' in n) inner.push(...((n as Parents).children as Nodes[]));
    }
    return { index: 0, kind, section: at, text: blockText, inlineCode: inlineCode.reverse(), span: nodeSpan(node), prose: proseOfNode(node) };
  }

  function tableOf(table: Table, index: number, at: number): TableEl {
    const rows: RowEl[] = table.children.map((row) => ({
      span: nodeSpan(row),
      cells: row.children.map((cell) => ({ text: visibleText(cell), span: nodeSpan(cell) })),
    }));
    return { index, section: at, header: rows[0], rows: rows.slice(1), span: nodeSpan(table) };
  }
}
