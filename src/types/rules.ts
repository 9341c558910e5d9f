// What aligning a pair yields, the git facts about a pair, and the rule interface.
import type { FileFinding, SeveritySetting, Span } from './config.js';
import type { SiteFacts, TargetMapper, Translation } from './site.js';
import type { BlockEl, FrontmatterEntry, HeadingEl, LinkEl, LostHeading, Outline, RefreshRow, TableEl, TocEntry } from './outline.js';

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
  /** Runs of headings whose pairing equally good alignments disagree on (identical section bodies): in no list of `headings`. */
  undecidedHeadings?: UndecidedHeadings[];
}

/** Headings between two paired ones (null: the page's start or end), and where the run is in the locale file. */
export interface UndecidedHeadings {
  canonical: HeadingEl[]; locale: HeadingEl[];
  before: Matched<HeadingEl> | null;
  after: Matched<HeadingEl> | null;
  span: Span;
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

/** What the engine tells every rule about the run and the pair, besides the outlines: typed, no bag. */
export interface RuleSettings {
  readonly labelPattern: string | null;
  readonly translatableKeys: readonly string[];
  /** Front-matter keys only translations carry (never extra); dotted paths. Absent: none. */
  readonly localeOnlyKeys?: readonly string[];
  /** Files that exist in the locale (neutral key -> locale rel path), for link-broken. */
  readonly localeFiles: ReadonlySet<string>;
  /** Git facts about the pair; computed only when stale-translation is active, and only in source mode. */
  readonly history?: Readonly<PairHistory>;
  /** The anchors of every page the locale's links point into with a fragment, by page (rel path). */
  readonly anchors?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The site the pair's links resolve in. */
  readonly site?: SiteFacts;
  /** Ids of the pair rules of this run (a rule leaves to another what that one reports). */
  readonly activeRules?: ReadonlySet<string>;
  /** Every linted translation of the page. */
  readonly translations?: readonly Translation[];
  /** The suffix the locale's link targets carry (its file suffix unless `linkSuffix` says otherwise). */
  readonly suffix?: string;
  /** Every non-empty suffix of the set. */
  readonly knownSuffixes?: readonly string[];
  /** Config `fix.translateMarker`: put before text --fix copied from the canonical (default `TODO(translate): `). */
  readonly translateMarker?: string;
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
  readonly settings: RuleSettings;
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
  /**
   * `example`: one line for the README table. `details`: Markdown for the rule's page
   * (docs/rules/<id>.md), the decisions a user may need. `examples`: cases the page shows and
   * test/rule-examples.test.ts executes (every built-in rule has them; optional for rules a caller brings).
   */
  docs: { description: string; example: string; details?: string; examples?: readonly RuleExample[] };
  /**
   * `pair` rules run on every aligned pair (the default). `file` rules report file-level
   * findings produced by discovery/parse and have a no-op or trivial check.
   */
  scope?: 'pair' | 'file';
  /** Default option values. */
  defaults?: Record<string, unknown>;
}

/**
 * One example of a rule's docs (remark-lint's model): a canonical and a locale page and the
 * exact findings the rule alone gives on them. The content set it is written into: source
 * en-US in `en/`, the locale in `<language>/` with the suffix `-<language>` (`ja-JP`:
 * `-jp`, the house convention), include every `.md` file, keepNames `index.md`, `toc.yml`
 * (scripts/rule-examples.ts builds it; docs/rules/<id>.md shows it).
 */
export interface RuleExample {
  /** What the example shows, one line. */
  title: string;
  /** The canonical (source) page, written to `en/<page>`; null: the source has no such page. */
  canonical: string | null;
  /** The locale (target) page, written to `<language>/<page with suffix>`; null: not translated. */
  locale: string | null;
  /** BCP 47 code of the locale (default `de-DE`). */
  localeCode?: string;
  /** The page's path under each locale's dir, as the source names it (default `guide.md`). */
  page?: string;
  /** The locale page's bytes are written in this encoding (default UTF-8; `utf16le` with a byte order mark). */
  localeEncoding?: 'utf8' | 'utf16le';
  /** Other files, by path relative to the config's dir (`en/setup.md`, `de/toc.yml`). */
  files?: Readonly<Record<string, string>>;
  /** Git commits made, in order, with fixed dates and author, before the pages above are written (stale-translation). */
  commits?: readonly { date: string; subject: string; files: Readonly<Record<string, string>> }[];
  /** Top-level config keys (`labels`, `frontmatter`, `maxLineLength`). */
  config?: Readonly<Record<string, unknown>>;
  /** Keys of the content set (`include`, `order`; `locales` replaces the one locale; `source: undefined` makes it a consensus set). */
  set?: Readonly<Record<string, unknown>>;
  /** Keys of the set's source (`route`). */
  source?: Readonly<Record<string, unknown>>;
  /** Keys of the example's locale (`route`, `suffix`: its `suffix` also names the locale page). */
  localeConfig?: Readonly<Record<string, unknown>>;
  /** The rule's options. */
  options?: Readonly<Record<string, unknown>>;
  /** Other rules on in the run, for a rule about other rules' findings (inline-directive); their findings must not show. */
  alsoActive?: readonly string[];
  /** The findings, as the stylish reporter and expected.txt write them: `<file>:<line>:<col>: <message> [<rule-id>]`; empty: the rule stays silent. */
  findings: readonly string[];
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

/**
 * A rule over an aligned pair: `check` runs on every pair (pure: outlines and alignment
 * in, reports out). Scope `pair` (the default).
 */
export interface PairRule<Options = any> {
  meta: RuleMeta;
  check(ctx: RuleContext<Options>): void;
  checkFile?: never;
  /** Rules about a file's own text: also run on every discovered file no pair holds (orphans, competing duplicates). */
  checkUnpaired?(ctx: UnpairedRuleContext<Options>): void;
}

/**
 * A rule about files (scope `file`): `checkFile` turns a discovery or parse finding into
 * reports. Without it, the engine itself reports through the rule's messages
 * (inline-directive: unused or unknown disable comments).
 */
export interface FileRule<Options = any> {
  meta: RuleMeta;
  check?: never;
  checkFile?(ctx: FileRuleContext<Options>): void;
  checkUnpaired?(ctx: UnpairedRuleContext<Options>): void;
}

/** A rule module: one file in rules/, a pair rule or a file rule (ESLint's rule-module shape). */
export type RuleModule<Options = any> = PairRule<Options> | FileRule<Options>;

/** What a rule sees of a discovered file that no pair holds: its outline alone. */
export interface UnpairedRuleContext<Options = Record<string, unknown>> {
  readonly outline: Readonly<Outline>;
  readonly options: Readonly<Options>;
  readonly locale: string;
  readonly file: string;
  report(descriptor: ReportDescriptor): void;
}
