// Finding and reading the config file. Without --config, the first of CONFIG_FILE_NAMES in
// the working directory or the nearest folder above it (ESLint's and markdownlint-cli2's
// search); `.jsonc` takes comments and trailing commas (jsonc-parser, VS Code's own parser),
// `.json` stays strict JSON. This module stays light: the CLI's --help names the files.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** In the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['l10n-lint.config.json', 'l10n-lint.config.jsonc'] as const;

/** The config file nearest to `cwd` (absolute), searching upward to the file system root; null when none. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
