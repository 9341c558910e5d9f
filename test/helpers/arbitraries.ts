// fast-check generators for the fuzz suite (issue 8): realistic localized pages, assembled
// into content sets (a source locale and 1-3 target locales), then mutated the ways real
// documentation breaks: truncation, random and invalid bytes, BOMs, mixed line endings,
// invisible characters, swapped sections, duplicated links, broken tables, hostile front
// matter, deep nesting, deleted, renamed and extra files.
//
// Everything a generator yields is plain JSON (a `FuzzCase`), so fast-check can shrink and
// print it; `renderCase` turns a case into files and a config, deterministically.
import fc from 'fast-check';
import path from 'node:path';
import { slug } from 'github-slugger';

// ---------------------------------------------------------------------------
// Languages: parallel word lists, so a locale page is a word-for-word "translation" of the
// source page with the same structure (what alignment expects of real translations).

export type Lang = 'en' | 'de' | 'ja' | 'zh' | 'es' | 'fr' | 'pt';

interface LangText {
  words: string[];
  join: string;
  end: string;
  refresh: string;
  date: string;
  who: string;
  what: string;
  home: string;
}

const LANGS: Record<Lang, LangText> = {
  en: {
    words: ['customer', 'partner', 'status', 'subscription', 'migration', 'service', 'data', 'application', 'intent', 'deployment', 'contract', 'renewal', 'support', 'billing', 'account', 'license', 'region', 'report', 'update', 'review'],
    join: ' ', end: '.', refresh: 'Refresh summary', date: 'Date', who: 'Who', what: 'What', home: 'Home',
  },
  de: {
    words: ['Kunde', 'Partner', 'Status', 'Abonnement', 'Migration', 'Dienst', 'Daten', 'Anwendung', 'Absicht', 'Bereitstellung', 'Vertrag', 'Verlängerung', 'Unterstützung', 'Abrechnung', 'Konto', 'Lizenz', 'Region', 'Bericht', 'Aktualisierung', 'Überprüfung'],
    join: ' ', end: '.', refresh: 'Zusammenfassung der Aktualisierung', date: 'Datum', who: 'Wer', what: 'Was', home: 'Startseite',
  },
  ja: {
    words: ['顧客', 'パートナー', 'ステータス', 'サブスクリプション', '移行', 'サービス', 'データ', 'アプリケーション', '意図', '展開', '契約', '更新', 'サポート', '請求', 'アカウント', 'ライセンス', 'リージョン', 'レポート', 'アップデート', 'レビュー'],
    join: '', end: '。', refresh: '更新の概要', date: '日付', who: '担当者', what: '内容', home: 'ホーム',
  },
  zh: {
    words: ['客户', '合作伙伴', '状态', '订阅', '迁移', '服务', '数据', '应用程序', '意图', '部署', '合同', '续订', '支持', '账单', '帐户', '许可证', '区域', '报告', '更新', '审核'],
    join: '', end: '。', refresh: '更新摘要', date: '日期', who: '人员', what: '内容', home: '主页',
  },
  es: {
    words: ['cliente', 'socio', 'estado', 'suscripción', 'migración', 'servicio', 'datos', 'aplicación', 'intención', 'implementación', 'contrato', 'renovación', 'soporte', 'facturación', 'cuenta', 'licencia', 'región', 'informe', 'actualización', 'revisión'],
    join: ' ', end: '.', refresh: 'Resumen de actualización', date: 'Fecha', who: 'Quién', what: 'Qué', home: 'Inicio',
  },
  fr: {
    words: ['client', 'partenaire', 'statut', 'abonnement', 'migration', 'service', 'données', 'application', 'intention', 'déploiement', 'contrat', 'renouvellement', 'assistance', 'facturation', 'compte', 'licence', 'région', 'rapport', 'mise à jour', 'révision'],
    join: ' ', end: '.', refresh: 'Résumé des mises à jour', date: 'Date', who: 'Qui', what: 'Quoi', home: 'Accueil',
  },
  pt: {
    words: ['cliente', 'parceiro', 'status', 'assinatura', 'migração', 'serviço', 'dados', 'aplicativo', 'intenção', 'implantação', 'contrato', 'renovação', 'suporte', 'cobrança', 'conta', 'licença', 'região', 'relatório', 'atualização', 'revisão'],
    join: ' ', end: '.', refresh: 'Resumo da atualização', date: 'Data', who: 'Quem', what: 'O quê', home: 'Início',
  },
};

const AUTHORS = ['Celia Kennedy', 'Ravi Shankar', '山田 太郎', 'José Núñez', 'Zoë Müller'];

export interface LocaleSpec {
  locale: string;
  suffix: string;
  lang: Lang;
  /** How this locale writes change-log dates (the source always writes MM/DD/YYYY). */
  dates: 'us' | 'iso' | 'cjk' | 'fullwidth';
}

const LOCALE_POOL: Omit<LocaleSpec, 'dates'>[] = [
  { locale: 'de-DE', suffix: '-de', lang: 'de' },
  { locale: 'ja-JP', suffix: '-jp', lang: 'ja' },
  { locale: 'zh-CN', suffix: '-sc', lang: 'zh' },
  { locale: 'pt-BR', suffix: '-pr', lang: 'pt' },
  { locale: 'es-ES', suffix: '-es', lang: 'es' },
  { locale: 'fr-FR', suffix: '-fr', lang: 'fr' },
];

