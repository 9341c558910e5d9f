// The canonical stage: for each page key, the outline every locale is held against. One
// function chooses it, so linting and `l10n-lint snapshot` never disagree:
// - a set with a `source`: the source file's outline;
// - a set whose `canonical` names a snapshot file: that snapshot's outline for the key;
// - otherwise (consensus): the majority of the locales' outlines (consensus.ts), which
//   needs at least two locales holding the page.
import path from 'node:path';
import type { CanonicalInfo, ContentSetConfig, FilePair, FileRef, Outline, TargetMapper } from '../types.js';
import type { SnapshotCanonical } from '../config/snapshot.js';
import { buildConsensus, type ConsensusTie } from './consensus.js';
import type { SetMappers } from './mappers.js';

export { setMappers, type SetMappers, type SetRouting } from './mappers.js';
export type { ConsensusTie } from './consensus.js';

/** What the canonical of a set is chosen from (the same for every key of the set). */
export interface CanonicalSource {
  set: ContentSetConfig;
  /** The config's directory (absolute): snapshot file names are given relative to it. */
  root: string;
  /** The set's snapshot, read once (null unless the set names a `canonical` and has no source). */
  snapshot: SnapshotCanonical | null;
  /** Config `frontmatter.translatable`: values the consensus does not vote on. */
  translatableKeys: readonly string[];
  mappers: SetMappers;
  /** The outline of a loaded file, or null when it could not be read or parsed. */
  outlineOf(ref: FileRef | null): Outline | null;
}

export interface Canonical {
  outline: Outline;
  /** Maps the canonical's link targets (neutral for a snapshot or a consensus). */
  mapper: TargetMapper;
  info: CanonicalInfo;
  /** Elements the locales split evenly on (consensus only; empty otherwise). */
  ties: ConsensusTie[];
}

/**
 * The canonical of one page key, from the pairs discovery made for it. Null when there is
 * none to hold a locale against: the source cannot be read, the snapshot lacks the key, or
 * fewer than two locales hold the page in consensus mode.
 */
export function canonicalFor(key: string, keyPairs: readonly FilePair[], from: CanonicalSource): Canonical | null {
  const { set, snapshot, mappers, outlineOf } = from;
  if (set.source) {
    const sourceRef = keyPairs[0]?.source ?? null;
    const outline = outlineOf(sourceRef);
    if (!outline) return null;
    return { outline, mapper: mappers.mapperFor(set.source.suffix), info: { mode: 'source', file: sourceRef?.rel ?? key, name: set.source.locale, locale: set.source.locale }, ties: [] };
  }
  if (snapshot) {
    const outline = snapshot.outlines.get(key) ?? null;
    if (!outline) return null;
    const file = path.posix.join(path.relative(from.root, set.canonical!).split(path.sep).join('/'));
    return { outline, mapper: mappers.mapperFor(''), info: { mode: 'snapshot', file, name: `${snapshot.locale} snapshot`, locale: snapshot.locale }, ties: [] };
  }
  const members = keyPairs
    .filter((p) => p.target && outlineOf(p.target))
    .map((p) => ({ locale: p.locale, file: p.target!.rel, outline: outlineOf(p.target)!, mapper: mappers.mapperFor(mappers.linkSuffixOf(p.locale), p.locale) }));
  if (members.length < 2) return null; // nothing to hold a locale against
  const consensus = buildConsensus(members, { translatableKeys: from.translatableKeys });
  return {
    outline: consensus.canonical,
    mapper: mappers.mapperFor(''),
    info: { mode: 'consensus', file: consensus.pivot.file, name: `the consensus of ${members.length} locales, ${consensus.pivot.locale}`, locale: 'consensus' },
    ties: consensus.ties,
  };
}
