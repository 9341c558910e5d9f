// The vocabulary of l10n-lint. Every stage is written in these types: config ->
// discover (FilePair) -> parse -> outline (Outline) -> align (Alignment) -> rules
// (RuleModule, Report) -> engine (Diagnostic) -> reporters (LintResult).

// ---------------------------------------------------------------------------
// Positions

/** A point in a file: 1-based line and column, 0-based offset into the decoded text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range [start, end) in a file. */
export interface Span {
  start: Point;
  end: Point;
}

// ---------------------------------------------------------------------------
// Config (the validated, defaulted shape of l10n-lint.config.json)

export type SeveritySetting = 'off' | 'info' | 'warn' | 'error';
export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface LocaleConfig {
  /** BCP 47 code, e.g. `de-DE`. */
  locale: string;
  /** Directory, relative to the config file. */
  dir: string;
  /** House file/link suffix, e.g. `-de`. Separate from the locale code. */
  suffix: string;
  /**
   * URL path prefix the site serves this locale's pages under, normalized to start and end
   * with `/` (`/en/`, `/de/`, `/`); absent when not configured (root-relative links are then
   * compared as paths).
   */
  route?: string;
  /** Appended to the last segment of a route mapped to this locale (dumi's `-cn`); absent when none. */
  routeSuffix?: string;
  /**
   * The suffix relative link targets carry in this locale, when it is not the file suffix:
   * mkdocs-static-i18n serves each locale's own page for a neutral link (`page.md` from
   * `page.de.md`), so its preset sets `''`. Absent: links carry `suffix`.
   */
  linkSuffix?: string;
  /**
   * The route this locale's root-relative links are written under, when the site rewrites
   * them: a Hugo render-link hook that resolves `/docs/x/` to the page's own language lets
   * translations keep the source's route, so `init` sets this to the source's route there.
   * Normalized like `route`. Absent: links carry `route`.
   */
  linkRoute?: string;
  /** Where this locale's copy of a page sits under `dir` when dir + suffix cannot say it (`{dir}/de.md`); see src/layout-pattern.ts. */
  pathPattern?: string;
}

/** How a site turns heading text into anchors (the stack's slugger). */
export type SluggerName = 'github' | 'vitepress' | 'mkdocs';

export interface ContentSetConfig {
  name: string;
  /** Absent: consensus mode (the majority of the locales is canonical). */
  source?: LocaleConfig;
  locales: LocaleConfig[];
  include: string[];
  exclude: string[];
  keepNames: string[];
  /** Snapshot mode: a JSON file of canonical outlines (see `l10n-lint snapshot`). */
  canonical?: string;
  /** `fallback`: the site shows the source page where a translation is missing, so a missing file is coverage (an `info` finding), not an error. Default `report`. */
  missing?: 'report' | 'fallback';
  /** How heading text becomes an anchor on this site; absent: `github`. */
  slugger?: SluggerName;
  /** `free`: sections may come in another order per locale (glossaries); moved sections are not reported. */
  order?: 'fixed' | 'free';
}

export interface Config {
  /** Absolute path of the config file's directory; every path in the config is relative to it. */
  root: string;
  /** Absolute path of the config file, or null when built in code. */
  file: string | null;
  sets: ContentSetConfig[];
  frontmatter: {
    translatable: string[];
    /** Keys only translations carry (the pin key, a preset's `default_lang_commit`): never "extra". Dotted paths. */
    localeOnly?: string[];
  };
  labels: { pattern: string | null };
  /** How `.md` files are read (`.mdx` is always MDX). Absent: `markdown`. */
  dialect?: 'markdown' | 'mdx';
  /** The site generator whose conventions filled the config (src/config/presets/). */
  preset?: 'starlight' | 'docusaurus' | 'hugo' | 'vitepress' | 'mkdocs' | 'dumi';
  /** Per-rule settings as written by the user (merged over rule defaults by the engine). */
  rules: Record<string, RuleSetting>;
  /** Largest file, in bytes, that is parsed; larger files are a `parse-error` finding. */
  maxFileSize: number;
  /** Paths outside the config's directory are refused unless this is true. */
  allowOutsideRoot: boolean;
  /** Longest line, in UTF-16 code units, that is parsed; a file with a longer line is a `parse-error` finding. */
  maxLineLength: number;
  /** Extra settings later stages may add (git, refresh, fix markers...). */
  [extra: string]: unknown;
}

