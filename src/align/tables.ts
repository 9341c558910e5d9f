// Rows of aligned tables. A table keyed by an ID or date column (task lists, release
// tables) pairs its rows by key value, so a missing, added or moved row is told apart from
// a row whose key changed; any other table pairs rows by position, unless the two tables
// have different row counts: then by a sequence alignment on each row's language-invariant
// tokens, so one row missing or added leaves the rows after it paired with their own.
import type { CellEl, Matched, Outline, RowEl, TableEl } from '../types.js';
import { extractTokens, type Token } from '../outline/tokens.js';
import { alignByScore } from './sequence.js';

export interface KeyColumn {
  column: number;
  /** `text`: a first column of names both languages write alike (API property names). */
  kind: 'id' | 'date' | 'text';
}

export interface AlignedRows {
  /** null: the table has no key column, rows were paired by position (or by their tokens, when the row counts differ). */
  key: KeyColumn | null;
  /** True when rows were paired by their tokens (no key column, other row counts) and every row left over has tokens: which rows are missing or added is known. */
  byTokens?: boolean;
  /** Rows with the same key (keyed) or at the same position (unkeyed). */
  matched: Matched<RowEl>[];
  /** Matched rows out of the canonical order (keyed tables only). */
  moved: Matched<RowEl>[];
  /** Rows at the same position whose keys differ: the row is there, its key changed. */
  changedKey: Matched<RowEl>[];
  canonicalOnly: RowEl[];
  localeOnly: RowEl[];
}

