// Front matter: YAML (`---`) or TOML (`+++`, Hugo) keys with their parsed values and
// positions. Keys of nested maps are entries of their own under a dotted path
// (`sidebar.label`), after the map's own entry. Invalid YAML or TOML is recorded (the
// frontmatter-keys rule reports it), never thrown.
import { parseDocument, isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import { parse as parseToml, type TomlError } from 'smol-toml';
import type { Yaml } from 'mdast';
import type { FrontmatterEntry, FrontmatterOutline } from '../types.js';
import { nodeSpan, type LineIndex } from '../line-index.js';

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
  const outline: FrontmatterOutline = { span, entries: [], error: null, format: 'yaml' };
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
  // Depth-first, document order: a map's entry, then its keys' entries (explicit stack).
  const stack: Array<{ items: Pair<YamlNode, YamlNode | null>[]; values: Record<string, unknown>; parent: string | null; next: number; seen: Set<string> }> = [
    { items: doc.contents.items as Pair<YamlNode, YamlNode | null>[], values, parent: null, next: 0, seen: new Set() },
  ];
  while (stack.length > 0) {
    const level = stack[stack.length - 1];
    if (level.next >= level.items.length) {
      stack.pop();
      continue;
    }
    const pair = level.items[level.next++];
    const keyRange = rangeOf(pair.key);
    if (!keyRange) continue;
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (level.seen.has(name)) {
      outline.error = { message: `the key "${level.parent ? `${level.parent}.` : ''}${name}" appears twice`, span: lines.span(base + keyRange[0], base + keyRange[1]) };
      outline.entries = [];
      return outline;
    }
    level.seen.add(name);
    const key = level.parent === null ? name : `${level.parent}.${name}`;
    const value = level.values !== null && typeof level.values === 'object' && Object.prototype.hasOwnProperty.call(level.values, name) ? level.values[name] : null;
    const valueRange = rangeOf(pair.value) ?? [keyRange[1] + 1, keyRange[1] + 1];
    const end = Math.max(valueRange[1], keyRange[1]);
    const branch = isMap(pair.value) && pair.value.items.length > 0 && stack.length < MAX_NESTED_DEPTH;
    outline.entries.push({
      key,
      value,
      raw: yamlText.slice(valueRange[0], valueRange[1]).trimEnd(),
      span: lines.span(base + keyRange[0], base + end),
      valueSpan: lines.span(base + valueRange[0], base + valueRange[0] + yamlText.slice(valueRange[0], valueRange[1]).trimEnd().length),
      ...(level.parent === null ? {} : { parent: level.parent }),
      ...(branch ? { branch: true } : {}),
    });
    if (branch) stack.push({ items: (pair.value as { items: Pair<YamlNode, YamlNode | null>[] }).items, values: value as Record<string, unknown>, parent: key, next: 0, seen: new Set() });
  }
  return outline;
}

/** Maps nested deeper than this are compared as one value (real front matter nests two or three levels). */
const MAX_NESTED_DEPTH = 8;

/**
 * TOML front matter (`+++` fences, as Hugo writes it), parsed with smol-toml. smol-toml
 * gives values, not positions: each key's line is found by locateTomlKeys; a key it cannot
 * place gets the whole block's span. Values are made plain JSON (dates become their TOML
 * text, e.g. `2024-03-01`).
 */
