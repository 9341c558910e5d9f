// Examples for heading-structure (docs/rules/heading-structure.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Back up the database\n\nBackups run every night at 02:00.\n\n## Before you start\n\nStop the `sync` service.\n\n## Run a manual backup\n\nRun `db backup --full`. See [backup options](backup-options.md).\n\n## Restore a backup\n\nRun `db restore <file>`. See [restore options](restore-options.md).\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A Japanese page that lost a section',
    canonical: SOURCE,
    locale: '# データベースのバックアップ\n\nバックアップは毎晩 02:00 に実行されます。\n\n## 始める前に\n\n`sync` サービスを停止します。\n\n## バックアップの復元\n\n`db restore <file>` を実行します。[復元オプション](restore-options-jp.md)を参照してください。\n',
    localeCode: 'ja-JP',
    page: 'backup.md',
    findings: ['ja/backup-jp.md:9:1: Missing a level-2 heading here: en-US has `Run a manual backup` (line 9). [heading-structure]'],
  },
  {
    title: 'A section dropped among alike ones: a count, not a guess',
    canonical: '# Backups\n\nKeep copies of your data somewhere safe.\n\n## Create a backup\n\nOpen the settings page and choose where the copies go.\n\n## Run a manual backup\n\nPress the button on the dashboard whenever you want a copy right away.\n\n## Restore a backup\n\nPick a copy from the list and confirm that you want to replace the current data.\n',
    locale: '# バックアップ\n\nデータのコピーを安全な場所に保管します。\n\n## バックアップの作成\n\n設定ページを開き、コピーの保存先を選びます。\n\n## バックアップの復元\n\n一覧からコピーを選び、現在のデータを置き換えることを確認します。\n',
    localeCode: 'ja-JP',
    page: 'backup.md',
    findings: [
      'ja/backup-jp.md:5:1: This page has 1 level-2 heading fewer than en-US after `バックアップ` (line 1): en-US has 3 there (`Create a backup`, `Run a manual backup`, `Restore a backup`), this page 2; the structure does not tell which is missing. [heading-structure]',
    ],
  },
  {
    title: 'A section dropped whose neighbours differ in shape: named',
    canonical: '# Backups\n\nKeep copies of your data somewhere safe.\n\n## Create a backup\n\nOpen the settings page and choose where the copies go.\n\n## Run a manual backup\n\nPress the button on the dashboard.\n\n1. Open the dashboard.\n2. Press **Back up now**.\n\n## Restore a backup\n\nPick a copy from the list and confirm.\n',
    locale: '# バックアップ\n\nデータのコピーを安全な場所に保管します。\n\n## バックアップの作成\n\n設定ページを開き、コピーの保存先を選びます。\n\n## バックアップの復元\n\n一覧からコピーを選び、確認します。\n',
    localeCode: 'ja-JP',
    page: 'backup.md',
    findings: ['ja/backup-jp.md:9:1: Missing a level-2 heading here: en-US has `Run a manual backup` (line 9). [heading-structure]'],
  },
  {
    title: 'A heading one level too deep, and a note the translator added at the end',
    canonical: SOURCE,
    locale: "# Sauvegarder la base de données\n\nLes sauvegardes ont lieu chaque nuit à 02:00.\n\n## Avant de commencer\n\nArrêtez le service `sync`.\n\n### Lancer une sauvegarde manuelle\n\nExécutez `db backup --full`. Voir [les options de sauvegarde](backup-options-fr.md).\n\n## Restaurer une sauvegarde\n\nExécutez `db restore <file>`. Voir [les options de restauration](restore-options-fr.md).\n\n## Remarque\n\nLa restauration écrase les données existantes.\n",
    localeCode: 'fr-FR',
    page: 'backup.md',
    findings: [
      'fr/backup-fr.md:9:1: Heading `Lancer une sauvegarde manuelle` is level 3; expected level 2 (as in en-US line 9). [heading-structure]',
      'fr/backup-fr.md:17:1: Unexpected level-2 heading `Remarque`: en-US has no heading here. [heading-structure]',
    ],
  },
  {
    title: 'A heading that lost the space after its `##`',
    canonical: SOURCE,
    locale: '# Datenbank sichern\n\nSicherungen laufen jede Nacht um 02:00.\n\n## Bevor Sie beginnen\n\nBeenden Sie den Dienst `sync`.\n\n##Manuelle Sicherung ausführen\n\nFühren Sie `db backup --full` aus. Siehe [Sicherungsoptionen](backup-options-de.md).\n\n## Sicherung wiederherstellen\n\nFühren Sie `db restore <file>` aus. Siehe [Wiederherstellungsoptionen](restore-options-de.md).\n',
    page: 'backup.md',
    findings: [
      'de/backup-de.md:9:1: Missing a level-2 heading here: en-US has `Run a manual backup` (line 9); `##Manuelle Sicherung ausführen` is not a heading without a space after the `#` marks. [heading-structure]',
    ],
  },
  {
    title: 'A pseudo-translation: prose replaced, structure kept',
    canonical: SOURCE,
    locale: '# Ɓàćķ ûƥ ţĥê ðàţàƀàšê\n\nƁàćķûƥš ŕûñ êṽêŕý ñîĝĥţ àţ 02:00.\n\n## Ɓêƒôŕê ýôû šţàŕţ\n\nŠţôƥ ţĥê `sync` šêŕṽîćê.\n\n## Ŕûñ à ɱàñûàļ ƀàćķûƥ\n\nŔûñ `db backup --full`. Šêê [ƀàćķûƥ ôƥţîôñš](backup-options-de.md).\n\n## Ŕêšţôŕê à ƀàćķûƥ\n\nŔûñ `db restore <file>`. Šêê [ŕêšţôŕê ôƥţîôñš](restore-options-de.md).\n',
    page: 'backup.md',
    findings: [],
  },
  {
    title: 'A section moved whole',
    canonical: SOURCE,
    locale: '# Datenbank sichern\n\nSicherungen laufen jede Nacht um 02:00.\n\n## Bevor Sie beginnen\n\nBeenden Sie den Dienst `sync`.\n\n## Sicherung wiederherstellen\n\nFühren Sie `db restore <file>` aus. Siehe [Wiederherstellungsoptionen](restore-options-de.md).\n\n## Manuelle Sicherung ausführen\n\nFühren Sie `db backup --full` aus. Siehe [Sicherungsoptionen](backup-options-de.md).\n',
    page: 'backup.md',
    findings: ['de/backup-de.md:9:1: Heading `Sicherung wiederherstellen` is out of order: in en-US it comes at line 13, as heading 4. [heading-structure]'],
  },
];