// A key cell holds exactly one token: a whole number, an ID, or a date.
function keyToken(text: string, locale: string): Token | null {
  const cell = text.trim().replace(/^#/, '');
  const tokens = extractTokens(cell, [], locale);
  // Full-width digits are one UTF-16 unit each, so a token covering the cell has its length.
  if (tokens.length !== 1 || tokens[0].raw.length !== cell.length) return null;
  const [token] = tokens;
  if (token.kind === 'number' && /^\d+$/.test(token.raw)) return token;
  return token.kind === 'id' || token.kind === 'date' ? token : null;
}

/**
 * The key column: the first column, when its cells are all distinct IDs (whole numbers or
 * codes) or all dates. Only the first: a column of amounts further right is data, not a key.
 */
export function keyColumnOf(table: TableEl, locale: string): KeyColumn | null {
  if (table.rows.length < 2) return null;
  const tokens = table.rows.map((row) => keyToken(row.cells[0]?.text ?? '', locale));
  if (tokens.some((t) => t === null)) return null;
  const kinds = new Set(tokens.map((t) => (t!.kind === 'date' ? 'date' : 'id')));
  if (kinds.size !== 1 || new Set(tokens.map((t) => t!.values[0])).size !== tokens.length) return null;
  return { column: 0, kind: [...kinds][0] as KeyColumn['kind'] };
}

// A name column is a key when most of its canonical names are written alike in the locale:
// translated cells would say otherwise, and a minority kept (`OK`, `URL`) is chance.
const TEXT_KEY_MIN_SHARE = 0.6;
// A key is a short name, not a sentence (`active`, `Skeleton.Button`, `--root`).
const TEXT_KEY_MAX_LENGTH = 60;

const keyText = (row: RowEl) => (row.cells[0]?.text ?? '').trim();

/**
 * A first column of distinct short names that the locale table writes alike (API property
 * names, option names): a language-invariant key, though not an ID. null otherwise.
 */
export function textKeyColumnOf(canonical: TableEl, locale: TableEl): KeyColumn | null {
  if (canonical.rows.length < 2) return null;
  const names = canonical.rows.map(keyText);
  if (names.some((n) => n === '' || n.length > TEXT_KEY_MAX_LENGTH || /\s\S+\s/.test(n)) || new Set(names).size !== names.length) return null;
  const localeNames = new Set(locale.rows.map(keyText));
  const shared = names.filter((n) => localeNames.has(n)).length;
  return shared >= Math.max(2, TEXT_KEY_MIN_SHARE * Math.min(names.length, locale.rows.length)) ? { column: 0, kind: 'text' } : null;
}

/** Positions of the longest run of rows that kept their relative order; the others moved. */
function inOrder(localeIndexes: readonly number[]): Set<number> {
  const length = localeIndexes.map(() => 1);
  const previous = localeIndexes.map(() => -1);
  for (let i = 0; i < localeIndexes.length; i++) {
    for (let j = 0; j < i; j++) {
      if (localeIndexes[j] < localeIndexes[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at !== -1) {
    kept.add(at);
    at = previous[at];
  }
  return kept;
}

/** The inline code of a cell (from its block in the outline), for row tokens; none when not given. */
export interface CellCode {
  canonical: (cell: CellEl) => readonly string[];
  locale: (cell: CellEl) => readonly string[];
}

// Rows with no token on either side may pair where nothing better does (their order is all there is).
const TOKENLESS_ROW_SCORE = 0.1;

/** A row's language-invariant tokens (code, numbers, IDs, URLs, placeholders; dates aside), each value as `kind:value`. */
function rowTokens(row: RowEl, code: string, inlineCode: (cell: CellEl) => readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const cell of row.cells) {
    for (const t of extractTokens(cell.text, inlineCode(cell), code)) if (t.kind !== 'date') for (const v of t.values) keys.add(`${t.kind}:${v}`);
  }
  return keys;
}

/**
 * Rows of two tables without a key column and with different row counts, paired in order
 * by the tokens they share (Dice coefficient of their token sets): rows sharing none are
 * never paired, rows with no tokens on either side pair only where their order allows.
 */
function rowsByTokens(canonical: TableEl, locale: TableEl, canonicalLocale: string, localeCode: string, code: CellCode): { matched: Matched<RowEl>[]; hasTokens: (row: RowEl) => boolean } {
  const cTokens = new Map(canonical.rows.map((row) => [row, rowTokens(row, canonicalLocale, code.canonical)]));
  const lTokens = new Map(locale.rows.map((row) => [row, rowTokens(row, localeCode, code.locale)]));
  const hasTokens = (row: RowEl) => (cTokens.get(row) ?? lTokens.get(row))!.size > 0;
  const matched = alignByScore(canonical.rows, locale.rows, (c, l) => {
    const [a, b] = [cTokens.get(c)!, lTokens.get(l)!];
    if (a.size === 0 && b.size === 0) return TOKENLESS_ROW_SCORE;
    let shared = 0;
    for (const x of a) if (b.has(x)) shared++;
    return shared === 0 ? null : (2 * shared) / (a.size + b.size);
  }).matched;
  return { matched, hasTokens };
}

const NO_CODE: CellCode = { canonical: () => [], locale: () => [] };

/** Each cell's inline code, from the table-cell blocks of the two outlines (found by start offset). */
export function cellCodeOf(canonical: Readonly<Outline>, locale: Readonly<Outline>): CellCode {
  const byOffset = (outline: Readonly<Outline>) => new Map(outline.blocks.filter((b) => b.kind === 'tableCell').map((b) => [b.span.start.offset, b.inlineCode]));
  const [c, l] = [byOffset(canonical), byOffset(locale)];
  return { canonical: (cell) => c.get(cell.span.start.offset) ?? [], locale: (cell) => l.get(cell.span.start.offset) ?? [] };
}

/**
 * Pairs the rows of two aligned tables (by key when the canonical table has a key column).
 * `code` gives each cell's inline code, so that code counts among a row's tokens.
 */
export function alignTableRows(canonical: TableEl, locale: TableEl, canonicalLocale: string, localeCode: string, code: CellCode = NO_CODE): AlignedRows {
  const key = keyColumnOf(canonical, canonicalLocale) ?? textKeyColumnOf(canonical, locale);
  if (!key && canonical.rows.length !== locale.rows.length) {
    const { matched, hasTokens } = rowsByTokens(canonical, locale, canonicalLocale, localeCode, code);
    const [pairedC, pairedL] = [new Set(matched.map((m) => m.canonical)), new Set(matched.map((m) => m.locale))];
    const [canonicalOnly, localeOnly] = [canonical.rows.filter((r) => !pairedC.has(r)), locale.rows.filter((r) => !pairedL.has(r))];
    // Known only when the leftovers are on one side, as many as the counts differ by, each with tokens of its own.
    const left = [...canonicalOnly, ...localeOnly];
    const byTokens = (canonicalOnly.length === 0 || localeOnly.length === 0) && left.length === Math.abs(canonical.rows.length - locale.rows.length) && left.every(hasTokens);
    return { key, byTokens, matched, moved: [], changedKey: [], canonicalOnly, localeOnly };
  }
  if (!key) {
    const n = Math.min(canonical.rows.length, locale.rows.length);
    return {
      key,
      matched: canonical.rows.slice(0, n).map((row, i) => ({ canonical: row, locale: locale.rows[i] })),
      moved: [],
      changedKey: [],
      canonicalOnly: canonical.rows.slice(n),
      localeOnly: locale.rows.slice(n),
    };
  }
  const keyOf = (row: RowEl, code: string): Token | null => {
    if (key.kind !== 'text') return keyToken(row.cells[key.column]?.text ?? '', code);
    const name = keyText(row);
    return name === '' ? null : { kind: 'code', raw: name, values: [name] };
  };
  const localeKeys = locale.rows.map((row) => keyOf(row, localeCode));
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  canonical.rows.forEach((row, i) => {
    const token = keyOf(row, canonicalLocale);
    const j = localeKeys.findIndex((t, k) => !used.has(k) && t !== null && token !== null && t.values.some((v) => token.values.includes(v)));
    if (j === -1) return;
    used.add(j);
    pairs.push([i, j]);
  });
  const kept = inOrder(pairs.map(([, j]) => j));
  const pairedCanonical = new Set(pairs.map(([i]) => i));
  const changedKey = canonical.rows
    .map((row, i): [RowEl, number] => [row, i])
    .filter(([, i]) => !pairedCanonical.has(i) && i < locale.rows.length && !used.has(i))
    .map(([row, i]) => {
      used.add(i);
      pairedCanonical.add(i);
      return { canonical: row, locale: locale.rows[i] };
    });
  const matched = pairs.map(([i, j]) => ({ canonical: canonical.rows[i], locale: locale.rows[j] }));
  return {
    key,
    matched,
    moved: matched.filter((_, k) => !kept.has(k)),
    changedKey,
    canonicalOnly: canonical.rows.filter((_, i) => !pairedCanonical.has(i)),
    localeOnly: locale.rows.filter((_, j) => !used.has(j)),
  };
}
