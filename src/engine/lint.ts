// The engine: runs the pipeline set by set (discover -> outlines -> canonical -> align ->
// rules), applies severities, ties and inline disables, and assembles the LintResult.
// Sets are processed one after another so memory follows the largest set, not the corpus.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type {
  CanonicalInfo, Config, ContentSetConfig, Diagnostic, FilePair, RuleModule, FileFinding, FileRef, LintResult, LocaleCoverage, Outline, PageStatus, PairHistory, PairView, ParseProblem, RuleContext, TargetMapper,
} from '../types.js';
import { discoverSet, type DiscoveredSet } from '../discover.js';
import { alignOutlines, toAlignmentView } from '../align/index.js';
import { locateTarget, outsidePathsOf, type SiteFacts } from '../align/site-files.js';
import { resolveTarget } from '../align/resolve-target.js';
import { canonicalFor, setMappers, type ConsensusTie } from '../canonical/index.js';
import { compileUserPattern } from '../config/user-pattern.js';
import { activeRules, type ActiveRule } from './settings.js';
import { toDiagnostic, type ReportTarget } from './report.js';
import { fingerprint } from './fingerprint.js';
import { dedupe, summarize, sortDiagnostics } from './summary.js';
import { applyDirectives, type LintedFile } from './directives.js';
// Types only: the parser (unified, micromark) is loaded when a file must be parsed in this
// thread, so a run whose outlines or results all come from the cache never loads it.
import type { OutlineOutcome } from '../outline/from-file.js';
import type { OutlineOptions } from '../outline/index.js';
import type { HistoryRequest, HistoryStage } from '../history/index.js';
import { emptyCoverage, addCoverage, type SetCoverage } from './coverage.js';
import { outlineWords } from '../outline/words.js';
import { rules as allRules } from '../../rules/index.js';
import { toolName, toolVersion, codeFingerprint } from '../package-root.js';
import { loadSnapshotCanonical } from '../config/snapshot.js';
import { AnchorsByFile } from './anchors.js';
import { anchorsOf as anchorsOfPage } from '../outline/anchors.js';
import { loadOutlinesInThread, prepareReadOutlineInThread, readOutlineInThread, withOverrides, type OutlineLoader, type OutlineReader } from '../load/in-thread.js';

export { loadOutlinesInThread, type OutlineLoader } from '../load/in-thread.js';

/**
 * Where a set's findings are kept between runs (the result cache, beside the outline
 * cache): a set whose files, file list, config and code are unchanged is not linted again.
 */
export interface SetResultStore {
  /** The sha256 of each file's content, read now; null when one cannot be read (no reuse then). */
  hashFiles(files: readonly FileRef[], maxFileSize: number): Map<string, string> | null;
  get(set: string, digest: string): SetResult | undefined;
  put(set: string, digest: string, result: SetResult): void;
}

export interface EngineOptions {
  /** Only these locales (--locale). */
  locales?: readonly string[];
  /** Only these rules (--rule). */
  rules?: readonly string[];
  /** Keep outlines and alignment views for the HTML report. */
  includePairs?: boolean;
  /** Swap in parallel/cached loading (issue 7). */
  loadOutlines?: OutlineLoader;
  /** Reads one file's outline on demand (anchors of pages outside a narrowed run); default: parse it here, uncached. */
  readOutline?: OutlineReader;
  /** Makes readOutline usable (loads the parser); called once a set may need it. */
  prepareReadOutline?: () => Promise<void>;
  /** Reuse each set's findings while nothing they depend on changed (the CLI's cache). */
  results?: SetResultStore;
  /** The rules to run (default: the built-in registry); tests pass their own. */
  ruleModules?: readonly RuleModule[];
  /** Only pairs whose keys this returns true for (--changed-since, --shard). */
  pairFilter?: (set: string, key: string, locale: string) => boolean;
  /** Only file-level findings (missing, orphan, misnamed, duplicate) this returns true for; `key` is their pair's key (for an orphan: its file). */
  fileFindingFilter?: (finding: FileFinding, key: string) => boolean;
  /**
   * Texts to lint instead of what is on disk, by absolute path (the language server's
   * unsaved editor buffers). Each text is linted as if it were the file's decoded content
   * (after the BOM), so diagnostic positions and fix offsets refer to it. Only files that
   * discovery finds on disk are linted; an override for any other path is ignored. While
   * any is given, set results are neither reused nor stored (the cache's digest hashes disk bytes).
   */
  overrides?: ReadonlyMap<string, string>;
}

