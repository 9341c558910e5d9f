// What every page of a set is linted with, computed once per set: the outlines of the pages
// in flight (dropped once their page is linted), the target mappers, the site's files
// (what link-broken resolves against), the anchors of linked pages (kept as small sets,
// computed before the rules run: rules read no files), the set's snapshot, and its pairs
// grouped by page key.
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { Config, ContentSetConfig, FilePair, FileRef, FileRule, LocaleConfig, Outline, PageStatus, PairRule, PairView } from '../types.js';
import type { DiscoveredSet } from '../discover.js';
import { locateTarget, outsidePathsOf, type SiteFacts } from '../align/site-files.js';
import { resolveTarget } from '../align/resolve-target.js';
import { setMappers, type SetMappers } from '../canonical/index.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import type { OutlineOptions } from '../outline/index.js';
import { anchorsOf as anchorsOfPage } from '../outline/anchors.js';
import type { HistoryStage } from '../history/index.js';
import { loadSnapshotCanonical, type SnapshotCanonical } from '../config/snapshot.js';
import type { OutlineLoader } from '../load/in-thread.js';
import type { ActiveRule } from './settings.js';
import type { EngineOptions } from './options.js';
import { AnchorsByFile } from './anchors.js';
import { siteRoutesOf } from '../discover-routes.js';

/** One set's run: what runEngine hands lintSet. */
export interface SetContext {
  config: Config;
  options: EngineOptions;
  set: ContentSetConfig;
  discovered: DiscoveredSet;
  pairs: FilePair[];
  keysInScope: Set<string>;
  toLoad: Map<string, FileRef>;
  load: OutlineLoader;
  outlineOptions: OutlineOptions;
  pairRules: ActiveRule<PairRule>[];
  fileRules: Map<string, ActiveRule<FileRule & Required<Pick<FileRule, 'checkFile'>>>>;
  active: ActiveRule[];
  history: HistoryStage | null;
  readOutline: NonNullable<EngineOptions['readOutline']>;
  /** Existence of link targets outside the content dirs, by path relative to the config's directory: one look-up per run and path. */
  outsideExists: Map<string, boolean>;
  wantLocale: (locale: string) => boolean;
  /** Filled when options.includePairs (the HTML report). */
  pairViews: PairView[];
  pages: PageStatus[];
}

export interface SetFacts {
  c: SetContext;
  /**
   * Outcomes of the set's loaded files by rel path, filled as loading streams them in. A
   * parsed page's outcome is dropped once every page (key) that reads it is linted (the
   * schedule does that); failures (small, for the parse-error findings) and files no pair
   * holds (orphans, for the rules about a file's own text) stay to the end of the set.
   */
  outcomes: Map<string, OutlineOutcome>;
  /** Every file loaded so far, kept when its outcome is dropped. */
  arrived: Set<string>;
  /** Anchors of the pages links point into: loaded pages' taken as they arrive, the others' read on first use. */
  anchors: AnchorsByFile;
  outlineOf(ref: FileRef | null): Outline | null;
  mappers: SetMappers;
  localeConfig: Map<string, LocaleConfig>;
  siteFor(localeDir: string, localeSuffix: string, pageOutlines: Array<[string, Outline]>, linkRoute?: string | null): SiteFacts;
  anchorsFor(pageOutlines: Array<[string, Outline]>, site: SiteFacts): Map<string, ReadonlySet<string>>;
  activeRuleIds: ReadonlySet<string>;
  snapshot: SnapshotCanonical | null;
  pairsByKey: Map<string, FilePair[]>;
  /** The pairs of the (possibly narrowed) run. */
  inScope: Set<FilePair>;
}

