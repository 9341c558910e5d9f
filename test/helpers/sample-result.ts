// Hand-built LintResults for reporter tests, until the pipeline can produce them from the
// demo set: a small realistic one (drift injected on purpose, plus an XSS payload) and a
// large synthetic one for timing.

import { createHash } from 'node:crypto';

import type {
  AlignedIndexPairs,
  AlignmentView,
  Diagnostic,
  HeadingEl,
  LinkEl,
  LintResult,
  Outline,
  PairView,
  RefreshRow,
  RelatedLocation,
  Severity,
  Span,
  Summary,
  TableEl,
} from '../../src/types.js';

export const XSS_HEADING = '<img src=x onerror="window.__xss=1">';
export const XSS_LINK_TEXT = '</script><script>window.__xss=1</script>';

const LABEL_PATTERN = /^L\d+ - /;

function span(line: number, column = 1, endLine = line, endColumn = column + 20): Span {
  return {
    start: { line, column, offset: line * 40 + column },
    end: { line: endLine, column: endColumn, offset: endLine * 40 + endColumn },
  };
}

interface HeadingSpec {
  depth: number;
  text: string;
  line: number;
}
interface LinkSpec {
  text: string;
  target: string;
  line: number;
  section: number;
  kind?: LinkEl['kind'];
}
interface RefreshSpec {
  date: string;
  author: string;
  description: string;
}
interface OutlineSpec {
  headings: HeadingSpec[];
  links: LinkSpec[];
  /** The change log: a table under the last heading, starting at `line`. */
  refresh?: { line: number; rows: RefreshSpec[] };
  lines: number;
}

