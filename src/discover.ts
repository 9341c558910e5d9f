// discover stage: expand each content set with fast-glob and pair every source file with
// its file in each locale. Names follow the house convention: `dir/sub/page.md` in the
// source pairs with `<locale dir>/sub/page<suffix>.md`; names in `keepNames` keep the
// source name. Misnamed files are still paired (so their content is checked) and reported.
import path from 'node:path';
import type { Config, ContentSetConfig, FileFinding, FilePair, FileRef, LocaleConfig } from './types.js';
import { ConfigError } from './config/error.js';
import { checkSetDirs, globDir } from './discover-files.js';

export { checkSetDir } from './discover-files.js';
import { loadSnapshotCanonical } from './config/snapshot.js';
import { fillPathPattern, matchPathPattern, type PagePlace } from './layout-pattern.js';

export interface DiscoveredSet {
  set: ContentSetConfig;
  /** Neutral keys of the canonical files (source files, or the consensus of the locales). */
  keys: string[];
  /** Source files by neutral key (source mode only). */
  sourceFiles: Map<string, FileRef>;
  /** One pair per canonical key and locale (target null when missing), competition resolved. */
  pairs: FilePair[];
  findings: FileFinding[];
  /** Every file (any extension) that exists under each locale's dir, relative to config root. */
  existingFiles: Set<string>;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** `sub/page.md` + `-de` -> `sub/page-de.md` (keepNames keep the name). */
export function localizedName(neutral: string, suffix: string, keepNames: readonly string[]): string {
  const base = path.posix.basename(neutral);
  if (suffix === '' || keepNames.includes(base)) return neutral;
  const ext = path.posix.extname(base);
  const stem = ext ? neutral.slice(0, -ext.length) : neutral;
  return `${stem}${suffix}${ext}`;
}

interface SuffixMatch {
  neutral: string;
  /** The suffix the name carries ('' when none). */
  suffix: string;
}

/** Strips the longest known suffix from a file name's stem: `page-de.md` -> `page.md` + `-de`. */
export function stripKnownSuffix(rel: string, suffixes: readonly string[]): SuffixMatch {
  const ext = path.posix.extname(rel);
  const stem = ext ? rel.slice(0, -ext.length) : rel;
  const base = path.posix.basename(stem);
  let best = '';
  for (const suffix of suffixes) {
    if (suffix !== '' && base.endsWith(suffix) && base.length > suffix.length && suffix.length > best.length) best = suffix;
  }
  return best === '' ? { neutral: rel, suffix: '' } : { neutral: `${stem.slice(0, -best.length)}${ext}`, suffix: best };
}

interface Candidate {
  file: FileRef;
  neutral: string;
  correct: boolean;
  /** What is wrong with the name, for file-naming. */
  problem: 'no-suffix' | 'wrong-suffix' | null;
  carried: string;
}

/**
 * What discovery reads of the config: where paths start and whether they may leave it,
 * the sets, and the config file (named in the error of a set that matches no file).
 */
export type DiscoverConfig = Pick<Config, 'root' | 'file' | 'allowOutsideRoot' | 'sets'>;

/** Expands and pairs every set of the config. Pure apart from reading directory listings. */
export function discover(config: DiscoverConfig): DiscoveredSet[] {
  return config.sets.map((set) => discoverSet(config, set));
}

export function discoverSet(config: DiscoverConfig, set: ContentSetConfig): DiscoveredSet {
  if (set.source && (set.source.pathPattern || set.locales.some((l) => l.pathPattern))) return discoverByPattern(config, set, set.source);
  const root = config.root;
  const allSuffixes = [...set.locales.map((l) => l.suffix), set.source?.suffix ?? ''].filter((s) => s !== '');
  // Pairable files follow include/exclude; every file counts for link-broken's "does it exist?".
  const listings = new Map<string, string[]>();
  const listing = (dir: string) => {
    if (!listings.has(dir)) listings.set(dir, missingDirs.has(dir) ? [] : globDir(root, dir, set.include, set.exclude).sort());
    return listings.get(dir)!;
  };
  const existingFiles = new Set<string>();
  const dirs = new Set([...set.locales, ...(set.source ? [set.source] : [])].map((l) => l.dir));
  const missingDirs = checkSetDirs(config, set, dirs);
  for (const dir of dirs) {
    if (missingDirs.has(dir)) continue;
    for (const rel of globDir(root, dir, ['**/*'])) existingFiles.add(toPosix(path.posix.normalize(path.posix.join(dir, rel))));
  }

  const ref = (l: LocaleConfig, rel: string): FileRef => ({
    abs: path.resolve(root, l.dir, rel),
    rel: toPosix(path.posix.normalize(path.posix.join(l.dir, rel))),
    locale: l.locale,
    within: config.allowOutsideRoot ? null : root,
  });
  // Which locales' files live in a directory (all may share one, told apart by suffix).
  const localesByDir = new Map<string, LocaleConfig[]>();
  for (const l of set.locales) localesByDir.set(l.dir, [...(localesByDir.get(l.dir) ?? []), l]);

  const findings: FileFinding[] = [];
  const sourceFiles = new Map<string, FileRef>();
  if (set.source) {
    const src = set.source;
    for (const rel of listing(src.dir)) {
      const { neutral, suffix } = stripKnownSuffix(rel, allSuffixes);
      const base = path.posix.basename(rel);
      if (set.keepNames.includes(base)) {
        sourceFiles.set(rel, ref(src, rel));
      } else if (suffix === (src.suffix ?? '')) {
        sourceFiles.set(src.suffix ? neutral : rel, ref(src, rel));
      }
      // A file carrying a target locale's suffix in a shared directory belongs to that locale.
    }
  }

  // Candidates per locale: every pairable file in its directory that is its own (by suffix),
  // or that would be its own if the suffix were fixed.
  const candidatesByLocale = new Map<string, Candidate[]>();
  for (const l of set.locales) {
    const sharers = localesByDir.get(l.dir) ?? [l];
    const sharedWithSource = set.source?.dir === l.dir;
    const candidates: Candidate[] = [];
    for (const rel of listing(l.dir)) {
      const base = path.posix.basename(rel);
      const { neutral, suffix } = stripKnownSuffix(rel, allSuffixes);
      if (set.keepNames.includes(base)) {
        if (sharedWithSource) continue; // the source's own file
        candidates.push({ file: ref(l, rel), neutral: rel, correct: true, problem: null, carried: '' });
        continue;
      }
      if (suffix === l.suffix) {
        candidates.push({ file: ref(l, rel), neutral: l.suffix === '' ? rel : neutral, correct: true, problem: null, carried: suffix });
        continue;
      }
      const owner = sharers.find((s) => s.suffix === suffix && s !== l);
      if (owner) continue; // another locale's file in a shared directory
      const sourceOwns = sharedWithSource && suffix === (set.source?.suffix ?? '');
      if (sourceOwns) continue;
      // Not this locale's name. In a directory of its own, the file is a misnamed file of
      // this locale; in a shared directory it is only claimed when exactly one locale is there.
      if (sharers.length > 1 && suffix === '') continue;
      candidates.push({
        file: ref(l, rel),
        neutral: suffix === '' ? rel : neutral,
        correct: false,
        problem: suffix === '' ? 'no-suffix' : 'wrong-suffix',
        carried: suffix,
      });
    }
    candidatesByLocale.set(l.locale, candidates);
  }

  // A set whose include matches no file checks nothing: a typo in a pattern or a folder
  // must not pass as "no drift" (ESLint exits 2 on a pattern that matches nothing).
  const setDirs = [...new Set([...(set.source ? [set.source.dir] : []), ...set.locales.map((l) => l.dir)])];
  if (setDirs.every((dir) => listing(dir).length === 0)) {
    const at = `/sets/${Math.max(0, config.sets.indexOf(set))}/include`;
    throw new ConfigError(`set "${set.name}": include ${JSON.stringify(set.include)} matches no file in ${setDirs.join(', ')} (${at})`, at, config.file ?? null);
  }

  // In consensus mode the canonical key set is what at least half of the locales have; in
  // snapshot mode it is the snapshot's, named as its source files were when it was written.
  let keys: string[];
  const snapshotFiles = !set.source && set.canonical ? loadSnapshotCanonical(set.canonical, set.name, config.allowOutsideRoot ? null : config.root).files : null;
  if (set.source) {
    keys = [...sourceFiles.keys()];
  } else if (snapshotFiles) {
    keys = [...snapshotFiles.keys()];
  } else {
    const counts = new Map<string, number>();
    for (const candidates of candidatesByLocale.values()) {
      for (const key of new Set(candidates.map((c) => c.neutral))) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    keys = [...counts].filter(([, n]) => n * 2 >= set.locales.length).map(([k]) => k);
  }
  keys.sort();
  const keySet = new Set(keys);

  const pairs: FilePair[] = [];
  for (const l of set.locales) {
    const byKey = new Map<string, Candidate[]>();
    for (const c of candidatesByLocale.get(l.locale) ?? []) byKey.set(c.neutral, [...(byKey.get(c.neutral) ?? []), c]);
    for (const key of keys) {
      const expected = toPosix(path.posix.join(l.dir, localizedName(key, l.suffix, set.keepNames)));
      const source = sourceFiles.get(key) ?? null;
      const sourceName = source?.rel ?? snapshotFiles?.get(key) ?? null;
      const competitors = (byKey.get(key) ?? []).sort((a, b) => Number(b.correct) - Number(a.correct) || a.file.rel.localeCompare(b.file.rel));
      const winner = competitors[0];
      if (!winner) {
        findings.push({ kind: 'missing', set: set.name, locale: l.locale, file: expected, sourceFile: sourceName, expected });
      } else if (!winner.correct) {
        findings.push({
          kind: 'misnamed',
          set: set.name,
          locale: l.locale,
          file: winner.file.rel,
          sourceFile: sourceName,
          expected,
          actual: winner.file.rel,
        });
      }
      for (const loser of competitors.slice(1)) {
        findings.push({
          kind: 'duplicate',
          set: set.name,
          locale: l.locale,
          file: loser.file.rel,
          sourceFile: sourceName,
          expected,
          actual: loser.file.rel,
          winner: winner.file.rel,
        });
      }
      pairs.push({ set: set.name, locale: l.locale, source, key, target: winner?.file ?? null, expectedTarget: expected });
    }
    for (const [key, candidates] of byKey) {
      if (keySet.has(key)) continue;
      for (const c of candidates) {
        findings.push({ kind: 'orphan', set: set.name, locale: l.locale, file: c.file.rel, sourceFile: null, actual: c.file.rel });
      }
    }
  }
  return { set, keys, sourceFiles, pairs, findings, existingFiles };
}

/** A locale's path pattern: its own `pathPattern`, else the suffix rule written as one. */
function pathPatternOf(l: LocaleConfig): string {
  return l.pathPattern ?? `{dir}/{name}${l.suffix}{ext}`;
}

/**
 * Pairing for sets whose source or a locale has a `pathPattern` (src/layout-pattern.ts):
 * a source file's place (folder, name, extension) under the source's pattern is where its
 * translation sits under each locale's. Source mode only. A locale file that matches its
 * pattern but no source page is an orphan; files that match no pattern are not the set's.
 */
function discoverByPattern(config: Pick<Config, 'root'>, set: ContentSetConfig, source: LocaleConfig): DiscoveredSet {
  const root = config.root;
  const listing = (dir: string) => globDir(root, dir, set.include, set.exclude).sort();
  const existingFiles = new Set<string>();
  for (const dir of new Set([...set.locales, source].map((l) => l.dir))) {
    for (const rel of globDir(root, dir, ['**/*'])) existingFiles.add(toPosix(path.posix.normalize(path.posix.join(dir, rel))));
  }
  const ref = (l: LocaleConfig, rel: string): FileRef => ({ abs: path.resolve(root, l.dir, rel), rel: toPosix(path.posix.normalize(path.posix.join(l.dir, rel))), locale: l.locale });
  const sourcePattern = pathPatternOf(source);
  const sourceFiles = new Map<string, FileRef>();
  const places = new Map<string, PagePlace>();
  for (const rel of listing(source.dir)) {
    const place = matchPathPattern(sourcePattern, rel);
    if (!place) continue;
    sourceFiles.set(rel, ref(source, rel));
    places.set(rel, place);
  }
  const keys = [...sourceFiles.keys()].sort();
  const findings: FileFinding[] = [];
  const pairs: FilePair[] = [];
  for (const l of set.locales) {
    const pattern = pathPatternOf(l);
    const byKey = new Map<string, FileRef>();
    for (const rel of listing(l.dir)) {
      if (l.dir === source.dir && sourceFiles.has(rel)) continue;
      const place = matchPathPattern(pattern, rel);
      if (!place) continue;
      const key = fillPathPattern(sourcePattern, place);
      if (sourceFiles.has(key)) byKey.set(key, ref(l, rel));
      else findings.push({ kind: 'orphan', set: set.name, locale: l.locale, file: ref(l, rel).rel, sourceFile: null, actual: ref(l, rel).rel });
    }
    for (const key of keys) {
      const expected = toPosix(path.posix.join(l.dir, fillPathPattern(pattern, places.get(key)!)));
      const target = byKey.get(key) ?? null;
      const sourceFile = sourceFiles.get(key)!;
      if (!target) findings.push({ kind: 'missing', set: set.name, locale: l.locale, file: expected, sourceFile: sourceFile.rel, expected });
      pairs.push({ set: set.name, locale: l.locale, source: sourceFile, key, target, expectedTarget: expected });
    }
  }
  return { set, keys, sourceFiles, pairs, findings, existingFiles };
}
