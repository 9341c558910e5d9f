import type { Preset } from './types.js';

/**
 * Hugo multilingual, translation by content directory (`languages.<lang>.contentDir`:
 * `content/en/`, `content/fr/`), the default language at `/`, others under `/<lang>/`.
 * For translation by file name (`page.fr.md` beside `page.md`) `init` writes `dir: content`
 * and `suffix: .<lang>`. TOML or YAML front matter; `{{< shortcodes >}}`. Front matter per
 * https://gohugo.io/content-management/front-matter/. `default_lang_commit` (the source
 * commit a translation follows, as opentelemetry.io uses it) is carried by translations only.
 * `init` also writes the set's `mounts` from `module.mounts` and `aliases: true` (routes a
 * Hugo site serves from outside the language dirs; see src/init/detect.ts).
 */
export const hugo: Preset = {
  name: 'hugo',
  site: 'hugo.toml|yaml|json or config.toml|yaml with defaultContentLanguage and languages: { <lang>: { contentDir } }',
  dialect: 'markdown',
  // Goldmark's default autoHeadingIDType is "github" (https://gohugo.io/configuration/markup/#autoheadingidtype).
  slugger: 'github',
  source: { dir: 'content/{locale}', route: '/' },
  locale: { dir: 'content/{locale}', route: '/{locale}/' },
  include: ['**/*.md'],
  frontmatter: {
    translatable: ['title', 'linkTitle', 'description', 'summary', 'keywords'],
    localeOnly: ['default_lang_commit', 'drifted_from_default'],
  },
};
