// The history stage: git facts about each pair, for stale-translation and coverage. Rules
// are pure and cannot run git, so the engine collects a set's pairs once their outlines
// are loaded, asks this stage for all of them at once, and hands each pair its facts in
// ctx.settings.history. The repository is read once per run (src/history/log.ts), file
// versions once per set: a bounded number of git processes, whatever the number of pairs.
import type { CommitFact, Config, FileRef, Outline, PairHistory, SourceChangeSummary, TargetMapper } from '../types.js';
import { COMMIT_HASH } from './git.js';
import { openRepository, RepositoryHistory, type OpenedRepository } from './log.js';
import { alignOutlines } from '../align/index.js';
import { alignByKey } from '../align/sequence.js';
import { outlineFormatOf, outlineFromBytes } from '../outline/from-file.js';
import { frontmatterValue } from '../outline/frontmatter.js';
import type { OutlineOptions } from '../outline/index.js';
import { blockWords } from '../outline/words.js';

export { DEFAULT_PIN_KEY } from '../config/load.js';
import { DEFAULT_PIN_KEY } from '../config/load.js';

/** What counts as a change to translate (stale-translation's options). */
export interface StalenessOptions {
  /** A commit that changes only whitespace or blank lines in the source is not staleness (default true). */
  ignoreWhitespace: boolean;
  /** A commit that changes only the source's front matter is not staleness (default true). */
  ignoreFrontmatter: boolean;
}

export interface HistoryRequest {
  source: FileRef;
  target: FileRef;
  sourceOutline: Outline;
  localeOutline: Outline;
  sourceMapper: TargetMapper;
}

export interface HistoryStage {
  /** What the facts depend on beyond the files (for the result cache's key): HEAD and the clone's depth, or why there is no history. */
  stateKey(): string;
  /** Facts for many pairs at once, in the order asked; undefined for every pair when staleness is not checked in this run. */
  resolve(requests: readonly HistoryRequest[]): Array<PairHistory | undefined>;
  /** Why staleness is not checked in this run (no repository, a shallow clone); null when it is. */
  notChecked(): string | null;
  /** True when the content is in no git repository at all (staleness does not apply, as opposed to a shallow clone). */
  outsideGit(): boolean;
  /** Prefix of a commit's web page (GitHub, GitLab `origin`), or null. */
  commitUrlBase(): string | null;
}

const unknown = (reason: string, known: Partial<PairHistory> = {}): PairHistory => ({ localeCommit: null, pin: null, sourceCommitsSince: [], changes: null, ...known, unknown: reason });
const upToDate = (known: Partial<PairHistory> = {}): PairHistory => ({ unknown: null, localeCommit: null, pin: null, sourceCommitsSince: [], changes: null, wordsBehind: 0, ...known });

/** What the history stage reads of the config: the sets' folders (under `root`), the pin key, and the largest file it parses. */
export type HistoryConfig = Pick<Config, 'root' | 'sets' | 'git' | 'maxFileSize'>;

export function createHistoryStage(config: HistoryConfig, outlineOptions: OutlineOptions, staleness: StalenessOptions): HistoryStage {
  const pinKey = config.git?.pinKey ?? DEFAULT_PIN_KEY;
  let opened: OpenedRepository | null = null;
  let history: RepositoryHistory | null = null;
  let problem: string | null = null;
  let urlBase: string | null | undefined;
  const open = (): OpenedRepository => (opened ??= openRepository(config.root));

  // Known from rev-parse alone, so a run whose sets all come from the result cache tells it too.
  const openProblem = (): string | null => {
    const repo = open();
    if (!repo.ok) return `${repo.problem}, so no translation's history could be read`;
    if (repo.state.shallow)
      return 'this is a shallow clone, so the history that tells when each source and translation last changed is not there; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` for actions/checkout in CI)';
    return null;
  };
  // Read once, on the first set that asks: every set's folders in one log.
  const repository = (): RepositoryHistory | null => {
    if (history || problem) return history;
    const repo = open();
    problem = openProblem();
    if (repo.ok && !problem) {
      const dirs = config.sets.flatMap((set) => [...(set.source ? [set.source.dir] : []), ...set.locales.map((l) => l.dir)]);
      try {
        history = RepositoryHistory.read(repo.state, dirs.map((dir) => (dir.startsWith('/') ? dir : `${config.root}/${dir}`)));
      } catch (error) {
        problem = (error as Error).message;
      }
    }
    return history;
  };

  return {
    stateKey() {
      const repo = open();
      return repo.ok ? `${repo.state.toplevel}\u0000${repo.state.head}\u0000${repo.state.shallow}` : `none\u0000${repo.problem}`;
    },
    notChecked: () => openProblem() ?? problem,
    outsideGit: () => {
      const repo = open();
      return !repo.ok && repo.outside === true;
    },
    commitUrlBase() {
      if (urlBase === undefined) urlBase = repository()?.commitUrlBase() ?? null;
      return urlBase;
    },
    resolve(requests) {
      const repo = repository();
      // A pin that is not a hash is wrong whatever git can tell: reported even without history.
      if (!repo || requests.length === 0) return requests.map((request) => invalidPinFacts(pinOf(request.localeOutline, pinKey)));
      const plans = requests.map((request) => planPair(repo, request, pinKey));
      const versions = repo.readVersions(plans.flatMap((plan) => ('specs' in plan ? plan.specs : [])));
      // Locales whose baselines hold the same source text (pinned to, or committed after, the
      // same source version) share one outline of it and one summary of what changed since.
      const oldOutlines = new Map<string, Outline | null>();
      const summaries = new Map<Outline, Map<Outline, SourceChangeSummary>>();
      const changesSince = (text: string, request: HistoryRequest): SourceChangeSummary | null => {
        const key = `${outlineFormatOf(request.source.abs)}\u0000${text}`;
        if (!oldOutlines.has(key)) {
          const old = outlineFromBytes(Buffer.from(text, 'utf8'), outlineOptions, config.maxFileSize, outlineFormatOf(request.source.abs));
          oldOutlines.set(key, old.ok ? old.outline : null);
        }
        const old = oldOutlines.get(key)!;
        if (!old) return null;
        let bySource = summaries.get(old);
        if (!bySource) summaries.set(old, (bySource = new Map()));
        let summary = bySource.get(request.sourceOutline);
        if (!summary) bySource.set(request.sourceOutline, (summary = summarizeChanges(old, request.sourceOutline, request.sourceMapper)));
        return summary;
      };
      return plans.map((plan, i) => ('facts' in plan ? plan.facts : finishPair(repo, plan, requests[i], versions, staleness, changesSince)));
    },
  };
}