// ---------------------------------------------------------------------------
// Discovery

export interface FileRef {
  /** Absolute path on disk. */
  abs: string;
  /** Path relative to the config's directory, with forward slashes (used in reports). */
  rel: string;
  locale: string;
  /** The root (absolute) a read of this file must stay inside after following symbolic links; absent or null: anywhere (allowOutsideRoot). */
  within?: string | null;
}

/** One source file and its counterpart in one locale. */
export interface FilePair {
  set: string;
  locale: string;
  /** The canonical side; in consensus mode this is the neutral (suffix-less) name. */
  source: FileRef | null;
  /** Path relative to the source dir, neutral (no suffix), forward slashes: the pair's key. */
  key: string;
  target: FileRef | null;
  /** Where the target should be, relative to the config dir (for `file-missing`). */
  expectedTarget: string;
}

export type FileFindingKind = 'missing' | 'orphan' | 'misnamed' | 'duplicate';

export interface FileFinding {
  kind: FileFindingKind;
  set: string;
  locale: string;
  /** The file the finding is about (for missing: the expected path), relative to config dir. */
  file: string;
  sourceFile: string | null;
  expected?: string;
  actual?: string;
  /** For a duplicate: the file that won the pairing. */
  winner?: string;
}

// ---------------------------------------------------------------------------
// Outline: small, plain JSON, what is cached and what rules see. Rules never walk mdast.

export interface FrontmatterEntry {
  key: string;
  /** The parsed YAML value (plain JSON). */
  value: unknown;
  /** The value as written in the source, for messages and fixes. */
  raw: string;
  span: Span;
  /** Span of the value only (for fixes); equal to the key's line end when empty. */
  valueSpan: Span;
  /** For a key of a nested map: the dotted key of the map (`sidebar` for `sidebar.label`). */
  parent?: string;
  /** The value is a non-empty map whose keys are entries of their own (compared there). */
  branch?: true;
}

export interface FrontmatterOutline {
  span: Span;
  entries: FrontmatterEntry[];
  /** Set when the block is not valid YAML or not a mapping. */
  error: { message: string; span: Span } | null;
  /** `yaml` (`---`) or `toml` (`+++`); absent in outlines made before TOML was read. */
  format?: 'yaml' | 'toml';
}

export interface HeadingEl {
  /** Position among the file's headings. */
  index: number;
  depth: number;
  text: string;
  /** The structural label prefix (e.g. `L1 - `) if the configured pattern matches, else null. */
  label: string | null;
  slug: string;
  /**
   * The explicit heading ID written after the text, `## Title {#id}` (Docusaurus, Hugo,
   * kramdown/Pandoc attribute syntax), without `{#` and `}`; taken off `text`. The site
   * serves it instead of a slug, so it is also the heading's `slug`. Absent when none.
   */
  id?: string;
  span: Span;
  /** Span of the heading's text content (after the `#` marks). */
  textSpan: Span;
  /** The source text at textSpan.start up to the end of the line (for exact label fixes). */
  rawStart: string;
}

/** A line written as a heading that CommonMark does not read as one. */
export interface LostHeading {
  depth: number;
  text: string;
  /** `no-space`: `##Usage` (no space after the marks); `html-block`: the line continues an HTML block. */
  reason: 'no-space' | 'html-block';
  span: Span;
}

export interface LinkEl {
  index: number;
  kind: 'link' | 'image' | 'definition';
  text: string;
  label: string | null;
  /** The URL exactly as written. */
  target: string;
  /** Index of the heading the link sits under, -1 before the first heading. */
  section: number;
  span: Span;
  /** Span of the URL text in the source (for fixes); null when it cannot be located. */
  targetSpan: Span | null;
  /** Span of the link text (for label fixes); null for definitions. */
  textSpan: Span | null;
  /** The source text at textSpan.start up to the end of the line (for exact label fixes). */
  rawStart: string;
  /**
   * Set for a GFM autolink literal (a bare URL in running text, no `[…](…)` or `<…>`):
   * `before` holds the up to 3 characters written just before it, which tell broken link
   * markup (`[text]](url`, `［text］（url`) from a deliberate bare URL.
   */
  literal?: { before: string };
}

