// Examples for file-missing (docs/rules/file-missing.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const INSTALL = '# Install the sync agent\n\nDownload the installer and run it as an administrator.\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A new English page not translated yet',
    canonical: INSTALL,
    locale: null,
    localeCode: 'fr-FR',
    page: 'install.md',
    findings: ['fr/install-fr.md: No fr-FR translation of `en/install.md`; expected `fr/install-fr.md`. [file-missing]'],
  },
  {
    title: 'A page in a subfolder, translated under the name of another locale',
    canonical: INSTALL,
    locale: null,
    localeCode: 'ja-JP',
    page: 'admin/install.md',
    files: { 'ja/admin/install-de.md': '# 同期エージェントのインストール\n\nインストーラーをダウンロードし、管理者として実行します。\n' },
    findings: ['ja/admin/install-jp.md: No ja-JP translation of `en/admin/install.md`; expected `ja/admin/install-jp.md`. [file-missing]'],
  },
  {
    title: 'Every page translated, an index page under its own name',
    canonical: '# Sync agent\n\n- [Install](install.md)\n',
    locale: '# Agent de synchronisation\n\n- [Installer](install-fr.md)\n',
    localeCode: 'fr-FR',
    page: 'index.md',
    files: { 'en/install.md': INSTALL, 'fr/install-fr.md': "# Installer l'agent\n\nTéléchargez le programme d'installation et exécutez-le en tant qu'administrateur.\n" },
    findings: [],
  },
  {
    title: 'Consensus mode (no source): a page most locales have',
    canonical: null,
    locale: null,
    localeCode: 'es-ES',
    page: 'faq.md',
    set: { source: undefined, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }, { locale: 'es-ES', dir: 'es', suffix: '-es' }, { locale: 'fr-FR', dir: 'fr', suffix: '-fr' }] },
    files: {
      'de/faq-de.md': '# Häufige Fragen\n',
      'fr/faq-fr.md': '# Questions fréquentes\n',
      'de/pricing-de.md': '# Preise\n',
      'es/pricing-es.md': '# Precios\n',
      'fr/pricing-fr.md': '# Tarifs\n',
    },
    findings: ['es/faq-es.md: No es-ES copy of `es/faq-es.md`, which most locales have. [file-missing]'],
  },
];
