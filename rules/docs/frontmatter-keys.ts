// Examples for frontmatter-keys (docs/rules/frontmatter-keys.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '---\ntitle: Configure single sign-on\ndescription: Connect the portal to your identity provider.\nms.topic: how-to\nms.date: 03/14/2024\n---\n# Configure single sign-on\n\nOpen **Settings** and choose **Identity**.\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A key lost and a key added in translation',
    canonical: SOURCE,
    locale: '---\ntitle: シングル サインオンの構成\ndescription: ポータルを ID プロバイダーに接続します。\nms.date: 03/14/2024\ntranslator: vendor-b\n---\n# シングル サインオンの構成\n\n**設定** を開き、**ID** を選択します。\n',
    localeCode: 'ja-JP',
    page: 'sso.md',
    findings: [
      'ja/sso-jp.md:1:1: Front-matter key `ms.topic` is missing; en-US has `ms.topic: how-to` (line 4). [frontmatter-keys]',
      'ja/sso-jp.md:5:1: Front-matter key `translator` is not in en-US. [frontmatter-keys]',
    ],
  },
  {
    title: 'A translation pasted without its front matter',
    canonical: SOURCE,
    locale: "# Configurer l'authentification unique\n\nOuvrez **Paramètres** et choisissez **Identité**.\n",
    localeCode: 'fr-FR',
    page: 'sso.md',
    findings: ['fr/sso-fr.md:1:1: Front matter is missing; en-US has 4 keys (line 1). [frontmatter-keys]'],
  },
  {
    title: 'A colon in an unquoted title breaks the YAML',
    canonical: SOURCE,
    locale: '---\ntitle: Einmaliges Anmelden: konfigurieren\ndescription: Verbinden Sie das Portal mit Ihrem Identitätsanbieter.\nms.topic: how-to\nms.date: 03/14/2024\n---\n# Einmaliges Anmelden konfigurieren\n\nÖffnen Sie **Einstellungen** und wählen Sie **Identität**.\n',
    page: 'sso.md',
    findings: ['de/sso-de.md:2:8: Front matter is not valid YAML: Nested mappings are not allowed in compact mappings. [frontmatter-keys]'],
  },
  {
    title: 'Every key kept, the translatable values translated',
    canonical: SOURCE,
    locale: '---\ntitle: Einmaliges Anmelden konfigurieren\ndescription: Verbinden Sie das Portal mit Ihrem Identitätsanbieter.\nms.topic: how-to\nms.date: 03/14/2024\n---\n# Einmaliges Anmelden konfigurieren\n\nÖffnen Sie **Einstellungen** und wählen Sie **Identität**.\n',
    page: 'sso.md',
    findings: [],
  },
];
