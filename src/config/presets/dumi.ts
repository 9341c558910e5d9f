import type { Preset } from './types.js';

/**
 * dumi 2: every locale's page beside the others with the locale in its name
 * (`index.en-US.md`, `index.zh-CN.md`) in `docs/`; a locale's routes carry its suffix
 * (`/x` → `/x-cn`, as ant-design serves them). Front matter per https://d.umijs.org/config/frontmatter.
 */
export const dumi: Preset = {
  name: 'dumi',
  site: '.dumirc.ts with locales: [{ id, name, suffix }]',
  dialect: 'markdown',
  slugger: 'github',
  source: { dir: 'docs', suffix: '.{locale}', route: '/' },
  locale: { dir: 'docs', suffix: '.{locale}', route: '/' },
  include: ['**/*.md'],
  frontmatter: {
    translatable: ['title', 'subtitle', 'description', 'nav.title', 'group.title', 'group'],
    localeOnly: [],
  },
};
