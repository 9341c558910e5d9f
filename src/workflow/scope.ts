// A run narrowed to some pairs (paths, --changed-since, --shard): the two engine filters
// together, so pairs and their file-level findings are always narrowed alike.
import type { EngineOptions } from '../engine/lint.js';

export type RunScope = Pick<EngineOptions, 'pairFilter' | 'fileFindingFilter'>;

/** The scopes' intersection: a pair or finding is in it when every scope keeps it. */
export function intersectScopes(scopes: readonly RunScope[]): RunScope {
  const pairFilters = scopes.flatMap((s) => (s.pairFilter ? [s.pairFilter] : []));
  const findingFilters = scopes.flatMap((s) => (s.fileFindingFilter ? [s.fileFindingFilter] : []));
  return {
    pairFilter: pairFilters.length ? (set, key, locale) => pairFilters.every((f) => f(set, key, locale)) : undefined,
    fileFindingFilter: findingFilters.length ? (finding, key) => findingFilters.every((f) => f(finding, key)) : undefined,
  };
}
