// Fingerprints identify a finding across edits: rule, set, locale, file and the
// element's structural key, never its line, so moving a paragraph keeps a baseline valid.
import { createHash } from 'node:crypto';

export function fingerprint(parts: { ruleId: string; set: string; locale: string; file: string; key: string }): string {
  return createHash('sha256')
    .update([parts.ruleId, parts.set, parts.locale, parts.file, parts.key].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** The default structural key: message id and data without positional values. */
export function defaultKey(messageId: string, data: Record<string, string | number> | undefined): string {
  const stable = Object.entries(data ?? {})
    .filter(([name]) => !/line|column/i.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return `${messageId}\u0000${JSON.stringify(stable)}`;
}
