// Examples for preserved-tokens (docs/rules/preserved-tokens.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Quotas\n\nEach workspace stores up to 1,000 files of 2.5 GB each.\n\nSet `MAX_UPLOADS` to change the limit; the error reads "{count} uploads left".\n\nWrite to support@example.com to raise it.\n';

/** The rule's notes, shown under Details on its page, docs/rules/preserved-tokens.md. */
export const details = `Each aligned block (paragraph, list item, table cell, heading) must keep the canonical's
numbers, IDs, URLs, e-mail addresses, inline code and placeholders (\`{name}\`, \`{0}\`, \`%s\`,
\`%1$d\`, \`{{x}}\`, \`\${x}\`). The tokenizer is \`src/outline/tokens.ts\`.

- **Numbers by value, in each locale's conventions** (decimal mark from the platform's ICU
  data, \`Intl.NumberFormat\`): \`1,000\` (en-US), \`1.000\` (de-DE), \`1 000\`, \`1 000\` and
  \`1'000\` are all 1000; \`2.5\` and \`2,5\` are 2.5. A known locale's own reading wins, so
  \`2.500\` in a de-DE page for the canonical \`2.5\` is 2500 and reported. Where the locale is unknown
  (a consensus canonical) every valid reading counts. Full-width digits and separators
  (\`１，０００\`) are read as ASCII. A number that fits no reading (\`1.2.3\`) is compared
  as written.
- **Dates by value** (\`src/outline/dates.ts\`'s \`normalizeDate\`): \`03/27/2020\`,
  \`2020-03-27\`, \`2020 年 3 月 27 日\`, \`27.03.2020\` are one date; slash dates follow the
  locale's day/month order (\`27/03/2020\` in fr-FR).
- **A token copied exactly as written always counts as kept** (\`1,000\` left as is in a
  de-DE page, \`05/02/2020\` in en-GB): how a reader of the locale reads it is a formatting
  question, not a lost token.
- **Inline code by its shape** (\`src/outline/code-shape.ts\`, a linear scanner): a translation may
  localize the example text in code and keep the code: string literals that are not a path, URL
  or expression (\`title: 'My post'\` → \`title: 'Mon article'\`), a YAML-like value after
  \`key: \` that is words (\`description: A post\`), text between tags, in any order with its
  \`{expressions}\` (\`<p>I have {n} pairs</p>\` → \`<p>私は{n}足持っています</p>\`), comments
  (\`/* validator */\`), placeholders in brackets (\`[YOUR-SITE]\`, \`[optional host]\`,
  \`{your host}\`, \`<local-port>\`), the source locale's segment of a path (\`/en/guides/\` →
  \`/fr/guides/\`) and spacing (\`{ ... }\`, \`{...}\`). An example sentence (\`Astro is
  amazing!\`) is text. Identifiers, option names, commands (\`npx astro add\`), tags, paths
  and URLs stay: changing one is reported.
- **ID tables**: in a table whose first column holds distinct whole numbers or codes (or
  dates), rows are paired by that key (\`src/align/tables.ts\`); a row whose key changed in
  place is reported as "Row has the ID \`1034\`; expected \`1043\` in this row". Cells are
  compared row by row and column by column, so a missing row shifts nothing.
- **Left to other rules**: structural labels (\`L1 - \`, label-prefix), the change-log table
  (refresh-table), URLs and e-mail addresses that are links (GFM autolinks them: link-
  structure and link-target).
`;

