// parse stage: bytes in, text and mdast out. Never throws on content: anything that
// cannot be read or decoded comes back as a ParseFailure, which becomes a parse-error.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { Parser as AcornParser } from 'acorn';
import acornJsx from 'acorn-jsx';
import { mdxjsEsm } from 'micromark-extension-mdxjs-esm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import { LineIndex } from './line-index.js';
import type { Dialect } from './types.js';

/**
 * How a Markdown file is read. `markdown`: CommonMark + GFM; `mdx`: MDX 3 (ESM, JSX and
 * `{expressions}`, as Astro/Starlight, Docusaurus and dumi read `.mdx`). Both take
 * YAML (`---`) or TOML (`+++`, Hugo) front matter and directive containers (`:::note`,
 * `::name` leaf directives: the syntax of remark-directive, used by Starlight and Docusaurus).
 */
export type { Dialect };

// Only the flow (block) half of the directive syntax: the text half would read every
// `:word` in prose (`10:30`, `Note:this`) as a directive and split the sentence.
function remarkDirectiveContainers(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ flow: directive().flow });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}

/**
 * MDX 3 syntax as remark-mdx reads it (the same micromark extensions), except that
 * `{expressions}` and JSX attribute values are not parsed as JavaScript: only
 * `import`/`export` are (acorn). Docusaurus's `## Title {#id}` heading IDs are not
 * JavaScript and are what sites write; the linter needs the expression's text, not its AST.
 */
function remarkMdxSyntax(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const acorn = AcornParser.extend(acornJsx());
  (data.micromarkExtensions ??= []).push(mdxjsEsm({ acorn, acornOptions: { ecmaVersion: 2024, sourceType: 'module' } }), mdxExpression(), mdxJsx(), mdxMd());
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
}

const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkDirectiveContainers).freeze();
const mdxProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMdxSyntax).use(remarkDirectiveContainers).freeze();

/** `.mdx` files are always MDX; other Markdown files follow the configured dialect. */
export function dialectOf(file: string, markdownDialect: Dialect = 'markdown'): Dialect {
  return /\.mdx$/i.test(file) ? 'mdx' : markdownDialect;
}

/**
 * Thrown by parseMarkdown when the MDX parser rejects a file (unclosed JSX, a bad
 * expression); carries the parser's reason and 1-based line and column.
 */
export class MdxSyntaxError extends Error {
  constructor(message: string, readonly line: number | undefined, readonly column: number | undefined) {
    super(message);
  }
}

export interface DecodedText {
  ok: true;
  text: string;
  bom: boolean;
  bytes: number;
}

export interface ParseFailure {
  ok: false;
  /** One of the parse-error rule's messageIds. */
  reason: 'unreadable' | 'tooLarge' | 'binary' | 'utf16' | 'invalidUtf8' | 'parseFailed' | 'tooDeep' | 'outsideRoot' | 'notRegular' | 'lineTooLong';
  detail: string;
  line?: number;
  column?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8, refusing what would be silently mangled. */
export function decodeText(bytes: Uint8Array, maxFileSize: number): DecodedText | ParseFailure {
  if (bytes.length > maxFileSize) {
    return { ok: false, reason: 'tooLarge', detail: `${bytes.length} bytes, the limit is ${maxFileSize}` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'utf16', detail: 'the file starts with a UTF-16 byte order mark' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: 'binary', detail: `NUL byte at offset ${nul}`, ...lineColumnOfByte(bytes, nul) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: 'invalidUtf8', detail: `invalid UTF-8 at byte ${at}`, ...lineColumnOfByte(bytes, at) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom, bytes: bytes.length };
}

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

// Columns count UTF-16 code units of the decoded line, after a leading BOM, as every other
// position does (mdast's, the outline's), not bytes.
function lineColumnOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? Math.min(3, at) : 0;
  for (let i = lineStart; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: lenientUtf8.decode(bytes.subarray(lineStart, at)).length + 1 };
}

// TextDecoder does not say where decoding failed; find the first invalid sequence ourselves.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

export { MAX_NESTING_DEPTH, DEFAULT_MAX_LINE_LENGTH, longestLine, maxContainerDepth } from './parse-guards.js';

/**
 * Parses Markdown (with YAML or TOML front matter, GFM tables, directive containers) into
 * mdast; `dialect: 'mdx'` adds MDX. Plain Markdown never throws; MDX throws MdxSyntaxError.
 */
export function parseMarkdown(text: string, dialect: Dialect = 'markdown'): Root {
  let tree: Root;
  if (dialect === 'mdx') {
    try {
      tree = mdxProcessor.parse(text) as Root;
    } catch (error) {
      const e = error as { reason?: string; message: string; line?: number; column?: number };
      const reason = e.reason ?? e.message;
      // An error at the end of the file has no place of its own; its reason names the opening tag's.
      const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
      const line = e.line ?? (named ? Number(named[1]) : undefined);
      const column = e.column ?? (named ? Number(named[2]) : undefined);
      throw new MdxSyntaxError(reason, line, column);
    }
  } else tree = markdownProcessor.parse(text) as Root;
  if (/\r(?!\n)/.test(text)) countLinesByLineFeed(tree, text);
  return tree;
}

// micromark also ends a line at a lone CR; every other position in l10n-lint (outlines,
// invisible characters, reports) counts lines by LF only. Re-derive line and column from
// each node's offset so they agree. Iterative: a deeply nested tree cannot overflow the stack.
function countLinesByLineFeed(tree: Root, text: string): void {
  const lines = new LineIndex(text);
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p && p.start.offset !== undefined && p.end.offset !== undefined) {
      p.start = lines.point(p.start.offset);
      p.end = lines.point(p.end.offset);
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