export interface CellEl {
  text: string;
  span: Span;
}

export interface RowEl {
  cells: CellEl[];
  span: Span;
}

export interface TableEl {
  index: number;
  section: number;
  header: RowEl;
  rows: RowEl[];
  span: Span;
}

export interface ListEl {
  index: number;
  section: number;
  ordered: boolean;
  items: number;
  span: Span;
}

export interface CodeEl {
  kind: 'inline' | 'fenced';
  lang: string | null;
  value: string;
  section: number;
  span: Span;
}

/** A block of running text: the unit for token and translation checks. */
export interface BlockEl {
  index: number;
  kind: 'paragraph' | 'listItem' | 'tableCell' | 'heading';
  section: number;
  text: string;
  /** Inline code values inside the block. */
  inlineCode: string[];
  span: Span;
  /** The block's prose: text without code, HTML and comments, JSX, ESM, expressions, directives, shortcodes; '' for a type signature. */
  prose?: string;
}

export interface RefreshRow {
  /** The date cell as written. */
  dateRaw: string;
  /** ISO `YYYY-MM-DD` or null when the date cannot be read. */
  date: string | null;
  author: string;
  description: string;
  span: Span;
  cells: CellEl[];
}

export interface RefreshTable {
  /** Index into `Outline.tables`. */
  table: number;
  /** Index of the heading the table sits under. */
  heading: number;
  rows: RefreshRow[];
  span: Span;
}

export interface InvisibleChar {
  codePoint: number;
  name: string;
  span: Span;
  /** A joiner inside an emoji sequence (🙅🏻‍♀️): part of the character, not a stray. */
  inEmoji?: boolean;
  /** Inside an inline code span or a fenced or indented code block. */
  inCode?: boolean;
}

/** One entry of a DocFX-style `toc.yml`, in document (pre-)order. */
export interface TocEntry {
  index: number;
  name: string;
  /** The `href` as written, or null for an entry that only groups others. */
  href: string | null;
  /** 1 at the top level. */
  depth: number;
  /** Index of the parent entry, -1 at the top level. */
  parent: number;
  /** Number of direct children (`items`). */
  children: number;
  span: Span;
  /** Span of the href value; null without an href. */
  hrefSpan: Span | null;
}

/** A table of contents file (`toc.yml`): its entries, or why they could not be read. */
export interface TocOutline {
  entries: TocEntry[];
  /** Set when the file is not valid YAML or not a list of entries. */
  error: { message: string; span: Span } | null;
}

/** An HTML comment that is an l10n-lint directive (inline disable). */
export interface DirectiveEl {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file' | 'disable-line';
  rules: string[];
  span: Span;
}

export interface Outline {
  /** Bumped whenever the shape changes, so cached outlines of another shape are rebuilt. */
  version: number;
  /** True when the file began with a UTF-8 BOM (stripped before parsing). */
  bom: boolean;
  lineEnding: 'lf' | 'crlf' | 'mixed' | 'none';
  /** Number of lines and characters of the decoded text (for position checks). */
  lines: number;
  length: number;
  frontmatter: FrontmatterOutline | null;
  headings: HeadingEl[];
  links: LinkEl[];
  tables: TableEl[];
  lists: ListEl[];
  code: CodeEl[];
  blocks: BlockEl[];
  refresh: RefreshTable | null;
  invisibles: InvisibleChar[];
  directives: DirectiveEl[];
  /**
   * Values of HTML `id` attributes (any element) and `<a name>` in raw HTML, in order: anchors
   * other pages can link to besides the headings. Absent in outlines written before it existed.
   */
  htmlAnchors?: string[];
  /** Present for a `toc.yml` file (whose Markdown arrays are all empty), absent for Markdown. */
  toc?: TocOutline;
  /** Lines that look like headings but are not (`##Usage`, `## x` swallowed by an HTML block): where a missing heading went. */
  lostHeadings?: LostHeading[];
}

