// Examples for stale-translation (docs/rules/stale-translation.md shows them; test/rule-examples.test.ts runs them).
// Each one is a git repository built with fixed dates and author, so its commit hashes are
// the same on every machine (the finding names them).
import type { RuleExample } from '../../src/types.js';

const V1 = '# Proxy settings\n\nSet `HTTPS_PROXY` before you start the agent.\n';
const V2 = `${V1}\n## PAC files\n\nPoint \`PROXY_PAC_URL\` at your PAC file instead.\n`;
const V1_REFLOWED = '# Proxy settings\n\nSet `HTTPS_PROXY`   before you start\nthe agent.\n';
const DE = '# Proxy-Einstellungen\n\nSetzen Sie `HTTPS_PROXY`, bevor Sie den Agent starten.\n';
const DE_V2 = `${DE}\n## PAC-Dateien\n\nLassen Sie \`PROXY_PAC_URL\` stattdessen auf Ihre PAC-Datei zeigen.\n`;

const ADD = { date: '2024-03-01T09:00:00Z', subject: 'Add the proxy guide', files: { 'en/proxy.md': V1 } };
const TRANSLATE = { date: '2024-03-05T09:00:00Z', subject: 'Translate the proxy guide', files: { 'de/proxy-de.md': DE } };
const PAC = { date: '2024-04-10T09:00:00Z', subject: 'Document PAC files', files: { 'en/proxy.md': V2 } };

/** The rule's notes, shown under Details on its page, docs/rules/stale-translation.md. */
export const details = `On wherever the set is in a git repository with its history. The engine lints a set's
other rules as its pages load, then asks the history stage (\`src/history/\`) about all of
the set's pairs at once, in source mode; the facts reach the rule in
\`ctx.settings.history\`. The README's *Translation status* section has the user's view.

- **One pass over git** (\`src/history/log.ts\`): \`rev-parse\` (top level, shallow, HEAD);
  one \`git log --topo-order\` of HEAD (hash, parents, date, subject: the commit graph);
  one \`git log --no-merges -M --name-status -z\` over every set's folders (which commits
  touched which file, renames followed newest to oldest: a rename \`old → new\` gives \`new\`
  the history of \`old\` before it; a deletion ends a path's history); per set, one
  \`git cat-file --batch\` for the file versions the comparisons need. A test counts the
  processes for 500 pairs (at most 5).
- **Baseline**: the locale file's last commit that changed its content (a pure move,
  similarity 100%, is not an update), or, when the translation's front matter pins the
  source commit it was made from (\`l10n.sourceCommit: <hash>\`, key set by \`git.pinKey\`),
  that commit, matched against HEAD's commits by prefix (ambiguous or unknown: an info
  finding on the pin).
- **Stale** when the source has substantive commits that the baseline does not contain
  (ancestry in the graph, not dates). Substantive: the source's text before and after the
  commit differs once runs of whitespace are one space (\`ignoreWhitespace\`, default true)
  and the front matter is left out (\`ignoreFrontmatter\`, default true). Walking the
  source's commits newest first stops at the first one the baseline contains: an older
  source commit merged from a side branch after the baseline is missed (a finding lost,
  never a wrong one).
- The finding names the first such commit (the one that made it stale), its date and
  subject, how many later ones there are, and a structural summary: the source at the
  baseline outlined and compared with the source now — sections added or removed
  (matched by text: both sides are the source language), links added, removed or
  retargeted, new change-log rows, and the sections whose text changed (blocks the
  older version does not have). Those blocks' words are the pair's *words behind*.
- git runs with \`execFileSync('git', args)\`: no shell; paths after \`--\`; a pin is
  accepted only as a hexadecimal hash (anything else is a finding on the pin) and is
  never passed to git.
- **Not checked, said once**: not a git repository, no git, no commits, or a shallow
  clone: one \`info\` finding for the run, on the config file; coverage shows \`–\` for up
  to date and stale. A translation not committed yet is up to date (no finding).
- Not considered: uncommitted changes in the working tree (the last commit counts).
- Fixtures can only hold what does not depend on the repository they sit in (a pin that
  is not a hash; consensus sets, which have no source history); \`test/history.test.ts\`
  builds a throwaway repository with dated commits for the rest.
`;

export const examples: readonly RuleExample[] = [
  {
    title: 'The English page gained a section after the German page was last committed',
    canonical: V2,
    locale: DE,
    page: 'proxy.md',
    commits: [ADD, TRANSLATE, PAC],
    findings: [
      'de/proxy-de.md: en/proxy.md changed in 4d7eb98 (2024-04-10, "Document PAC files") after this translation was last committed in 3de7f08 (2024-03-05); since then: 1 section added ("PAC files"). [stale-translation]',
    ],
  },
  {
    title: 'A front-matter pin that is not a commit hash',
    canonical: V1,
    locale: `---\nl10n:\n  sourceCommit: latest\n---\n${DE}`,
    page: 'proxy.md',
    commits: [ADD, { ...TRANSLATE, files: { 'de/proxy-de.md': `---\nl10n:\n  sourceCommit: latest\n---\n${DE}` } }],
    findings: [
      'de/proxy-de.md:2:1: Front-matter pin `l10n.sourceCommit: latest` is not a commit hash; expected the hash of the source commit this translation was made from. [stale-translation]',
    ],
  },
  {
    title: 'The translation caught up with the source',
    canonical: V2,
    locale: DE_V2,
    page: 'proxy.md',
    commits: [ADD, TRANSLATE, PAC, { date: '2024-04-12T09:00:00Z', subject: 'Translate the PAC section', files: { 'de/proxy-de.md': DE_V2 } }],
    findings: [],
  },
  {
    title: 'A source commit that only reflows the text',
    canonical: V1_REFLOWED,
    locale: DE,
    page: 'proxy.md',
    commits: [ADD, TRANSLATE, { date: '2024-04-10T09:00:00Z', subject: 'Reflow', files: { 'en/proxy.md': V1_REFLOWED } }],
    findings: [],
  },
  {
    title: 'Outside a git repository: one note for the run',
    canonical: V1,
    locale: DE,
    page: 'proxy.md',
    findings: [
      "l10n-lint.config.json: Staleness of translations was not checked: the content is not in a git repository, so no translation's history could be read. [stale-translation]",
    ],
  },
  {
    title: 'A pin to a commit this repository does not have',
    canonical: V1,
    locale: `---\nl10n:\n  sourceCommit: 9f8e7d6c5b4a\n---\n${DE}`,
    page: 'proxy.md',
    commits: [ADD, { ...TRANSLATE, files: { 'de/proxy-de.md': `---\nl10n:\n  sourceCommit: 9f8e7d6c5b4a\n---\n${DE}` } }],
    findings: [
      'de/proxy-de.md:2:1: Could not tell whether this translation is stale: the pinned source commit `9f8e7d6c5b4a` (l10n.sourceCommit) is not in the history of HEAD. [stale-translation]',
    ],
  },
];
