// Front matter: top-level YAML keys with their parsed values and positions. Invalid YAML
// is recorded (the frontmatter-keys rule reports it), never thrown.
import { parseDocument, isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import type { Yaml } from 'mdast';
import type { FrontmatterEntry, FrontmatterOutline } from '../types.js';
import { nodeSpan, type LineIndex } from './positions.js';

// Guards against YAML bombs (alias expansion) and oversized values.
const MAX_ALIAS_COUNT = 100;

function rangeOf(node: unknown): [number, number] | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : null;
}

/** The offset of the first CR or LF at or after `from`; -1 when none. */
function lineBreakAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

export function outlineFrontmatter(node: Yaml, text: string, lines: LineIndex): FrontmatterOutline {
  const span = nodeSpan(node);
  // node.value is the text between the fences; find where it starts in the file.
  // A line ends at LF, CRLF or a lone CR (old Mac files), in front matter as in Markdown:
  // micromark splits lines so, and so does YAML 1.2 (b-break).
  const fenceEnd = lineBreakAt(text, span.start.offset);
  const base = fenceEnd === -1 ? span.end.offset : fenceEnd + (text.startsWith('\r\n', fenceEnd) ? 2 : 1);
  // The yaml package knows LF and CRLF only: a lone CR becomes LF (same length, offsets kept).
  const yamlText = text.slice(base, base + node.value.length).replace(/\r(?!\n)/g, '\n');
  const outline: FrontmatterOutline = { span, entries: [], error: null };
  // `uniqueKeys` in the yaml package is quadratic in the number of keys; duplicates are found below.
  // logLevel 'error': content must not make yaml print Node warnings (e.g. on a `? [a, b]` key).
  const doc = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  const firstError = doc.errors[0];
  if (firstError) {
    const at = base + Math.min(firstError.pos[0], yamlText.length);
    outline.error = { message: firstError.message.split('\n')[0], span: lines.span(at, Math.min(base + firstError.pos[1], base + yamlText.length)) };
    return outline;
  }
  if (doc.contents === null) return outline;
  if (!isMap(doc.contents)) {
    outline.error = { message: 'front matter is not a mapping of keys to values', span };
    return outline;
  }
  // One conversion for the whole document: converting pair by pair costs O(n) each.
  let values: Record<string, unknown>;
  try {
    values = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    outline.error = { message: (error as Error).message.split('\n')[0], span };
    // Only on this (rare) error path: find the key whose value failed, for its position.
    for (const pair of doc.contents.items as Pair<YamlNode, YamlNode | null>[]) {
      try {
        pair.value?.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
      } catch (inner) {
        const keyRange = rangeOf(pair.key);
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (keyRange) outline.error = { message: `key "${key}": ${(inner as Error).message.split('\n')[0]}`, span: lines.span(base + keyRange[0], base + keyRange[1]) };
        break;
      }
    }
    return outline;
  }
  const seen = new Set<string>();
  for (const pair of doc.contents.items as Pair<YamlNode, YamlNode | null>[]) {
    const keyRange = rangeOf(pair.key);
    if (!keyRange) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (seen.has(key)) {
      outline.error = { message: `the key "${key}" appears twice`, span: lines.span(base + keyRange[0], base + keyRange[1]) };
      outline.entries = [];
      return outline;
    }
    seen.add(key);
    const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null;
    const valueRange = rangeOf(pair.value) ?? [keyRange[1] + 1, keyRange[1] + 1];
    const end = Math.max(valueRange[1], keyRange[1]);
    outline.entries.push({
      key,
      value,
      raw: yamlText.slice(valueRange[0], valueRange[1]).trimEnd(),
      span: lines.span(base + keyRange[0], base + end),
      valueSpan: lines.span(base + valueRange[0], base + valueRange[0] + yamlText.slice(valueRange[0], valueRange[1]).trimEnd().length),
    });
  }
  return outline;
}

/** A dotted path (`l10n.sourceCommit`) into front-matter values. */
export function frontmatterValue(frontmatter: FrontmatterOutline | null, dotted: string): unknown {
  if (!frontmatter) return undefined;
  const [head, ...rest] = dotted.split('.');
  const direct = frontmatter.entries.find((e) => e.key === dotted);
  if (direct) return direct.value;
  let value: unknown = frontmatter.entries.find((e) => e.key === head)?.value;
  for (const part of rest) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
