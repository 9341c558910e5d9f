import type { BlockEl, Outline, RuleModule } from '../src/types.js';
import { TOKEN_KINDS, blockTokens, extractTokens, containsBounded, isUiText, maskTokens, numberGlued, sameCodeQuoted, sameToken, type Token, type TokenKind } from '../src/outline/tokens.js';
import { sameCodeShape } from '../src/outline/code-shape.js';
import { numberInDate, numberWrittenOut } from '../src/outline/number-forms.js';
import { alignTableRows, cellCodeOf } from '../src/align/tables.js';
import { details, examples } from './docs/preserved-tokens.js';

interface Options {
  kinds: TokenKind[];
  allow: string[];
  translatableCode: 'ui-text' | 'none';
}

const KIND_NAMES: Record<TokenKind, string> = { number: 'Number', id: 'ID', url: 'URL', email: 'E-mail address', code: 'Inline code', placeholder: 'Placeholder', date: 'Date' };

export const meta: RuleModule['meta'] = {
  id: 'preserved-tokens',
  description: 'Numbers, IDs, URLs, e-mail addresses, inline code and placeholders of the canonical missing in the aligned locale block.',
  category: 'content',
  defaultSeverity: 'error',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kinds: { type: 'array', items: { enum: [...TOKEN_KINDS] }, uniqueItems: true, description: 'Token kinds to check (default: all).' },
      allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Tokens a translation may drop or change, as written in the canonical (e.g. `2` or `{count}`).' },
      translatableCode: { enum: ['ui-text', 'none'], description: 'Inline code a translation may translate: `ui-text` (default) lets UI strings go (letters and spaces only, and several words, capitalized or non-ASCII: `Save`, `Open file`); `none` preserves all inline code.' },
    },
  },
  defaults: { kinds: [...TOKEN_KINDS], allow: [], translatableCode: 'ui-text' },
  messages: {
    missing: '{Kind} `{expected}` is missing (as in {canonical} line {canonicalLine}).',
    changed: '{Kind} `{actual}` should be `{expected}` (as in {canonical} line {canonicalLine}).',
    changedId: 'Row has the ID `{actual}`; expected `{expected}` in this row (as in {canonical} line {canonicalLine}).',
  },
  docs: {
    description: 'Each aligned block (paragraph, list item, table cell, heading) must keep the numbers, IDs, URLs, e-mail addresses, inline code and placeholders (`{name}`, `%s`, `{{x}}`) of the canonical. Numbers and dates are compared by value in each locale\'s conventions (`1,000` in en-US is `1.000` or `1 000` in de-DE; full-width `１２３` is 123; `03/27/2020` is `2020 年 3 月 27 日`); a whole number written out counts (`3` as `第三` or `三`, up to twelve as a word: `drei`, `trois`); inline code holding UI text (`Save`, `Open file`) may be translated unless `translatableCode` is `none`, and so may the example text inside code (strings, YAML values, tag text, comments, bracketed placeholders: `tags: ["blogging"]`, `<h1>Hello</h1>`); identifiers, option names, commands, paths and URLs inside code stay. In a table keyed by an ID column every ID must stay in its row. Structural labels (`L1 - `) are left to label-prefix, the change-log table to refresh-table, and URLs or e-mail addresses that are links (GFM autolinks them) to link-structure and link-target.',
    example: 'en-US says "up to 1,000 seats"; de-DE says "bis zu 100 Plätze".',
    details,
    examples,
  },
};

// A word character next to code written as text: CJK text runs its words into the code (`BaseLayoutを`).
const LATIN_WORD = /[\p{Script=Latin}\p{N}_]/u;

// An identifier, member or call (`preload`, `session.set()`, `astro:config`): no spaces, paths or operators.
// Inside a longer code it must not run into a word or a call (`Astro.props` is not `Astro.props()`),
// and that code must not be an object type or function (`string` in `{ name: string; }` is not the type).
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*(?:[.:][\p{L}_$][\p{L}\p{N}_$]*)*(?:\(\))?$/u;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_$(]/u;

/** The blocks of an outline by start offset: how a table cell finds its block (and its inline code). */
function blocksByOffset(outline: Readonly<Outline>): Map<number, BlockEl> {
  return new Map(outline.blocks.filter((b) => b.kind === 'tableCell').map((b) => [b.span.start.offset, b]));
}