/** Bump when SetResult's shape or what its digest covers changes. */
const SET_RESULT_FORMAT = 2;

/**
 * Everything a set's findings depend on: the code (l10n-lint's own compiled files), the
 * whole config, the run's --locale/--rule, every file name in the set's folders (link
 * targets and missing files are about names), the content of every file linted and of the
 * snapshot. Null when a file cannot be read: that set is linted and not stored.
 */
function setResultDigest(config: Config, options: EngineOptions, discovered: DiscoveredSet, files: FileRef[], store: SetResultStore, historyKey: string | null): string | null {
  const hashes = store.hashFiles(files, config.maxFileSize);
  if (!hashes) return null;
  const hash = createHash('sha256');
  // With staleness on, the findings also depend on the history: HEAD's hash (and whether
  // the clone is shallow) stands for it, since the files' content is hashed already.
  hash.update(JSON.stringify([SET_RESULT_FORMAT, toolVersion, codeFingerprint(), config, options.locales ?? null, options.rules ?? null, discovered.set.name, historyKey]));
  hash.update(JSON.stringify([...discovered.existingFiles].sort()));
  hash.update(JSON.stringify([...hashes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))));
  if (discovered.set.canonical) {
    try {
      hash.update(readFileSync(discovered.set.canonical));
    } catch {
      return null;
    }
  }
  return hash.digest('hex');
}

/** A failure inside l10n-lint (not in the content): the CLI prints it with the file it was on and exits 2. */
export class InternalError extends Error {
  constructor(message: string, readonly file: string, original?: Error) {
    super(message);
    this.name = 'InternalError';
    if (original?.stack) this.stack = `${this.name}: ${message}\n${original.stack}`;
  }
}

const CONSENSUS_TIE_MESSAGE = 'No majority among {count} locales for {what} ({split}); not compared. Set a source locale or make the locales agree.';

