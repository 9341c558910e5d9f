// Examples for label-prefix (docs/rules/label-prefix.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# L1 - Order on hold\n\nThe order waits for a credit check.\n\n- [L2 - Credit check failed](credit.md)\n- [L2 - Address not verified](address.md)\n';
const FILES = { 'en/credit.md': '# Credit\n', 'en/address.md': '# Address\n', 'de/credit-de.md': '# Bonität\n', 'de/address-de.md': '# Adresse\n' };
const LABELS = { labels: { pattern: '^L\\d+ - ' } };

export const examples: readonly RuleExample[] = [
  {
    title: 'An en dash in one label, a label translated away in another',
    canonical: SOURCE,
    locale: '# L1 – Bestellung angehalten\n\nDie Bestellung wartet auf eine Bonitätsprüfung.\n\n- [L2 - Bonitätsprüfung fehlgeschlagen](credit-de.md)\n- [Adresse nicht bestätigt](address-de.md)\n',
    page: 'on-hold.md',
    files: FILES,
    config: LABELS,
    findings: [
      'de/on-hold-de.md:1:3: Label `L1 – ` in heading `L1 – Bestellung angehalten` is malformed; expected `L1 - ` (as in en-US line 1). [label-prefix]',
      'de/on-hold-de.md:6:4: Link `Adresse nicht bestätigt` has lost its label `L2 - ` (as in en-US line 6). [label-prefix]',
    ],
  },
  {
    title: 'A label with its spacing lost',
    canonical: SOURCE,
    locale: '# L1 - Bestellung angehalten\n\nDie Bestellung wartet auf eine Bonitätsprüfung.\n\n- [L2 -Bonitätsprüfung fehlgeschlagen](credit-de.md)\n- [L2 - Adresse nicht bestätigt](address-de.md)\n',
    page: 'on-hold.md',
    files: FILES,
    config: LABELS,
    findings: ['de/on-hold-de.md:5:4: Label `L2 -` in link `L2 -Bonitätsprüfung fehlgeschlagen` is malformed; expected `L2 - ` (as in en-US line 5). [label-prefix]'],
  },
  {
    title: 'Labels kept, text translated',
    canonical: SOURCE,
    locale: '# L1 - Bestellung angehalten\n\nDie Bestellung wartet auf eine Bonitätsprüfung.\n\n- [L2 - Bonitätsprüfung fehlgeschlagen](credit-de.md)\n- [L2 - Adresse nicht bestätigt](address-de.md)\n',
    page: 'on-hold.md',
    files: FILES,
    config: LABELS,
    findings: [],
  },
  {
    title: 'A label renumbered',
    canonical: SOURCE,
    locale: '# L2 - Bestellung angehalten\n\nDie Bestellung wartet auf eine Bonitätsprüfung.\n\n- [L2 - Bonitätsprüfung fehlgeschlagen](credit-de.md)\n- [L2 - Adresse nicht bestätigt](address-de.md)\n',
    page: 'on-hold.md',
    files: FILES,
    config: LABELS,
    findings: ['de/on-hold-de.md:1:3: Label `L2 - ` in heading `L2 - Bestellung angehalten` should be `L1 - ` (as in en-US line 1). [label-prefix]'],
  },
  {
    title: 'A label added where the canonical has none',
    canonical: '# Order on hold\n\nThe order waits for a credit check. [Contact support](support.md) if it takes longer than a day.\n',
    locale: '# Bestellung angehalten\n\nDie Bestellung wartet auf eine Bonitätsprüfung. [L2 - Support kontaktieren](support-de.md), wenn es länger als einen Tag dauert.\n',
    page: 'on-hold.md',
    files: { 'en/support.md': '# Support\n', 'de/support-de.md': '# Support\n' },
    config: LABELS,
    findings: ['de/on-hold-de.md:3:50: Link `L2 - Support kontaktieren` has the label `L2 - `, which en-US does not have (line 3). [label-prefix]'],
  },
];