interface PairPlan {
  base: string;
  localeCommit: CommitFact | null;
  pin: PairHistory['pin'];
  /** Source commits not in the baseline, newest first. */
  candidates: Array<{ hash: string; path: string; previousPath?: string }>;
  /** The source as the translation saw it (`<base>:<path>`), null when it did not exist then. */
  baselineSpec: string | null;
  specs: string[];
}

/** A pin that is not a commit hash: a content error, told without asking git. */
function invalidPinFacts(pin: PairHistory['pin']): PairHistory | undefined {
  return pin && !COMMIT_HASH.test(pin.commit) ? { unknown: null, invalidPin: true, localeCommit: null, pin, sourceCommitsSince: [], changes: null } : undefined;
}

/** The locale's front-matter pin (`l10n.sourceCommit: <hash>`), with where it is written. */
function pinOf(localeOutline: Outline, pinKey: string): PairHistory['pin'] {
  const value = frontmatterValue(localeOutline.frontmatter, pinKey);
  if (value === undefined || value === null || value === '') return null;
  const entries = localeOutline.frontmatter!.entries;
  // The top-level entry that holds the pin (nested keys are entries too since TOML/dotted paths).
  const entry = entries.find((e) => e.key === pinKey && e.parent === undefined) ?? entries.find((e) => e.key === pinKey.split('.')[0])!;
  return { key: pinKey, commit: String(value), span: entry.span };
}

// What to compare: the baseline (the pin, else the translation's last commit), and the
// source commits it does not contain. Only the file versions these need are fetched.
function planPair(repo: RepositoryHistory, request: HistoryRequest, pinKey: string): PairPlan | { facts: PairHistory } {
  const pin = pinOf(request.localeOutline, pinKey);
  const invalid = invalidPinFacts(pin);
  if (invalid) return { facts: invalid };
  let base: string;
  let localeCommit: CommitFact | null = null;
  if (pin) {
    const resolved = repo.resolvePin(pin.commit);
    if (resolved === 'ambiguous') return { facts: unknown(`the pinned source commit \`${pin.commit}\` (${pin.key}) is ambiguous: several commits start with it; write more of the hash`, { pin }) };
    if (!resolved) return { facts: unknown(`the pinned source commit \`${pin.commit}\` (${pin.key}) is not in the history of HEAD`, { pin }) };
    base = resolved;
  } else {
    // Moving a translation (with its source) is not updating it.
    const last = repo.commitsOf(request.target.abs).find((c) => !c.movedOnly);
    // A translation not committed yet is being made from the source as it is now.
    if (!last) return { facts: upToDate() };
    base = last.hash;
    localeCommit = repo.fact(base) ?? null;
  }
  const candidates: PairPlan['candidates'] = [];
  let baselineSpec: string | null = null;
  // Newest first, up to the newest source commit the baseline contains. (An older source
  // commit merged in from a side branch after the baseline is missed: a finding lost,
  // never a wrong one.)
  for (const commit of repo.commitsOf(request.source.abs)) {
    if (repo.isAncestor(commit.hash, base)) {
      baselineSpec = `${base}:${commit.path}`;
      break;
    }
    candidates.push(commit);
  }
  if (candidates.length === 0) return { facts: upToDate({ localeCommit, pin }) };
  const specs = candidates.flatMap((c) => [`${c.hash}:${c.path}`, `${c.hash}^:${c.previousPath ?? c.path}`]);
  if (baselineSpec) specs.push(baselineSpec);
  return { base, localeCommit, pin, candidates, baselineSpec, specs };
}

