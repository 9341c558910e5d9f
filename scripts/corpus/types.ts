// The generator's public vocabulary: the locales it writes, the drift kinds it can
// inject (and the rule each one should trip), the manifest entries, the options and the result.


export interface CorpusLocale {
  locale: string;
  dir: string;
  suffix: string;
}

export const SOURCE_LOCALE: CorpusLocale = { locale: 'en-US', dir: 'en-US', suffix: '' };

export const DEFAULT_TARGET_LOCALES: readonly CorpusLocale[] = [
  { locale: 'de-DE', dir: 'de-DE', suffix: '-de' },
  { locale: 'ja-JP', dir: 'ja-JP', suffix: '-jp' },
  { locale: 'pt-BR', dir: 'pt-BR', suffix: '-pr' },
  { locale: 'zh-CN', dir: 'zh-CN', suffix: '-sc' },
  { locale: 'es-ES', dir: 'es-ES', suffix: '-es' },
  { locale: 'fr-FR', dir: 'fr-FR', suffix: '-fr' },
];

export const KEEP_NAMES = ['index.md', 'toc.yml'];
export const SET_NAME = 'playbook';
export const HOME_URL = 'http://partner-docs.example.com';
export const PAGES_PER_SCALE = 64;

/** The kinds injected by default (the brief's list). */
export const DEFAULT_DRIFT_KINDS = [
  'link-no-suffix',
  'link-wrong-suffix',
  'label-lost',
  'label-en-dash',
  'section-missing',
  'refresh-row-missing',
  'refresh-row-extra',
  'frontmatter-value-changed',
  'frontmatter-key-missing',
  'invisible-char',
  'file-missing',
  'file-orphan',
  'file-misnamed',
] as const;

/** Kinds available on request (`kinds` option / `--kinds`), for the rules the default list does not reach. */
export const EXTRA_DRIFT_KINDS = [
  'label-malformed',
  'number-changed',
  'paragraph-untranslated',
  'task-row-missing',
] as const;

export type DriftKind = (typeof DEFAULT_DRIFT_KINDS)[number] | (typeof EXTRA_DRIFT_KINDS)[number];

export const ALL_DRIFT_KINDS: readonly DriftKind[] = [...DEFAULT_DRIFT_KINDS, ...EXTRA_DRIFT_KINDS];

/** The catalog rule (ARCHITECTURE.md) expected to report each kind first. */
export const DRIFT_RULES: Readonly<Record<DriftKind, string>> = {
  'link-no-suffix': 'link-target',
  'link-wrong-suffix': 'link-target',
  'label-lost': 'label-prefix',
  'label-en-dash': 'label-prefix',
  'label-malformed': 'label-prefix',
  'section-missing': 'heading-structure',
  'refresh-row-missing': 'refresh-table',
  'refresh-row-extra': 'refresh-table',
  'frontmatter-value-changed': 'frontmatter-values',
  'frontmatter-key-missing': 'frontmatter-keys',
  'invisible-char': 'invisible-chars',
  'file-missing': 'file-missing',
  'file-orphan': 'file-orphan',
  'file-misnamed': 'file-naming',
  'number-changed': 'preserved-tokens',
  'paragraph-untranslated': 'untranslated',
  'task-row-missing': 'table-structure',
};

export interface DriftEntry {
  kind: DriftKind;
  /** Catalog rule id expected to report it (others may report consequences, e.g. link-broken). */
  rule: string;
  locale: string;
  /** Relative to the output dir, forward slashes. For file-missing: the expected locale path. */
  file: string;
  /** 1-based line in `file` where the drift shows; for a removal, the line that now follows it. */
  line?: number;
  /**
   * `element`: the drifted element is on `line`. `removal`: something was removed and `line`
   * is where it would start, so a linter may fairly report it elsewhere (e.g. on the block).
   */
  lineMarks?: 'element' | 'removal';
  /** 1-based column (UTF-16 code units), when the drift is inside a line. */
  column?: number;
  detail: string;
  /** The canonical file this locale file pairs with; null for an orphan. */
  sourceFile: string | null;
  /** 1-based line of the canonical element in `sourceFile`. */
  sourceLine?: number;
  expected?: string;
  actual?: string;
  /** Findings this drift causes besides its own: links (in any file of the locale) that it breaks. */
  consequences?: DriftConsequence[];
}

export interface DriftConsequence {
  rule: 'link-broken';
  file: string;
  line: number;
  target: string;
}

export interface GenerateCorpusOptions {
  /** Output directory; created if absent. Must be empty unless `overwrite`. */
  out: string;
  /** 1 ≈ 64 source pages × 7 locales ≈ 450 files, 3 MB. Ignored when `pages` is given. */
  scale?: number;
  /** Number of source pages (including index pages), at least 3. */
  pages?: number;
  seed?: number;
  /** How many of the default target locales (1-6), or their codes. */
  locales?: number | string[];
  /** Share of locale files that get one drift each. */
  driftRate?: number;
  kinds?: readonly DriftKind[];
  /** Benign layout variation between locales (padding, trailing spaces, blank lines). */
  noise?: boolean;
  /** Replace the generator's own outputs in a non-empty `out` (other files are left alone). */
  overwrite?: boolean;
}

export interface GeneratedCorpus {
  dir: string;
  /** Markdown files written (config and manifest not counted). */
  files: number;
  /** Bytes of those Markdown files. */
  bytes: number;
  drift: DriftEntry[];
  sourcePages: number;
  locales: CorpusLocale[];
  configFile: string;
  manifestFile: string;
}