export async function runEngine(config: Config, options: EngineOptions = {}): Promise<LintResult> {
  const active = activeRules(options.ruleModules ?? allRules, config.rules, options.rules);
  const pairRules = active.filter((a) => a.rule.meta.scope !== 'file');
  const fileRules = new Map(active.filter((a) => a.rule.checkFile).map((a) => [a.rule.meta.id, a]));
  const outlineOptions: OutlineOptions = { labelPattern: config.labels.pattern ? compileUserPattern(config.labels.pattern) : null, markdownDialect: config.dialect ?? 'markdown', maxLineLength: config.maxLineLength };
  const overrides = options.overrides?.size ? options.overrides : null;
  const overridden = overrides ? withOverrides(options.loadOutlines ?? loadOutlinesInThread, options.readOutline ?? readOutlineInThread, overrides) : null;
  if (overrides) await prepareReadOutlineInThread();
  const load = overridden?.loadOutlines ?? options.loadOutlines ?? loadOutlinesInThread;
  const diagnostics: Diagnostic[] = [];
  const pairViews: PairView[] = [];
  const lintedFiles = new Map<string, LintedFile>();
  const stats = { sets: 0, files: new Set<string>(), pairs: 0, localeFiles: new Map<string, Set<string>>() };
  const coverage: SetCoverage = new Map();
  const pages: PageStatus[] = [];
  // Git is asked only for stale-translation, the one rule that needs history (and the
  // history stage, which parses old revisions, is loaded only then).
  const staleRule = pairRules.find((a) => a.rule.meta.id === STALE_RULE);
  const history = staleRule
    ? (await import('../history/index.js')).createHistoryStage(config, outlineOptions, {
        ignoreWhitespace: staleRule.options.ignoreWhitespace !== false,
        ignoreFrontmatter: staleRule.options.ignoreFrontmatter !== false,
      })
    : null;
  // A set's findings are reused when nothing they depend on changed: not for a narrowed run
  // (its scope is a function), nor when pair views are wanted, rules are swapped in, or
  // editor buffers stand in for files. Git history is part of the key (HEAD), not a reason
  // to skip the cache.
  const results = options.results && !options.pairFilter && !options.fileFindingFilter && !options.includePairs && !options.ruleModules && !overrides ? options.results : null;
  const readOutline = overridden?.readOutline ?? options.readOutline ?? readOutlineInThread;
  const wantLocale = (locale: string) => !options.locales?.length || options.locales.includes(locale);
  const outsideExists = new Map<string, boolean>();

  for (const set of config.sets) {
    const discovered = discoverSet(config, set);
    stats.sets++;
    const pairs = discovered.pairs.filter((p) => wantLocale(p.locale) && (!options.pairFilter || options.pairFilter(set.name, p.key, p.locale)));

    // Every file is read and parsed once, whatever the number of pairs it is in.
    const keysInScope = new Set(pairs.map((p) => p.key));
    const toLoad = new Map<string, FileRef>();
    for (const pair of pairs) {
      if (pair.target) toLoad.set(pair.target.rel, pair.target);
      if (pair.source) toLoad.set(pair.source.rel, pair.source);
    }
    // Consensus needs every locale's copy of a key, even of locales filtered out.
    if (!set.source && !set.canonical) {
      for (const p of discovered.pairs) if (keysInScope.has(p.key) && p.target) toLoad.set(p.target.rel, p.target);
    }

    // Rules about a file's own text (invisible characters) read every discovered file, paired or not.
    if (active.some((a) => a.rule.checkUnpaired)) {
      for (const f of discovered.findings) {
        if ((f.kind !== 'orphan' && f.kind !== 'duplicate') || !wantLocale(f.locale) || toLoad.has(f.file)) continue;
        // In the run's scope as its file finding is (a shard owns each orphan once).
        const key = pairKeyOf(discovered, f);
        if (options.pairFilter && f.kind !== 'orphan' && !options.pairFilter(set.name, key, f.locale)) continue;
        if (options.fileFindingFilter && !options.fileFindingFilter(f, key)) continue;
        toLoad.set(f.file, { abs: path.resolve(config.root, f.file), rel: f.file, locale: f.locale });
      }
    }
    const digest = results ? setResultDigest(config, options, discovered, [...toLoad.values()], results, history?.stateKey() ?? null) : null;
    let setResult = digest ? results!.get(set.name, digest) : undefined;
    if (!setResult) {
      // Pages outside the loaded files are read on demand (link anchors): the reader must be ready first.
      if (discovered.pairs.some((p) => (p.source && !toLoad.has(p.source.rel)) || (p.target && !toLoad.has(p.target.rel)))) {
        await (options.prepareReadOutline ?? prepareReadOutlineInThread)();
      }
      setResult = await lintSet({ config, options, set, discovered, pairs, keysInScope, toLoad, load, outlineOptions, pairRules, fileRules, active, history, readOutline, wantLocale, pairViews, pages, outsideExists });
      if (digest) results!.put(set.name, digest, setResult);
    }
    diagnostics.push(...setResult.diagnostics);
    for (const linted of setResult.linted) lintedFiles.set(linted.file, linted);
    for (const rel of setResult.files) stats.files.add(rel);
    stats.pairs += setResult.pairs;
    addCoverage(coverage, setResult.coverage);
    const countLocaleFile = (locale: string, rel: string) => {
      if (!stats.localeFiles.has(locale)) stats.localeFiles.set(locale, new Set());
      stats.localeFiles.get(locale)!.add(rel);
    };
    for (const pair of discovered.pairs) {
      if (!wantLocale(pair.locale) || !pair.target) continue;
      countLocaleFile(pair.locale, pair.target.rel);
    }
    // Files in no pair (orphans, the losers of a duplicate) are files of the locale too; the
    // run's file count takes them where it reports them (each once over the shards).
    for (const f of discovered.findings) {
      if ((f.kind !== 'orphan' && f.kind !== 'duplicate') || !wantLocale(f.locale)) continue;
      countLocaleFile(f.locale, f.file);
      if (fileFindingInScope(options, discovered, f)) stats.files.add(f.file);
    }
  }

  // Staleness not checked at all (no repository, a shallow clone) is told once for the
  // run, on the config file, never once per pair.
  // Only where staleness applies: a set with a source (consensus and snapshot sets have no source history).
  // Outside any git repository the default-on rule does not apply and stays quiet (a folder
  // of pages, a case reduced from a site); the note is for a rule asked for by name there,
  // and always for a shallow clone or a git failure, where history was expected.
  const notChecked = config.sets.some((set) => set.source) ? history?.notChecked() : null;
  const askedFor = config.rules[STALE_RULE] !== undefined || (options.rules?.includes(STALE_RULE) ?? false);
  if (notChecked && staleRule && (askedFor || !history?.outsideGit())) diagnostics.push(runNote(config, staleRule, notChecked));

  const deduplicated = dedupe(diagnostics);
  const kept = applyDirectives(deduplicated, lintedFiles, active);
  const sorted = sortDiagnostics(kept);
  const result: LintResult = {
    version: 1,
    tool: { name: toolName, version: toolVersion },
    summary: summarize(sorted, { sets: stats.sets, files: stats.files.size, pairs: stats.pairs, localeFiles: stats.localeFiles, locales: allLocales(config, options), coverage }),
    diagnostics: sorted,
  };
  if (options.includePairs) {
    result.pairs = pairViews;
    result.pages = pages;
  }
  // lintedFiles also holds the source files of the pairs; the checked files are the locale ones.
  const sourceLocale = new Map(config.sets.map((s) => [s.name, s.source?.locale]));
  result.checkedFiles = [...lintedFiles.values()]
    .filter((f) => f.locale !== sourceLocale.get(f.set))
    .map(({ set, locale, file }) => ({ set, locale, file }));
  return result;
}

