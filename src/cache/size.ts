// The cache's size on disk, for the benchmark's table and the size test.
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Bytes on disk of the cache at `location`: the file's size, or for a folder the sum of
 * the regular files under it (recursively). Symbolic links are not followed (counted as
 * 0), a missing path is 0. Sizes are file lengths (st_size), not allocated blocks.
 */
export function cacheSizeBytes(location: string): number {
  let stat;
  try {
    stat = lstatSync(location);
  } catch {
    return 0;
  }
  if (stat.isFile()) return stat.size;
  if (!stat.isDirectory()) return 0;
  let total = 0;
  for (const name of readdirSync(location)) total += cacheSizeBytes(path.join(location, name));
  return total;
}