function labelOf(text: string): string | null {
  return LABEL_PATTERN.exec(text)?.[0] ?? null;
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

export function buildOutline(spec: OutlineSpec): Outline {
  const headings: HeadingEl[] = spec.headings.map((heading, index) => ({
    index,
    depth: heading.depth,
    text: heading.text,
    label: labelOf(heading.text),
    slug: slugOf(heading.text),
    span: span(heading.line, 1, heading.line, heading.depth + 2 + heading.text.length),
    textSpan: span(heading.line, heading.depth + 2, heading.line, heading.depth + 2 + heading.text.length),
    rawStart: heading.text,
  }));
  const links: LinkEl[] = spec.links.map((link, index) => ({
    index,
    kind: link.kind ?? 'link',
    text: link.text,
    label: labelOf(link.text),
    target: link.target,
    section: link.section,
    span: span(link.line, 3, link.line, 5 + link.text.length + link.target.length),
    targetSpan: span(link.line, 5 + link.text.length, link.line, 5 + link.text.length + link.target.length),
    textSpan: span(link.line, 4, link.line, 4 + link.text.length),
    rawStart: `${link.text}](${link.target})`,
  }));
  const tables: TableEl[] = [];
  let refresh: Outline['refresh'] = null;
  if (spec.refresh) {
    const { line } = spec.refresh;
    const cells = (texts: string[], row: number) => texts.map((text) => ({ text, span: span(row) }));
    const rows: RefreshRow[] = spec.refresh.rows.map((row, i) => ({
      dateRaw: row.date,
      date: /^\d{4}-\d{2}-\d{2}$/.test(row.date) ? row.date : null,
      author: row.author,
      description: row.description,
      span: span(line + 2 + i),
      cells: cells([row.date, row.author, row.description], line + 2 + i),
    }));
    const tableSpan = span(line, 1, line + 1 + rows.length, 40);
    tables.push({
      index: 0,
      section: spec.headings.length - 1,
      header: { cells: cells(['Date', 'Author', 'Description'], line), span: span(line) },
      rows: rows.map((row) => ({ cells: row.cells, span: row.span })),
      span: tableSpan,
    });
    refresh = { table: 0, heading: spec.headings.length - 1, rows, span: tableSpan };
  }
  return {
    version: 1,
    bom: false,
    lineEnding: 'lf',
    lines: spec.lines,
    length: spec.lines * 40,
    frontmatter: null,
    headings,
    links,
    tables,
    lists: [],
    code: [],
    blocks: [],
    refresh,
    invisibles: [],
    directives: [],
  };
}

/** Index pairs for two sequences that match one to one. */
function identity(count: number): AlignedIndexPairs {
  return Array.from({ length: count }, (_, i): [number, number] => [i, i]);
}

function identityAlignment(canonical: Outline, locale: Outline): AlignmentView {
  return {
    headings: identity(Math.min(canonical.headings.length, locale.headings.length)),
    links: identity(Math.min(canonical.links.length, locale.links.length)),
    tables: identity(Math.min(canonical.tables.length, locale.tables.length)),
    refreshRows: identity(Math.min(canonical.refresh?.rows.length ?? 0, locale.refresh?.rows.length ?? 0)),
  };
}

interface DiagnosticSpec {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  locale: string;
  set: string;
  sourceFile: string | null;
  line?: number;
  column?: number;
  related?: RelatedLocation[];
  expected?: string;
  actual?: string;
  fixable?: boolean;
}

function diagnostic(spec: DiagnosticSpec): Diagnostic {
  const { fixable, ...rest } = spec;
  const fingerprint = createHash('sha256')
    .update([spec.ruleId, spec.set, spec.locale, spec.file, spec.line ?? '', spec.message].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
  return {
    ...rest,
    messageId: spec.ruleId,
    endLine: spec.line,
    endColumn: spec.line === undefined ? undefined : (spec.column ?? 1) + 10,
    fingerprint,
    ...(fixable ? { fix: { range: [0, 1] as [number, number], text: spec.expected ?? '' } } : {}),
  };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** The summary the engine would compute: counts straight from the diagnostics and pairs. */
export function summarize(diagnostics: Diagnostic[], pairs: PairView[], sets: number): Summary {
  const summary: Summary = { sets, files: 0, pairs: pairs.length, errors: 0, warnings: 0, infos: 0, byLocale: {}, byRule: {} };
  const files = new Set<string>();
  for (const pair of pairs) {
    if (pair.canonicalFile) files.add(pair.canonicalFile);
    if (pair.localeFile) files.add(pair.localeFile);
    const locale = (summary.byLocale[pair.locale] ??= { errors: 0, warnings: 0, files: 0, missing: 0 });
    if (pair.localeFile) locale.files += 1;
  }
  summary.files = files.size;
  for (const d of diagnostics) {
    const locale = (summary.byLocale[d.locale] ??= { errors: 0, warnings: 0, files: 0, missing: 0 });
    if (d.severity === 'error') {
      summary.errors += 1;
      locale.errors += 1;
    } else if (d.severity === 'warning') {
      summary.warnings += 1;
      locale.warnings += 1;
    } else summary.infos += 1;
    if (d.ruleId === 'file-missing') locale.missing += 1;
    summary.byRule[d.ruleId] = (summary.byRule[d.ruleId] ?? 0) + 1;
  }
  return summary;
}

function lintResult(diagnostics: Diagnostic[], pairs: PairView[], sets: number): LintResult {
  const sorted = sortDiagnostics(diagnostics);
  return {
    version: 1,
    tool: { name: 'l10n-lint', version: '0.1.0' },
    summary: summarize(sorted, pairs, sets),
    diagnostics: sorted,
    pairs,
  };
}

// ---------------------------------------------------------------------------
// The realistic sample

const PLAYBOOK = 'partner-playbook';
const API_GUIDE = 'api-guide';

const fooCanonicalSpec: OutlineSpec = {
  lines: 52,
  headings: [
    { depth: 1, text: 'L1 - Partner onboarding', line: 5 },
    { depth: 2, text: 'L2 - Before you start', line: 9 },
    { depth: 2, text: 'L2 - Setting up the account', line: 20 },
    { depth: 3, text: 'L3 - Verify the domain', line: 31 },
    { depth: 2, text: 'L2 - Change log', line: 44 },
  ],
  links: [
    { text: 'L2 - Reference', target: 'l1l2l3-bar.md', line: 12, section: 1 },
    { text: 'pricing page', target: 'https://example.com/pricing', line: 14, section: 1 },
    { text: 'L3 - Verify the domain', target: 'l1l2l3-bar.md#verify-the-domain', line: 24, section: 2 },
    { text: 'the API guide', target: '../api-guide/overview.md', line: 27, section: 2 },
    { text: 'support', target: 'mailto:support@example.com', line: 38, section: 3 },
  ],
  refresh: {
    line: 46,
    rows: [
      { date: '2024-01-10', author: 'Alice Chen', description: 'Initial version' },
      { date: '2024-03-02', author: 'Bob Okafor', description: 'Added domain verification' },
      { date: '2024-06-18', author: 'Alice Chen', description: 'Updated pricing links' },
    ],
  },
};

const barCanonicalSpec: OutlineSpec = {
  lines: 30,
  headings: [
    { depth: 1, text: 'L1 - Reference', line: 3 },
    { depth: 2, text: 'L2 - Verify the domain', line: 10 },
    { depth: 2, text: 'L2 - Limits', line: 20 },
  ],
  links: [
    { text: 'L1 - Partner onboarding', target: 'l1l2l3-foo.md', line: 6, section: 0 },
    { text: 'DNS records', target: 'https://example.com/dns', line: 14, section: 1 },
  ],
};

const apiCanonicalSpec: OutlineSpec = {
  lines: 40,
  headings: [
    { depth: 1, text: 'API overview', line: 1 },
    { depth: 2, text: 'Authentication', line: 8 },
    { depth: 2, text: 'Rate limits', line: 22 },
  ],
  links: [
    { text: 'tokens', target: 'tokens.md', line: 12, section: 1 },
    { text: 'playbook', target: '../../english-playbook/l1l2l3-foo.md', line: 18, section: 1 },
    { text: 'status page', target: 'https://status.example.com', line: 30, section: 2 },
  ],
};

/** A copy of a spec with every line moved and link targets given the locale's suffix. */
function translated(spec: OutlineSpec, suffix: string, lineShift: number, texts: Record<string, string> = {}): OutlineSpec {
  const suffixed = (target: string) =>
    /^[a-z]+:/i.test(target) ? target : target.replace(/\.md(?=$|#)/, `${suffix}.md`);
  return {
    lines: spec.lines + lineShift,
    headings: spec.headings.map((h) => ({ ...h, text: texts[h.text] ?? h.text, line: h.line + lineShift })),
    links: spec.links.map((l) => ({ ...l, text: texts[l.text] ?? l.text, target: suffixed(l.target), line: l.line + lineShift })),
    refresh: spec.refresh && { line: spec.refresh.line + lineShift, rows: spec.refresh.rows.map((row) => ({ ...row })) },
  };
}

function pairView(set: string, locale: string, canonicalFile: string, localeFile: string | null, canonical: Outline, localeOutline: Outline | null, alignment: AlignmentView | null): PairView {
  return { set, locale, canonicalName: 'en-US', canonicalFile, localeFile, canonical, localeOutline, alignment };
}

/**
 * A small, realistic result: three playbook locales and an API guide, with a link missing
 * its `-de` suffix, a heading at another depth, an extra change-log row, a missing heading,
 * a broken label prefix, a missing file, and an XSS payload in the es-ES outline.
 */
export function buildSampleResult(): LintResult {
  const pairs: PairView[] = [];
  const diagnostics: Diagnostic[] = [];
  const fooEn = 'english-playbook/l1l2l3-foo.md';
  const barEn = 'english-playbook/l1l2l3-bar.md';
  const fooCanonical = buildOutline(fooCanonicalSpec);
  const barCanonical = buildOutline(barCanonicalSpec);

  // de-DE: a link without the -de suffix, a heading one level deeper, an extra change-log row.
  {
    const file = 'german-playbook/l1l2l3-foo-de.md';
    const spec = translated(fooCanonicalSpec, '-de', 1, {
      'L1 - Partner onboarding': 'L1 - Partner-Onboarding',
      'L2 - Before you start': 'L2 - Bevor Sie beginnen',
      'L2 - Setting up the account': 'L2 - Das Konto einrichten',
      'L3 - Verify the domain': 'L3 - Domain verifizieren',
      'L2 - Change log': 'L2 - Änderungsprotokoll',
      'L2 - Reference': 'L2 - Referenz',
      'pricing page': 'Preisseite',
      'the API guide': 'den API-Leitfaden',
      support: 'Support',
    });
    spec.links[0].target = 'l1l2l3-bar.md';
    spec.headings[3].depth = 4;
    spec.refresh!.rows.push({ date: '2024-07-01', author: 'Jonas Weber', description: 'Übersetzung aktualisiert' });
    const outline = buildOutline(spec);
    const alignment = identityAlignment(fooCanonical, outline);
    alignment.refreshRows.push([null, 3]);
    pairs.push(pairView(PLAYBOOK, 'de-DE', fooEn, file, fooCanonical, outline, alignment));
    const base = { file, locale: 'de-DE', set: PLAYBOOK, sourceFile: fooEn };
    diagnostics.push(
      diagnostic({
        ...base,
        ruleId: 'link-target',
        severity: 'error',
        line: 13,
        column: 3,
        message: 'Link target `l1l2l3-bar.md` has no `-de` suffix; expected `l1l2l3-bar-de.md` (as in en-US line 12).',
        related: [{ file: fooEn, line: 12, column: 3, message: 'the canonical link' }],
        expected: 'l1l2l3-bar-de.md',
        actual: 'l1l2l3-bar.md',
        fixable: true,
      }),
      diagnostic({
        ...base,
        ruleId: 'heading-structure',
        severity: 'error',
        line: 32,
        column: 1,
        message: 'Heading `L3 - Domain verifizieren` is at depth 4; expected depth 3 (as in en-US line 31).',
        related: [{ file: fooEn, line: 31, column: 1 }],
        expected: '### ',
        actual: '#### ',
        fixable: true,
      }),
      diagnostic({
        ...base,
        ruleId: 'refresh-table',
        severity: 'warning',
        line: 52,
        column: 1,
        message: 'Change-log row `2024-07-01 Jonas Weber` is not in the canonical change log (en-US line 46).',
        related: [{ file: fooEn, line: 46, column: 1, message: 'the canonical change log' }],
      }),
    );
  }
  {
    const file = 'german-playbook/l1l2l3-bar-de.md';
    const outline = buildOutline(translated(barCanonicalSpec, '-de', 0, { 'L2 - Limits': 'L2 - Grenzen' }));
    pairs.push(pairView(PLAYBOOK, 'de-DE', barEn, file, barCanonical, outline, identityAlignment(barCanonical, outline)));
  }
  diagnostics.push(
    diagnostic({
      ruleId: 'file-orphan',
      severity: 'warning',
      file: 'german-playbook/alte-seite-de.md',
      locale: 'de-DE',
      set: PLAYBOOK,
      sourceFile: null,
      message: 'File `german-playbook/alte-seite-de.md` has no source file in en-US.',
    }),
  );

  // ja-JP: the second heading (and its link) missing, a label prefix written with an en dash.
  {
    const file = 'japanese-playbook/l1l2l3-foo-jp.md';
    const spec = translated(fooCanonicalSpec, '-jp', -3, {
      'L1 - Partner onboarding': 'L1 - パートナーのオンボーディング',
      'L2 - Setting up the account': 'L2 – アカウントの設定',
      'L3 - Verify the domain': 'L3 - ドメインの確認',
      'L2 - Change log': 'L2 - 変更履歴',
      'the API guide': 'API ガイド',
    });
    spec.headings.splice(1, 1);
    spec.links.splice(0, 2);
    const outline = buildOutline(spec);
    pairs.push(
      pairView(PLAYBOOK, 'ja-JP', fooEn, file, fooCanonical, outline, {
        headings: [[0, 0], [1, null], [2, 1], [3, 2], [4, 3]],
        links: [[0, null], [1, null], [2, 0], [3, 1], [4, 2]],
        tables: [[0, 0]],
        refreshRows: identity(3),
      }),
    );
    const base = { file, locale: 'ja-JP', set: PLAYBOOK, sourceFile: fooEn };
    diagnostics.push(
      diagnostic({
        ...base,
        ruleId: 'heading-structure',
        severity: 'error',
        line: 17,
        column: 1,
        message: 'Heading `L2 - Before you start` (en-US line 9) is missing; expected a level-2 heading before line 17.',
        related: [{ file: fooEn, line: 9, column: 1, message: 'the missing heading' }],
      }),
      diagnostic({
        ...base,
        ruleId: 'link-structure',
        severity: 'error',
        line: 17,
        column: 1,
        message: 'Link to `l1l2l3-bar.md` (en-US line 12) is missing from section `L2 - Before you start`.',
        related: [{ file: fooEn, line: 12, column: 3 }],
      }),
      diagnostic({
        ...base,
        ruleId: 'label-prefix',
        severity: 'error',
        line: 17,
        column: 4,
        message: 'Label prefix `L2 – ` is malformed; expected `L2 - ` (as in en-US line 20).',
        related: [{ file: fooEn, line: 20, column: 4 }],
        expected: 'L2 - ',
        actual: 'L2 – ',
        fixable: true,
      }),
    );
  }
  {
    const file = 'japanese-playbook/l1l2l3-bar-jp.md';
    const outline = buildOutline(translated(barCanonicalSpec, '-jp', 2));
    pairs.push(pairView(PLAYBOOK, 'ja-JP', barEn, file, barCanonical, outline, identityAlignment(barCanonical, outline)));
    diagnostics.push(
      diagnostic({
        ruleId: 'untranslated',
        severity: 'info',
        file,
        locale: 'ja-JP',
        set: PLAYBOOK,
        sourceFile: barEn,
        line: 16,
        column: 1,
        message: 'This paragraph (42 characters) reads as en-US; it may be untranslated.',
      }),
    );
  }

  // es-ES: foo is missing; bar carries the XSS payloads in a heading, a link and a finding.
  pairs.push(pairView(PLAYBOOK, 'es-ES', fooEn, null, fooCanonical, null, null));
  diagnostics.push(
    diagnostic({
      ruleId: 'file-missing',
      severity: 'error',
      file: 'spanish-playbook/l1l2l3-foo-es.md',
      locale: 'es-ES',
      set: PLAYBOOK,
      sourceFile: fooEn,
      message: 'No es-ES translation of `english-playbook/l1l2l3-foo.md`; expected `spanish-playbook/l1l2l3-foo-es.md`.',
      expected: 'spanish-playbook/l1l2l3-foo-es.md',
    }),
  );
  {
    const file = 'spanish-playbook/l1l2l3-bar-es.md';
    const spec = translated(barCanonicalSpec, '-es', 0, { 'L1 - Partner onboarding': XSS_LINK_TEXT });
    spec.headings[2].text = XSS_HEADING;
    const outline = buildOutline(spec);
    pairs.push(pairView(PLAYBOOK, 'es-ES', barEn, file, barCanonical, outline, identityAlignment(barCanonical, outline)));
    diagnostics.push(
      diagnostic({
        ruleId: 'label-prefix',
        severity: 'error',
        file,
        locale: 'es-ES',
        set: PLAYBOOK,
        sourceFile: barEn,
        line: 20,
        column: 4,
        message: `Heading \`${XSS_HEADING}\` lost its label prefix; expected \`L2 - \` (as in en-US line 20).`,
        related: [{ file: barEn, line: 20, column: 4, message: XSS_LINK_TEXT }],
        expected: 'L2 - ',
        actual: XSS_HEADING,
      }),
      diagnostic({
        ruleId: 'label-prefix',
        severity: 'warning',
        file,
        locale: 'es-ES',
        set: PLAYBOOK,
        sourceFile: barEn,
        line: 6,
        column: 3,
        message: `Link text \`${XSS_LINK_TEXT}\` lost its label prefix \`L1 - \`.`,
        related: [{ file: barEn, line: 6, column: 3 }],
        expected: 'L1 - ',
        actual: XSS_LINK_TEXT,
      }),
    );
  }

  // api-guide: de-DE clean, fr-FR (not in the playbook) with a broken link and an invisible character.
  const apiEn = 'api-guide/en/overview.md';
  const apiCanonical = buildOutline(apiCanonicalSpec);
  {
    const file = 'api-guide/de/overview-de.md';
    const outline = buildOutline(translated(apiCanonicalSpec, '-de', 0, { Authentication: 'Authentifizierung', 'Rate limits': 'Ratenbegrenzung' }));
    pairs.push(pairView(API_GUIDE, 'de-DE', apiEn, file, apiCanonical, outline, identityAlignment(apiCanonical, outline)));
  }
  {
    const file = 'api-guide/fr/overview-fr.md';
    const spec = translated(apiCanonicalSpec, '-fr', 2, { Authentication: 'Authentification', 'Rate limits': 'Limites de débit' });
    spec.links[0].target = 'jetons-fr.md';
    const outline = buildOutline(spec);
    pairs.push(pairView(API_GUIDE, 'fr-FR', apiEn, file, apiCanonical, outline, identityAlignment(apiCanonical, outline)));
    const base = { file, locale: 'fr-FR', set: API_GUIDE, sourceFile: apiEn };
    diagnostics.push(
      diagnostic({
        ...base,
        ruleId: 'link-target',
        severity: 'error',
        line: 14,
        column: 3,
        message: 'Link target `jetons-fr.md` points at another page; expected `tokens-fr.md` (as in en-US line 12).',
        related: [{ file: apiEn, line: 12, column: 3 }],
        expected: 'tokens-fr.md',
        actual: 'jetons-fr.md',
      }),
      diagnostic({
        ...base,
        ruleId: 'link-broken',
        severity: 'error',
        line: 14,
        column: 3,
        message: 'Link target `jetons-fr.md` does not exist.',
      }),
      diagnostic({
        ...base,
        ruleId: 'invisible-chars',
        severity: 'warning',
        line: 5,
        column: 17,
        message: 'Invisible character U+200B ZERO WIDTH SPACE.',
        fixable: true,
      }),
    );
  }

  return lintResult(diagnostics, pairs, 2);
}

// ---------------------------------------------------------------------------
// Large synthetic results

const SYNTHETIC_LOCALES: Array<[string, string]> = [
  ['de-DE', '-de'],
  ['es-ES', '-es'],
  ['fr-FR', '-fr'],
  ['ja-JP', '-jp'],
  ['pt-BR', '-pr'],
  ['zh-CN', '-sc'],
];
const SYNTHETIC_SETS = ['partner-playbook', 'api-guide'];

function syntheticSpec(fileIndex: number): OutlineSpec {
  const headings: HeadingSpec[] = [];
  const links: LinkSpec[] = [];
  let line = 1;
  for (let h = 0; h < 12; h++) {
    headings.push({ depth: h === 0 ? 1 : 2 + (h % 2), text: `L${h === 0 ? 1 : 2 + (h % 2)} - Section ${fileIndex}.${h}`, line });
    line += 3;
    for (let k = 0; k < 2; k++) {
      links.push({ text: `L3 - Topic ${h}.${k}`, target: `page-${(fileIndex + h + k) % 40}.md#part-${k}`, line, section: h });
      line += 2;
    }
  }
  const rows = Array.from({ length: 5 }, (_, i) => ({ date: `2024-0${i + 1}-1${i}`, author: `Author ${i}`, description: `Revision ${i}` }));
  return { headings, links, refresh: { line: line + 1, rows }, lines: line + 10 };
}

const SYNTHETIC_RULES: Array<{ ruleId: string; severity: Severity; element: 'heading' | 'link' | 'refresh' | 'none' }> = [
  { ruleId: 'link-target', severity: 'error', element: 'link' },
  { ruleId: 'heading-structure', severity: 'error', element: 'heading' },
  { ruleId: 'label-prefix', severity: 'warning', element: 'heading' },
  { ruleId: 'link-structure', severity: 'error', element: 'link' },
  { ruleId: 'refresh-table', severity: 'warning', element: 'refresh' },
  { ruleId: 'preserved-tokens', severity: 'warning', element: 'none' },
  { ruleId: 'untranslated', severity: 'info', element: 'none' },
];

/** Pairs (files per set x locales) with shared canonical outlines and identity alignments. */
export function makeSyntheticPairs(filesPerSet: number): PairView[] {
  const pairs: PairView[] = [];
  for (const set of SYNTHETIC_SETS) {
    for (let f = 0; f < filesPerSet; f++) {
      const spec = syntheticSpec(f);
      const canonical = buildOutline(spec);
      const canonicalFile = `${set}/en/page-${f}.md`;
      for (const [locale, suffix] of SYNTHETIC_LOCALES) {
        const localeOutline = buildOutline(translated(spec, suffix, 0));
        pairs.push({
          set,
          locale,
          canonicalName: 'en-US',
          canonicalFile,
          localeFile: `${set}/${locale}/page-${f}${suffix}.md`,
          canonical,
          localeOutline,
          alignment: identityAlignment(canonical, localeOutline),
        });
      }
    }
  }
  return pairs;
}

/** `count` findings spread over the pairs' elements, each at a real element's line. */
export function makeSyntheticFindings(count: number, pairs: PairView[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < count; i++) {
    const pair = pairs[(i * 7919) % pairs.length];
    const rule = SYNTHETIC_RULES[i % SYNTHETIC_RULES.length];
    const outline = pair.localeOutline!;
    const canonical = pair.canonical!;
    const n = Math.floor(i / pairs.length);
    let line = 2 + (i % (outline.lines - 2));
    let related: RelatedLocation[] | undefined;
    let expected: string | undefined;
    let actual: string | undefined;
    let message = `Synthetic finding ${i} for ${rule.ruleId}.`;
    if (rule.element === 'link') {
      const k = n % outline.links.length;
      line = outline.links[k].span.start.line;
      related = [{ file: pair.canonicalFile!, line: canonical.links[k].span.start.line }];
      expected = outline.links[k].target;
      actual = canonical.links[k].target;
      message = `Link target \`${actual}\` has no suffix; expected \`${expected}\` (synthetic ${i}).`;
    } else if (rule.element === 'heading') {
      const k = n % outline.headings.length;
      line = outline.headings[k].span.start.line;
      related = [{ file: pair.canonicalFile!, line: canonical.headings[k].span.start.line }];
      message = `Heading \`${outline.headings[k].text}\` differs from the canonical (synthetic ${i}).`;
    } else if (rule.element === 'refresh') {
      const rows = outline.refresh!.rows;
      line = rows[n % rows.length].span.start.line;
    }
    diagnostics.push(
      diagnostic({
        ruleId: rule.ruleId,
        severity: rule.severity,
        message,
        file: pair.localeFile!,
        locale: pair.locale,
        set: pair.set,
        sourceFile: pair.canonicalFile,
        line,
        column: 1 + (i % 30),
        related,
        expected,
        actual,
      }),
    );
  }
  return diagnostics;
}

/** A large result: `findingCount` findings over 2 sets x 6 locales x `filesPerSet` files. */
export function buildLargeResult(findingCount: number, filesPerSet = 100): LintResult {
  const pairs = makeSyntheticPairs(filesPerSet);
  return lintResult(makeSyntheticFindings(findingCount, pairs), pairs, SYNTHETIC_SETS.length);
}
