// `l10n-lint snapshot`: the canonical outlines of every set, as linting takes them (source
// files, the consensus of the locales, or a snapshot passed through), in one JSON file that
// schema/outline.schema.json describes and snapshot.ts reads back.
import type { Config, ContentSetConfig, Outline } from '../types.js';
import { compileUserPattern } from '../config/user-pattern.js';
import { discoverSet } from '../discover.js';
import { buildConsensus } from '../align/consensus.js';
import { createTargetMapper } from '../align/target-mapper.js';
import { outlineFromFile } from '../outline/from-file.js';
import type { OutlineOptions } from '../outline/index.js';
import { toolName, toolVersion } from '../package-root.js';
import { SNAPSHOT_VERSION, loadSnapshotCanonical, type SnapshotFile, type SnapshotSet } from './snapshot.js';

/** The canonical outlines of one set, as linting takes them: source files, a consensus, or a snapshot. */
function canonicalOutlines(config: Config, set: ContentSetConfig, options: OutlineOptions): SnapshotSet {
  const files: Record<string, string> = {};
  const outlines: Record<string, Outline> = {};
  if (!set.source && set.canonical) {
    const snapshot = loadSnapshotCanonical(set.canonical, set.name, config.allowOutsideRoot ? null : config.root);
    for (const [key, outline] of snapshot.outlines) {
      outlines[key] = outline;
      files[key] = snapshot.files.get(key)!;
    }
    return { name: set.name, locale: snapshot.locale, mode: 'snapshot', files, outlines };
  }
  const discovered = discoverSet(config, set);
  const outlineOf = (abs: string) => {
    const outcome = outlineFromFile(abs, options, config.maxFileSize, config.allowOutsideRoot ? null : config.root);
    return outcome.ok ? outcome.outline : null;
  };
  if (set.source) {
    for (const key of discovered.keys) {
      const ref = discovered.sourceFiles.get(key);
      const outline = ref ? outlineOf(ref.abs) : null;
      if (!ref || !outline) continue; // a source that cannot be read has no canonical to record
      outlines[key] = outline;
      files[key] = ref.rel;
    }
    return { name: set.name, locale: set.source.locale, mode: 'source', files, outlines };
  }
  // Consensus, built as the engine builds it: every locale's copy, link targets mapped back.
  const allSuffixes = set.locales.map((l) => l.suffix);
  for (const key of discovered.keys) {
    const members = discovered.pairs
      .filter((p) => p.key === key && p.target)
      .map((p) => ({ locale: p.locale, file: p.target!.rel, outline: outlineOf(p.target!.abs), suffix: set.locales.find((l) => l.locale === p.locale)!.suffix }))
      .filter((m): m is typeof m & { outline: Outline } => m.outline !== null)
      .map((m) => ({ ...m, mapper: createTargetMapper(m.suffix, allSuffixes, set.keepNames) }));
    if (members.length < 2) continue;
    const consensus = buildConsensus(members, { translatableKeys: config.frontmatter.translatable });
    outlines[key] = consensus.canonical;
    files[key] = consensus.pivot.file; // canonical positions point into the pivot's file
  }
  return { name: set.name, locale: 'consensus', mode: 'consensus', files, outlines };
}

/** What `l10n-lint snapshot` writes: the canonical outlines of every set of the config. */
export function buildSnapshot(config: Config): SnapshotFile {
  const options: OutlineOptions = { labelPattern: config.labels.pattern ? compileUserPattern(config.labels.pattern) : null, markdownDialect: config.dialect ?? 'markdown', maxLineLength: config.maxLineLength };
  return { version: SNAPSHOT_VERSION, tool: { name: toolName, version: toolVersion }, sets: config.sets.map((set) => canonicalOutlines(config, set, options)) };
}

/** The snapshot as written to disk: stable key order, so snapshots diff well in review. */
export function serializeSnapshot(snapshot: SnapshotFile): string {
  const sorted = {
    ...snapshot,
    sets: snapshot.sets.map((set) => ({
      ...set,
      files: Object.fromEntries(Object.entries(set.files).sort(([a], [b]) => a.localeCompare(b))),
      outlines: Object.fromEntries(Object.entries(set.outlines).sort(([a], [b]) => a.localeCompare(b))),
    })),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