export function setFacts(c: SetContext): SetFacts {
  const { config, set, discovered, pairs, toLoad, outlineOptions, pairRules } = c;
  const outcomes = new Map<string, OutlineOutcome>();
  const outlineOf = (ref: FileRef | null): Outline | null => {
    const outcome = ref ? outcomes.get(ref.rel) : undefined;
    return outcome?.ok ? outcome.outline : null;
  };
  const anchors = new AnchorsByFile(new Set(toLoad.keys()), discovered.pairs, (ref) => c.readOutline(ref, outlineOptions, config.maxFileSize), set.slugger);

  const mappers = setMappers(set);
  const { routing, mapperFor, linkSuffixOf, allSuffixes } = mappers;
  const localeConfig = new Map(set.locales.map((l) => [l.locale, l]));
  const contentDirs = [...new Set([...(set.source ? [set.source.dir] : []), ...set.locales.map((l) => l.dir)])];
  // Existence of link targets outside every content dir, looked up once per run and path.
  const outside = c.outsideExists;
  const untranslated = new Map(discovered.findings.filter((f) => f.kind === 'missing' && f.sourceFile).map((f) => [f.file, f.sourceFile!]));
  const misnamed = new Set(discovered.findings.filter((f) => f.kind === 'misnamed' && f.expected).map((f) => f.expected!));
  // Config `mounts` and front-matter `aliases`: routes served beyond the content dirs, found once per set.
  const { mounts, aliasRoutes } = siteRoutesOf(set, config.root, discovered.existingFiles);
  const siteFor = (localeDir: string, localeSuffix: string, pageOutlines: Array<[string, Outline]>, linkRoute: string | null = null): SiteFacts => {
    for (const [file, outline] of pageOutlines) {
      for (const rel of outsidePathsOf(file, outline.links.map((l) => l.target), contentDirs)) {
        if (!outside.has(rel)) outside.set(rel, existsSync(path.resolve(config.root, rel)));
      }
    }
    return { files: discovered.existingFiles, contentDirs, outside, misnamed, untranslated, sourceDir: set.source?.dir ?? null, localeDir, sameNames: localeSuffix === '' && !set.source?.suffix, routing: routing ? { source: routing.source, locales: routing.locales, own: null } : null, dirOfRoute: routing?.dirOfRoute ?? new Map(), linkRoute, ...(mounts.length ? { mounts } : {}), ...(aliasRoutes.size ? { aliasRoutes } : {}) };
  };
  // The anchors of every page a pair's links point into with a fragment, computed before the rules run (rules read no files).
  const anchorsFor = (pageOutlines: Array<[string, Outline]>, site: SiteFacts): Map<string, ReadonlySet<string>> => {
    const out = new Map<string, ReadonlySet<string>>();
    for (const [file, outline] of pageOutlines) {
      for (const link of outline.links) {
        const resolved = resolveTarget(link.target);
        if (!resolved.fragment) continue;
        const found = resolved.kind === 'anchor' ? file : locateTarget(file, link.target, site);
        const page = typeof found === 'string' ? found : found.state === 'exists' ? found.file : null;
        if (page === null || out.has(page)) continue;
        const known = page === file ? anchorsOfOutline(outline) : anchors.get(page);
        if (known) out.set(page, known);
      }
    }
    return out;
  };
  const anchorsOfOutline = (outline: Outline) => anchorsOfPage(outline, set.slugger);
  const activeRuleIds: ReadonlySet<string> = new Set(pairRules.map((a) => a.rule.meta.id));
  const snapshot = set.canonical ? loadSnapshotCanonical(set.canonical, set.name, config.allowOutsideRoot ? null : config.root) : null;

  // Grouped once: looking pairs up per key and per pair would be quadratic in the set's size.
  const pairsByKey = new Map<string, FilePair[]>();
  for (const p of discovered.pairs) pairsByKey.set(p.key, [...(pairsByKey.get(p.key) ?? []), p]);
  const inScope = new Set(pairs);
  return { c, outcomes, arrived: new Set(), anchors, outlineOf, mappers, localeConfig, siteFor, anchorsFor, activeRuleIds, snapshot, pairsByKey, inScope };
}
