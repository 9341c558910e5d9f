// Examples for preserved-tokens (docs/rules/preserved-tokens.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Quotas\n\nEach workspace stores up to 1,000 files of 2.5 GB each.\n\nSet `MAX_UPLOADS` to change the limit; the error reads "{count} uploads left".\n\nWrite to support@example.com to raise it.\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A number changed and an environment variable translated',
    canonical: SOURCE,
    locale: '# Kontingente\n\nJeder Arbeitsbereich speichert bis zu 100 Dateien mit je 2,5 GB.\n\nSetzen Sie `MAX_HOCHLADEN`, um das Limit zu ändern; der Fehler lautet "{count} Uploads übrig".\n\nSchreiben Sie an support@example.com, um es zu erhöhen.\n',
    page: 'quotas.md',
    findings: [
      'de/quotas-de.md:3:1: Number `100` should be `1,000` (as in en-US line 3). [preserved-tokens]',
      'de/quotas-de.md:5:1: Inline code `MAX_HOCHLADEN` should be `MAX_UPLOADS` (as in en-US line 5). [preserved-tokens]',
    ],
  },
  {
    title: 'A placeholder translated (the e-mail address dropped is a link: link-structure reports it)',
    canonical: SOURCE,
    locale: "# Quotas\n\nChaque espace de travail stocke jusqu'à 1 000 fichiers de 2,5 Go chacun.\n\nDéfinissez `MAX_UPLOADS` pour modifier la limite ; l'erreur indique « {nombre} téléversements restants ».\n\nÉcrivez au support pour l'augmenter.\n",
    localeCode: 'fr-FR',
    page: 'quotas.md',
    findings: ['fr/quotas-fr.md:5:1: Placeholder `{nombre}` should be `{count}` (as in en-US line 5). [preserved-tokens]'],
  },
  {
    title: "Numbers written in the locale's conventions",
    canonical: SOURCE,
    locale: '# クォータ\n\n各ワークスペースには、それぞれ 2.5 GB のファイルを最大 １，０００ 個保存できます。\n\n制限を変更するには `MAX_UPLOADS` を設定します。エラーには "{count} uploads left" と表示されます。\n\n上限を引き上げるには support@example.com までご連絡ください。\n',
    localeCode: 'ja-JP',
    page: 'quotas.md',
    findings: [],
  },
  {
    title: 'A pseudo-translation: prose replaced, tokens kept',
    canonical: SOURCE,
    locale: '# Ǫûôţàš\n\nÊàćĥ ŵôŕķšƥàćê šţôŕêš ûƥ ţô 1,000 ƒîļêš ôƒ 2.5 ĜƁ êàćĥ.\n\nŠêţ `MAX_UPLOADS` ţô ćĥàñĝê ţĥê ļîɱîţ; ţĥê êŕŕôŕ ŕêàðš "{count} ûƥļôàðš ļêƒţ".\n\nẀŕîţê ţô support@example.com ţô ŕàîšê îţ.\n',
    page: 'quotas.md',
    findings: [],
  },
];
