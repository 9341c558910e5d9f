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
    findings: [],
  },
  {
    title: 'A same-page anchor left in English after the heading was translated',
    canonical: SOURCE,
    locale: "# Configurer les alertes\n\nConfigurez d'abord les [canaux de notification](channels-fr.md).\nLes seuils sont expliqués sous [Limites](#limits).\n\n## Limites\n\nUne alerte se déclenche après 3 vérifications échouées.\n",
    localeCode: 'fr-FR',
    page: 'alerts.md',
    files: { ...CHANNELS, 'fr/channels-fr.md': '# Canaux de notification\n' },
    findings: [],
  },
  {
    title: 'An explicit heading ID changed in translation',
    canonical: '# Configure alerts\n\n## Limits {#limits}\n\nAn alert fires after 3 failed checks.\n',
    locale: '# Alarme konfigurieren\n\n## Grenzwerte {#grenzwerte}\n\nEin Alarm wird nach 3 fehlgeschlagenen Prüfungen ausgelöst.\n',
    page: 'alerts.md',
    findings: [],
  },
  {
    title: 'Every target and anchor exists',
    canonical: SOURCE,
    locale: '# Alarme konfigurieren\n\nRichten Sie zuerst [Benachrichtigungskanäle](channels-de.md) ein.\nSchwellenwerte werden unter [Grenzwerte](#grenzwerte) erklärt.\n\n## Grenzwerte\n\nEin Alarm wird nach 3 fehlgeschlagenen Prüfungen ausgelöst.\n',
    page: 'alerts.md',
    files: { ...CHANNELS, 'de/channels-de.md': '# Benachrichtigungskanäle\n' },
    findings: [],
  },
];
