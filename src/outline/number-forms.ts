// Numbers a translation writes another way than the source: in CJK numerals (第三), as a
// word (three, drei), or inside a date the locale writes in its own form. preserved-tokens
// counts a number so written as present. Split from tokens.ts, which finds the tokens.
import type { Token } from './tokens.js';

const CJK_DIGITS = '〇一二三四五六七八九';

/** A whole number written in CJK numerals (`三`, `十二`, `二十一`, `一百零五`, `二〇二〇`); none above 9999. */
export function cjkNumerals(value: number): string[] {
  if (!Number.isInteger(value) || value < 0 || value > 9999) return [];
  const forms = new Set<string>();
  if (value < 10) forms.add(CJK_DIGITS[value]);
  else {
    let out = '';
    const units: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十']];
    let rest = value;
    for (const [size, mark] of units) {
      const digit = Math.floor(rest / size);
      rest %= size;
      if (digit > 0) out += (digit === 1 && (size === 10 || size === 100 || size === 1000) && out === '' ? '' : CJK_DIGITS[digit]) + mark;
      else if (out !== '' && rest > 0 && !out.endsWith('零')) out += '零';
    }
    if (rest > 0) out += CJK_DIGITS[rest];
    // 一百零五 and 百五 and 105 as 一〇五 (years: 二〇二〇) are all written.
    for (const form of [out, out.replaceAll('零', '〇'), out.replaceAll('零', '')]) {
      forms.add(form);
      if (/^[百千]/.test(form)) forms.add(`一${form}`);
    }
    if (value >= 100) forms.add([...String(value)].map((d) => CJK_DIGITS[Number(d)]).join(''));
  }
  return [...forms];
}

// Cardinal number words 0-12 by language: a translation may spell a small number out.
const NUMBER_WORDS: Record<string, string[][]> = {
  en: [['zero'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten'], ['eleven'], ['twelve']],
  de: [['null'], ['eins', 'ein', 'eine', 'einen', 'einem', 'einer'], ['zwei'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun'], ['zehn'], ['elf'], ['zwölf']],
  fr: [['zéro'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix'], ['onze'], ['douze']],
  es: [['cero'], ['uno', 'una', 'un'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'], ['diez'], ['once'], ['doce']],
  it: [['zero'], ['uno', 'una', 'un'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove'], ['dieci'], ['undici'], ['dodici']],
  pt: [['zero'], ['um', 'uma'], ['dois', 'duas'], ['três'], ['quatro'], ['cinco'], ['seis'], ['sete'], ['oito'], ['nove'], ['dez'], ['onze'], ['doze']],
  nl: [['nul'], ['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen'], ['tien'], ['elf'], ['twaalf']],
  ru: [['ноль'], ['один', 'одна', 'одно', 'одного', 'одной'], ['два', 'две', 'двух'], ['три', 'трёх', 'трех'], ['четыре', 'четырёх'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять'], ['десять'], ['одиннадцать'], ['двенадцать']],
};

/**
 * True when `text` (a locale block) writes the whole number `value` out: in CJK numerals
 * (`第三`, `十二`) or, for 0-12, as a word of the locale's language (`drei`, `trois`).
 */
export function numberWrittenOut(value: string, text: string, locale: string): boolean {
  if (!/^\d{1,4}$/.test(value)) return false;
  const n = Number(value);
  if (cjkNumerals(n).some((form) => text.includes(form))) return true;
  const words = NUMBER_WORDS[locale.split('-')[0].toLowerCase()]?.[n];
  if (!words) return false;
  const found = new Set(text.toLowerCase().split(/[^\p{L}\p{M}]+/u));
  return words.some((w) => found.has(w));
}

const monthNamesCache = new Map<string, string[]>();

/** True when `text` holds a month name of `locale` (long or short, from Intl: `November`, `Nov`). */
export function namesMonth(text: string, locale: string): boolean {
  let names = monthNamesCache.get(locale);
  if (!names) {
    names = [];
    try {
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) names.push(format.format(Date.UTC(2020, m, 15)).toLowerCase().replace(/\.$/, ''));
      }
    } catch {
      // An unknown locale tag: no month names, nothing excused.
    }
    monthNamesCache.set(locale, (names = [...new Set(names)].filter((n) => /^\p{L}{3,}$/u.test(n))));
  }
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  return names.some((n) => words.has(n));
}

/**
 * True when the whole number `value` is a year, month or day of one of the `dates` (the
 * date tokens of a locale block) and the source block names a month: `2025` and `10` of
 * `2025年11月10日` where the source wrote `November 10, 2025`, a date whose month name makes
 * it no date token. Linear in the texts' length.
 */
export function numberInDate(value: string, dates: readonly Token[], source: { text: string; locale: string }): boolean {
  if (!/^\d{1,4}$/.test(value) || !namesMonth(source.text, source.locale)) return false;
  const n = Number(value);
  return dates.some((d) => d.kind === 'date' && d.raw.split(/\D+/).some((part) => part !== '' && Number(part) === n));
}