export const check: RuleModule<Options>['check'] = (ctx) => {
  const { canonical, locale, alignment, options } = ctx;
  // URLs and e-mail addresses that are links (GFM autolinks them) are link-structure's and link-target's.
  const linkTargets = new Set(canonical.links.map((l) => l.target));
  const isLink = (t: Token) => (t.kind === 'url' || t.kind === 'email') && [t.raw, `mailto:${t.raw}`, `http://${t.raw}`].some((x) => linkTargets.has(x));
  // UI text in inline code (`Save`) is translated in the docs as in the product.
  const translatable = (t: Token) => t.kind === 'code' && options.translatableCode === 'ui-text' && isUiText(t.raw);
  const wanted = (t: Token) => options.kinds.includes(t.kind) && !isLink(t) && !translatable(t) && !options.allow.includes(t.raw) && !t.values.some((v) => options.allow.includes(v));
  // Labels are label-prefix's to report.
  const labels = [...canonical.headings, ...canonical.links].map((x) => x.label).filter((l): l is string => l !== null);
  const labelTokens = labels.flatMap((l) => extractTokens(l, [], ctx.sourceLocale));
  // Canonical blocks are the same objects for every locale of the page: blockTokens works each out once.
  const tokensOf = (block: BlockEl, code: string) => (code === ctx.sourceLocale ? blockTokens(block, code) : extractTokens(block.text, block.inlineCode, code));

  const compareBlocks = (c: BlockEl, l: BlockEl) => {
    const expected = tokensOf(c, ctx.sourceLocale).filter((t) => wanted(t) && !labelTokens.some((x) => sameToken(x, t)));
    const actual = tokensOf(l, ctx.localeCode);
    // A small number may be written out (`3` as `第三` or `drei`): present all the same.
    // A number of a date the locale writes as a date (`November 10, 2025` as `2025年11月10日`) is there too.
    // So is one written next to letters (`1 KB` as `1KB`, `4` as `v4`, `Post 1` as `文章1` in code).
    const writtenOut = (t: Token) => t.kind === 'number' && (numberWrittenOut(t.values[0], l.prose ?? l.text, ctx.localeCode) || numberInDate(t.values[0], actual, { text: c.prose ?? c.text, locale: ctx.sourceLocale }) || numberGlued(t.raw, l.text));
    // Code whose example text was localized (`tags: ["blogging"]` -> `tags: ["ブログ"]`, `<h1>Hello</h1>`,
    // `title: My post`, `/* validator */`, `[YOUR-SITE]`, `/en/` -> `/fr/`) or only respaced is kept.
    const keptAs = (t: Token, a: Token) => t.kind === 'code' && a.kind === 'code' && (sameCodeShape(t.raw, a.raw, ctx.sourceLocale, ctx.localeCode) || sameCodeQuoted(t.raw, a.raw));
    // An identifier or call kept inside a longer code (`session.set()` in `Astro.session.set()`, `preload` in `propriété preload`) is there.
    const inLongerCode = (t: Token) => t.kind === 'code' && IDENTIFIER.test(t.raw) && actual.some((a) => a.kind === 'code' && !/[{;]|=>/.test(a.raw) && containsBounded(a.raw, t.raw, IDENTIFIER_CHAR));
    const translatedCode = (t: Token) => actual.some((a) => keptAs(t, a)) || inLongerCode(t);
    // Code written as plain text (`.astro` as .astro, a link's text) is there: its formatting is not a token.
    // A component tag is there as its name (`<BaseLayout />` as BaseLayout).
    const asText = (t: Token) => {
      if (t.kind !== 'code') return false;
      if ((l.prose ?? '').includes(t.raw)) return true;
      const plain = maskTokens(l.text, ['code'], l.inlineCode);
      const component = /^<(\p{Lu}[\p{L}\p{N}_.]*) ?\/?>$/u.exec(t.raw.trim())?.[1];
      return containsBounded(plain, t.raw.trim(), LATIN_WORD) || (component !== undefined && containsBounded(plain, component, LATIN_WORD));
    };
    const missing = expected.filter((t, i) => !actual.some((a) => sameToken(a, t)) && !writtenOut(t) && !translatedCode(t) && !asText(t) && expected.findIndex((e) => sameToken(e, t)) === i);
    for (const token of missing) {
      const sameKindMissing = missing.filter((t) => t.kind === token.kind);
      // A localized copy of another canonical code (`title: 'Mon titre'`) is no stray.
      const strays = actual.filter((a) => a.kind === token.kind && !expected.some((e) => sameToken(e, a) || keptAs(e, a)));
      // One token of a kind missing and one unexpected in its place: it was changed.
      const replaced = sameKindMissing.length === 1 && strays.length === 1 ? strays[0] : null;
      ctx.report({
        messageId: replaced ? 'changed' : 'missing',
        data: { Kind: KIND_NAMES[token.kind], expected: token.raw, ...(replaced ? { actual: replaced.raw } : {}) },
        at: l.span,
        related: { span: c.span },
        expected: token.raw,
        ...(replaced ? { actual: replaced.raw } : {}),
        key: `token:${c.index}:${token.kind}:${token.values[0]}`,
      });
    }
  };

  // Table cells, row by row (by key in an ID-keyed table), so a missing row shifts nothing.
  const cCells = blocksByOffset(canonical);
  const lCells = blocksByOffset(locale);
  // A row's inline code pairs it too, where rows are paired by their tokens.
  const cellCode = cellCodeOf(canonical, locale);
  for (const table of alignment.tables.matched) {
    if (table.canonical.index === canonical.refresh?.table) continue;
    const rows = alignTableRows(table.canonical, table.locale, ctx.sourceLocale, ctx.localeCode, cellCode);
    const keyColumn = rows.key?.column ?? -1;
    for (const { canonical: cRow, locale: lRow } of rows.changedKey) {
      const [c, l] = [cRow.cells[keyColumn], lRow.cells[keyColumn]];
      const token = extractTokens(c.text, [], ctx.sourceLocale)[0];
      if (token && wanted(token)) ctx.report({ messageId: 'changedId', data: { actual: l.text, expected: c.text }, at: l.span, related: { span: c.span }, expected: c.text, actual: l.text, key: `row-id:${c.text}` });
    }
    const changed = new Set(rows.changedKey);
    for (const pair of [{ canonical: table.canonical.header, locale: table.locale.header }, ...rows.matched, ...rows.changedKey]) {
      pair.canonical.cells.forEach((cell, column) => {
        if (column === keyColumn && changed.has(pair)) return; // reported as changedId
        const c = cCells.get(cell.span.start.offset);
        const l = pair.locale.cells[column] && lCells.get(pair.locale.cells[column].span.start.offset);
        if (c && l) compareBlocks(c, l);
      });
    }
  }
  for (const { canonical: c, locale: l } of alignment.blocks.matched) if (c.kind !== 'tableCell') compareBlocks(c, l);
};

export default { meta, check } satisfies RuleModule;
