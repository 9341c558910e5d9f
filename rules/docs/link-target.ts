// Examples for link-target (docs/rules/link-target.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Get started\n\n1. [Create an account](create-account.md).\n2. [Invite your team](team/invite.md#roles).\n3. Read the [API reference](https://api.example.com/v2/).\n';
const PAGES = (suffix: string, dir: string) => ({
  'en/create-account.md': '# Create an account\n',
  'en/team/invite.md': '# Invite your team\n\n## Roles\n',
  [`${dir}/create-account${suffix}.md`]: '# Cuenta\n',
  [`${dir}/team/invite${suffix}.md`]: '# Equipo\n\n## Funciones\n',
});

export const examples: readonly RuleExample[] = [
  {
    title: 'A link still to the English page, and an API link to another version',
    canonical: SOURCE,
    locale: '# Primeros pasos\n\n1. [Cree una cuenta](create-account.md).\n2. [Invite a su equipo](team/invite-es.md#funciones).\n3. Lea la [referencia de la API](https://api.example.com/v1/).\n',
    localeCode: 'es-ES',
    page: 'get-started.md',
    files: PAGES('-es', 'es'),
    findings: [
      'es/get-started-es.md:3:22: Link target `create-account.md` (not found) has no `-es` suffix; expected `create-account-es.md` (as in en-US line 3). [link-target]',
      'es/get-started-es.md:5:34: Link URL `https://api.example.com/v1/` differs from en-US; expected `https://api.example.com/v2/` (line 5). [link-target]',
    ],
  },
  {
    title: "A link to another locale's page",
    canonical: SOURCE,
    locale: '# はじめに\n\n1. [アカウントを作成する](create-account-jp.md)。\n2. [チームを招待する](team/invite-de.md#roles)。\n3. [API リファレンス](https://api.example.com/v2/)を参照してください。\n',
    localeCode: 'ja-JP',
    page: 'get-started.md',
    files: { ...PAGES('-jp', 'ja'), 'de/team/invite-de.md': '# Team einladen\n\n## Rollen\n' },
    set: { locales: [{ locale: 'ja-JP', dir: 'ja', suffix: '-jp' }, { locale: 'de-DE', dir: 'de', suffix: '-de' }] },
    findings: [
      'ja/get-started-jp.md:4:15: Link target `team/invite-de.md#roles` (not found) has the `-de` suffix of another locale; expected `team/invite-jp.md#roles` (as in en-US line 4). [link-target]',
    ],
  },
  {
    title: 'A Starlight page that links to the English route',
    canonical: '# Tokens\n\nCreate a token first: see [Authentication](/en/guides/auth/).\n',
    locale: "# Jetons\n\nCréez d'abord un jeton : voir [Authentification](/en/guides/auth/).\n",
    localeCode: 'fr-FR',
    page: 'guides/tokens.md',
    source: { route: '/en/' },
    localeConfig: { suffix: '', route: '/fr/' },
    files: { 'en/guides/auth.md': '# Authentication\n', 'fr/guides/auth.md': '# Authentification\n' },
    findings: [
      "fr/guides/tokens.md:3:50: Link `/en/guides/auth/` points at the en-US page; expected `/fr/guides/auth/` under this locale's route (as in en-US line 3). [link-target]",
    ],
  },
  {
    title: 'Every target mapped to the locale, anchors translated',
    canonical: SOURCE,
    locale: '# Primeros pasos\n\n1. [Cree una cuenta](create-account-es.md).\n2. [Invite a su equipo](./team/invite-es.md#funciones).\n3. Lea la [referencia de la API](https://api.example.com/v2/).\n',
    localeCode: 'es-ES',
    page: 'get-started.md',
    files: PAGES('-es', 'es'),
    findings: [],
  },
  {
    title: 'A link to another page than the canonical one',
    canonical: '# Billing\n\nSee [how invoices are numbered](invoices.md).\n',
    locale: '# Abrechnung\n\nSiehe [Wie Rechnungen nummeriert werden](payments-de.md).\n',
    page: 'billing.md',
    files: { 'en/invoices.md': '# Invoices\n', 'en/payments.md': '# Payments\n', 'de/invoices-de.md': '# Rechnungen\n', 'de/payments-de.md': '# Zahlungen\n' },
    findings: ['de/billing-de.md:3:42: Link points at `payments-de.md`; expected `invoices-de.md` (as in en-US line 3). [link-target]'],
  },
];
