// The shapes of the first stages: positions in a text, the validated config, and what
// discovery finds (files, pairs, file findings).

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
  /**
   * Routes the site serves from folders or files outside the set's content dirs (Hugo
   * `module.mounts`: a submodule mounted at `content/docs/specs/`). A link into a mount whose
   * `dir` exists is checked against its files; into one whose `dir` is absent from the
   * checkout, it is not checked (never reported). `init` writes them for Hugo sites.
   */
  mounts?: SiteMountConfig[];
  /** Honour pages' front-matter `aliases` (Hugo): a link to an alias route reaches the page. `init` sets it for Hugo sites. */
  aliases?: boolean;
}

/** One route the site serves from outside the content dirs (config `mounts`). */
export interface SiteMountConfig {
  /** Site route (URL path prefix, normalized to start and end with `/`: `/docs/specs/otel/`), the language's route included. */
  route: string;
  /** The folder (or single page file) served there, relative to the config's directory, `/`-separated. */
  dir: string;
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
  /** Config `cache`: where the outline cache is kept. */
  cache?: { location?: string };
  /** Config `git`: the front-matter key that pins a translation's source commit. */
  git?: { pinKey?: string };
  /** Config `fix`: the marker before text --fix copied from the canonical. */
  fix?: { translateMarker?: string };
  /** The config file's own `$schema` (for editors). */
  $schema?: string;
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

/** How `.md` files are parsed: CommonMark + GFM, or MDX (`.mdx` files are always MDX). */
export type Dialect = 'markdown' | 'mdx';
