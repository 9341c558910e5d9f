// Examples for table-structure (docs/rules/table-structure.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Error codes\n\n| Code | Meaning | What to do |\n| --- | --- | --- |\n| 4011 | Token expired | Sign in again. |\n| 4012 | Token revoked | Ask an admin. |\n| 4290 | Too many requests | Wait one minute. |\n\n## Limits\n\n| Plan | Requests per minute |\n| --- | --- |\n| Free | 60 |\n| Team | 600 |\n';

/** The rule's notes, shown under Details on its page, docs/rules/table-structure.md. */
export const details = `Tables missing or added (by aligned section and order), another column count, another row
count. A table keyed by its first column (IDs or dates, see above) has its rows compared
by key: missing, added, moved ("Row \`1045\` is row 2 here; expected row 4"). A key changed
in place is preserved-tokens' finding, not a missing plus an added row. A table in a
section only one side has goes with its section (heading-structure's finding). The
canonical change-log table (\`canonical.refresh\`) is refresh-table's and is skipped.
`;

export const examples: readonly RuleExample[] = [
  {
    title: 'A row of an ID-keyed table dropped, another moved',
    canonical: SOURCE,
    locale: '# Fehlercodes\n\n| Code | Bedeutung | Vorgehen |\n| --- | --- | --- |\n| 4290 | Zu viele Anfragen | Eine Minute warten. |\n| 4011 | Token abgelaufen | Erneut anmelden. |\n\n## Grenzwerte\n\n| Tarif | Anfragen pro Minute |\n| --- | --- |\n| Free | 60 |\n| Team | 600 |\n',
    page: 'errors.md',
    findings: [
      'de/errors-de.md:5:1: Row `4012` is missing from this table (as in en-US line 6). [table-structure]',
      'de/errors-de.md:5:1: Row `4290` is row 1 here; expected row 3 (as in en-US line 7). [table-structure]',
    ],
  },
  {
    title: 'A column the translation merged away, and a table it lost',
    canonical: SOURCE,
    locale: "# Codes d'erreur\n\n| Code | Signification et action |\n| --- | --- |\n| 4011 | Jeton expiré : reconnectez-vous. |\n| 4012 | Jeton révoqué : contactez un administrateur. |\n| 4290 | Trop de requêtes : attendez une minute. |\n\n## Limites\n\nLe plan Free autorise 60 requêtes par minute, le plan Team 600.\n",
    localeCode: 'fr-FR',
    page: 'errors.md',
    findings: [
      'fr/errors-fr.md:3:1: Table has 2 columns; expected 3 (as in en-US line 3). [table-structure]',
      'fr/errors-fr.md:9:1: A table (2 columns, 2 rows) is missing in this section (as in en-US line 11). [table-structure]',
    ],
  },
  {
    title: 'A pseudo-translation: cells translated, rows and keys kept',
    canonical: SOURCE,
    locale: '# Ëŕŕôŕ ćôðêš\n\n| Ćôðê | Ɱêàñîñĝ | Ẁĥàţ ţô ðô |\n| --- | --- | --- |\n| 4011 | Ţôķêñ êẋƥîŕêð | Šîĝñ îñ àĝàîñ. |\n| 4012 | Ţôķêñ ŕêṽôķêð | Àšķ àñ àðɱîñ. |\n| 4290 | Ţôô ɱàñý ŕêǫûêšţš | Ẁàîţ ôñê ɱîñûţê. |\n\n## Ļîɱîţš\n\n| Ƥļàñ | Ŕêǫûêšţš ƥêŕ ɱîñûţê |\n| --- | --- |\n| Free | 60 |\n| Team | 600 |\n',
    page: 'errors.md',
    findings: [],
  },
  {
    title: 'A row dropped from a table without a key column',
    canonical: '# Supported browsers\n\n| Browser | Notes |\n| --- | --- |\n| Firefox | Current and previous release |\n| Chrome | Current release |\n| Safari | Current release |\n',
    locale: '# Navigateurs pris en charge\n\n| Navigateur | Remarques |\n| --- | --- |\n| Firefox | Version actuelle et précédente |\n| Chrome | Version actuelle |\n',
    localeCode: 'fr-FR',
    page: 'browsers.md',
    findings: ['fr/browsers-fr.md:3:1: Row `Safari` is missing from this table (as in en-US line 7). [table-structure]'],
  },
  {
    title: 'A row dropped where nothing tells which',
    canonical: '# Roles\n\n| Role | Can do |\n| --- | --- |\n| Viewer | Read dashboards |\n| Editor | Change dashboards |\n| Owner | Manage sharing and billing |\n',
    locale: '# Rollen\n\n| Rolle | Berechtigungen |\n| --- | --- |\n| Betrachter | Dashboards lesen |\n| Besitzer | Freigabe und Abrechnung verwalten |\n',
    page: 'roles.md',
    findings: ['de/roles-de.md:3:1: Table has 2 rows; expected 3 (as in en-US line 3). [table-structure]'],
  },
];
