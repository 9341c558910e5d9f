// Examples for frontmatter-values (docs/rules/frontmatter-values.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '---\ntitle: Rotate API keys\ndescription: Replace a key without downtime.\nauthor: rkowalski\nms.date: 05/02/2024\nsidebar:\n  order: 4\n---\n# Rotate API keys\n\nCreate the new key before you revoke the old one.\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A date and a sidebar position changed in the translation',
    canonical: SOURCE,
    locale: '---\ntitle: Rotation des clés API\ndescription: Remplacer une clé sans interruption.\nauthor: rkowalski\nms.date: 04/01/2024\nsidebar:\n  order: 2\n---\n# Rotation des clés API\n\nCréez la nouvelle clé avant de révoquer l\'ancienne.\n',
    localeCode: 'fr-FR',
    page: 'rotate-keys.md',
    findings: [
      'fr/rotate-keys-fr.md:5:1: Front-matter `ms.date` is `04/01/2024`; expected `05/02/2024` (as in en-US line 5). [frontmatter-values]',
      'fr/rotate-keys-fr.md:7:3: Front-matter `sidebar.order` is `2`; expected `4` (as in en-US line 7). [frontmatter-values]',
    ],
  },
  {
    title: 'Title and description translated, everything else kept',
    canonical: SOURCE,
    locale: '---\ntitle: API-Schlüssel rotieren\ndescription: Einen Schlüssel ohne Ausfallzeit ersetzen.\nauthor: rkowalski\nms.date: 05/02/2024\nsidebar:\n  order: 4\n---\n# API-Schlüssel rotieren\n\nErstellen Sie den neuen Schlüssel, bevor Sie den alten widerrufen.\n',
    page: 'rotate-keys.md',
    findings: [],
  },
  {
    title: 'A key the team lets each locale set (option `ignore`)',
    canonical: SOURCE,
    locale: '---\ntitle: API キーのローテーション\ndescription: ダウンタイムなしでキーを置き換えます。\nauthor: tsato\nms.date: 05/02/2024\nsidebar:\n  order: 4\n---\n# API キーのローテーション\n\n古いキーを取り消す前に新しいキーを作成します。\n',
    localeCode: 'ja-JP',
    page: 'rotate-keys.md',
    options: { ignore: ['author'] },
    findings: [],
  },
];
