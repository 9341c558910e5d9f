// The history stage: git facts about each pair for stale-translation. Rules are pure and
// cannot run git, so the engine asks this stage (only when that rule is active, and only
// in source mode) and hands the facts to the rule in ctx.settings.history.
import type { CommitFact, Config, FileRef, Outline, PairHistory, SourceChangeSummary, TargetMapper } from '../types.js';
import { COMMIT_HASH, GitRepository, type OpenedRepository } from './git.js';
import { alignOutlines } from '../align/index.js';
import { alignByKey } from '../align/sequence.js';
import { outlineFormatOf, outlineFromBytes } from '../outline/from-file.js';
import { frontmatterValue } from '../outline/frontmatter.js';
import type { OutlineOptions } from '../outline/index.js';

export { DEFAULT_PIN_KEY } from '../config/load.js';
import { DEFAULT_PIN_KEY } from '../config/load.js';

export interface HistoryStage {
  /** Facts for one pair; undefined when there is nothing more to say (a repository problem is told once). */
  forPair(source: FileRef, target: FileRef, sourceOutline: Outline, localeOutline: Outline, sourceMapper: TargetMapper): PairHistory | undefined;
}

const unknown = (reason: string, known: Partial<PairHistory> = {}): PairHistory => ({ localeCommit: null, pin: null, sourceCommitsSince: [], changes: null, ...known, unknown: reason });

export function createHistoryStage(config: Config, outlineOptions: OutlineOptions): HistoryStage {
  let opened: OpenedRepository | null = null;
  const pinKey = (config.git as { pinKey?: string } | undefined)?.pinKey ?? DEFAULT_PIN_KEY;
  // Repository-wide limits (no repository, a shallow clone) are told once, on the first pair they hide.
  const told = new Set<'repository' | 'shallow'>();
  const tellOnce = (what: 'repository' | 'shallow', facts: PairHistory) => {
    if (told.has(what)) return undefined;
    told.add(what);
    return facts;
  };
  return {
    forPair(source, target, sourceOutline, localeOutline, sourceMapper) {
      const pin = pinOf(localeOutline, pinKey);
      // A pin that is not a hash is wrong whatever the repository holds.
      if (pin && !COMMIT_HASH.test(pin.commit)) return { unknown: null, invalidPin: true, localeCommit: null, pin, sourceCommitsSince: [], changes: null };
      opened ??= GitRepository.open(config.root);
      if (!opened.ok) return tellOnce('repository', unknown(`${opened.problem}, so no translation's history can be read`));
      const repo = opened.repository;
      const facts = pairHistory(repo, { source, target, sourceOutline, pin, sourceMapper, outlineOptions, maxFileSize: config.maxFileSize });
      if (facts !== CUT_BY_SHALLOW_CLONE) return facts;
      const boundary = [...repo.shallowBoundary].map((hash) => hash.slice(0, 7)).join(', ');
      return tellOnce(
        'shallow',
        unknown(
          `this is a shallow clone whose history stops at ${boundary}, so for ${target.rel} and every other translation last changed (or pinned) at or before that point, whether the source changed after it cannot be determined; fetch more history with \`git fetch --deepen=<n>\` or \`git fetch --unshallow\``,
        ),
      );
    },
  };
}

/** pairHistory's answer when only history a shallow clone did not fetch could tell. */
const CUT_BY_SHALLOW_CLONE = Symbol('cut by a shallow clone');

/** The locale's front-matter pin (`l10n.sourceCommit: <hash>`), with where it is written. */
function pinOf(localeOutline: Outline, pinKey: string): PairHistory['pin'] {
  const value = frontmatterValue(localeOutline.frontmatter, pinKey);
  if (value === undefined || value === null || value === '') return null;
  const entries = localeOutline.frontmatter!.entries;
  // The top-level entry that holds the pin (nested keys are entries too since TOML/dotted paths).
  const entry = entries.find((e) => e.key === pinKey && e.parent === undefined) ?? entries.find((e) => e.key === pinKey.split('.')[0])!;
  return { key: pinKey, commit: String(value), span: entry.span };
}

interface PairInput {
  source: FileRef;
  target: FileRef;
  sourceOutline: Outline;
  pin: PairHistory['pin'];
  sourceMapper: TargetMapper;
  outlineOptions: OutlineOptions;
  maxFileSize: number;
}

function pairHistory(repo: GitRepository, input: PairInput): PairHistory | typeof CUT_BY_SHALLOW_CLONE {
  const { source, target, pin } = input;
  let base: CommitFact | null;
  let localeCommit: CommitFact | null = null;
  if (pin) {
    base = repo.resolveCommit(pin.commit);
    if (!base) return repo.isShallow ? CUT_BY_SHALLOW_CLONE : unknown(`the pinned source commit \`${pin.commit}\` (${pin.key}) is not a commit of this repository`, { pin });
  } else {
    localeCommit = base = repo.lastCommit(target.abs);
    if (!base) return unknown(`${target.rel} has no commits yet, so there is nothing to compare with the source's history`);
  }
  if (!repo.lastCommit(source.abs)) return unknown(`${source.rel} has no commits yet`, { pin, localeCommit });
  const sourceCommitsSince = repo.substantiveCommitsSince(base.hash, source.abs);
  if (sourceCommitsSince.length === 0) {
    // A shallow clone cuts the translation's history at its boundary: its real last change
    // may be older than a source change before that boundary.
    if (repo.shallowBoundary.has(base.hash)) return CUT_BY_SHALLOW_CLONE;
    return { unknown: null, localeCommit, pin, sourceCommitsSince, changes: null };
  }
  return { unknown: null, localeCommit, pin, sourceCommitsSince, changes: changesSince(repo, base, input) };
}

/** The source at the baseline commit outlined and aligned with the source now. */
function changesSince(repo: GitRepository, base: CommitFact, input: PairInput): SourceChangeSummary | null {
  const text = repo.fileAt(base.hash, input.source.abs);
  if (text === null) return null;
  const old = outlineFromBytes(Buffer.from(text, 'utf8'), input.outlineOptions, input.maxFileSize, outlineFormatOf(input.source.abs));
  if (!old.ok) return null;
  return summarizeChanges(old.outline, input.sourceOutline, input.sourceMapper);
}

/** What changed between two versions of one source file (same language, so headings may match by text). */
export function summarizeChanges(before: Outline, after: Outline, mapper: TargetMapper): SourceChangeSummary {
  const aligned = alignOutlines(before, after, mapper, mapper);
  // Across languages headings align by structure; within one language their text says more
  // (a section inserted before another of the same depth is not that one renamed).
  const headings = alignByKey(before.headings, after.headings, (h) => `${h.depth}\u0000${h.text}`);
  return {
    sectionsAdded: headings.localeOnly.map((h) => h.text),
    sectionsRemoved: headings.canonicalOnly.map((h) => h.text),
    linksAdded: aligned.links.localeOnly.length,
    linksRemoved: aligned.links.canonicalOnly.length,
    linksChanged: aligned.links.matched.filter((m) => m.canonical.target !== m.locale.target).length,
    changeLogRows: aligned.refreshRows.localeOnly.map((row) => row.dateRaw),
  };
}
