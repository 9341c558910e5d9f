// Diagnostics and the results reporters render.
import type { Severity } from './config.js';
import type { Outline } from './outline.js';
import type { Fix, RelatedLocation } from './rules.js';

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
  meta?: RunMeta;
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

/** What --baseline did to a run: findings suppressed, and baselined findings that are gone (null: not known in a narrowed run). */
export interface BaselineStats {
  file: string;
  suppressed: number;
  fixed: number | null;
}

/** LintResult.meta: facts about the run that the reports may print. */
export interface RunMeta {
  baseline?: BaselineStats;
  /** The outline cache (src/engine/run.ts CacheMeta): whether it was used, written, and why not. */
  cache?: { enabled: boolean; written?: boolean; reason?: string };
  /** Other facts (loading counts, fixes). */
  [extra: string]: unknown;
}
