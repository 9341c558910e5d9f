// The outline: what the parse stage extracts from a page and what rules see.
import type { Span } from './config.js';

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
  /**
   * Include directives the linter does not expand (Hugo `{{% include x.md %}}`, a
   * Markdown-rendered shortcode, MkDocs `--8<--`, MDX imports of Markdown), as written:
   * the served page may hold headings, and so anchors, this file does not. Absent when none.
   */
  includes?: string[];
  /** Present for a `toc.yml` file (whose Markdown arrays are all empty), absent for Markdown. */
  toc?: TocOutline;
  /** Lines that look like headings but are not (`##Usage`, `## x` swallowed by an HTML block): where a missing heading went. */
  lostHeadings?: LostHeading[];
}
