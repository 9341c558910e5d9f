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
  {
    title: 'A page left in a folder the source renamed',
    canonical: '# Upgrade the agent\n\nRun `agent upgrade` on each server.\n',
    locale: '# エージェントのアップグレード\n\n各サーバーで `agent upgrade` を実行します。\n',
    localeCode: 'ja-JP',
    page: 'operations/upgrade.md',
    files: { 'ja/ops/upgrade-jp.md': '# エージェントのアップグレード\n\n各サーバーで `agent upgrade` を実行します。\n' },
    findings: ['ja/ops/upgrade-jp.md: `ja/ops/upgrade-jp.md` has no counterpart in the canonical; remove it, or add the source file it translates. [file-orphan]'],
  },
];
