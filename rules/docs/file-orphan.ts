// Examples for file-orphan (docs/rules/file-orphan.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

export const examples: readonly RuleExample[] = [
  {
    title: 'A translation left behind after the English page was deleted',
    canonical: '# Upgrade the agent\n\nRun `agent upgrade` on each server.\n',
    locale: "# Mettre à jour l'agent\n\nExécutez `agent upgrade` sur chaque serveur.\n",
    localeCode: 'fr-FR',
    page: 'upgrade.md',
    files: { 'fr/legacy-installer-fr.md': "# Ancien programme d'installation\n\nCette page décrit l'installateur 1.x.\n" },
    findings: ['fr/legacy-installer-fr.md: `fr/legacy-installer-fr.md` has no counterpart in the canonical; remove it, or add the source file it translates. [file-orphan]'],
  },
  {
    title: 'Every translation has its source page',
    canonical: '# Upgrade the agent\n\nRun `agent upgrade` on each server.\n',
    locale: "# Mettre à jour l'agent\n\nExécutez `agent upgrade` sur chaque serveur.\n",
    localeCode: 'fr-FR',
    page: 'upgrade.md',
    findings: [],
  },
];