export const SOURCE_LOCALE: LocaleSpec = { locale: 'en-US', suffix: '', lang: 'en', dates: 'us' };

// ---------------------------------------------------------------------------
// The page model (plain data)

/** Indexes into a language's word list. */
export type Words = number[];

export interface LinkSpec {
  /** `L<n> - ` label number, or null for an unlabeled link. */
  label: number | null;
  text: Words;
  /** Index of the target page (mod page count), or -1 for an external URL. */
  page: number;
  /** Section of the target page whose heading is the anchor, or null. */
  anchor: number | null;
  desc: Words | null;
  /**
   * How it is written: `[t](url)`, `[t](<url> "title")`, `[t][ref]` with a definition after
   * the list, `**[t](url)**`, or an image `![t](url)`.
   */
  style: 'inline' | 'angle' | 'reference' | 'strong' | 'image';
}

export interface TableSpec {
  columns: number;
  rows: Array<Array<Words | number>>;
}

export interface SectionSpec {
  depth: 1 | 2 | 3;
  label: number | null;
  title: Words;
  paragraph: { words: Words; code: string | null; number: number | null; url: boolean } | null;
  links: LinkSpec[];
  table: TableSpec | null;
  fenced: string | null;
}

export interface DateSpec {
  m: number;
  d: number;
  y: number;
}

export interface PageSpec {
  name: string;
  frontmatter: { title: Words; description: Words; author: number; date: DateSpec; topic: boolean } | null;
  sections: SectionSpec[];
  refresh: Array<{ date: DateSpec; author: number; what: Words }> | null;
  footer: boolean;
}

// ---------------------------------------------------------------------------
// Mutations (plain data; positions are naturals taken modulo the text's size)

export type TextMutation =
  | { op: 'swapSections'; a: number; b: number }
  | { op: 'duplicateLink'; i: number }
  | { op: 'dropLink'; i: number }
  | { op: 'breakTable'; i: number; how: 'dropPipe' | 'extraColumn' | 'dropDelimiter' | 'shortRow' | 'badDelimiter' | 'escapedPipe' }
  | { op: 'frontmatter'; variant: FrontmatterVariant; n: number }
  /** Front matter made of random YAML tokens (indexes into YAML_TOKENS), closed or not. */
  | { op: 'frontmatterTokens'; tokens: number[]; closed: boolean }
  | { op: 'deepNesting'; at: number; marker: string; depth: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'lineEndings'; mode: 'crlf' | 'cr' | 'mixed' | 'stripFinal' | 'blankLines'; seed: number }
  | { op: 'deleteLines'; at: number; count: number }
  | { op: 'duplicateLines'; at: number; count: number }
  | { op: 'relabel'; i: number; to: string }
  | { op: 'headingDepth'; i: number; depth: number }
  /** An inline disable comment (`<!-- l10n-lint-disable… -->`) on its own line. */
  | { op: 'directive'; at: number; kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file'; rules: string[] };

export type FrontmatterVariant =
  | 'unclosed'
  | 'notYaml'
  | 'aliases'
  | 'deepFlow'
  | 'deepBlock'
  | 'list'
  | 'scalar'
  | 'duplicateKeys'
  | 'complexKeys'
  | 'tags'
  | 'empty'
  | 'emptyValues'
  | 'hugeValue'
  | 'tabs'
  | 'remove'
  | 'double';

export type ByteMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insertBytes'; at: number; bytes: number[] }
  | { op: 'overwrite'; at: number; bytes: number[] }
  | { op: 'bom'; kind: 'utf8' | 'utf8Twice' | 'utf16le' | 'utf16be' }
  | { op: 'utf16'; le: boolean };

export interface FileEdit {
  /** Index into the rendered file list (mod its length). */
  file: number;
  /** Render the page in the source language (an untranslated page). */
  untranslated: boolean;
  text: TextMutation[];
  bytes: ByteMutation[];
}

export type FileOp =
  | { op: 'delete'; file: number }
  | { op: 'empty'; file: number }
  | { op: 'misname'; file: number; how: 'noSuffix' | 'otherSuffix' }
  | { op: 'copy'; file: number; as: 'orphan' | 'competitor' | 'binary' | 'otherExtension' };

export interface FuzzCase {
  /** `source`: en-US is canonical; `consensus`: the locales' majority is. */
  mode: 'source' | 'consensus';
  locales: LocaleSpec[];
  /** All locales in one directory, told apart by suffix (as in the seeds). */
  shared: boolean;
  pages: PageSpec[];
  toc: boolean;
  edits: FileEdit[];
  fileOps: FileOp[];
  /** Run stale-translation (it asks git, which a temp dir is not in: slow and always "unknown"). */
  history: boolean;
}

// ---------------------------------------------------------------------------
// Arbitraries

/** True about once in `n` draws (shrinks to false). */
const oneIn = (n: number): fc.Arbitrary<boolean> => fc.nat({ max: n - 1 }).map((k) => k === n - 1);
const words = (max = 6): fc.Arbitrary<Words> => fc.array(fc.nat({ max: 19 }), { minLength: 1, maxLength: max });
const dateArb: fc.Arbitrary<DateSpec> = fc.record({
  // Mostly valid dates; sometimes month 13 or day 31 of a short month.
  m: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 9 }, { arbitrary: fc.constantFrom(0, 13), weight: 1 }),
  d: fc.integer({ min: 1, max: 31 }),
  y: fc.integer({ min: 2015, max: 2025 }),
});