export const examples: readonly RuleExample[] = [
  {
    title: 'A number changed and an environment variable translated',
    canonical: SOURCE,
    locale: '# Kontingente\n\nJeder Arbeitsbereich speichert bis zu 100 Dateien mit je 2,5 GB.\n\nSetzen Sie `MAX_HOCHLADEN`, um das Limit zu ändern; der Fehler lautet "{count} Uploads übrig".\n\nSchreiben Sie an support@example.com, um es zu erhöhen.\n',
    page: 'quotas.md',
    findings: [
      'de/quotas-de.md:3:1: Number `100` should be `1,000` (as in en-US line 3). [preserved-tokens]',
      'de/quotas-de.md:5:1: Inline code `MAX_HOCHLADEN` should be `MAX_UPLOADS` (as in en-US line 5). [preserved-tokens]',
    ],
  },
  {
    title: 'A placeholder translated (the e-mail address dropped is a link: link-structure reports it)',
    canonical: SOURCE,
    locale: "# Quotas\n\nChaque espace de travail stocke jusqu'à 1 000 fichiers de 2,5 Go chacun.\n\nDéfinissez `MAX_UPLOADS` pour modifier la limite ; l'erreur indique « {nombre} téléversements restants ».\n\nÉcrivez au support pour l'augmenter.\n",
    localeCode: 'fr-FR',
    page: 'quotas.md',
    findings: ['fr/quotas-fr.md:5:1: Placeholder `{nombre}` should be `{count}` (as in en-US line 5). [preserved-tokens]'],
  },
  {
    title: "Numbers written in the locale's conventions",
    canonical: SOURCE,
    locale: '# クォータ\n\n各ワークスペースには、それぞれ 2.5 GB のファイルを最大 １，０００ 個保存できます。\n\n制限を変更するには `MAX_UPLOADS` を設定します。エラーには "{count} uploads left" と表示されます。\n\n上限を引き上げるには support@example.com までご連絡ください。\n',
    localeCode: 'ja-JP',
    page: 'quotas.md',
    findings: [],
  },
  {
    title: 'A pseudo-translation: prose replaced, tokens kept',
    canonical: SOURCE,
    locale: '# Ǫûôţàš\n\nÊàćĥ ŵôŕķšƥàćê šţôŕêš ûƥ ţô 1,000 ƒîļêš ôƒ 2.5 ĜƁ êàćĥ.\n\nŠêţ `MAX_UPLOADS` ţô ćĥàñĝê ţĥê ļîɱîţ; ţĥê êŕŕôŕ ŕêàðš "{count} ûƥļôàðš ļêƒţ".\n\nẀŕîţê ţô support@example.com ţô ŕàîšê îţ.\n',
    page: 'quotas.md',
    findings: [],
  },
  {
    title: 'Example values localized inside code, an option name changed',
    canonical: "# Your first post\n\nSet `title: 'My first post'` in the front matter and render it as `<h1>Hello, world!</h1>`.\n\nSet `output: 'static'` to build every page.\n",
    locale: "# Votre premier article\n\nDéfinissez `title: 'Mon premier article'` dans le front matter et affichez-le avec `<h1>Bonjour tout le monde !</h1>`.\n\nDéfinissez `sortie: 'static'` pour compiler chaque page.\n",
    localeCode: 'fr-FR',
    page: 'first-post.md',
    findings: ["fr/first-post-fr.md:5:1: Inline code `sortie: 'static'` should be `output: 'static'` (as in en-US line 5). [preserved-tokens]"],
  },
  {
    title: 'A version number dropped, and an ID changed in its row',
    canonical: '# Known issues\n\nUpgrade to 4.2 before you enable SSO.\n\n| ID | Issue |\n| --- | --- |\n| 1043 | Sync stops after a password change |\n| 1051 | Export skips archived items |\n',
    locale: '# Bekannte Probleme\n\nFühren Sie ein Upgrade durch, bevor Sie SSO aktivieren.\n\n| ID | Problem |\n| --- | --- |\n| 1034 | Die Synchronisierung stoppt nach einer Kennwortänderung |\n| 1051 | Der Export überspringt archivierte Elemente |\n',
    page: 'known-issues.md',
    findings: [
      'de/known-issues-de.md:3:1: Number `4.2` is missing (as in en-US line 3). [preserved-tokens]',
      'de/known-issues-de.md:7:1: Row has the ID `1034`; expected `1043` in this row (as in en-US line 7). [preserved-tokens]',
    ],
  },
];
