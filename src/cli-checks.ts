// What a lint run is narrowed to, checked before it runs (--locale, path arguments: a typo
// would otherwise check nothing and pass) and after (a run that checked no pair fails).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EngineOptions } from './engine/lint.js';
import type { Config, LintResult } from './types.js';
import { UsageError, plural } from './cli-options.js';

/** Every --locale must be a target locale of some set: a typo would otherwise check nothing and pass. */
export function checkLocales(locales: string[] | undefined, config: Pick<Config, 'sets'>): void {
  if (!locales?.length) return;
  const targets = [...new Set(config.sets.flatMap((set) => set.locales.map((l) => l.locale)))];
  for (const locale of locales) {
    if (targets.includes(locale)) continue;
    const sourceOf = config.sets.find((set) => set.source?.locale === locale);
    const why = sourceOf ? `is the source locale of set "${sourceOf.name}", which has no pairs of its own` : 'is not a locale of the config';
    throw new UsageError(`--locale ${locale} ${why}; its target locales: ${targets.join(', ')}`);
  }
}

/** Every path argument must exist and lie in (or hold) a set's folder, as ESLint exits 2 on a pattern that matches nothing. */
export function checkPaths(paths: string[], config: Pick<Config, 'root' | 'sets'>, cwd: string): void {
  const dirs = config.sets.flatMap((set) => [...(set.source ? [set.source] : []), ...set.locales].map((l) => path.resolve(config.root, l.dir)));
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`${p}: no such file or folder`);
    if (!dirs.some((dir) => inside(abs, dir) || inside(dir, abs))) {
      const where = [...new Set(dirs.map((dir) => path.relative(cwd, dir) || '.'))].join(', ');
      throw new UsageError(`${p} is in no content set of the config (their folders: ${where})`);
    }
  }
}

/**
 * A run that checked no pair says so and fails (exit 2, nothing written) unless it was
 * narrowed to what changed (--changed-since) or to a shard, where an empty scope is normal.
 */
export function checkSomethingChecked(result: LintResult, run: { args: string[]; locales?: string[]; inScopeOnly: boolean }): void {
  if (result.summary.pairs > 0 || result.diagnostics.length > 0 || run.inScopeOnly) return;
  const narrowedBy = [run.args.length ? `paths ${run.args.join(', ')}` : '', run.locales?.length ? `--locale ${run.locales.join(',')}` : ''].filter(Boolean).join(' and ');
  throw new UsageError(`nothing to check: no pair of a canonical and a locale file${narrowedBy ? ` matches ${narrowedBy}` : ' was found'} (${plural(result.summary.files, 'file')}, 0 pairs)`);
}

/** `l10n-lint docs/de-DE` lints only pairs with a file under the given paths. */
export async function pathFilter(paths: string[], config: Pick<Config, 'root' | 'sets'>, cwd: string): Promise<EngineOptions['pairFilter']> {
  if (paths.length === 0) return undefined;
  const { localizedName } = await import('./discover.js');
  const prefixes = paths.map((p) => path.relative(config.root, path.resolve(cwd, p)).split(path.sep).join('/'));
  const under = (rel: string) => prefixes.some((p) => p === '' || rel === p || rel.startsWith(p.endsWith('/') ? p : `${p}/`));
  return (set, key, locale) => {
    const s = config.sets.find((x) => x.name === set);
    const l = s?.locales.find((x) => x.locale === locale);
    if (!s || !l) return false;
    const localePath = path.posix.join(l.dir, localizedName(key, l.suffix, s.keepNames));
    const sourcePath = s.source ? path.posix.join(s.source.dir, localizedName(key, s.source.suffix, s.keepNames)) : null;
    return under(localePath) || (sourcePath !== null && under(sourcePath));
  };
}
