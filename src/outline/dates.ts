// Change-log dates are written in several house formats; rows are keyed by the date's value.

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `M/D/YYYY`, `MM/DD/YYYY`, `YYYY-MM-DD`, `YYYY 年 M 月 D 日` -> `YYYY-MM-DD`; anything else -> null. */
export function normalizeDate(raw: string): string | null {
  // Full-width digits (１２３) are common in CJK tables; compare them by value.
  const text = raw.trim().replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let m = US.exec(text);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CJK.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** True when the text looks like an attempt at a date (digits and separators), valid or not. */
export function looksLikeDate(raw: string): boolean {
  return /^\s*[\d\uFF10-\uFF19]{1,4}\s*[/.\-年]\s*[\d\uFF10-\uFF19]{1,2}\s*[/.\-月]\s*[\d\uFF10-\uFF19]{1,4}\s*日?\s*$/.test(raw);
}
