// Examples for invisible-chars (docs/rules/invisible-chars.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Blocked accounts\n\nSee [Unblock an account](#unblock-an-account).\n\n## Unblock an account\n\nRun `acct unblock <id>`.\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A zero-width space pasted into a heading, and a bidi mark in a paragraph',
    canonical: SOURCE,
    locale: '# Cuentas bloqueadas\n\nConsulte [Desbloquear una cuenta](#desbloquear-una-cuenta).\n\n## Desbloquear\u200B una cuenta\n\nEjecute\u200E `acct unblock <id>`.\n',
    localeCode: 'es-ES',
    page: 'blocked.md',
    findings: [
      'es/blocked-es.md:5:15: Invisible character U+200B ZERO WIDTH SPACE; remove it (it breaks search, anchors and links). [invisible-chars]',
      'es/blocked-es.md:7:8: Invisible character U+200E LEFT-TO-RIGHT MARK; remove it (it breaks search, anchors and links). [invisible-chars]',
    ],
  },
  {
    title: 'An emoji sequence and a joiner inside code are not findings',
    canonical: '# Status icons\n\nA 🙋🏽\u200D♀️ icon marks a request. The log shows `user\u200Bname` as it was typed.\n',
    locale: '# Statussymbole\n\nEin 🙋🏽\u200D♀️ Symbol kennzeichnet eine Anfrage. Das Protokoll zeigt `user\u200Bname` so, wie es eingegeben wurde.\n',
    page: 'icons.md',
    findings: [],
  },
  {
    title: 'Also inside code, with `checkCode`',
    canonical: '# Status icons\n\nThe log shows `username` as it was typed.\n',
    locale: '# Statussymbole\n\nDas Protokoll zeigt `user\u200Bname` so, wie es eingegeben wurde.\n',
    page: 'icons.md',
    options: { checkCode: true },
    findings: ['de/icons-de.md:3:26: Invisible character U+200B ZERO WIDTH SPACE; remove it (it breaks search, anchors and links). [invisible-chars]'],
  },
];
