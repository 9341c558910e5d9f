// Front-matter fixes copy a value's YAML source from the canonical. The copy is certain
// only when `key: <source>` alone reads back as the same key and value: no alias to an
// anchor elsewhere, no tag or anchor left behind, no multi-line scalar, no key that needs
// quoting.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

// The front-matter rules import this module, so the rules registry would load yaml at
// start-up; it is needed only when a front-matter finding is checked for a fix (a run whose
// results come from the cache checks none). require(): yamlEntryLine is synchronous, and
// yaml is CommonJS under Node (the same instance the outline stage imports).
let yaml: typeof import('yaml') | null = null;

/** `key: raw` (or `key:` for an empty value) when it parses as exactly {key: value}; else null. */
export function yamlEntryLine(key: string, raw: string, value: unknown): string | null {
  if (/[\r\n]/.test(raw) || /[\r\n]/.test(key)) return null;
  const line = raw === '' ? `${key}:` : `${key}: ${raw}`;
  // logLevel 'error': a key such as `[a, b]` must not make yaml print a Node warning.
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const doc = yaml.parseDocument(line, { strict: true, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !yaml.isMap(doc.contents)) return null;
  let parsed: unknown;
  try {
    parsed = doc.toJS();
  } catch {
    return null;
  }
  return isDeepStrictEqual(parsed, { [key]: value }) ? line : null;
}