/** What linting one set yields: plain data, so it can be stored in the result cache and reused. */
export interface SetResult {
  /** Before dedupe and inline disables, which run over the whole run's findings. */
  diagnostics: Diagnostic[];
  /** The files whose pairs were linted, with what their inline disables need. */
  linted: LintedFile[];
  /** Files loaded (read and parsed, or taken from the outline cache). */
  files: string[];
  pairs: number;
  /** Coverage per locale of the set's pages in scope. */
  coverage: Array<[string, LocaleCoverage]>;
}

interface SetContext {
  config: Config;
  options: EngineOptions;
  set: ContentSetConfig;
  discovered: DiscoveredSet;
  pairs: FilePair[];
  keysInScope: Set<string>;
  toLoad: Map<string, FileRef>;
  load: OutlineLoader;
  outlineOptions: OutlineOptions;
  pairRules: ActiveRule[];
  fileRules: Map<string, ActiveRule>;
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

/** What one page (key) yields, kept apart so the set's result reads in key order however pages finish loading. */
interface KeyResult {
  diagnostics: Diagnostic[];
  linted: LintedFile[];
  views: PairView[];
  pairs: number;
}

/**
 * Lints one set: loads its files and lints each page (key) as soon as its files are in,
 * while the rest still parse on the workers, so the rules' time hides behind parsing
 * instead of following it. A page whose links point at a page still loading (link-broken
 * reads its headings) waits for the end of loading.
 */
async function lintSet(c: SetContext): Promise<SetResult> {
  const { config, options, set, discovered, pairs, keysInScope, toLoad, outlineOptions, pairRules, fileRules, active, history, wantLocale } = c;
  const outcomes = new Map<string, OutlineOutcome>();
  const outlineOf = (ref: FileRef | null): Outline | null => {
    const outcome = ref ? outcomes.get(ref.rel) : undefined;
    return outcome?.ok ? outcome.outline : null;
  };
  const anchors = new AnchorsByFile(outcomes, new Set(toLoad.keys()), discovered.pairs, (ref) => c.readOutline(ref, outlineOptions, config.maxFileSize), set.slugger);

  const mappers = setMappers(set);
  const { routing, mapperFor, linkSuffixOf, allSuffixes } = mappers;
  const localeConfig = new Map(set.locales.map((l) => [l.locale, l]));
  const contentDirs = [...new Set([...(set.source ? [set.source.dir] : []), ...set.locales.map((l) => l.dir)])];
  // Existence of link targets outside every content dir, looked up once per run and path.
  const outside = c.outsideExists;
  const untranslated = new Map(discovered.findings.filter((f) => f.kind === 'missing' && f.sourceFile).map((f) => [f.file, f.sourceFile!]));
  const misnamed = new Set(discovered.findings.filter((f) => f.kind === 'misnamed' && f.expected).map((f) => f.expected!));
  const siteFor = (localeDir: string, localeSuffix: string, pageOutlines: Array<[string, Outline]>, linkRoute: string | null = null): SiteFacts => {
    for (const [file, outline] of pageOutlines) {
      for (const rel of outsidePathsOf(file, outline.links.map((l) => l.target), contentDirs)) {
        if (!outside.has(rel)) outside.set(rel, existsSync(path.resolve(config.root, rel)));
      }
    }
    return { files: discovered.existingFiles, contentDirs, outside, misnamed, untranslated, sourceDir: set.source?.dir ?? null, localeDir, sameNames: localeSuffix === '' && !set.source?.suffix, routing: routing ? { source: routing.source, locales: routing.locales, own: null } : null, dirOfRoute: routing?.dirOfRoute ?? new Map(), linkRoute };
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

  // Which loaded files each page waits for: its pairs' files, and in consensus mode every locale's copy.
  const waiting = new Map<string, number>();
  const keysWaitingOn = new Map<string, string[]>();
  for (const key of keysInScope) {
    const files = new Set<string>();
    for (const p of pairsByKey.get(key) ?? []) {
      for (const ref of [p.source, p.target]) if (ref && toLoad.has(ref.rel) && (inScope.has(p) || (!set.source && !set.canonical))) files.add(ref.rel);
    }
    waiting.set(key, files.size);
    for (const rel of files) keysWaitingOn.set(rel, [...(keysWaitingOn.get(rel) ?? []), key]);
  }

  // True when every page this key's locale files link into with an anchor is loaded (or is read on demand).
  const anchorsReady = (key: string): boolean => {
    for (const pair of pairsByKey.get(key) ?? []) {
      const outline = inScope.has(pair) ? outlineOf(pair.target) : null;
      if (!outline || !pair.target) continue;
      const locale = localeConfig.get(pair.locale);
      if (!locale) continue;
      const site = siteFor(locale.dir, locale.suffix, [[pair.target.rel, outline]]);
      for (const link of outline.links) {
        if (!resolveTarget(link.target).fragment) continue;
        const found = locateTarget(pair.target.rel, link.target, site);
        if (found.state === 'exists' && toLoad.has(found.file) && !outcomes.has(found.file)) return false;
      }
    }
    return true;
  };

  // Pairs whose stale-translation check waits for the set's history (one git batch).
  const historyWork: Array<{ key: string; request: HistoryRequest; run: (facts: PairHistory | undefined, into: Diagnostic[]) => void }> = [];
  const done = new Map<string, KeyResult>();
  const lintKey = (key: string): KeyResult => {
    const out: KeyResult = { diagnostics: [], linted: [], views: [], pairs: 0 };
    const keyPairs = pairsByKey.get(key) ?? [];
    const chosen = canonicalFor(key, keyPairs, { set, root: config.root, snapshot, translatableKeys: config.frontmatter.translatable, mappers, outlineOf });
    if (!chosen) return out;
    const { outline: canonical, mapper: canonicalMapper, info, ties } = chosen;
    const sourceTarget: ReportTarget | undefined =
      set.source && keyPairs[0]?.source
        ? { set: set.name, locale: set.source.locale, file: keyPairs[0].source.rel, sourceFile: keyPairs[0].source.rel, outline: canonical }
        : undefined;

    // Every linted translation of this page, for findings that say how many locales share a fault (a link broken in the source).
    const translations = keyPairs
      .filter((p) => inScope.has(p) && outlineOf(p.target))
      .map((p) => ({ locale: p.locale, outline: outlineOf(p.target)!, mapper: mapperFor(linkSuffixOf(p.locale), p.locale) }));
    for (const pair of keyPairs) {
      if (!inScope.has(pair)) continue;
      const localeOutline = outlineOf(pair.target);
      if (!pair.target || !localeOutline) continue;
      out.pairs++;
      out.linted.push({ set: set.name, locale: pair.locale, file: pair.target.rel, sourceFile: pair.source?.rel ?? null, outline: directivesOf(localeOutline) });
      if (sourceTarget) out.linted.push({ ...sourceTarget, outline: directivesOf(canonical) });
      const localeSuffix = localeConfig.get(pair.locale)!.suffix;
      const linkSuffix = linkSuffixOf(pair.locale);
      const mapper = mapperFor(linkSuffix, pair.locale);
      const pairPages: Array<[string, Outline]> = [[pair.target.rel, localeOutline], ...(sourceTarget ? [[sourceTarget.file, canonical] as [string, Outline]] : [])];
      const site = siteFor(localeConfig.get(pair.locale)!.dir, localeSuffix, pairPages, localeConfig.get(pair.locale)!.linkRoute ?? null);
      // Only the locale's links are checked for anchors.
      const pairAnchors = anchorsFor([[pair.target.rel, localeOutline]], site);
      const alignment = alignOutlines(canonical, localeOutline, canonicalMapper, mapper, { orderFree: set.order === 'free', canonicalLocale: info.locale, localeCode: pair.locale });
      const pairDiagnostics: Diagnostic[] = [];
      // With history, stale-translation runs once the whole set is loaded, when git has
      // been asked about every pair at once (see below); the other rules run now.
      const deferHistory = history !== null && pair.source !== null && set.source !== undefined;
      const localeRef = pair.target;
      const runRules = (rules: readonly ActiveRule[], historyFacts: PairHistory | undefined, into: Diagnostic[]) => {
      for (const activeRule of rules) {
        const target: ReportTarget = { set: set.name, locale: pair.locale, file: localeRef.rel, sourceFile: pair.source?.rel ?? null, outline: localeOutline };
        const ctx: RuleContext = {
          canonical,
          locale: localeOutline,
          alignment,
          options: activeRule.options,
          localeCode: pair.locale,
          sourceLocale: info.locale,
          canonicalInfo: info,
          file: localeRef.rel,
          mapper,
          settings: {
            labelPattern: config.labels.pattern,
            translatableKeys: config.frontmatter.translatable,
            localeOnlyKeys: config.frontmatter.localeOnly ?? [],
            localeFiles: discovered.existingFiles,
            history: historyFacts,
            anchors: pairAnchors,
            site,
            activeRules: activeRuleIds,
            translations,
            suffix: linkSuffix,
            knownSuffixes: allSuffixes.filter(Boolean),
            config,
          },
          report: (descriptor) =>
            into.push(
              toDiagnostic(
                { rule: activeRule.rule, severity: activeRule.severity, target, canonicalTarget: sourceTarget, canonical: { file: info.file, name: info.name, outline: canonical } },
                descriptor,
              ),
            ),
        };
        try {
          activeRule.rule.check(ctx);
        } catch (error) {
          throw new InternalError(`rule "${activeRule.rule.meta.id}" failed: ${(error as Error).message}`, localeRef.rel, error as Error);
        }
      }
      };
      runRules(deferHistory ? pairRules.filter((a) => a.rule.meta.id !== STALE_RULE) : pairRules, undefined, pairDiagnostics);
      if (deferHistory) {
        const target = pair.target;
        historyWork.push({
          key,
          request: { source: pair.source!, target, sourceOutline: canonical, localeOutline, sourceMapper: canonicalMapper },
          run: (facts, into) => runRules(pairRules.filter((a) => a.rule.meta.id === STALE_RULE), facts, into),
        });
      }
      out.diagnostics.push(...replaceTies(pairDiagnostics, ties, pair.locale, pair.target.rel, set.name, pair.source?.rel ?? null, active, keyTieCount(keyPairs)));
      if (options.includePairs) {
        out.views.push({
          set: set.name,
          locale: pair.locale,
          canonicalName: info.name,
          canonicalFile: info.file,
          localeFile: pair.target.rel,
          canonical,
          localeOutline,
          alignment: toAlignmentView(alignment, canonical, localeOutline),
        });
      }
    }
    return out;
  };

  const arrived = (rel: string, outcome: OutlineOutcome) => {
    if (outcomes.has(rel)) return;
    outcomes.set(rel, outcome);
    for (const key of keysWaitingOn.get(rel) ?? []) {
      const left = waiting.get(key)! - 1;
      waiting.set(key, left);
      if (left === 0 && anchorsReady(key)) done.set(key, lintKey(key));
    }
  };
  // Page by page, so pages finish loading (and are linted) one after another.
  const keys = [...keysInScope].sort();
  const inPageOrder = new Map<string, FileRef>();
  for (const key of keys) for (const p of pairsByKey.get(key) ?? []) for (const ref of [p.source, p.target]) if (ref && toLoad.has(ref.rel)) inPageOrder.set(ref.rel, ref);
  for (const [rel, ref] of toLoad) inPageOrder.set(rel, ref);
  const loaded = await c.load([...inPageOrder.values()], outlineOptions, config.maxFileSize, arrived);
  // A loader that does not stream hands everything over here; held-back pages run now.
  for (const [rel, outcome] of loaded) arrived(rel, outcome);
  for (const key of keys) if (!done.has(key)) done.set(key, lintKey(key));

  // History: every pair of the set asked of git at once, then stale-translation per pair.
  const factsByTarget = new Map<string, PairHistory | undefined>();
  if (history && historyWork.length > 0) {
    const facts = history.resolve(historyWork.map((w) => w.request));
    historyWork.forEach((work, i) => {
      factsByTarget.set(work.request.target.rel, facts[i]);
      if (facts[i]) work.run(facts[i], done.get(work.key)!.diagnostics);
    });
  }
  const staleChecked = history !== null && set.source !== undefined && history.notChecked() === null;
  const coverage = new Map<string, LocaleCoverage>();
  const urlBase = options.includePairs && staleChecked ? history!.commitUrlBase() : null;
  for (const key of keys) {
    const keyPairs = (pairsByKey.get(key) ?? []).filter((p) => inScope.has(p));
    const sourceOutline = set.source ? outlineOf(keyPairs[0]?.source ?? null) : null;
    const words = sourceOutline ? outlineWords(sourceOutline) : 0;
    const page: PageStatus = { set: set.name, key, sourceFile: keyPairs[0]?.source?.rel ?? null, words, locales: {} };
    for (const pair of keyPairs) {
      const entry = coverage.get(pair.locale) ?? emptyCoverage(staleChecked);
      coverage.set(pair.locale, entry);
      entry.pages++;
      if (!pair.target) {
        entry.missing++;
        entry.wordsBehind += words;
        page.locales[pair.locale] = { state: 'missing', file: pair.expectedTarget, wordsBehind: words, commits: [], sections: [] };
        continue;
      }
      entry.translated++;
      const facts = factsByTarget.get(pair.target.rel);
      let state: PageStatus['locales'][string]['state'] = 'translated';
      if (staleChecked && facts && facts.unknown === null && !facts.invalidPin) {
        state = facts.sourceCommitsSince.length > 0 ? 'stale' : 'up-to-date';
        if (state === 'stale') {
          entry.stale!++;
          entry.wordsBehind += facts.wordsBehind ?? 0;
        } else entry.upToDate!++;
      }
      page.locales[pair.locale] = {
        state,
        file: pair.target.rel,
        wordsBehind: state === 'stale' ? facts?.wordsBehind ?? 0 : 0,
        commits: state === 'stale' ? facts!.sourceCommitsSince.map((c) => ({ ...c, ...(urlBase ? { url: urlBase + c.hash } : {}) })) : [],
        sections: state === 'stale' ? [...new Set([...(facts!.changes?.sectionsAdded ?? []), ...(facts!.changes?.sectionsTouched ?? [])])] : [],
      };
    }
    if (options.includePairs && keyPairs.length > 0) c.pages.push(page);
  }

  // File-level findings: discovery, then parse problems.
  const diagnostics: Diagnostic[] = [];
  const fileFindings: Array<FileFinding | ParseProblem> = discovered.findings.filter((f) => wantLocale(f.locale) && fileFindingInScope(options, discovered, f));
  for (const ref of toLoad.values()) {
    const outcome = outcomes.get(ref.rel)!;
    if (outcome.ok) continue;
    const pair = pairs.find((p) => p.target?.rel === ref.rel || p.source?.rel === ref.rel);
    fileFindings.push({ kind: 'parse', set: set.name, locale: ref.locale, file: ref.rel, sourceFile: pair?.source?.rel ?? null, ...outcome.problem });
  }
  for (const finding of fileFindings) {
    const found = runFileRules(fileRules, finding);
    // A site that falls back to the source page: a missing translation is coverage, not drift.
    if (set.missing === 'fallback' && finding.kind === 'missing') for (const d of found) if (d.ruleId === 'file-missing') d.severity = 'info';
    diagnostics.push(...found);
  }

  // Files no pair holds (orphans, competing duplicates): the rules about a file's own text.
  const paired = new Set(discovered.pairs.flatMap((p) => [p.source?.rel, p.target?.rel]));
  const unpairedLinted: LintedFile[] = [];
  for (const ref of toLoad.values()) {
    const outline = outlineOf(ref);
    if (paired.has(ref.rel) || !outline) continue;
    unpairedLinted.push({ set: set.name, locale: ref.locale, file: ref.rel, sourceFile: null, outline: directivesOf(outline) });
    for (const a of active) {
      a.rule.checkUnpaired?.({
        outline,
        options: a.options,
        locale: ref.locale,
        file: ref.rel,
        report: (descriptor) => diagnostics.push(toDiagnostic({ rule: a.rule, severity: a.severity, target: { set: set.name, locale: ref.locale, file: ref.rel, sourceFile: null, outline } }, descriptor)),
      });
    }
  }

  // In key order, as if the pages had been linted one after another.
  const linted = new Map<string, LintedFile>();
  let pairCount = 0;
  for (const key of keys) {
    const result = done.get(key)!;
    diagnostics.push(...result.diagnostics);
    for (const file of result.linted) linted.set(file.file, file);
    c.pairViews.push(...result.views);
    pairCount += result.pairs;
  }
  for (const file of unpairedLinted) if (!linted.has(file.file)) linted.set(file.file, file);
  return { diagnostics, linted: [...linted.values()], files: [...toLoad.keys()].filter((rel) => outcomes.has(rel)), pairs: pairCount, coverage: [...coverage] };
}

// What applyDirectives needs of a file, kept to the end of the run: not its whole outline,
// so memory follows the largest set, not the corpus.
function directivesOf(outline: Outline): LintedFile['outline'] {
  return { lines: outline.lines, length: outline.length, directives: outline.directives };
}

const STALE_RULE = 'stale-translation';

/** The run's one note that staleness was not checked, on the config file (a run-level fact, not a page's). */
function runNote(config: Config, staleRule: ActiveRule, reason: string): Diagnostic {
  const set = config.sets[0];
  const file = config.file ? path.relative(config.root, config.file).split(path.sep).join('/') : '.';
  return toDiagnostic(
    {
      rule: staleRule.rule,
      severity: staleRule.severity,
      // Under the first target locale: a source-locale row in the per-locale summary would be a locale nobody translates.
      target: { set: set.name, locale: set.locales[0].locale, file, sourceFile: null, outline: null },
    },
    { messageId: 'notChecked', data: { reason }, severity: 'info', key: 'not-checked' },
  );
}

function allLocales(config: Config, options: EngineOptions): string[] {
  const locales = new Set<string>();
  for (const set of config.sets) for (const l of set.locales) if (!options.locales?.length || options.locales.includes(l.locale)) locales.add(l.locale);
  return [...locales];
}

function keyTieCount(keyPairs: readonly { target: FileRef | null }[]): number {
  return keyPairs.filter((p) => p.target).length;
}

/** Whether a narrowed run (paths, --changed-since, --shard) reports this file finding; orphans belong to no pair. */
function fileFindingInScope(options: EngineOptions, discovered: DiscoveredSet, f: FileFinding): boolean {
  return (
    (!options.pairFilter || f.kind === 'orphan' || options.pairFilter(discovered.set.name, pairKeyOf(discovered, f), f.locale)) &&
    (!options.fileFindingFilter || options.fileFindingFilter(f, pairKeyOf(discovered, f)))
  );
}

function pairKeyOf(discovered: DiscoveredSet, finding: FileFinding): string {
  const pair = discovered.pairs.find((p) => p.locale === finding.locale && (p.expectedTarget === finding.expected || p.target?.rel === finding.file));
  return pair?.key ?? finding.file;
}

function runFileRules(fileRules: Map<string, ActiveRule>, finding: FileFinding | ParseProblem): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const active of fileRules.values()) {
    active.rule.checkFile!({
      finding,
      options: active.options,
      report: (descriptor) =>
        out.push(
          toDiagnostic(
            {
              rule: active.rule,
              severity: active.severity,
              target: { set: finding.set, locale: finding.locale, file: finding.file, sourceFile: finding.sourceFile, outline: null },
              canonical: finding.sourceFile ? { file: finding.sourceFile, name: 'source', outline: null } : undefined,
            },
            descriptor,
          ),
        ),
    });
  }
  return out;
}

