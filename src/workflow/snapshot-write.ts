// `l10n-lint snapshot`: the canonical outlines of every set, as linting takes them (source
// files, the consensus of the locales, or a snapshot passed through), in one JSON file that
// schema/outline.schema.json describes and snapshot.ts reads back.
import type { Config, ContentSetConfig, FilePair, FileRef, Outline } from '../types.js';
import { compileUserPattern } from '../config/user-pattern.js';
import { discoverSet, type DiscoverConfig } from '../discover.js';
import { canonicalFor, setMappers } from '../canonical/index.js';
import { outlineFromFile } from '../outline/from-file.js';
import type { OutlineOptions } from '../outline/index.js';
import { toolName, toolVersion } from '../package-root.js';
import { SNAPSHOT_VERSION, loadSnapshotCanonical, type SnapshotFile, type SnapshotSet } from '../config/snapshot.js';

/** What `l10n-lint snapshot` reads of the config: what discovery reads, and what outlining and the consensus read. */
export type SnapshotConfig = DiscoverConfig & Pick<Config, 'maxFileSize' | 'frontmatter' | 'labels' | 'dialect' | 'maxLineLength'>;

/** The canonical outlines of one set, as linting takes them (canonicalFor): source files, a consensus, or a snapshot. */
function canonicalOutlines(config: SnapshotConfig, set: ContentSetConfig, options: OutlineOptions): SnapshotSet {
  const files: Record<string, string> = {};
  const outlines: Record<string, Outline> = {};
  const within = config.allowOutsideRoot ? null : config.root;
  const snapshot = !set.source && set.canonical ? loadSnapshotCanonical(set.canonical, set.name, within) : null;
  const read = new Map<string, Outline | null>();
  const outlineOf = (ref: FileRef | null): Outline | null => {
    if (!ref) return null;
    if (!read.has(ref.abs)) {
      const outcome = outlineFromFile(ref.abs, options, config.maxFileSize, within);
      read.set(ref.abs, outcome.ok ? outcome.outline : null);
    }
    return read.get(ref.abs)!;
  };
  const from = { set, root: config.root, snapshot, translatableKeys: config.frontmatter.translatable, mappers: setMappers(set), outlineOf };
  if (snapshot) {
    // Passed through: the names are the snapshot's own (its source files when it was written).
    for (const key of snapshot.outlines.keys()) {
      const chosen = canonicalFor(key, [], from);
      if (!chosen) continue;
      outlines[key] = chosen.outline;
      files[key] = snapshot.files.get(key)!;
    }
    return { name: set.name, locale: snapshot.locale, mode: 'snapshot', files, outlines };
  }
  const discovered = discoverSet(config, set);
  const pairsByKey = new Map<string, FilePair[]>();
  for (const p of discovered.pairs) pairsByKey.set(p.key, [...(pairsByKey.get(p.key) ?? []), p]);
  for (const key of discovered.keys) {
    const chosen = canonicalFor(key, pairsByKey.get(key) ?? [], from);
    if (!chosen) continue; // a source that cannot be read, or fewer than two locales, has no canonical to record
    outlines[key] = chosen.outline;
    files[key] = chosen.info.file; // a consensus's positions point into its pivot's file
  }
  return set.source
    ? { name: set.name, locale: set.source.locale, mode: 'source', files, outlines }
    : { name: set.name, locale: 'consensus', mode: 'consensus', files, outlines };
}

/** What `l10n-lint snapshot` writes: the canonical outlines of every set of the config. */
export function buildSnapshot(config: SnapshotConfig): SnapshotFile {
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
