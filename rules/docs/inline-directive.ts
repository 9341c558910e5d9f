// Examples for inline-directive (docs/rules/inline-directive.md shows them; test/rule-examples.test.ts runs them).
// The rule is about other rules' findings, so link-target is on beside it.
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Troubleshooting\n\nIf the agent stops, read [the log reference](logs.md).\n';
const FILES = { 'en/logs.md': '# Logs\n', 'de/logs-de.md': '# Protokolle\n' };

export const examples: readonly RuleExample[] = [
  {
    title: 'A typo in the rule id',
    canonical: SOURCE,
    locale: '# Fehlerbehebung\n\n<!-- l10n-lint-disable-next-line link-taget -->\nWenn der Agent anhält, lesen Sie [die Protokollreferenz](logs-de.md).\n',
    page: 'troubleshooting.md',
    files: FILES,
    alsoActive: ['link-target'],
    findings: ['de/troubleshooting-de.md:3:1: Unknown rule `link-taget` in `l10n-lint-disable-next-line`; expected an l10n-lint rule id, probably `link-target`. [inline-directive]'],
  },
  {
    title: 'A disable left behind after the link was fixed',
    canonical: SOURCE,
    locale: '# Fehlerbehebung\n\n<!-- l10n-lint-disable-next-line link-target -->\nWenn der Agent anhält, lesen Sie [die Protokollreferenz](logs-de.md).\n',
    page: 'troubleshooting.md',
    files: FILES,
    alsoActive: ['link-target'],
    findings: ['de/troubleshooting-de.md:3:1: Unused `l10n-lint-disable-next-line` for `link-target`: no link-target finding here to silence; remove it, or the rule id from it. [inline-directive]'],
  },
  {
    title: 'A disable that silences a link kept on the English page on purpose',
    canonical: SOURCE,
    locale: '# Fehlerbehebung\n\n<!-- l10n-lint-disable-next-line link-target -->\nWenn der Agent anhält, lesen Sie [die Protokollreferenz (Englisch)](logs.md).\n',
    page: 'troubleshooting.md',
    files: FILES,
    alsoActive: ['link-target'],
    findings: [],
  },
  {
    title: 'A disable for every rule that silences nothing',
    canonical: SOURCE,
    locale: '# Fehlerbehebung\n\n<!-- l10n-lint-disable-next-line -->\nWenn der Agent anhält, lesen Sie [die Protokollreferenz](logs-de.md).\n',
    page: 'troubleshooting.md',
    files: FILES,
    alsoActive: ['link-target'],
    findings: ['de/troubleshooting-de.md:3:1: Unused `l10n-lint-disable-next-line`: it silences no finding; remove it. [inline-directive]'],
  },
];
