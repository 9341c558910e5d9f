// Examples for file-naming (docs/rules/file-naming.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Proxy settings\n\nSet `HTTPS_PROXY` before you start the agent.\n';
const GERMAN = '# Proxy-Einstellungen\n\nSetzen Sie `HTTPS_PROXY`, bevor Sie den Agent starten.\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A translation saved without the locale suffix',
    canonical: SOURCE,
    locale: null,
    page: 'proxy.md',
    files: { 'de/proxy.md': GERMAN },
    findings: ['de/proxy.md: `de/proxy.md` breaks the de-DE naming convention; expected `de/proxy-de.md`. It is still checked against its source. [file-naming]'],
  },
  {
    title: "A translation saved with another locale's suffix",
    canonical: SOURCE,
    locale: null,
    page: 'proxy.md',
    files: { 'de/proxy-jp.md': GERMAN, 'ja/proxy-jp.md': '# プロキシ設定\n\nエージェントを起動する前に `HTTPS_PROXY` を設定します。\n' },
    set: { locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }, { locale: 'ja-JP', dir: 'ja', suffix: '-jp' }] },
    findings: ['de/proxy-jp.md: `de/proxy-jp.md` breaks the de-DE naming convention; expected `de/proxy-de.md`. It is still checked against its source. [file-naming]'],
  },
  {
    title: 'An old unsuffixed copy left beside the renamed translation',
    canonical: SOURCE,
    locale: GERMAN,
    page: 'proxy.md',
    files: { 'de/proxy.md': '# Proxy\n\nSetzen Sie `HTTPS_PROXY`.\n' },
    findings: ['de/proxy.md: `de/proxy.md` competes with `de/proxy-de.md` for the same source; only `de/proxy-de.md` is checked. [file-naming]'],
  },
  {
    title: 'Names that follow the convention',
    canonical: SOURCE,
    locale: GERMAN,
    page: 'proxy.md',
    findings: [],
  },
];