export function outlineTomlFrontmatter(node: { value: string; position?: Yaml['position'] }, text: string, lines: LineIndex): FrontmatterOutline {
  const span = nodeSpan(node as Yaml);
  const fenceEnd = lineBreakAt(text, span.start.offset);
  const base = fenceEnd === -1 ? span.end.offset : fenceEnd + (text.startsWith('\r\n', fenceEnd) ? 2 : 1);
  const tomlText = text.slice(base, base + node.value.length);
  const outline: FrontmatterOutline = { span, entries: [], error: null, format: 'toml' };
  let values: Record<string, unknown>;
  try {
    values = JSON.parse(JSON.stringify(parseToml(tomlText))) as Record<string, unknown>;
  } catch (error) {
    const e = error as TomlError;
    const line = typeof e.line === 'number' ? e.line : 1;
    const at = base + lineOffset(tomlText, line);
    outline.error = { message: `not valid TOML: ${e.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`, span: lines.span(at, at) };
    return outline;
  }
  const located = locateTomlKeys(tomlText);
  const stack: Array<{ keys: string[]; values: Record<string, unknown>; parent: string | null; next: number }> = [{ keys: Object.keys(values), values, parent: null, next: 0 }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1];
    if (level.next >= level.keys.length) {
      stack.pop();
      continue;
    }
    const name = level.keys[level.next++];
    const key = level.parent === null ? name : `${level.parent}.${name}`;
    const value = level.values[name];
    const at = located.get(key);
    const raw = at ? tomlText.slice(at.valueStart, at.valueEnd) : JSON.stringify(value);
    const branch = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && stack.length < MAX_NESTED_DEPTH;
    outline.entries.push({
      key,
      value,
      raw,
      span: at ? lines.span(base + at.keyStart, base + Math.max(at.keyEnd, at.valueEnd)) : span,
      valueSpan: at ? lines.span(base + at.valueStart, base + at.valueEnd) : span,
      ...(level.parent === null ? {} : { parent: level.parent }),
      ...(branch ? { branch: true } : {}),
    });
    if (branch) stack.push({ keys: Object.keys(value as object), values: value as Record<string, unknown>, parent: key, next: 0 });
  }
  return outline;
}

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

const TOML_KEY_PART = /^[ \t]*(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*/;

/** Splits a TOML dotted key (`a."b.c".d`) into its parts; null when it is not one. */
function tomlKeyParts(source: string): string[] | null {
  const parts: string[] = [];
  let rest = source;
  for (;;) {
    const m = TOML_KEY_PART.exec(rest);
    if (!m) return null;
    const part = m[0].trim();
    parts.push(part.startsWith('"') || part.startsWith("'") ? part.slice(1, -1) : part);
    rest = rest.slice(m[0].length);
    if (rest === '') return parts;
    if (rest[0] !== '.') return null;
    rest = rest.slice(1);
  }
}

/**
 * Where each key of a TOML document is written: `[table]` headers and `key = value` lines
 * (offsets into `toml`, 0-based UTF-16 code units; the value is the rest of the line, so a
 * multi-line value's raw text is its first line). Not a TOML parser (smol-toml gives the
 * values): a line scan that tracks the current table. Lines inside multi-line strings are
 * skipped; keys of arrays of tables (`[[x]]`) are not placed.
 */
export function locateTomlKeys(toml: string): Map<string, { keyStart: number; keyEnd: number; valueStart: number; valueEnd: number }> {
  const found = new Map<string, { keyStart: number; keyEnd: number; valueStart: number; valueEnd: number }>();
  let table: string[] | null = [];
  let inMultiline: string | null = null;
  let lineStart = 0;
  while (lineStart <= toml.length) {
    const newline = toml.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? toml.length : newline;
    const line = toml.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (inMultiline !== null) {
      if (line.includes(inMultiline)) inMultiline = null;
    } else {
      const trimmed = line.trimStart();
      const indent = line.length - trimmed.length;
      if (trimmed.startsWith('[[')) table = null;
      else if (trimmed.startsWith('[')) {
        const close = trimmed.indexOf(']');
        const parts = close === -1 ? null : tomlKeyParts(trimmed.slice(1, close));
        table = parts;
        if (parts) {
          const key = parts.join('.');
          if (!found.has(key)) found.set(key, { keyStart: lineStart + indent, keyEnd: lineStart + indent + close + 1, valueStart: lineStart + indent + close + 1, valueEnd: lineStart + indent + close + 1 });
        }
      } else if (table !== null && trimmed !== '' && !trimmed.startsWith('#')) {
        const equals = trimmed.indexOf('=');
        const parts = equals === -1 ? null : tomlKeyParts(trimmed.slice(0, equals));
        if (parts) {
          const key = [...table, ...parts].join('.');
          const valueText = trimmed.slice(equals + 1);
          const valueIndent = valueText.length - valueText.trimStart().length;
          const valueStart = lineStart + indent + equals + 1 + valueIndent;
          const value = valueText.trim();
          if (!found.has(key)) found.set(key, { keyStart: lineStart + indent, keyEnd: lineStart + indent + equals, valueStart, valueEnd: valueStart + value.length });
          for (const quote of ['"""', "'''"]) {
            if (value.startsWith(quote) && value.indexOf(quote, 3) === -1) inMultiline = quote;
          }
        }
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
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
