// Examples for toc-structure (docs/rules/toc-structure.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE_TOC = '- name: Overview\n  href: index.md\n- name: Get started\n  items:\n    - name: Install\n      href: install.md\n    - name: First sync\n      href: first-sync.md\n';
const SET = { include: ['**/*.md', '**/toc.yml'] };
const PAGES = (dir: string, suffix: string) => ({
  'en/index.md': '# Overview\n',
  'en/install.md': '# Install\n',
  'en/first-sync.md': '# First sync\n',
  [`${dir}/index.md`]: '# 概要\n',
  [`${dir}/install${suffix}.md`]: '# インストール\n',
  [`${dir}/first-sync${suffix}.md`]: '# 最初の同期\n',
});

/** The rule's notes, shown under Details on its page, docs/rules/toc-structure.md. */
export const details = `DocFX-style \`toc.yml\` files are paired like pages: add them to the set, e.g.
\`"include": ["**/*.md", "**/toc.yml"], "keepNames": ["toc.yml"]\`.

- \`.yml\`/\`.yaml\` files get a TOC outline (\`src/outline/toc.ts\`, the \`yaml\` package,
  positions kept): \`Outline.toc = { entries: [{ index, name, href, depth, parent,
  children, span, hrefSpan }], error }\`, every Markdown array empty, so the Markdown rules
  stay silent on TOC pairs.
- Entries align by tree position (\`src/align/toc.ts\`): the children of matched entries in
  order, an equal mapped href or the same kind of entry (leaf or group) deciding which
  sibling is missing. Names are translated and never compared.
- Findings: an entry missing or added (a missing group is one finding, not one per
  child); an \`href\` that is not the canonical href mapped to the locale ("points at the
  en-US page \`getting-started.md\`; expected \`getting-started-de.md\`"), or missing; a mapped
  href that does not exist (a file, or a folder holding files); a file that is not valid
  YAML or not a list of entries. Anchors are not compared (they follow translated headings).
`;

export const examples: readonly RuleExample[] = [
  {
    title: 'An entry still opening the English page, and an entry dropped',
    canonical: SOURCE_TOC,
    locale: '- name: 概要\n  href: index.md\n- name: はじめに\n  items:\n    - name: インストール\n      href: install.md\n',
    localeCode: 'ja-JP',
    page: 'toc.yml',
    set: SET,
    files: PAGES('ja', '-jp'),
    findings: [
      'ja/toc.yml:3:3: TOC entry `First sync` (`first-sync.md`) is missing under `はじめに` (as in en-US line 7). [toc-structure]',
      'ja/toc.yml:6:13: TOC entry `インストール` points at the en-US page `install.md`; expected `install-jp.md` (as in en-US line 5). [toc-structure]',
    ],
  },
  {
    title: 'A TOC whose indentation broke',
    canonical: SOURCE_TOC,
    locale: '- name: 概要\n  href: index.md\n- name: はじめに\n  items:\n    - name: インストール\n     href: install-jp.md\n',
    localeCode: 'ja-JP',
    page: 'toc.yml',
    set: SET,
    files: PAGES('ja', '-jp'),
    findings: ['ja/toc.yml:6:1: Invalid TOC: Sequence item without - indicator. [toc-structure]'],
  },
  {
    title: 'Names translated, hrefs mapped to the locale',
    canonical: SOURCE_TOC,
    locale: '- name: 概要\n  href: index.md\n- name: はじめに\n  items:\n    - name: インストール\n      href: install-jp.md\n    - name: 最初の同期\n      href: first-sync-jp.md\n',
    localeCode: 'ja-JP',
    page: 'toc.yml',
    set: SET,
    files: PAGES('ja', '-jp'),
    findings: [],
  },
  {
    title: 'An entry the translator added, one without an href, and one pointing at a page that does not exist',
    canonical: SOURCE_TOC,
    locale: '- name: 概要\n  href: index.md\n- name: はじめに\n  items:\n    - name: インストール\n    - name: 最初の同期\n      href: first-sync-jp.md\n- name: よくある質問\n  href: faq-jp.md\n',
    localeCode: 'ja-JP',
    page: 'toc.yml',
    set: SET,
    files: { 'en/index.md': '# Overview\n', 'en/install.md': '# Install\n', 'en/first-sync.md': '# First sync\n', 'ja/index.md': '# 概要\n', 'ja/install-jp.md': '# インストール\n' },
    findings: [
      'ja/toc.yml:5:7: TOC entry `インストール` has no href; expected `install-jp.md` (as in en-US line 5). [toc-structure]',
      'ja/toc.yml:7:13: TOC entry `最初の同期` points at `first-sync-jp.md`, which does not exist. [toc-structure]',
      'ja/toc.yml:8:3: TOC entry `よくある質問` (`faq-jp.md`) is not in en-US. [toc-structure]',
    ],
  },
];