// ---------------------------------------------------------------------------
// Alignment: canonical x locale, by structure, never by translated text.

export interface Matched<T> {
  canonical: T;
  locale: T;
}

export interface Aligned<T> {
  matched: Matched<T>[];
  canonicalOnly: T[];
  localeOnly: T[];
}

export interface Alignment {
  headings: Aligned<HeadingEl>;
  /** Canonical heading index -> locale heading index (-1 -> -1 for the preamble). */
  sections: Map<number, number>;
  links: Aligned<LinkEl>;
  tables: Aligned<TableEl>;
  blocks: Aligned<BlockEl>;
  frontmatter: Aligned<FrontmatterEntry>;
  refreshRows: Aligned<RefreshRow>;
  /** Headings only one side has in sequence, but whose sections share their links: moved. */
  movedHeadings: Matched<HeadingEl>[];
  /** The locale's change-log rows (the table aligned with the canonical's), or null. */
  localeRefresh: RefreshRow[] | null;
  /** TOC entries by tree position (empty for Markdown); an unmatched entry's subtree is unmatched too. */
  toc?: Aligned<TocEntry>;
  /** Canonical heading index -> where the missing heading belongs in the locale file (and the line that was meant to be it). */
  missingHeadingPlaces?: Map<number, { span: Span; lost: LostHeading | null }>;
}

// ---------------------------------------------------------------------------
// History: git facts about a pair, computed by src/history/ (rules cannot run git).

export interface CommitFact {
  hash: string;
  /** Committer date, strict ISO 8601. */
  date: string;
  subject: string;
}

/** What changed in the source's structure between two versions. */
export interface SourceChangeSummary {
  sectionsAdded: string[];
  sectionsRemoved: string[];
  linksAdded: number;
  linksRemoved: number;
  linksChanged: number;
  /** Dates (as written) of change-log rows the newer version adds. */
  changeLogRows: string[];
  /** Headings of the sections whose text changed (blocks the older version does not have), in order. */
  sectionsTouched?: string[];
  /** Words of those changed blocks (whitespace-separated). */
  wordsChanged?: number;
}

/** Git facts about one pair, for stale-translation. */
export interface PairHistory {
  /** Why staleness could not be determined (no history, shallow clone, unknown pin); null when it could. */
  unknown: string | null;
  /** The locale file's last commit. */
  localeCommit: CommitFact | null;
  /** The front-matter pin (the source commit the translation was made from), when present. */
  pin: { key: string; commit: string; span: Span } | null;
  /** The pin is not a commit hash: a content error, told without asking git. */
  invalidPin?: boolean;
  /** Substantive (not whitespace-only) source commits after the baseline (pin or locale commit), oldest first. */
  sourceCommitsSince: CommitFact[];
  /** The source's structural change since the baseline; null when the baseline version cannot be read. */
  changes: SourceChangeSummary | null;
  /** Words of source text changed since the baseline (what a translator has to read again); 0 when up to date. */
  wordsBehind?: number;
}

/** How a canonical link target maps into a locale (suffixes), shared by rules and fixes. */
export interface TargetMapper {
  /** The canonical target as it should read in the locale. */
  toLocale(target: string): string;
  /** A locale (or other-locale) target mapped back to its neutral form. */
  toNeutral(target: string): string;
}

// ---------------------------------------------------------------------------
// Rules

export interface Fix {
  /** Offsets into the file's original decoded text (after the BOM). */
  range: [number, number];
  text: string;
}

export interface RelatedLocation {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where in the locale file; absent for a file-level finding. */
  at?: Span;
  /** The canonical element this finding refers to. */
  related?: { span?: Span; message?: string; file?: string };
  expected?: string;
  actual?: string;
  /** The structural key of the element (for fingerprints); defaults to messageId+data. */
  key?: string;
  fix?: Fix;
  /** Report against the canonical file instead of the locale file (e.g. invisible chars in the source). */
  onCanonical?: boolean;
  /** `info`: a note, not drift (e.g. what git history could not tell), whatever the rule's severity. */
  severity?: 'info';
}

