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
];
