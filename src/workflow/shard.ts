// --shard i/n: a deterministic 1/n of the pairs, for a CI matrix over a large corpus. The
// smallest unit is a pair key with all its locales (consensus needs them together, and a
// source file then belongs to one shard). Keys are grouped by folder before packing,
// because pages link mostly to their neighbours: a shard then holds the pages its links
// point into, instead of reading their anchors from another shard's pages (which costs a
// parse each, and made a shard cost nearly half of the whole run). A folder heavier than
// a quarter of a shard is cut into runs of neighbouring keys. The groups are packed
// greedily by the size of their files: largest first, each into the lightest shard. Every
// shard computes the same plan from the same checkout, so together the shards cover every
// pair and every file-level finding once.
import path from 'node:path';
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

/** Keys packed together: each key's unit id goes to the group's shard. */
interface Group {
  id: string;
  size: number;
  units: string[];
}

const unitId = (set: string, what: 'key' | 'orphan', name: string) => `${set}\u0000${what}\u0000${name}`;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sizeOf(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return 0;
  }
}

/** A set's keys with the bytes of their files, grouped by the key's folder; orphans as units of their own. */
function unitsOf(config: Config): { byFolder: Map<string, Unit[]>; orphans: Unit[] } {
  const byFolder = new Map<string, Unit[]>();
  const orphans: Unit[] = [];
  for (const set of config.sets) {
    const discovered = discoverSet(config, set);
    const filesByKey = new Map<string, Map<string, string>>();
    for (const pair of discovered.pairs) {
      const files = filesByKey.get(pair.key) ?? new Map<string, string>();
      for (const ref of [pair.source, pair.target]) if (ref) files.set(ref.rel, ref.abs);
      filesByKey.set(pair.key, files);
    }
    for (const [key, files] of filesByKey) {
      const folder = `${set.name}\u0000${path.posix.dirname(key)}`;
      const unit = { id: unitId(set.name, 'key', key), size: [...files.values()].reduce((sum, abs) => sum + sizeOf(abs), 0) };
      const units = byFolder.get(folder);
      if (units) units.push(unit);
      else byFolder.set(folder, [unit]);
    }
    // Orphans are not read, only reported: they weigh little, but one shard must own each.
    for (const f of discovered.findings) if (f.kind === 'orphan') orphans.push({ id: unitId(set.name, 'orphan', f.file), size: 1 });
  }
  return { byFolder, orphans };
}

/** Unit id -> shard (1-based), for every pair key and every orphan file of the config. */
export function planShards(config: Config, count: number): Map<string, number> {
  const { byFolder, orphans } = unitsOf(config);
  let total = 0;
  for (const units of byFolder.values()) for (const u of units) total += u.size;
  // At most a quarter of a shard per group, so the packing still balances the shards.
  const cap = Math.max(1, total / (4 * count));
  const groups: Group[] = orphans.map((u) => ({ id: u.id, size: u.size, units: [u.id] }));
  for (const [folder, units] of byFolder) {
    units.sort(byId);
    let group: Group | null = null;
    for (const unit of units) {
      if (!group || (group.size > 0 && group.size + unit.size > cap)) groups.push((group = { id: `${folder}\u0000${unit.id}`, size: 0, units: [] }));
      group.size += unit.size;
      group.units.push(unit.id);
    }
  }
  groups.sort((a, b) => b.size - a.size || byId(a, b));
  const load = new Array<number>(count).fill(0);
  const plan = new Map<string, number>();
  for (const group of groups) {
    let lightest = 0;
    for (let i = 1; i < count; i++) if (load[i] < load[lightest]) lightest = i;
    load[lightest] += group.size;
    for (const id of group.units) plan.set(id, lightest + 1);
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
