// Compiled code lives in dist/src; schemas and assets stay at the package root.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file shipped at the package root (schema/, src/ assets...). */
export function packagePath(relative: string): string {
  return path.join(root, relative);
}

export const toolVersion: string = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')).version;
export const toolName = 'l10n-lint';

let code: string | null = null;

/**
 * What identifies this build of l10n-lint's code: the version plus the name, size and
 * modification time of every compiled module under dist/src and dist/rules. The result
 * cache keys on it, so a rebuilt rule (same version, new behaviour, as during development
 * or with a patched install) never serves findings the new code would not report.
 * Stat only, no reads: about a millisecond.
 */
export function codeFingerprint(): string {
  if (code !== null) return code;
  const compiled = fileURLToPath(new URL('../', import.meta.url));
  const parts: string[] = [toolVersion];
  for (const dir of ['src', 'rules']) {
    const base = path.join(compiled, dir);
    let names: string[];
    try {
      names = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const stat = statSync(path.join(base, name));
        parts.push(`${dir}/${name}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        parts.push(`${dir}/${name}:gone`);
      }
    }
  }
  code = createHash('sha256').update(parts.join('\n')).digest('hex');
  return code;
}
