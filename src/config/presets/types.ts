// The shape of a preset: data only, one file per site generator (see ../preset.ts for how
// it is applied). Templates take `{locale}`, replaced by each locale's code as written in
// the config (for `init`, the directory name the site uses).
import type { Dialect } from '../../types.js';

export interface PresetLocaleLayout {
  /** Directory, relative to the config (the site root). */
  dir: string;
  /** File suffix before the extension (`.{locale}` for `page.fr.md`); default none. */
  suffix?: string;
  /** Suffix of relative link targets when it differs from the file suffix (`''`: neutral links); default the suffix. */
  linkSuffix?: string;
  /** URL path prefix the locale is served under. */
  route: string;
  /** Appended to a mapped route's last segment. */
  routeSuffix?: string;
}

export interface Preset {
  name: 'starlight' | 'docusaurus' | 'hugo' | 'vitepress' | 'mkdocs' | 'dumi';
  /** The site config `init` reads, and what the preset assumes of it (for docs and `init`'s output). */
  site: string;
  /** How `.md` files are read (`.mdx` is always MDX). */
  dialect: Dialect;
  slugger: 'github' | 'vitepress' | 'mkdocs';
  /** The source locale's layout. */
  source: PresetLocaleLayout;
  /** Every other locale's layout. */
  locale: PresetLocaleLayout;
  include: string[];
  frontmatter: {
    /** Keys the stack's front matter translates (dotted paths). */
    translatable: string[];
    /** Keys only translations carry (besides the pin key). */
    localeOnly: string[];
  };
}
