// Examples for refresh-table (docs/rules/refresh-table.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Billing FAQ\n\nInvoices are sent on the first day of the month.\n\n## Change log\n\n| Date | Author | Change |\n| --- | --- | --- |\n| 06/12/2024 | Priya Nair | Added tax questions |\n| 02/03/2024 | Tomás Ruiz | First version |\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A change-log row missing, and one only the translation has',
    canonical: SOURCE,
    locale: '# Perguntas frequentes sobre cobrança\n\nAs faturas são enviadas no primeiro dia do mês.\n\n## Histórico de alterações\n\n| Data | Autor | Alteração |\n| --- | --- | --- |\n| 04/05/2024 | Ana Lima | Tradução revisada |\n| 02/03/2024 | Tomás Ruiz | Primeira versão |\n',
    localeCode: 'pt-BR',
    page: 'billing-faq.md',
    findings: [
      'pt/billing-faq-pt.md:7:1: Change-log row dated 06/12/2024 (Priya Nair) is missing (as in en-US line 9). [refresh-table]',
      'pt/billing-faq-pt.md:9:1: Change-log row dated 04/05/2024 is not in en-US. [refresh-table]',
    ],
  },
  {
    title: 'Another author, and a date mistyped',
    canonical: SOURCE,
    locale: '# よくある質問: 請求\n\n請求書は毎月 1 日に送信されます。\n\n## 変更履歴\n\n| 日付 | 作成者 | 変更内容 |\n| --- | --- | --- |\n| 06/31/2024 | Priya Nair | 税に関する質問を追加 |\n| 02/03/2024 | 佐藤 | 初版 |\n',
    localeCode: 'ja-JP',
    page: 'billing-faq.md',
    findings: [
      'ja/billing-faq-jp.md:9:1: Change-log date `06/31/2024` is not a date; expected 06/12/2024 (as in en-US line 9). [refresh-table]',
      'ja/billing-faq-jp.md:10:14: Change-log row dated 02/03/2024 names `佐藤`; expected `Tomás Ruiz` (as in en-US line 10). [refresh-table]',
    ],
  },
  {
    title: 'Dates written in the locale\'s own format',
    canonical: SOURCE,
    locale: '# よくある質問: 請求\n\n請求書は毎月 1 日に送信されます。\n\n## 変更履歴\n\n| 日付 | 作成者 | 変更内容 |\n| --- | --- | --- |\n| 2024 年 6 月 12 日 | Priya Nair | 税に関する質問を追加 |\n| 2024-02-03 | Tomás Ruiz | 初版 |\n',
    localeCode: 'ja-JP',
    page: 'billing-faq.md',
    findings: [],
  },
  {
    title: 'A translation that dropped the whole change log',
    canonical: SOURCE,
    locale: "# Preguntas frecuentes sobre facturación\n\nLas facturas se envían el primer día del mes.\n",
    localeCode: 'es-ES',
    page: 'billing-faq.md',
    findings: ['es/billing-faq-es.md:1:1: The change-log table is missing; en-US has one with 2 rows (line 7). [refresh-table]'],
  },
  {
    title: 'A row the translation added with a date that is not one',
    canonical: SOURCE,
    locale: '# Foire aux questions : facturation\n\nLes factures sont envoyées le premier jour du mois.\n\n## Historique des modifications\n\n| Date | Auteur | Modification |\n| --- | --- | --- |\n| 06/12/2024 | Priya Nair | Questions fiscales ajoutées |\n| 02/03/2024 | Tomás Ruiz | Première version |\n| à confirmer | Luc Martin | Relecture |\n',
    localeCode: 'fr-FR',
    page: 'billing-faq.md',
    findings: ['fr/billing-faq-fr.md:11:1: Change-log date `à confirmer` is not a date (M/D/YYYY, YYYY-MM-DD or YYYY 年 M 月 D 日). [refresh-table]'],
  },
];
