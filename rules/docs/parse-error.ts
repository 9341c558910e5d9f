// Examples for parse-error (docs/rules/parse-error.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

export const examples: readonly RuleExample[] = [
  {
    title: 'A translation an editor saved as UTF-16',
    canonical: '# Release notes\n\nVersion 4.2 fixes the retry loop.\n',
    locale: '# リリース ノート\n\nバージョン 4.2 では再試行ループが修正されました。\n',
    localeCode: 'ja-JP',
    page: 'release-notes.md',
    localeEncoding: 'utf16le',
    findings: ['ja/release-notes-jp.md: File is UTF-16 (the file starts with a UTF-16 byte order mark); save it as UTF-8. [parse-error]'],
  },
  {
    title: 'An MDX page whose component was never closed',
    canonical: "# Quick start\n\n<Aside type=\"tip\">\nKeep the token secret.\n</Aside>\n",
    locale: '# Démarrage rapide\n\n<Aside type="tip">\nGardez le jeton secret.\n',
    localeCode: 'fr-FR',
    page: 'quick-start.mdx',
    set: { include: ['**/*.mdx'] },
    findings: ['fr/quick-start-fr.mdx:3:1: File could not be parsed: not valid MDX: Expected a closing tag for `<Aside>` (3:1-3:19). [parse-error]'],
  },
  {
    title: 'A pasted line longer than the configured limit',
    canonical: '# Embed the status widget\n\nPaste the snippet into your page.\n',
    locale: `# Statuswidget einbetten\n\nFügen Sie das Snippet in Ihre Seite ein.\n\n<div class="status-widget" data-theme="light" data-region="eu" data-refresh="30" data-token="${'x'.repeat(120)}"></div>\n`,
    page: 'widget.md',
    config: { maxLineLength: 160 },
    findings: ['de/widget-de.md:5:1: A line is too long to lint (line 5 has 221 characters, the limit is 160); raise "maxLineLength" in the config to lint it. [parse-error]'],
  },
  {
    title: 'UTF-8 with a byte order mark and Windows line breaks',
    canonical: '# Release notes\r\n\r\nVersion 4.2 fixes the retry loop.\r\n',
    locale: '\uFEFF# Versionshinweise\r\n\r\nVersion 4.2 behebt die Wiederholungsschleife.\r\n',
    page: 'release-notes.md',
    findings: [],
  },
];
