// Front-matter fixes copy a value's YAML source from the canonical. The copy is certain
// only when `key: <source>` alone reads back as the same key and value: no alias to an
// anchor elsewhere, no tag or anchor left behind, no multi-line scalar, no key that needs
// quoting.
import { isDeepStrictEqual } from 'node:util';
import { isMap, parseDocument } from 'yaml';

/** `key: raw` (or `key:` for an empty value) when it parses as exactly {key: value}; else null. */
export function yamlEntryLine(key: string, raw: string, value: unknown): string | null {
  if (/[\r\n]/.test(raw) || /[\r\n]/.test(key)) return null;
  const line = raw === '' ? `${key}:` : `${key}: ${raw}`;
  // logLevel 'error': a key such as `[a, b]` must not make yaml print a Node warning.
  const doc = parseDocument(line, { strict: true, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return null;
  let parsed: unknown;
  try {
    parsed = doc.toJS();
  } catch {
    return null;
  }
  return isDeepStrictEqual(parsed, { [key]: value }) ? line : null;
}
