// One page (key) of a set: its canonical (canonicalFor), each in-scope locale aligned with
// it, every pair rule run over the pair with the facts it needs, ties replaced; with git
// history, stale-translation is left for the set's one history batch.
import type { Diagnostic, Outline, PairHistory, PairRule, PairView, RuleContext } from '../types.js';
import { alignOutlines, toAlignmentView } from '../align/index.js';
import { canonicalFor } from '../canonical/index.js';
import type { HistoryRequest } from '../history/index.js';
import type { ActiveRule } from './settings.js';
import { toDiagnostic, InternalError, type ReportTarget } from './report.js';
import { directivesOf, type LintedFile } from './directives.js';
import { replaceTies, keyTieCount } from './ties.js';
import { translateMarkerOf } from '../edits/settings.js';
import type { SetFacts } from './set-facts.js';

export const STALE_RULE = 'stale-translation';

export /** What one page (key) yields, kept apart so the set's result reads in key order however pages finish loading. */
interface KeyResult {
  diagnostics: Diagnostic[];
  linted: LintedFile[];
  views: PairView[];
  pairs: number;
}

/** A pair's stale-translation check, waiting for the set's history (one git batch). */
export interface HistoryWork {
  key: string;
  request: HistoryRequest;
  run: (facts: PairHistory | undefined, into: Diagnostic[]) => void;
}

/** Lints one page; pairs whose staleness waits for history are added to `historyWork`. */
export function lintPage(f: SetFacts, key: string, historyWork: HistoryWork[]): KeyResult {
  const { config, options, set, discovered, pairRules, active, history } = f.c;
  const { outlineOf, mappers, localeConfig, siteFor, anchorsFor, activeRuleIds, snapshot, pairsByKey, inScope } = f;
  const { mapperFor, linkSuffixOf, allSuffixes } = mappers;
  const translateMarker = translateMarkerOf(config);
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
    const runRules = (rules: readonly ActiveRule<PairRule>[], historyFacts: PairHistory | undefined, into: Diagnostic[]) => {
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
          translateMarker,
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
}
