// The shapes of the report's data (data.ts builds them): what the overview is rendered
// from and what the browser script reads from the embedded JSON.
import type { AlignmentView, LintResult, LocaleSummary, RelatedLocation, Severity } from '../../types.js';

export interface HeadingData {
  depth: number;
  text: string;
  label: string | null;
  line: number;
  column: number;
  endLine: number;
}

export interface LinkData {
  kind: 'link' | 'image' | 'definition';
  text: string;
  label: string | null;
  target: string;
  line: number;
  column: number;
  endLine: number;
}

export interface TableData {
  header: string[];
  columns: number;
  rows: number;
  line: number;
  endLine: number;
}

export interface RefreshRowData {
  dateRaw: string;
  date: string | null;
  author: string;
  description: string;
  line: number;
  endLine: number;
}

export interface OutlineData {
  headings: HeadingData[];
  links: LinkData[];
  tables: TableData[];
  refreshRows: RefreshRowData[];
}

export interface FindingData {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  locale: string;
  set: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  related: RelatedLocation[];
  expected: string | null;
  actual: string | null;
  fixable: boolean;
  /** Index into `pairs` of the pair whose locale file this finding is in, or -1. */
  pair: number;
  /**
   * The text of the block (paragraph, list item, table cell, heading) at the finding's line
   * in the locale file, invisible characters shown as `⟦U+200B⟧`, cut at 400 UTF-16 code
   * units; null for a file-level finding or a line outside every block.
   */
  context: string | null;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface PairData {
  set: string;
  locale: string;
  canonicalName: string;
  canonicalFile: string | null;
  localeFile: string | null;
  /** Indexes into `outlines`, -1 when that side has no outline (missing file, parse error). */
  canonicalOutline: number;
  localeOutline: number;
  alignment: AlignmentView | null;
  counts: SeverityCounts;
}

export interface ReportData {
  tool: { name: string; version: string };
  summary: LintResult['summary'];
  locales: string[];
  sets: string[];
  findings: FindingData[];
  pairs: PairData[];
  /** Canonical outlines shared by several locales are stored once. */
  outlines: OutlineData[];
}

export interface MatrixCell extends SeverityCounts {
  missing: number;
  files: number;
}

export interface Matrix {
  locales: string[];
  sets: string[];
  /** `cells[locale][set]`; null when the locale is not part of the set. */
  cells: Record<string, Record<string, MatrixCell | null>>;
  /** Per locale, straight from `summary.byLocale` (zeros if a locale has findings but no entry). */
  localeTotals: Record<string, LocaleSummary>;
  setTotals: Record<string, MatrixCell>;
  /** Human-readable mismatches between the summary and the diagnostics; empty when consistent. */
  disagreements: string[];
}
