// Snapshot mode: a JSON file of canonical outlines (written by `l10n-lint snapshot`, see
// snapshot-write.ts) read back as the canonical of a set whose source lives in another
// repository. The file is validated against schema/outline.schema.json on load; a file
// that does not validate is a ConfigError (exit 2), never a half-read canonical. The
// schema is precompiled (src/generated/validators.ts): a run does not compile it.
import { statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { Outline } from '../types.js';
import { containedPath, readContained } from '../io/read.js';
import { ConfigError } from './error.js';
import { validateOutlineSnapshot } from '../generated/validators.js';

/** A snapshot holds outlines, not pages: far below this. */
const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024;

export const SNAPSHOT_VERSION = 1;

export interface SnapshotSet {
  name: string;
  /** The canonical's locale: the source locale, or `consensus`. */
  locale: string;
  mode: 'source' | 'consensus' | 'snapshot';
  /** Neutral key -> the file the outline was made from (relative to the config's directory). */
  files: Record<string, string>;
  outlines: Record<string, Outline>;
}

export interface SnapshotFile {
  version: number;
  tool: { name: string; version: string };
  sets: SnapshotSet[];
}

export interface SnapshotCanonical {
  locale: string;
  outlines: Map<string, Outline>;
  /** Neutral key -> the canonical file's name when the snapshot was written (for messages). */
  files: Map<string, string>;
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'does not match schema/outline.schema.json';
  if (error.keyword === 'additionalProperties') return `${error.instancePath || '/'}: unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  return `${error.instancePath || '/'}: ${error.message ?? 'is invalid'}`;
}

// Discovery and the engine both read a set's snapshot: read and validate each file once per change.
const loaded = new Map<string, { mtimeMs: number; data: SnapshotFile }>();

function readSnapshotFile(file: string, within: string | null): SnapshotFile {
  // The snapshot is content too (a pull request may replace it): a link out of the root is not read.
  const real = containedPath(file, within);
  if (typeof real !== 'string' && real.reason === 'outsideRoot') {
    throw new ConfigError(`Cannot read snapshot ${file}: it is a symbolic link that leaves the config's directory; set "allowOutsideRoot": true to allow it`, null, file);
  }
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch (error) {
    throw new ConfigError(`Cannot read snapshot ${file}: ${(error as Error).message}`, null, file);
  }
  const cached = loaded.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.data;
  // Bounded and regular like every content read: a FIFO or device at this path is refused, not waited on.
  const bytes = readContained(file, within, MAX_SNAPSHOT_BYTES);
  if (!(bytes instanceof Uint8Array)) throw new ConfigError(`Cannot read snapshot ${file}: ${bytes.detail}`, null, file);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`Invalid snapshot ${file}: not valid JSON: ${(error as Error).message}`, null, file);
  }
  if (!validateOutlineSnapshot(data)) {
    const error = validateOutlineSnapshot.errors?.[0];
    throw new ConfigError(`Invalid snapshot ${file}: ${describe(error)}`, error?.instancePath || '/', file);
  }
  loaded.set(file, { mtimeMs, data: data as SnapshotFile });
  return data as SnapshotFile;
}

/** The canonical outlines for one set from a snapshot file (the set of that name, or the only one). */
export function loadSnapshotCanonical(file: string, setName: string, within: string | null = null): SnapshotCanonical {
  const data = readSnapshotFile(file, within);
  const set = data.sets.find((s) => s.name === setName) ?? (data.sets.length === 1 ? data.sets[0] : null);
  if (!set) throw new ConfigError(`Snapshot ${file} has no set named "${setName}" (it has ${data.sets.map((s) => `"${s.name}"`).join(', ') || 'none'})`, null, file);
  return {
    locale: set.locale,
    outlines: new Map(Object.entries(set.outlines)),
    files: new Map(Object.keys(set.outlines).map((key) => [key, set.files?.[key] ?? key])),
  };
}
