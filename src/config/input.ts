// The config as written, once the schema has validated it: what resolveConfig reads before
// it fills defaults and resolves paths (src/types/config.ts holds the resolved shape). The
// types are derived from the resolved ones, so a key added to Config is known here too, and
// the one place that trusts the schema for the shape is the type guard below, not casts.
import type { Config, ContentSetConfig, LocaleConfig } from '../types.js';
import { validateConfig } from '../generated/validators.js';

/** A locale as written: `suffix` may be left out (none). */
export type LocaleInput = Omit<LocaleConfig, 'suffix'> & Partial<Pick<LocaleConfig, 'suffix'>>;

/** A set as written: the globs and keepNames have defaults; the source and locales are as written. */
export type SetInput = Omit<ContentSetConfig, 'source' | 'locales' | 'include' | 'exclude' | 'keepNames'> &
  Partial<Pick<ContentSetConfig, 'include' | 'exclude' | 'keepNames'>> & { source?: LocaleInput; locales: LocaleInput[] };

/** The config as written (a preset already expanded): only `sets` is required. */
export type ConfigInput = Partial<Omit<Config, 'root' | 'file' | 'sets' | 'frontmatter' | 'labels'>> & {
  sets: SetInput[];
  frontmatter?: Partial<Config['frontmatter']>;
  labels?: { pattern?: string | null };
};

/** True when `raw` satisfies schema/config.schema.json (precompiled); the errors are then in validateConfig.errors. */
export function isConfigInput(raw: unknown): raw is ConfigInput {
  return validateConfig(raw);
}
