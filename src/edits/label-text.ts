// How much of a malformed structural label a fix may replace. The rule's verdict finds the
// near miss loosely (letters and digits with any punctuation between and after them); a fix
// must replace only what is certainly label: the label's letters and digits, and between
// and after them only spaces, dashes and the canonical label's own separator characters.
// `L1 -"Blockiert"` keeps its quote, `L2 -¿Qué?` its `¿`, and `L10` is never read as `L1`.

const escapeInClass = (s: string) => s.replace(/[\\\]^[-]/g, '\\$&');

function strictLabelPattern(canonicalLabel: string): RegExp | null {
  const parts = canonicalLabel.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu);
  if (!parts) return null;
  const body = parts
    .map((part) => (/[\p{L}\p{N}]/u.test(part) ? [...part].join('\\s*') : `[\\s\\p{Pd}${escapeInClass([...new Set(part)].join(''))}]+`))
    .join('');
  return new RegExp(`^${body}`, 'u');
}

const sameClass = (a: string, b: string) => (/\p{N}/u.test(a) && /\p{N}/u.test(b)) || (/\p{L}/u.test(a) && /\p{L}/u.test(b));

/** Punctuation that opens the text after a label (a quote, bracket, `¿`, emphasis or link). */
const OPENS_TEXT = /[\p{Ps}\p{Pi}"'¿¡*_`[!<]/u;

/** Length of the label to replace at the start of the raw source, or null when it is not certain. */
export function certainLabelLength(rawStart: string, canonicalLabel: string): number | null {
  const match = strictLabelPattern(canonicalLabel)?.exec(rawStart);
  if (!match || match[0].length === 0) return null;
  const last = match[0].at(-1)!;
  const next = rawStart.charAt(match[0].length);
  // `L1` followed by `0` is another label. Other punctuation right after the match (`L2: `,
  // `L2 -. `) may be the label's separator or the text's: not certain. So is a backslash or
  // `&`, which may be an escape or entity showing more separator than the source spells.
  if (next !== '' && (sameClass(last, next) || (/[\p{P}\p{S}]/u.test(next) && !OPENS_TEXT.test(next)))) return null;
  return match[0].length;
}
