import type { Preset } from './types.js';

/**
 * VitePress: the root locale in `docs/`, others in `docs/<key>/` served under `/<key>/`
 * (https://vitepress.dev/guide/i18n); `::: tip` containers. Front matter per
 * https://vitepress.dev/reference/frontmatter-config.
 */
export const vitepress: Preset = {
  name: 'vitepress',
  site: '.vitepress/config.js|mjs|ts with locales: { root: { lang }, <key>: { lang } }',
  dialect: 'markdown',
  slugger: 'vitepress',
  source: { dir: 'docs', route: '/' },
  locale: { dir: 'docs/{locale}', route: '/{locale}/' },
  include: ['**/*.md'],
  frontmatter: {
    translatable: ['title', 'titleTemplate', 'description', 'hero.name', 'hero.text', 'hero.tagline', 'hero.image.alt', 'hero.actions', 'features', 'head'],
    localeOnly: [],
  },
};
