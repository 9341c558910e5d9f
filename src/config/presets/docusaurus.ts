import type { Preset } from './types.js';

/**
 * Docusaurus 3: docs in `docs/`, translations in
 * `i18n/<locale>/docusaurus-plugin-content-docs/current/`, served under `/<locale>/`; Markdown
 * is read as MDX (Docusaurus's default `markdown.format: 'mdx'`); `{#id}` heading IDs.
 * Front matter per https://docusaurus.io/docs/api/plugins/@docusaurus/plugin-content-docs#markdown-front-matter.
 */
export const docusaurus: Preset = {
  name: 'docusaurus',
  site: 'docusaurus.config.js|ts with i18n: { defaultLocale, locales: [...] }',
  dialect: 'mdx',
  slugger: 'github',
  source: { dir: 'docs', route: '/' },
  locale: { dir: 'i18n/{locale}/docusaurus-plugin-content-docs/current', route: '/{locale}/' },
  include: ['**/*.md', '**/*.mdx'],
  frontmatter: {
    translatable: ['title', 'description', 'sidebar_label', 'keywords', 'pagination_label', 'image_alt'],
    localeOnly: [],
  },
};
