// The engine: runs the pipeline set by set (discover -> outlines -> canonical -> align ->
// rules), applies severities, ties and inline disables, and assembles the LintResult.
// Sets are processed one after another so memory follows the largest set, not the corpus.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Config, Diagnostic, FileRef, LintResult, PageStatus, PairView } from '../types.js';
import { discoverSet, type DiscoveredSet } from '../discover.js';
import { compileUserPattern } from '../config/user-pattern.js';
import { activeRules, isFileFindingRule, isPairRule, type ActiveRule } from './settings.js';
import { toDiagnostic } from './report.js';
import { dedupe, summarize, sortDiagnostics } from './summary.js';
import { applyDirectives, type LintedFile } from './directives.js';
import type { OutlineOptions } from '../outline/index.js';
import { addCoverage, type SetCoverage } from './coverage.js';
import { rules as allRules } from '../../rules/index.js';
import { toolName, toolVersion, codeFingerprint } from '../package-root.js';
import { loadOutlinesInThread, prepareReadOutlineInThread, readOutlineInThread, withOverrides } from '../load/in-thread.js';
import type { EngineOptions, SetResult, SetResultStore } from './options.js';
import { lintSet } from './lint-set.js';
import { STALE_RULE } from './lint-page.js';
import { fileFindingInScope, pairKeyOf } from './file-findings.js';
import { mountsOnDisk } from '../discover-routes.js';

export type { EngineOptions, SetResult, SetResultStore } from './options.js';
export { InternalError } from './report.js';
export { loadOutlinesInThread, type OutlineLoader } from '../load/in-thread.js';

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
  // Config `mounts`: links into them resolve against the mounted files' names (and whether the source is there at all).
  for (const m of mountsOnDisk(discovered.set, config.root)) hash.update(JSON.stringify([m.route, m.dir, m.files ? [...m.files].sort() : null]));
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


export async function runEngine(config: Config, options: EngineOptions = {}): Promise<LintResult> {
  const active = activeRules(options.ruleModules ?? allRules, config.rules, options.rules);
  const pairRules = active.filter(isPairRule);
  const fileRules = new Map(active.filter(isFileFindingRule).map((a) => [a.rule.meta.id, a]));
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
