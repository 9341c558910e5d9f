// One file from disk to Outline, the unit of work that workers run and the cache stores.
// Never throws: a file that cannot be read or decoded comes back as a ParseProblem reason.
import { decodeText, longestLine, maxContainerDepth, MAX_NESTING_DEPTH, DEFAULT_MAX_LINE_LENGTH, MdxSyntaxError, parseMarkdown } from '../parse.js';
import { readContained } from '../io/read.js';
import { buildOutline, type OutlineOptions } from './index.js';
import { buildTocOutline } from './toc.js';
import type { Outline, ParseProblem } from '../types.js';

export type OutlineOutcome =
  | { ok: true; outline: Outline }
  | { ok: false; problem: Pick<ParseProblem, 'reason' | 'detail' | 'line' | 'column'> };

/** `markdown` follows OutlineOptions.markdownDialect; `mdx` is always MDX. */
export type OutlineFormat = 'markdown' | 'mdx' | 'toc';

/** `.yml`/`.yaml` files in a content set are DocFX tables of contents; `.mdx` is MDX; everything else is Markdown. */
export function outlineFormatOf(file: string): OutlineFormat {
  return /\.ya?ml$/i.test(file) ? 'toc' : /\.mdx$/i.test(file) ? 'mdx' : 'markdown';
}

export function outlineFromBytes(bytes: Uint8Array, options: OutlineOptions, maxFileSize: number, format: OutlineFormat = 'markdown'): OutlineOutcome {
  const decoded = decodeText(bytes, maxFileSize);
  if (!decoded.ok) return { ok: false, problem: { reason: decoded.reason, detail: decoded.detail, line: decoded.line, column: decoded.column } };
  try {
    if (format === 'toc') return { ok: true, outline: buildTocOutline(decoded.text, decoded.bom) };
    // Guards before parsing: micromark's cost grows faster than linearly in a line's length
    // (resolveAllText) and in container depth; both are measured in linear time here.
    const maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    const longest = longestLine(decoded.text);
    if (longest.length > maxLineLength) {
      return { ok: false, problem: { reason: 'lineTooLong', detail: `line ${longest.line} has ${longest.length} characters, the limit is ${maxLineLength}`, line: longest.line, column: 1 } };
    }
    const depth = maxContainerDepth(decoded.text);
    if (depth > MAX_NESTING_DEPTH) return { ok: false, problem: { reason: 'tooDeep', detail: `lists or block quotes nest ${depth} levels deep; the limit is ${MAX_NESTING_DEPTH}` } };
    const dialect = format === 'mdx' ? 'mdx' : options.markdownDialect ?? 'markdown';
    return { ok: true, outline: buildOutline(parseMarkdown(decoded.text, dialect), decoded.text, options, decoded.bom) };
  } catch (error) {
    if (error instanceof MdxSyntaxError) return { ok: false, problem: { reason: 'parseFailed', detail: `not valid MDX: ${error.message}`, line: error.line, column: error.column } };
    // remark never rejects Markdown, so this is a resource limit: nesting deeper than the
    // parser's recursion can follow.
    const message = (error as Error).message.split('\n')[0];
    const detail = error instanceof RangeError ? `lists or block quotes nest too deeply for the Markdown parser (${message})` : message;
    return { ok: false, problem: { reason: 'parseFailed', detail } };
  }
}

/** Reads a content file through the contained, bounded reader (`within`: the root it must stay inside; null: anywhere). */
export function outlineFromFile(abs: string, options: OutlineOptions, maxFileSize: number, within: string | null = null): OutlineOutcome {
  const bytes = readContained(abs, within, maxFileSize);
  if (!(bytes instanceof Uint8Array)) return { ok: false, problem: { reason: bytes.reason, detail: bytes.detail } };
  return outlineFromBytes(bytes, options, maxFileSize, outlineFormatOf(abs));
}
