// Snapshot mode: canonical outlines read from a file written by `l10n-lint snapshot`,
// for teams whose source lives in another repository.
import { readFileSync } from 'node:fs';
import type { Outline } from '../types.js';
import { ConfigError } from '../config/load.js';

export interface SnapshotCanonical {
  locale: string;
  outlines: Map<string, Outline>;
}

export function loadSnapshotCanonical(file: string, setName: string): SnapshotCanonical {
  let data: any;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read snapshot ${file}: ${(error as Error).message}`);
  }
  const set = Array.isArray(data?.sets) ? data.sets.find((s: any) => s?.name === setName) ?? (data.sets.length === 1 ? data.sets[0] : null) : null;
  if (!set || typeof set.outlines !== 'object') throw new ConfigError(`Snapshot ${file} has no set named "${setName}"`);
  return { locale: String(set.locale ?? 'snapshot'), outlines: new Map(Object.entries(set.outlines as Record<string, Outline>)) };
}
