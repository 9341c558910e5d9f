// Compiled code lives in dist/src; schemas and assets stay at the package root.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file shipped at the package root (schema/, src/ assets...). */
export function packagePath(relative: string): string {
  return path.join(root, relative);
}

export const toolVersion: string = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')).version;
export const toolName = 'l10n-lint';
