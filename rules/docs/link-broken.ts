// Examples for link-broken (docs/rules/link-broken.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Configure alerts\n\nSet up [notification channels](channels.md) first.\nThresholds are explained under [Limits](#limits).\n\n## Limits\n\nAn alert fires after 3 failed checks.\n';
const CHANNELS = { 'en/channels.md': '# Notification channels\n' };

export const examples: readonly RuleExample[] = [
  {
    title: 'A link to a page the locale has not translated yet',
    canonical: SOURCE,
    locale: '# Alarme konfigurieren\n\nRichten Sie zuerst [Benachrichtigungskanäle](channels-de.md) ein.\nSchwellenwerte werden unter [Grenzwerte](#grenzwerte) erklärt.\n\n## Grenzwerte\n\nEin Alarm wird nach 3 fehlgeschlagenen Prüfungen ausgelöst.\n',
    page: 'alerts.md',
    files: CHANNELS,
    findings: [
      'de/alerts-de.md:3:46: Link target `channels-de.md` is not translated: `de/channels-de.md` does not exist, only the en-US page `en/channels.md` does. [link-broken]',
    ],
  },
  {
    title: 'A same-page anchor left in English after the heading was translated',
    canonical: SOURCE,
    locale: "# Configurer les alertes\n\nConfigurez d'abord les [canaux de notification](channels-fr.md).\nLes seuils sont expliqués sous [Limites](#limits).\n\n## Limites\n\nUne alerte se déclenche après 3 vérifications échouées.\n",
    localeCode: 'fr-FR',
    page: 'alerts.md',
    files: { ...CHANNELS, 'fr/channels-fr.md': '# Canaux de notification\n' },
    findings: ['fr/alerts-fr.md:4:42: Anchor `#limits` does not exist in `fr/alerts-fr.md`. [link-broken]'],
  },
  {
    title: 'An explicit heading ID changed in translation',
    canonical: '# Configure alerts\n\n## Limits {#limits}\n\nAn alert fires after 3 failed checks.\n',
    locale: '# Alarme konfigurieren\n\n## Grenzwerte {#grenzwerte}\n\nEin Alarm wird nach 3 fehlgeschlagenen Prüfungen ausgelöst.\n',
    page: 'alerts.md',
    findings: [
      "de/alerts-de.md:3:1: Heading ID `{#grenzwerte}` differs from the en-US heading's `{#limits}` (line 3): links to `#limits` from other pages break; keep `{#limits}`. [link-broken]",
    ],
  },
  {
    title: 'Every target and anchor exists',
    canonical: SOURCE,
    locale: '# Alarme konfigurieren\n\nRichten Sie zuerst [Benachrichtigungskanäle](channels-de.md) ein.\nSchwellenwerte werden unter [Grenzwerte](#grenzwerte) erklärt.\n\n## Grenzwerte\n\nEin Alarm wird nach 3 fehlgeschlagenen Prüfungen ausgelöst.\n',
    page: 'alerts.md',
    files: { ...CHANNELS, 'de/channels-de.md': '# Benachrichtigungskanäle\n' },
    findings: [],
  },
  {
    title: 'A link to a page that exists in no locale',
    canonical: '# Configure alerts\n\nSet up [notification channels](channels.md) first.\n',
    locale: '# Alarme konfigurieren\n\nRichten Sie zuerst [Benachrichtigungskanäle](channels-de.md) ein. Siehe auch [Eskalation](escalation-de.md).\n',
    page: 'alerts.md',
    files: { 'en/channels.md': '# Notification channels\n', 'de/channels-de.md': '# Benachrichtigungskanäle\n' },
    findings: ['de/alerts-de.md:3:91: Link target `escalation-de.md` does not exist (looked for `de/escalation-de.md`). [link-broken]'],
  },
];