export interface CanonicalInfo {
  /** `source` (a source file), `consensus` (majority of locales), `snapshot`. */
  mode: 'source' | 'consensus' | 'snapshot';
  /** The file that canonical positions refer to (relative to config dir). */
  file: string;
  /** Human name for messages: `en-US`, or `consensus of 5 locales`. */
  name: string;
  locale: string;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly canonical: Readonly<Outline>;
  readonly locale: Readonly<Outline>;
  readonly alignment: Readonly<Alignment>;
  readonly options: Readonly<Options>;
  readonly localeCode: string;
  readonly sourceLocale: string;
  readonly canonicalInfo: Readonly<CanonicalInfo>;
  readonly file: string;
  readonly mapper: TargetMapper;
  readonly settings: {
    readonly labelPattern: string | null;
    readonly translatableKeys: readonly string[];
    /** Front-matter keys only translations carry (never extra); dotted paths. Absent: none. */
    readonly localeOnlyKeys?: readonly string[];
    /** Files that exist in the locale (neutral key -> locale rel path), for link-broken. */
    readonly localeFiles: ReadonlySet<string>;
    /** Git facts about the pair; computed only when stale-translation is active, and only in source mode. */
    readonly history?: Readonly<PairHistory>;
    readonly [extra: string]: unknown;
  };
  report(descriptor: ReportDescriptor): void;
}

export type RuleCategory = 'files' | 'frontmatter' | 'headings' | 'links' | 'tables' | 'content' | 'history';

export interface RuleMeta {
  id: string;
  description: string;
  category: RuleCategory;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** JSON Schema of the options object. */
  schema: Record<string, unknown>;
  messages: Record<string, string>;
  docs: { description: string; example: string };
  /**
   * `pair` rules run on every aligned pair (the default). `file` rules report file-level
   * findings produced by discovery/parse and have a no-op or trivial check.
   */
  scope?: 'pair' | 'file';
  /** Default option values. */
  defaults?: Record<string, unknown>;
}

/** What a file-level rule sees: one finding of discovery or parsing. */
export interface FileRuleContext<Options = Record<string, unknown>> {
  readonly finding: FileFinding | ParseProblem;
  readonly options: Readonly<Options>;
  report(descriptor: ReportDescriptor): void;
}

/** A file that could not be read, decoded or parsed. */
export interface ParseProblem {
  kind: 'parse';
  set: string;
  locale: string;
  file: string;
  sourceFile: string | null;
  reason: 'unreadable' | 'tooLarge' | 'binary' | 'utf16' | 'invalidUtf8' | 'parseFailed' | 'timeout' | 'tooDeep' | 'outsideRoot' | 'notRegular' | 'lineTooLong';
  detail: string;
  line?: number;
  column?: number;
}

export interface RuleModule<Options = any> {
  meta: RuleMeta;
  /** Runs on every aligned pair (pure: outlines and alignment in, reports out). */
  check(ctx: RuleContext<Options>): void;
  /** File-level rules: turns a discovery or parse finding into reports. */
  checkFile?(ctx: FileRuleContext<Options>): void;
  /** Rules about a file's own text: also run on every discovered file no pair holds (orphans, competing duplicates). */
  checkUnpaired?(ctx: UnpairedRuleContext<Options>): void;
}

/** What a rule sees of a discovered file that no pair holds: its outline alone. */
export interface UnpairedRuleContext<Options = Record<string, unknown>> {
  readonly outline: Readonly<Outline>;
  readonly options: Readonly<Options>;
  readonly locale: string;
  readonly file: string;
  report(descriptor: ReportDescriptor): void;
}

// ---------------------------------------------------------------------------
// Diagnostics and results

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** Path relative to the config's directory (for file-missing: the expected locale path). */
  file: string;
  locale: string;
  set: string;
  sourceFile: string | null;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  related?: RelatedLocation[];
  expected?: string;
  actual?: string;
  fingerprint: string;
  fix?: Fix;
}