const linkArb: fc.Arbitrary<LinkSpec> = fc.record({
  label: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 4 }),
  text: words(4),
  page: fc.oneof({ arbitrary: fc.nat({ max: 3 }), weight: 6 }, { arbitrary: fc.constant(-1), weight: 1 }),
  anchor: fc.option(fc.nat({ max: 3 }), { freq: 2 }),
  desc: fc.option(words(8), { freq: 4 }),
  style: fc.oneof(
    { arbitrary: fc.constant<LinkSpec['style']>('inline'), weight: 8 },
    { arbitrary: fc.constantFrom<LinkSpec['style']>('angle', 'reference', 'strong', 'image'), weight: 2 },
  ),
});

const CODE = ['Get-Status -Id 42', 'npm run build', 'SELECT * FROM t', '{user}', '%s', 'a|b', '`x`', 'ID-7781', '<br>'];
const FENCED = ['$ l10n-lint --format json\n', 'const a = 1;\n// L1 - not a heading\n', '# not a heading\n| not | a table |\n', ''];

const tableArb: fc.Arbitrary<TableSpec> = fc.integer({ min: 1, max: 5 }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.array(fc.array(fc.oneof(words(3), fc.nat({ max: 9999 })), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 }),
  }),
);

const sectionArb: fc.Arbitrary<SectionSpec> = fc.record({
  depth: fc.constantFrom<1 | 2 | 3>(1, 1, 2, 2, 3),
  label: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 5 }),
  title: words(4),
  paragraph: fc.option(
    fc.record({ words: words(14), code: fc.option(fc.constantFrom(...CODE)), number: fc.option(fc.nat({ max: 100000 })), url: fc.boolean() }),
    { freq: 5 },
  ),
  links: fc.array(linkArb, { maxLength: 4 }),
  table: fc.option(tableArb, { freq: 4 }),
  fenced: fc.option(fc.constantFrom(...FENCED), { freq: 6 }),
});

const PAGE_NAMES = ['guide', 'overview', 'setup-steps', 'l1l2l3-foo', 'faq', 'status-unknown', 'index', 'sub/topic', 'release notes', 'a#b', '100%', 'ünïcode', '日本語'];
const pageNameArb = fc.oneof({ arbitrary: fc.constantFrom(...PAGE_NAMES.slice(0, 8)), weight: 8 }, { arbitrary: fc.constantFrom(...PAGE_NAMES.slice(8)), weight: 1 });

const pageArb = (name: string): fc.Arbitrary<PageSpec> =>
  fc.record({
    name: fc.constant(name),
    frontmatter: fc.option(
      fc.record({ title: words(5), description: words(10), author: fc.nat({ max: AUTHORS.length - 1 }), date: dateArb, topic: fc.boolean() }),
      { freq: 8 },
    ),
    sections: fc.array(sectionArb, { minLength: 1, maxLength: 4 }),
    refresh: fc.option(fc.array(fc.record({ date: dateArb, author: fc.nat({ max: AUTHORS.length - 1 }), what: words(4) }), { minLength: 1, maxLength: 4 }), { freq: 3 }),
    footer: fc.boolean(),
  });

const FM_VARIANTS: FrontmatterVariant[] = ['unclosed', 'notYaml', 'aliases', 'deepFlow', 'deepBlock', 'list', 'scalar', 'duplicateKeys', 'complexKeys', 'tags', 'empty', 'emptyValues', 'hugeValue', 'tabs', 'remove', 'double'];

/** Rule ids a directive names: real ones, its own, and some that do not exist. */
const DIRECTIVE_RULES = ['link-target', 'link-structure', 'heading-structure', 'label-prefix', 'refresh-table', 'preserved-tokens', 'invisible-chars', 'frontmatter-keys', 'inline-directive', 'link-taget', 'nope'];

/** The pieces random front matter is made of: keys, values and every YAML indicator. */
const YAML_TOKENS = [
  'title', 'description', 'author', 'ms.date', 'ms.topic', ': ', ':', '\n', '\n  ', '\n- ', '- ', '? ', '[', ']', '{', '}', ', ', '&a ', '*a', '&b ', '*b', '<<: ',
  '!!str ', '!tag ', '!!binary ', '| ', '>- ', '"', "'", '# c', '%YAML 1.2\n', '---', '...', '\t', '~', 'null', 'true', '0x1F', '1e3', '2020-01-01', '@', '`',
  'Partner guide', 'Celia Kennedy', '日本語', '\u200b', '\\', '\r\n',
];

/** Text inserted at random places: invisible and bidi characters, line breaks, Markdown syntax. */
export const INSERTS = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u00ad', '\u00a0', '\u3000',
  '\r', '\r\n', '\n', '\n\n', '\t', '\u2028', '\u0085',
  '|', '||', '`', '```', '~~~\n', '<!--', '-->', '[', ']', '](', '](#', '![', '#', '# ', '\n# L1 - ', '\n---\n', '---', '>', '\n> ', '- ', '\n1. ', '\\', '*', '_',
  '<!-- l10n-lint-disable -->', '<!-- l10n-lint-enable -->', '<!-- l10n-lint-disable-next-line link-target -->', '<!-- l10n-lint-disable-file nope -->',
  '&amp;', '&#x200B;', '<div>', '</div>', '[^1]', '[ref]: http://x', '😀', '👩‍👩‍👧', 'é', 'e\u0301', '\ud800', '\udc00', 'L1 - ', 'https://example.com/a_(b)',
];

