// German phrase tables for the corpus generator: entry i of every list translates entry i
// of en-US (./index.ts refuses to load when a list is one entry short).

import type { LanguageText } from './language.js';

export const DE_DE: LanguageText = {
  locale: 'de-DE',
  wordOrder: 'svo',
  articles: 'embedded',
  adjectivePosition: 'before',
  sentenceEnd: '.',
  wordJoin: ' ',
  nouns: [
    'der Kunde', 'der Partner', 'der Mandant', 'der Arbeitsbereich', 'das Abonnement', 'die Bereitstellung', 'die Berechtigung', 'die Migration',
    'die Lizenz', 'der Administrator', 'der Benutzer', 'der Dienst', 'die Beteiligung', 'der Zeitplan', 'der Bericht', 'die Umgebung',
    'die Richtlinie', 'die Anforderung', 'das Team', 'das Projekt', 'der Meilenstein', 'das Problem', 'die Lösung', 'die Infrastruktur',
    'das Zieldatum', 'das Postfach', 'das Gerät', 'das Netzwerk', 'der Prozess', 'der Plan', 'der Status', 'die Anfrage',
    'der Besitzer', 'der Umfang', 'die Konfiguration', 'die Schulung', 'das Budget', 'die Eskalation', 'das Feedback', 'der Terminplan',
  ],
  adjectives: [
    'neue', 'bestehende', 'aktive', 'technische', 'interne', 'erforderliche', 'aktuelle', 'hybride',
    'kritische', 'vollständige', 'regionale', 'zusätzliche', 'vorherige', 'lokale', 'freigegebene', 'gültige',
  ],
  verbs: [
    'erfordert', 'prüft', 'blockiert', 'unterstützt', 'bestätigt', 'aktualisiert', 'verfolgt', 'vergibt',
    'vollendet', 'verzögert', 'genehmigt', 'konfiguriert', 'überprüft', 'dokumentiert', 'eskaliert', 'ersetzt',
    'betrifft', 'enthält', 'organisiert', 'plant', 'migriert', 'aktiviert', 'überwacht', 'löst',
  ],
  prepositions: ['vor', 'nach', 'mit', 'für', 'während', 'innerhalb', 'ohne', 'von', 'durch', 'über'],
  conjunctions: ['und', 'oder'],
  statuses: [
    'Unbekannter Status', 'In Bearbeitung', 'Keine Absichten', 'Blockiert',
    'Dupliziert/Ungültig', 'Abgeschlossen', 'Zurückgestellt', 'Geplant',
  ],
  reasons: [
    'Kunde reagiert nicht', 'Neues Abonnement oder neuer Arbeitsbereich', 'Technisches Onboarding und Bereitstellung', 'Datenmigration',
    'Lösung oder Benutzereinführung', 'Verwendung einer Konkurrenzlösung', 'Verwendung einer lokalen Lösung', 'Unterstützung durch die Geschäftsleitung',
    'IT-Infrastruktur des Kunden und Problembehebung', 'IT-Änderungsverwaltung und Ressourcen', 'Rechtlich/regulatorisch', 'Sicherheit/Datenschutz (kein Produkt)',
    'Einführungsbereitschaft', 'Produktfeature/-funktion', 'Zuverlässigkeit des Dienstes', 'Anwendungskompatibilität',
    'Partnerunterstützung', 'Abrechnung, Lizenzierung und Abonnement', 'Netzwerkbereitschaft', 'Identitätsintegration',
    'Datenresidenz', 'Pilotbenutzer', 'Budgetgenehmigung', 'Mandantenkonsolidierung',
    'Hybridkonfiguration', 'Geräteregistrierung', 'Endbenutzerschulung', 'Postfachmigration',
  ],
  areas: [
    'Einrichtung', 'Umstellung', 'Sicherheit', 'Einführung', 'Lizenzierung', 'Partnerschaften',
    'Berichterstellung', 'Unterstützung', 'Unternehmenssteuerung', 'Einhaltung von Vorschriften', 'Netzwerke', 'Geräte',
  ],
  tracks: ['Fortgeschritten', 'Praxisleitfäden', 'Regionale Themen', 'Archiv', 'Pilotphase', 'Großunternehmen', 'Kleinunternehmen', 'Öffentlicher Sektor'],
  changes: [
    'Allgemeine Aktualisierung', 'Partnerinhalt aktualisiert', 'Neue L2-Definitionen hinzugefügt', 'Fehlerhafte Links korrigiert',
    'Screenshots aktualisiert', 'Erstveröffentlichung', 'Eskalationsschritte präzisiert', 'Besitzer aktualisiert',
    'Auf Richtigkeit geprüft', 'In neue Vorlage verschoben',
  ],
  guideTitles: ['Bereitstellungsleitfaden', 'Dienstbeschreibung', 'Dokumentation zum Admin Center'],
  ui: {
    refreshSummary: 'Zusammenfassung der Aktualisierung',
    date: 'Datum',
    whoChanged: 'Geändert durch',
    whatChanged: 'Änderung an',
    home: 'Startseite',
    taskList: 'Aufgabenliste',
    id: 'ID',
    task: 'Aufgabe',
    owner: 'Besitzer',
    due: 'Fällig',
    automation: 'Automatisierung:',
    playbook: 'Partnerhandbuch',
  },
  templates: {
    description: 'Übersicht über {reason} für Berechtigungen im Status {status}',
    indexTitle: 'Startseitenliste für {area}',
    indexDescription: 'In {area} verwendete Status und Gründe',
    days: 'innerhalb von {n} Tagen',
    seats: 'für {n} Arbeitsplätze',
    percent: 'für {n}% der Benutzer',
    ticket: 'unter Anfrage {n}',
    run: 'durch Ausführen von `{c}`',
    setting: 'mit der Einstellung `{c}`',
    see: 'Weitere Informationen finden Sie unter [{t}]({u}).',
  },
};
