// --shard i/n: a deterministic 1/n of the pairs, for a CI matrix over a large corpus. The
// unit is a pair key with all its locales (consensus needs them together, and a source
// file then belongs to one shard), packed greedily by the size of its files: largest
// first, each into the lightest shard. Every shard computes the same plan from the same
// checkout, so together the shards cover every pair and every file-level finding once.
import { statSync } from 'node:fs';
import type { Config, FileFinding } from '../types.js';
import { discoverSet } from '../discover.js';
import type { RunScope } from './scope.js';
import type { ShardSpec } from './shard-spec.js';

export { parseShard, type ShardSpec } from './shard-spec.js';

interface Unit {
  id: string;
  size: number;
}

const unitId = (set: string, what: 'key' | 'orphan', name: string) => `${set}\u0000${what}\u0000${name}`;

function sizeOf(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return 0;
  }
}

/** Unit id -> shard (1-based), for every pair key and every orphan file of the config. */
export function planShards(config: Config, count: number): Map<string, number> {
  const units: Unit[] = [];
  for (const set of config.sets) {
    const discovered = discoverSet(config, set);
    const filesByKey = new Map<string, Map<string, string>>();
    for (const pair of discovered.pairs) {
      const files = filesByKey.get(pair.key) ?? new Map<string, string>();
      for (const ref of [pair.source, pair.target]) if (ref) files.set(ref.rel, ref.abs);
      filesByKey.set(pair.key, files);
    }
    for (const [key, files] of filesByKey) units.push({ id: unitId(set.name, 'key', key), size: [...files.values()].reduce((sum, abs) => sum + sizeOf(abs), 0) });
    // Orphans are not read, only reported: they weigh little, but one shard must own each.
    for (const f of discovered.findings) if (f.kind === 'orphan') units.push({ id: unitId(set.name, 'orphan', f.file), size: 1 });
  }
  units.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  const plan = new Map<string, number>();
  for (const unit of units) {
    let lightest = 0;
    for (let i = 1; i < count; i++) if (load[i] < load[lightest]) lightest = i;
    load[lightest] += unit.size;
    plan.set(unit.id, lightest + 1);
  }
  return plan;
}

/** The engine filters of one shard. */
export function shardScope(config: Config, spec: ShardSpec): RunScope {
  const plan = planShards(config, spec.count);
  // A unit the plan does not know (cannot happen on one checkout) goes to shard 1, never to none.
  const owns = (id: string) => (plan.get(id) ?? 1) === spec.index;
  return {
    pairFilter: (set, key) => owns(unitId(set, 'key', key)),
    fileFindingFilter: (finding: FileFinding, key: string) => owns(finding.kind === 'orphan' ? unitId(finding.set, 'orphan', finding.file) : unitId(finding.set, 'key', key)),
  };
}