const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('swapSections' as const), a: fc.nat({ max: 8 }), b: fc.nat({ max: 8 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('duplicateLink' as const), i: fc.nat({ max: 8 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('dropLink' as const), i: fc.nat({ max: 8 }) }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('breakTable' as const),
      i: fc.nat({ max: 12 }),
      how: fc.constantFrom('dropPipe' as const, 'extraColumn' as const, 'dropDelimiter' as const, 'shortRow' as const, 'badDelimiter' as const, 'escapedPipe' as const),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('frontmatter' as const), variant: fc.constantFrom(...FM_VARIANTS), n: fc.integer({ min: 1, max: 400 }) }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('frontmatterTokens' as const),
      tokens: fc.array(fc.nat({ max: YAML_TOKENS.length - 1 }), { minLength: 1, maxLength: 40 }),
      closed: fc.nat({ max: 5 }).map((k) => k !== 0),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('deepNesting' as const),
      at: fc.nat(),
      marker: fc.constantFrom('>', '> ', '- ', '* ', '1. ', '  - ', '[', '*', '<div>', '    '),
      depth: fc.integer({ min: 50, max: 400 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof({ arbitrary: fc.constantFrom(...INSERTS), weight: 4 }, { arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 6 }).map((codes) => String.fromCharCode(...codes)), weight: 1 }) }), weight: 5 },
  {
    arbitrary: fc.record({
      op: fc.constant('lineEndings' as const),
      mode: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const, 'stripFinal' as const, 'blankLines' as const),
      seed: fc.nat(),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('duplicateLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('relabel' as const), i: fc.nat({ max: 8 }), to: fc.constantFrom('', 'L1- ', 'L3 - ', 'L1 – ', 'l1 - ', 'L1 -  ', 'L12 - ', '\u200bL1 - ') }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('headingDepth' as const), i: fc.nat({ max: 8 }), depth: fc.integer({ min: 0, max: 7 }) }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('directive' as const),
      at: fc.nat(),
      kind: fc.constantFrom('disable' as const, 'enable' as const, 'disable-next-line' as const, 'disable-file' as const),
      rules: fc.subarray(DIRECTIVE_RULES, { maxLength: 3 }),
    }),
    weight: 2,
  },
);

/** Byte sequences that break decoders: invalid UTF-8, NUL, BOMs, encoded surrogates, overlongs. */
const HOSTILE_BYTES: number[][] = [
  [0xff], [0xfe], [0xc3], [0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98],
  [0x00], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xe2, 0x80, 0x8b], [0xe2, 0x80, 0xae], [0x0d], [0x0d, 0x0a], [0x80], [0x1b, 0x5b, 0x33, 0x31, 0x6d],
];
const bytesArb: fc.Arbitrary<number[]> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_BYTES), weight: 3 },
  { arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }), weight: 1 },
);

const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('insertBytes' as const), at: fc.nat(), bytes: bytesArb }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), bytes: bytesArb }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('bom' as const), kind: fc.constantFrom('utf8' as const, 'utf8' as const, 'utf8Twice' as const, 'utf16le' as const, 'utf16be' as const) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('utf16' as const), le: fc.boolean() }), weight: 1 },
);

const fileEditArb: fc.Arbitrary<FileEdit> = fc.record({
  file: fc.nat(),
  untranslated: oneIn(8),
  text: fc.array(textMutationArb, { maxLength: 3 }),
  bytes: fc.oneof({ arbitrary: fc.constant([] as ByteMutation[]), weight: 2 }, { arbitrary: fc.array(byteMutationArb, { minLength: 1, maxLength: 2 }), weight: 1 }),
});

const fileOpArb: fc.Arbitrary<FileOp> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), file: fc.nat() }),
  fc.record({ op: fc.constant('empty' as const), file: fc.nat() }),
  fc.record({ op: fc.constant('misname' as const), file: fc.nat(), how: fc.constantFrom('noSuffix' as const, 'otherSuffix' as const) }),
  fc.record({ op: fc.constant('copy' as const), file: fc.nat(), as: fc.constantFrom('orphan' as const, 'competitor' as const, 'binary' as const, 'otherExtension' as const) }),
);

export interface CaseSize {
  /** Target locales (besides the en-US source). */
  locales: { min: number; max: number };
  pages: { min: number; max: number };
  /** How many files get content mutations, at most. */
  edits: number;
  fileOps: number;
  history: boolean;
}

/** A full content set: en-US source plus 2-3 locales, 1-4 pages. */
export const SET_SIZE: CaseSize = { locales: { min: 2, max: 3 }, pages: { min: 1, max: 4 }, edits: 4, fileOps: 2, history: true };
/** One source page and one translation: the cheap case most fuzz runs are made of. */
export const PAIR_SIZE: CaseSize = { locales: { min: 1, max: 1 }, pages: { min: 1, max: 1 }, edits: 2, fileOps: 1, history: false };

