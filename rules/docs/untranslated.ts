// Examples for untranslated (docs/rules/untranslated.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Share a dashboard\n\nDashboards can be shared with anyone in your organization.\n\nViewers see the data as of the last refresh, not live values.\n\nTo stop sharing, open the dashboard menu and choose Revoke access.\n';

/** The rule's notes, shown under Details on its page, docs/rules/untranslated.md. */
export const details = `A block is untranslated when its prose (the text with inline code, URLs, e-mail addresses,
placeholders, numbers, IDs and \`allow\` terms removed, \`src/outline/prose.ts\`) is

- the canonical's prose, or nearly (Dice coefficient of the words ≥ 0.9, after case,
  spacing and punctuation are ignored; words, not letters, so a cognate-rich French
  sentence is not mistaken for its English source), or
- in a locale written in another script (ja, zh, ko, ru, uk, bg, el, ar, fa, he, th, hi),
  without a single character of that script.

Never findings: prose shorter than \`minLength\` (default 40), names (every word capitalized
or a connector: "Contoso Partner Center Enterprise Edition for Education"), and terms or
phrases listed in \`allow\` (text kept in the source language on purpose, e.g. a legal
notice). When at least three blocks, and 80 % of the prose blocks, are untranslated, one
file-level finding replaces them. In consensus mode (and against a snapshot of a
consensus) the canonical is itself a translation, so only the script signal is used. A
locale in the source's language (en-GB from en-US) is not checked.
`;

export const examples: readonly RuleExample[] = [
  {
    title: 'A paragraph left in English in a French page',
    canonical: SOURCE,
    locale: "# Partager un tableau de bord\n\nLes tableaux de bord peuvent être partagés avec toute personne de votre organisation.\n\nViewers see the data as of the last refresh, not live values.\n\nPour arrêter le partage, ouvrez le menu du tableau de bord et choisissez Révoquer l'accès.\n",
    localeCode: 'fr-FR',
    page: 'share.md',
    findings: ['fr/share-fr.md:5:1: Untranslated paragraph: the text is the same as in en-US (line 5). [untranslated]'],
  },
  {
    title: 'A Japanese paragraph with no Japanese in it',
    canonical: SOURCE,
    locale: '# ダッシュボードを共有する\n\nダッシュボードは組織内の誰とでも共有できます。\n\nViewers will see the figures from the most recent refresh rather than live numbers.\n\n共有を停止するには、ダッシュボード メニューを開き、[アクセスの取り消し] を選択します。\n',
    localeCode: 'ja-JP',
    page: 'share.md',
    findings: ['ja/share-jp.md:5:1: Untranslated paragraph: 83 characters of text without any Japanese character. [untranslated]'],
  },
  {
    title: 'A page copied over and never translated',
    canonical: SOURCE,
    locale: SOURCE,
    page: 'share.md',
    findings: ['de/share-de.md: The file is untranslated: 3 of 3 blocks of prose are still in the source language. [untranslated]'],
  },
  {
    title: 'Product names and short UI strings stay in English',
    canonical: '# Contoso Insights Enterprise Edition\n\nOpen **Settings** and choose **Share**.\n\nDashboards can be shared with anyone in your organization.\n',
    locale: '# Contoso Insights Enterprise Edition\n\nÖffnen Sie **Settings** und wählen Sie **Share**.\n\nDashboards können mit allen Personen in Ihrer Organisation geteilt werden.\n',
    page: 'share.md',
    findings: [],
  },
];