function finishPair(
  repo: RepositoryHistory,
  plan: PairPlan,
  request: HistoryRequest,
  versions: Map<string, string | null>,
  staleness: StalenessOptions,
  changesSince: (text: string, request: HistoryRequest) => SourceChangeSummary | null,
): PairHistory {
  const comparable = (text: string | null | undefined) => comparableText(text ?? '', staleness);
  const substantive = plan.candidates.filter((c) => comparable(versions.get(`${c.hash}:${c.path}`)) !== comparable(versions.get(`${c.hash}^:${c.previousPath ?? c.path}`)));
  const sourceCommitsSince = substantive.reverse().map((c) => repo.fact(c.hash)!);
  if (sourceCommitsSince.length === 0) return upToDate({ localeCommit: plan.localeCommit, pin: plan.pin });
  // The source the translation was made from (empty when the source did not exist yet).
  const before = plan.baselineSpec ? versions.get(plan.baselineSpec) : '';
  if (before === null || before === undefined) return { unknown: null, localeCommit: plan.localeCommit, pin: plan.pin, sourceCommitsSince, changes: null, wordsBehind: 0 };
  const changes = changesSince(before, request);
  if (!changes) return { unknown: null, localeCommit: plan.localeCommit, pin: plan.pin, sourceCommitsSince, changes: null, wordsBehind: 0 };
  return { unknown: null, localeCommit: plan.localeCommit, pin: plan.pin, sourceCommitsSince, changes, wordsBehind: changes.wordsChanged ?? 0 };
}

/**
 * The text a commit must change to count: without the front matter (when ignored) and with
 * every run of whitespace as one space (when ignored). Linear in the text.
 */
export function comparableText(text: string, staleness: StalenessOptions): string {
  let body = text.replace(/^\uFEFF/, '');
  if (staleness.ignoreFrontmatter) body = withoutFrontmatter(body);
  return staleness.ignoreWhitespace ? body.replace(/\s+/g, ' ').trim() : body;
}

// YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) front matter at the very start.
function withoutFrontmatter(text: string): string {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return text;
  const closers = open[1] === '---' ? ['---', '...'] : ['+++'];
  let start = open[0].length;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (closers.includes(text.slice(start, end).replace(/\r$/, '').trimEnd())) return text.slice(end + 1);
    start = end + 1;
  }
  return text;
}

/** What changed between two versions of one source file (same language, so headings may match by text). */
export function summarizeChanges(before: Outline, after: Outline, mapper: TargetMapper): SourceChangeSummary {
  const aligned = alignOutlines(before, after, mapper, mapper);
  // Across languages headings align by structure; within one language their text says more
  // (a section inserted before another of the same depth is not that one renamed).
  const headings = alignByKey(before.headings, after.headings, (h) => `${h.depth}\u0000${h.text}`);
  // Blocks of the new version whose text the old one does not have (as a multiset): what
  // a translator has to read again, and the sections it sits in.
  const oldTexts = new Map<string, number>();
  for (const block of before.blocks) oldTexts.set(block.text, (oldTexts.get(block.text) ?? 0) + 1);
  const touched = new Set<number>();
  let wordsChanged = 0;
  for (const block of after.blocks) {
    const left = oldTexts.get(block.text) ?? 0;
    if (left > 0) {
      oldTexts.set(block.text, left - 1);
      continue;
    }
    wordsChanged += blockWords(block);
    // New change-log rows are told as such, not as a section whose text changed.
    const refresh = after.refresh?.span;
    if (!(refresh && block.span.start.offset >= refresh.start.offset && block.span.end.offset <= refresh.end.offset)) touched.add(block.section);
  }
  const sectionsAdded = headings.localeOnly.map((h) => h.text);
  return {
    sectionsAdded,
    sectionsRemoved: headings.canonicalOnly.map((h) => h.text),
    linksAdded: aligned.links.localeOnly.length,
    linksRemoved: aligned.links.canonicalOnly.length,
    linksChanged: aligned.links.matched.filter((m) => m.canonical.target !== m.locale.target).length,
    changeLogRows: aligned.refreshRows.localeOnly.map((row) => row.dateRaw),
    sectionsTouched: [...touched]
      .sort((a, b) => a - b)
      .map((section) => (section < 0 ? '(before the first heading)' : after.headings[section]?.text ?? ''))
      .filter((text, i, all) => text !== '' && all.indexOf(text) === i),
    wordsChanged,
  };
}
