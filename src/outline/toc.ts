// DocFX-style tables of contents (`toc.yml`): a YAML list of entries with `name`, `href`
// and nested `items`. The outline keeps each entry's place in the tree and its positions;
// invalid YAML or an unexpected shape is recorded (toc-structure reports it), never thrown.
import { parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Outline, TocEntry, TocOutline } from '../types.js';
import { LineIndex } from '../line-index.js';
import { emptyOutline } from './index.js';

// Guards against YAML bombs (alias expansion), as for front matter.
const MAX_ALIAS_COUNT = 100;

class TocShapeError extends Error {
  constructor(
    message: string,
    readonly range: [number, number],
  ) {
    super(message);
  }
}

function rangeOf(node: YamlNode | null | undefined, fallback: [number, number]): [number, number] {
  return node?.range ? [node.range[0], node.range[1]] : fallback;
}

function scalarText(node: unknown): string | null {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : null;
}

/** Reads the entries of a TOC; throws TocShapeError when it is not a list of mappings. */
function readEntries(list: YAMLSeq, text: string, lines: LineIndex): TocEntry[] {
  const entries: TocEntry[] = [];
  const visit = (seq: YAMLSeq, depth: number, parent: number) => {
    for (const item of seq.items as YamlNode[]) {
      if (!isMap(item)) throw new TocShapeError('a TOC entry must be a mapping with `name` and `href`', rangeOf(item, [0, 0]));
      const map = item as YAMLMap<unknown, YamlNode>;
      const hrefNode = map.get('href', true) as YamlNode | undefined;
      const items = map.get('items', true) as YamlNode | undefined;
      if (items !== undefined && items !== null && !isSeq(items)) throw new TocShapeError('`items` must be a list of entries', rangeOf(items, rangeOf(item, [0, 0])));
      // The entry's own keys, without its children: where reports about it point.
      const ownEnd = Math.max(...map.items.filter((p) => scalarText(p.key) !== 'items').map((p) => rangeOf((p.value ?? p.key) as YamlNode, [0, 0])[1]));
      const start = rangeOf(item, [0, 0])[0];
      const end = start + text.slice(start, Math.max(start, ownEnd)).trimEnd().length;
      const entry: TocEntry = {
        index: entries.length,
        name: scalarText(map.get('name', true)) ?? '',
        href: scalarText(hrefNode),
        depth,
        parent,
        children: isSeq(items) ? items.items.length : 0,
        span: lines.span(start, end),
        hrefSpan: hrefNode?.range ? lines.span(hrefNode.range[0], hrefNode.range[1]) : null,
      };
      entries.push(entry);
      if (isSeq(items)) visit(items, depth + 1, entry.index);
    }
  };
  visit(list, 1, -1);
  return entries;
}

/** The TOC of a file's text: a list of entries, or a mapping whose `items` is that list. */
export function readToc(text: string, lines: LineIndex): TocOutline {
  // logLevel 'error': content must not make yaml print Node warnings (e.g. on a `? [a, b]` key).
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const firstError = doc.errors[0];
  if (firstError) {
    return { entries: [], error: { message: firstError.message.split('\n')[0], span: lines.span(Math.min(firstError.pos[0], text.length), Math.min(firstError.pos[1], text.length)) } };
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (doc.contents === null) return { entries: [], error: null };
    const root = isMap(doc.contents) ? doc.contents.get('items', true) : doc.contents;
    if (!isSeq(root)) throw new TocShapeError('a TOC must be a list of entries (or a mapping with `items`)', rangeOf(doc.contents as YamlNode, [0, 0]));
    return { entries: readEntries(root, text, lines), error: null };
  } catch (error) {
    const range = error instanceof TocShapeError ? error.range : [0, 0];
    return { entries: [], error: { message: (error as Error).message.split('\n')[0], span: lines.span(range[0], range[1]) } };
  }
}

/** The outline of a `toc.yml`: no Markdown elements, the TOC in `toc`. */
export function buildTocOutline(text: string, bom = false): Outline {
  const lines = new LineIndex(text);
  return { ...emptyOutline(text, lines, bom), toc: readToc(text, lines) };
}
