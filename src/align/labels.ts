// Structural labels (`L1 - `, `L2 - `): how a locale's label relates to the canonical one.
// A "near miss" (`L1 – `, `L2 -`, `L2- `) keeps the label's letters and digits but not
// its punctuation or spacing; it is malformed, and a fix can restore the canonical form.

export type LabelVerdict =
  | { kind: 'same' }
  | { kind: 'malformed'; actual: string }
  | { kind: 'changed'; actual: string }
  | { kind: 'lost' }
  | { kind: 'unexpected'; actual: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that finds the canonical label's letters and digits with any separators. */
function loosePattern(label: string): RegExp {
  const parts = label.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? [];
  const body = parts.map((part) => (/[\p{L}\p{N}]/u.test(part) ? part.split('').map(escape).join('\\s*') : '[\\s\\p{P}\\p{S}]*')).join('');
  return new RegExp(`^${body.endsWith('*') ? body : `${body}[\\s\\p{P}\\p{S}]*`}`, 'u');
}

/** The label-shaped prefix of a text: letters+digits then separators (`L2 -`, `L1 – `). */
const ANY_LABEL = /^(\p{Lu}+\s*\p{N}+)[\s\p{P}\p{S}]*/u;

export function compareLabel(canonicalLabel: string | null, localeLabel: string | null, localeText: string): LabelVerdict {
  if (canonicalLabel === null) return localeLabel === null ? { kind: 'same' } : { kind: 'unexpected', actual: localeLabel };
  if (localeLabel === canonicalLabel) return { kind: 'same' };
  const near = loosePattern(canonicalLabel).exec(localeText);
  if (near) return { kind: 'malformed', actual: near[0] };
  if (localeLabel !== null) return { kind: 'changed', actual: localeLabel };
  const other = ANY_LABEL.exec(localeText);
  if (other && /[\s\p{P}\p{S}]/u.test(other[0].slice(other[1].length))) return { kind: 'changed', actual: other[0] };
  return { kind: 'lost' };
}

/** Where the malformed prefix sits in the raw source, so a fix replaces exactly it. */
export function rawLabelLength(rawStart: string, canonicalLabel: string): number | null {
  const near = loosePattern(canonicalLabel).exec(rawStart);
  return near ? near[0].length : null;
}
