import type { Preset } from './types.js';

/**
 * MkDocs with mkdocs-static-i18n (https://ultrabug.github.io/mkdocs-static-i18n/), suffix
 * mode: `docs/page.md` and `docs/page.fr.md` side by side, the default language at `/`,
 * others under `/<locale>/`; links stay neutral (`page.md`). For folder mode (`docs/en/`,
 * `docs/fr/`) `init` writes those dirs and no suffix.
 */
export const mkdocs: Preset = {
  name: 'mkdocs',
  site: 'mkdocs.yml with plugins: - i18n: { docs_structure: suffix|folder, languages: [{ locale, default }] }',
  dialect: 'markdown',
  slugger: 'mkdocs',
  source: { dir: 'docs', route: '/' },
  // Links stay neutral: the plugin serves each locale's own page for `page.md`.
  locale: { dir: 'docs', suffix: '.{locale}', linkSuffix: '', route: '/{locale}/' },
  include: ['**/*.md'],
  frontmatter: {
    translatable: ['title', 'description'],
    localeOnly: [],
  },
};