export function fuzzCaseArb(size: CaseSize = SET_SIZE): fc.Arbitrary<FuzzCase> {
  const localesArb = fc
    .shuffledSubarray(LOCALE_POOL, { minLength: size.locales.min, maxLength: size.locales.max })
    .chain((picked) =>
      fc.tuple(...picked.map((l) => fc.constantFrom<LocaleSpec['dates']>('us', 'us', 'us', 'iso', 'cjk', 'fullwidth').map((dates) => ({ ...l, dates })))),
    );
  const pagesArb = fc
    .uniqueArray(pageNameArb, { minLength: size.pages.min, maxLength: size.pages.max })
    .chain((names) => fc.tuple(...names.map((name) => pageArb(name))));
  return fc.record({
    // Consensus mode needs at least two locales to hold each other to.
    mode: size.locales.max >= 2 ? fc.constantFrom<FuzzCase['mode']>('source', 'source', 'source', 'consensus') : fc.constant<FuzzCase['mode']>('source'),
    locales: localesArb,
    shared: fc.boolean(),
    pages: pagesArb,
    toc: oneIn(4),
    edits: fc.array(fileEditArb, { maxLength: size.edits }),
    fileOps: fc.oneof({ arbitrary: fc.constant([] as FileOp[]), weight: 3 }, { arbitrary: fc.array(fileOpArb, { minLength: 1, maxLength: size.fileOps }), weight: 1 }),
    history: fc.constant(size.history),
  });
}

// ---------------------------------------------------------------------------
// Rendering: FuzzCase -> files + config

export interface RenderedFile {
  /** Path relative to the case directory, forward slashes. */
  rel: string;
  bytes: Uint8Array;
}

export interface RenderedCase {
  files: RenderedFile[];
  config: Record<string, unknown>;
  /** The source locale's directory (always rendered, even in consensus mode). */
  sourceDir: string;
}

const say = (lang: Lang, w: Words) => w.map((i) => LANGS[lang].words[i % LANGS[lang].words.length]).join(LANGS[lang].join);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');

function formatDate(d: DateSpec, style: LocaleSpec['dates']): string {
  switch (style) {
    case 'us':
      return `${pad(d.m)}/${pad(d.d)}/${d.y}`;
    case 'iso':
      return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    case 'cjk':
      return `${d.y}年${d.m}月${d.d}日`;
    case 'fullwidth':
      return `${pad(d.m)}/${pad(d.d)}/${d.y}`.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  }
}

/** `sub/page` + `-de` -> `sub/page-de.md`; `index` keeps its name. */
export function pageFile(name: string, suffix: string): string {
  return name === 'index' ? 'index.md' : `${name}${suffix}.md`;
}

