import type { Preset } from './types.js';

/**
 * Starlight (Astro): pages in `src/content/docs/`, the root locale at the top and each other
 * locale in a folder named by its key (`src/content/docs/fr/`), served under `/fr/`; `.mdx`
 * pages; front matter per https://starlight.astro.build/reference/frontmatter/.
 */
export const starlight: Preset = {
  name: 'starlight',
  site: 'astro.config.mjs|ts with starlight({ defaultLocale, locales: { root|<key>: { label, lang } } })',
  dialect: 'markdown',
  slugger: 'github',
  source: { dir: 'src/content/docs', route: '/' },
  locale: { dir: 'src/content/docs/{locale}', route: '/{locale}/' },
  include: ['**/*.md', '**/*.mdx'],
  frontmatter: {
    translatable: ['title', 'description', 'sidebar.label', 'sidebar.badge', 'hero.title', 'hero.tagline', 'hero.image.alt', 'hero.actions', 'banner.content', 'head'],
    localeOnly: [],
  },
};