export interface LocaleSummary {
  errors: number;
  warnings: number;
  files: number;
  missing: number;
  /** Where the locale's translation stands (present when the run computed it). */
  coverage?: LocaleCoverage;
}

/**
 * Translation coverage of one locale: pages are the source pages checked in this run.
 * `translated` = `upToDate` + `stale` + pages whose staleness could not be told, when
 * staleness is checked; `upToDate` and `stale` are null when it is not (stale-translation
 * off, no git history). `wordsBehind`: words of source text still to translate (whole
 * missing pages, changed blocks of stale ones), whitespace-separated.
 */
export interface LocaleCoverage {
  pages: number;
  translated: number;
  upToDate: number | null;
  stale: number | null;
  missing: number;
  wordsBehind: number;
}

/** A source commit a translation is behind, for the status page. */
export interface StatusCommit {
  hash: string;
  date: string;
  subject: string;
  /** The commit's web page (GitHub or GitLab `origin`); absent otherwise. */
  url?: string;
}

export type PageLocaleState = 'up-to-date' | 'stale' | 'missing' | 'translated';

/** One source page's translation status in each locale (the HTML status page). */
export interface PageStatus {
  set: string;
  key: string;
  sourceFile: string | null;
  words: number;
  locales: Record<string, { state: PageLocaleState; file: string; wordsBehind: number; commits: StatusCommit[]; sections: string[] }>;
}

export interface Summary {
  sets: number;
  files: number;
  pairs: number;
  errors: number;
  warnings: number;
  infos: number;
  byLocale: Record<string, LocaleSummary>;
  byRule: Record<string, number>;
}

/**
 * Index pairs of an alignment in reading order: [canonicalIndex, localeIndex], with null
 * for a gap (an element only one side has). Indexes point into the outlines' arrays
 * (`headings`, `links`, `refresh.rows`, `tables`).
 */
export type AlignedIndexPairs = Array<[number | null, number | null]>;

export interface AlignmentView {
  headings: AlignedIndexPairs;
  links: AlignedIndexPairs;
  tables: AlignedIndexPairs;
  refreshRows: AlignedIndexPairs;
}

/** The side-by-side material for a pair, for the HTML report (outlines are small). */
export interface PairView {
  set: string;
  locale: string;
  /** Human name of the canonical: `en-US`, or `consensus of 5 locales`. */
  canonicalName: string;
  canonicalFile: string | null;
  localeFile: string | null;
  canonical: Outline | null;
  localeOutline: Outline | null;
  alignment: AlignmentView | null;
}

export interface LintResult {
  version: number;
  tool: { name: string; version: string };
  summary: Summary;
  diagnostics: Diagnostic[];
  /** Present when the caller asked for pair views (HTML report). Not part of the JSON report. */
  pairs?: PairView[];
  /** Per-page translation status, with pair views (HTML status page). Not part of the JSON report. */
  pages?: PageStatus[];
  /** Extra run facts (baseline, fixes, cache stats). Not part of the JSON report's required shape. */
  meta?: Record<string, unknown>;
  /**
   * Every locale file whose pair was checked in this run (paths relative to the config's
   * folder), with or without findings: JUnit's passing test cases. Not in the JSON report.
   */
  checkedFiles?: CheckedFile[];
}

export interface CheckedFile {
  set: string;
  locale: string;
  file: string;
}

export interface Reporter {
  (result: LintResult, options?: ReporterOptions): string;
}

export interface ReporterOptions {
  /** Absolute path of the config dir, for repo-relative URIs. */
  root?: string;
  /**
   * Absolute folder that CI reports (github, sarif, junit) name files from: the git top
   * level (where GitHub places annotations), else the working directory. Absent: `root`.
   */
  reportBase?: string;
  color?: boolean;
  [extra: string]: unknown;
}

/** How `.md` files are parsed: CommonMark + GFM, or MDX (`.mdx` files are always MDX). */
export type Dialect = 'markdown' | 'mdx';