function encodeTarget(p: string): string {
  return p.replace(/%/g, '%25').replace(/ /g, '%20').replace(/#/g, '%23');
}

function headingText(section: SectionSpec, lang: Lang): string {
  return `${section.label !== null ? `L${section.label} - ` : ''}${capital(say(lang, section.title))}`;
}

/** Renders one page in one locale. */
export function renderPage(fuzz: FuzzCase, pageIndex: number, locale: LocaleSpec, lang: Lang = locale.lang): string {
  const page = fuzz.pages[pageIndex];
  const t = LANGS[lang];
  const out: string[] = [];
  const definitions: string[] = [];
  if (page.frontmatter) {
    const fm = page.frontmatter;
    out.push('---', `title: ${capital(say(lang, fm.title))}`, `description: ${capital(say(lang, fm.description))}${t.end}`, `author: ${AUTHORS[fm.author]}`);
    out.push(`ms.date: ${fm.date.m}/${pad(fm.date.d)}/${fm.date.y}`);
    if (fm.topic) out.push('ms.topic: playbook');
    out.push('---');
  }
  for (const section of page.sections) {
    // Level 1 and 2 headings are sometimes written setext style (underlined).
    if (section.depth < 3 && section.title.length % 4 === 3) out.push(headingText(section, lang), section.depth === 1 ? '=====' : '-----', '');
    else out.push(`${'#'.repeat(section.depth)} ${headingText(section, lang)}`, '');
    if (section.paragraph) {
      const p = section.paragraph;
      // Numbers, code and URLs stand apart from the words, CJK text included (as writers set them).
      let text = capital(say(lang, p.words));
      if (p.number !== null) text += ` ${p.number}`;
      if (p.code !== null) text += ` \`${p.code}\``;
      if (p.url) text += ` https://partner-docs.example.com/x?id=${p.words.length}${t.join === '' ? ' ' : ''}`;
      out.push(text + t.end, '');
    }
    for (const link of section.links) {
      const text = `${link.label !== null ? `L${link.label} - ` : ''}${capital(say(lang, link.text))}`;
      let target: string;
      if (link.page < 0) {
        target = 'https://partner-docs.example.com/page';
      } else {
        const targetPage = fuzz.pages[link.page % fuzz.pages.length];
        const from = path.posix.dirname(page.name);
        target = encodeTarget(path.posix.relative(from, pageFile(targetPage.name, locale.suffix)));
        if (link.anchor !== null) {
          const anchorSection = targetPage.sections[link.anchor % targetPage.sections.length];
          target += `#${slug(headingText(anchorSection, lang))}`;
        }
      }
      switch (link.style) {
        case 'inline':
          out.push(`-  [${text}](${target})`);
          break;
        case 'angle':
          out.push(`-  [${text}](<${decodeURI(target)}> "${text}")`);
          break;
        case 'reference':
          out.push(`-  [${text}][ref-${definitions.length}]`);
          definitions.push(`[ref-${definitions.length}]: ${target} "${text}"`);
          break;
        case 'strong':
          out.push(`-  **[${text}](${target})**`);
          break;
        case 'image':
          // Images are shared by every locale: the same neutral name everywhere.
          out.push(`-  ![${text}](images/${link.page < 0 ? 'external' : encodeTarget(fuzz.pages[link.page % fuzz.pages.length].name)}.png)`);
          break;
      }
      if (link.desc) out.push(`    ${capital(say(lang, link.desc))}${t.end}`);
      out.push('');
    }
    if (definitions.length > 0) out.push(...definitions.splice(0), '');
    if (section.table) {
      const { columns, rows } = section.table;
      const cell = (c: Words | number) => (typeof c === 'number' ? String(c) : capital(say(lang, c)));
      out.push(`| ${Array.from({ length: columns }, (_, i) => capital(say(lang, [i * 3 + 1]))).join(' | ')} |`);
      out.push(`| ${Array.from({ length: columns }, () => '---').join(' | ')} |`);
      for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
      out.push('');
    }
    if (section.fenced !== null) out.push('```' + (section.fenced.startsWith('$') ? 'shell' : ''), section.fenced.replace(/\n$/, ''), '```', '');
  }
  if (page.refresh) {
    out.push(`## ${t.refresh}`, '', `| ${t.date} | ${t.who} | ${t.what} |`, '| ---------- | ------------- | ------------- |');
    for (const row of page.refresh) out.push(`| ${formatDate(row.date, locale.dates)} | ${AUTHORS[row.author]} | ${capital(say(lang, row.what))} |`);
    out.push('');
  }
  if (page.footer) out.push(`[${t.home}](http://partner-docs.example.com)`, '');
  return out.join('\n');
}

function renderToc(fuzz: FuzzCase, locale: LocaleSpec): string {
  // The first page at the top level, the others nested under it (DocFX `items`).
  const lines: string[] = [];
  fuzz.pages.forEach((page, i) => {
    const indent = i === 0 ? '' : '  ';
    if (i === 1) lines.push('  items:');
    lines.push(`${indent}- name: ${capital(say(locale.lang, page.frontmatter?.title ?? page.sections[0].title))}`);
    lines.push(`${indent}  href: ${pageFile(page.name, locale.suffix)}`);
  });
  return lines.join('\n') + '\n';
}

// --- text mutations ---------------------------------------------------------

function lineRanges(text: string): string[] {
  return text.split('\n');
}

function nthMatchingLine(lines: string[], test: (l: string) => boolean, i: number): number {
  const hits = lines.flatMap((l, k) => (test(l) ? [k] : []));
  return hits.length === 0 ? -1 : hits[i % hits.length];
}

function frontmatterBlock(variant: FrontmatterVariant, n: number): string | null {
  switch (variant) {
    case 'unclosed':
      return '---\ntitle: Open\nauthor: Nobody\n';
    case 'notYaml':
      return '---\n: : [unbalanced\n\t- x: {\ntitle = "toml?"\n---\n';
    case 'aliases': {
      // A billion-laughs bomb, n levels deep (capped).
      const levels = Math.min(12, 2 + (n % 11));
      const out = ['---', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < levels; i++) out.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
      out.push('title: Bomb', '---', '');
      return out.join('\n');
    }
    case 'deepFlow':
      return `---\ntitle: ${'['.repeat(n)}x${']'.repeat(n)}\n---\n`;
    case 'deepBlock': {
      const out = ['---'];
      for (let i = 0; i < Math.min(n, 300); i++) out.push(`${'  '.repeat(i)}k${i}:`);
      out.push(`${'  '.repeat(Math.min(n, 300))}v`, '---', '');
      return out.join('\n');
    }
    case 'list':
      return '---\n- title\n- description\n---\n';
    case 'scalar':
      return '---\njust some text, not a mapping\n---\n';
    case 'duplicateKeys':
      return '---\ntitle: One\ntitle: Two\nauthor: A\n---\n';
    case 'complexKeys':
      return '---\n? [a, b]\n: c\n1: 2\n~: null\n"": empty\ntitle: { nested: [1, 2, {x: y}] }\n---\n';
    case 'tags':
      return '---\ntitle: !custom thing\nms.date: !!timestamp 2020-01-01\nbin: !!binary aGVsbG8=\nset: !!set {a, b}\n---\n';
    case 'empty':
      return '---\n---\n';
    case 'emptyValues':
      return '---\ntitle:\ndescription: ""\nauthor: ~\nms.date:\n---\n';
    case 'hugeValue':
      return `---\ntitle: ${'x'.repeat(n * 100)}\ndescription: "${'\\u200b'.repeat(n)}"\n---\n`;
    case 'tabs':
      return '---\n\ttitle: tabbed\nauthor:\tA\n---\n';
    case 'remove':
      return '';
    case 'double':
      return '---\ntitle: First\n---\n---\ntitle: Second\n---\n';
  }
}

function applyTextMutation(text: string, m: TextMutation): string {
  switch (m.op) {
    case 'swapSections': {
      const lines = lineRanges(text);
      const starts = lines.flatMap((l, k) => (/^#{1,6} /.test(l) ? [k] : []));
      if (starts.length < 2) return text;
      const a = m.a % starts.length;
      const b = m.b % starts.length;
      if (a === b) return text;
      const chunk = (i: number) => lines.slice(starts[i], starts[i + 1] ?? lines.length);
      const chunks = starts.map((_, i) => chunk(i));
      [chunks[a], chunks[b]] = [chunks[b], chunks[a]];
      return [...lines.slice(0, starts[0]), ...chunks.flat()].join('\n');
    }
    case 'duplicateLink':
    case 'dropLink': {
      const lines = lineRanges(text);
      const k = nthMatchingLine(lines, (l) => /\]\(/.test(l), m.i);
      if (k < 0) return text;
      if (m.op === 'dropLink') lines.splice(k, 1);
      else lines.splice(k + 1, 0, lines[k]);
      return lines.join('\n');
    }
    case 'breakTable': {
      const lines = lineRanges(text);
      const k = nthMatchingLine(lines, (l) => l.trimStart().startsWith('|'), m.i);
      if (k < 0) return text;
      const line = lines[k];
      switch (m.how) {
        case 'dropPipe': {
          const pipes = [...line.matchAll(/\|/g)].map((x) => x.index!);
          const at = pipes[m.i % pipes.length];
          lines[k] = line.slice(0, at) + line.slice(at + 1);
          break;
        }
        case 'extraColumn':
          lines[k] = `${line} extra | more |`;
          break;
        case 'dropDelimiter': {
          const d = nthMatchingLine(lines, (l) => /^\|?\s*:?-{3,}/.test(l.trim()), 0);
          if (d >= 0) lines.splice(d, 1);
          break;
        }
        case 'shortRow':
          lines[k] = line.replace(/\|[^|]*\|\s*$/, '|');
          break;
        case 'badDelimiter':
          lines[k] = '| :-: | -:- | - | ---: |';
          break;
        case 'escapedPipe':
          lines[k] = line.replace('|', '\\|').replace(/ \| /, ' \\| ');
          break;
      }
      return lines.join('\n');
    }
    case 'frontmatter': {
      const block = frontmatterBlock(m.variant, m.n)!;
      const existing = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
      return block + (existing ? text.slice(existing[0].length) : text);
    }
    case 'frontmatterTokens': {
      const body = m.tokens.map((t) => YAML_TOKENS[t]).join('');
      const existing = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
      return `---\n${body}\n${m.closed ? '---\n' : ''}` + (existing ? text.slice(existing[0].length) : text);
    }
    case 'deepNesting': {
      const lines = lineRanges(text);
      const at = m.at % (lines.length + 1);
      let nested: string[];
      // One line per level (the indentation grows quadratically): kept to 120 levels.
      if (m.marker === '  - ') nested = Array.from({ length: Math.min(m.depth, 120) }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
      else if (m.marker === '[') nested = [`${'['.repeat(m.depth)}deep${']'.repeat(m.depth)}(x.md)`];
      else if (m.marker === '*') nested = [`${'*'.repeat(m.depth)}deep${'*'.repeat(m.depth)}`];
      else if (m.marker === '<div>') nested = [`${'<div>'.repeat(m.depth)}deep${'</div>'.repeat(m.depth)}`];
      else nested = [`${m.marker.repeat(m.depth)}deep [L2 - link](guide.md)`];
      lines.splice(at, 0, ...nested);
      return lines.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'lineEndings':
      switch (m.mode) {
        case 'crlf':
          return text.replace(/\r?\n/g, '\r\n');
        case 'cr':
          return text.replace(/\r?\n/g, '\r');
        case 'mixed': {
          let k = m.seed;
          return text.replace(/\n/g, () => ['\n', '\r\n', '\r', '\n'][(k = (k * 1103515245 + 12345) >>> 0) % 4]);
        }
        case 'stripFinal':
          return text.replace(/[\r\n]+$/, '');
        case 'blankLines':
          return text.replace(/\n\n/g, '\n \n\t\n\n');
      }
      return text;
    case 'deleteLines':
    case 'duplicateLines': {
      const lines = lineRanges(text);
      const at = m.at % lines.length;
      const removed = lines.splice(at, m.count);
      if (m.op === 'duplicateLines') lines.splice(at, 0, ...removed, ...removed);
      return lines.join('\n');
    }
    case 'relabel': {
      let seen = 0;
      return text.replace(/L\d+ - /g, (whole) => (seen++ === m.i ? m.to : whole));
    }
    case 'directive': {
      const lines = lineRanges(text);
      lines.splice(m.at % (lines.length + 1), 0, `<!-- l10n-lint-${m.kind}${m.rules.length ? ' ' + m.rules.join(' ') : ''} -->`);
      return lines.join('\n');
    }
    case 'headingDepth': {
      const lines = lineRanges(text);
      const k = nthMatchingLine(lines, (l) => /^#{1,6} /.test(l), m.i);
      if (k < 0) return text;
      lines[k] = lines[k].replace(/^#+/, '#'.repeat(m.depth));
      return lines.join('\n');
    }
  }
}

// --- byte mutations ---------------------------------------------------------

function encodeUtf16(text: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = le ? 0xff : 0xfe;
  out[1] = le ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function applyByteMutation(bytes: Uint8Array, m: ByteMutation, text: string): Uint8Array {
  switch (m.op) {
    case 'truncate':
      return bytes.slice(0, m.at % (bytes.length + 1));
    case 'insertBytes': {
      const at = m.at % (bytes.length + 1);
      return concat(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
    }
    case 'overwrite': {
      if (bytes.length === 0) return Uint8Array.from(m.bytes);
      const out = bytes.slice();
      const at = m.at % bytes.length;
      m.bytes.forEach((b, i) => {
        if (at + i < out.length) out[at + i] = b;
      });
      return out;
    }
    case 'bom':
      switch (m.kind) {
        case 'utf8':
          return concat([0xef, 0xbb, 0xbf], bytes);
        case 'utf8Twice':
          return concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], bytes);
        case 'utf16le':
          return concat([0xff, 0xfe], bytes);
        case 'utf16be':
          return concat([0xfe, 0xff], bytes);
      }
      return bytes;
    case 'utf16':
      return encodeUtf16(text, m.le);
  }
}

// --- the whole case -----------------------------------------------------------

interface Slot {
  rel: string;
  /** The locale (index into [source, ...locales]) and page, or page -1 for toc.yml. */
  locale: number;
  page: number;
}

/** Where each locale's files live. */
export function localeDirs(fuzz: FuzzCase): string[] {
  return ['en', ...fuzz.locales.map((l) => (fuzz.shared ? 'loc' : l.lang))];
}

/** Renders a case to files and a config (deterministic: the same case gives the same bytes). */
export function renderCase(fuzz: FuzzCase): RenderedCase {
  const locales = [SOURCE_LOCALE, ...fuzz.locales];
  const dirs = localeDirs(fuzz);
  const slots: Slot[] = [];
  locales.forEach((locale, li) => {
    fuzz.pages.forEach((page, pi) => slots.push({ rel: `${dirs[li]}/${pageFile(page.name, locale.suffix)}`, locale: li, page: pi }));
    if (fuzz.toc) slots.push({ rel: `${dirs[li]}/toc.yml`, locale: li, page: -1 });
  });

  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  slots.forEach((slot, index) => {
    const edits = fuzz.edits.filter((e) => e.file % slots.length === index);
    const locale = locales[slot.locale];
    const untranslated = edits.some((e) => e.untranslated);
    let text = slot.page < 0 ? renderToc(fuzz, locale) : renderPage(fuzz, slot.page, locale, untranslated ? 'en' : locale.lang);
    for (const edit of edits) for (const m of edit.text) text = applyTextMutation(text, m);
    let bytes: Uint8Array = encoder.encode(text);
    for (const edit of edits) for (const m of edit.bytes) bytes = applyByteMutation(bytes, m, text);
    files.set(slot.rel, bytes);
  });

  for (const op of fuzz.fileOps) {
    const slot = slots[op.file % slots.length];
    const bytes = files.get(slot.rel);
    const locale = locales[slot.locale];
    const dir = dirs[slot.locale];
    switch (op.op) {
      case 'delete':
        files.delete(slot.rel);
        break;
      case 'empty':
        if (bytes) files.set(slot.rel, new Uint8Array(0));
        break;
      case 'misname': {
        if (!bytes || slot.page < 0) break;
        const name = fuzz.pages[slot.page].name;
        const other = fuzz.locales.find((l) => l.suffix !== locale.suffix)?.suffix ?? '-xx';
        const rel = `${dir}/${name}${op.how === 'noSuffix' ? '' : other}.md`;
        files.delete(slot.rel);
        files.set(rel, bytes);
        break;
      }
      case 'copy': {
        if (!bytes) break;
        const base = slot.page < 0 ? 'toc' : fuzz.pages[slot.page].name;
        if (op.as === 'orphan') files.set(`${dir}/extra-${base}${locale.suffix}.md`, bytes);
        else if (op.as === 'competitor') files.set(`${dir}/${base}${locale.suffix ? '' : '-xx'}.md`, bytes);
        else if (op.as === 'binary') files.set(`${dir}/${base}-bin${locale.suffix}.md`, Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff));
        else files.set(`${dir}/${base}${locale.suffix}.markdown`, bytes);
        break;
      }
    }
  }

  const target = (l: LocaleSpec, i: number) => ({ locale: l.locale, dir: dirs[i + 1], suffix: l.suffix });
  const set: Record<string, unknown> = {
    name: 'fuzz',
    locales: fuzz.locales.map(target),
    include: fuzz.toc ? ['**/*.md', '**/toc.yml'] : ['**/*.md'],
    keepNames: ['index.md', 'toc.yml'],
  };
  if (fuzz.mode === 'source') set.source = { locale: SOURCE_LOCALE.locale, dir: 'en' };
  return {
    files: [...files].map(([rel, b]) => ({ rel, bytes: b })).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)),
    config: { sets: [set], labels: { pattern: '^L\\d+ - ' }, ...(fuzz.history ? {} : { rules: { 'stale-translation': 'off' } }) },
    sourceDir: 'en',
  };
}
