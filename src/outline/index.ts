// outline stage: a pure function from mdast (+ the text it came from) to an Outline,
// the small plain-JSON structure that is cached and that rules see. Rules never walk mdast.
import type { Nodes, Root, Parents, Link, Image, LinkReference, Definition, Table, List, Heading, Html, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { BlockEl, CodeEl, DirectiveEl, HeadingEl, LinkEl, ListEl, Outline, RowEl, TableEl } from '../types.js';
import { LineIndex, nodeSpan } from '../line-index.js';
import { outlineFrontmatter, outlineTomlFrontmatter } from './frontmatter.js';
import { findInvisibles, markInCode } from './invisibles.js';
import { findRefreshTable } from './refresh.js';
import { parseDirective } from './directives.js';
import { htmlFacts } from './html.js';
import { proseOfNode } from './prose.js';
import type { UserPattern } from '../config/user-pattern.js';
import { OUTLINE_VERSION } from './version.js';
import { childrenSpan, definitionUrlOffset, headingId, inlineTargetSpan, isJsxCode, lostHeadingsIn, rawStartAt, visibleText } from './node-text.js';
import { splitHeadingId, withoutAttributeList } from './template-tags.js';
import type { Dialect } from '../parse.js';
import { includesOf } from './includes.js';

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
          // An attribute list without an ID (`{.notranslate lang=en}`) is not part of the slug.
          slug: id ?? slugger.slug(withoutAttributeList(toString(heading))),
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
  const includes = includesOf(text);
  if (includes.length > 0) outline.includes = includes;
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