// Diagnostics about an element the locales split on are replaced by one note per locale.
function replaceTies(
  diagnostics: Diagnostic[],
  ties: readonly ConsensusTie[],
  locale: string,
  file: string,
  set: string,
  sourceFile: string | null,
  active: readonly ActiveRule[],
  count: number,
): Diagnostic[] {
  if (ties.length === 0) return diagnostics;
  // Rules report tied elements under the same structural key, so their fingerprints match.
  const tied = new Set(ties.map((t) => fingerprint({ ruleId: t.ruleId, set, locale, file, key: t.key })));
  const kept = diagnostics.filter((d) => !tied.has(d.fingerprint));
  for (const tie of ties) {
    const rule = active.find((a) => a.rule.meta.id === tie.ruleId);
    if (!rule) continue;
    const split = Object.entries(tie.values)
      .map(([value, who]) => `${value === '' ? '(none)' : value}: ${who.join(', ')}`)
      .join('; ');
    kept.push({
      ruleId: tie.ruleId,
      messageId: 'consensusTie',
      severity: 'info',
      message: CONSENSUS_TIE_MESSAGE.replace('{count}', String(count)).replace('{what}', tie.what).replace('{split}', split),
      file,
      locale,
      set,
      sourceFile,
      fingerprint: fingerprint({ ruleId: tie.ruleId, set, locale, file, key: `tie\u0000${tie.key}` }),
    });
  }
  return kept;
}
