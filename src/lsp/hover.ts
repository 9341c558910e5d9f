// Hover on a heading or link: its canonical counterpart (by alignment, never by text), and
// for each locale whether it has a counterpart, where, and the findings on it.
import type { AlignedIndexPairs, Diagnostic, HeadingEl, LinkEl, Outline, PairView, Span } from '../types.js';

export interface HoverInput {
  /** The hovered file, relative to the config's directory. */
  rel: string;
  /** 1-based line and column (UTF-16 code units) of the mouse. */
  line: number;
  column: number;
  /** The pair views of the file's page, one per locale (from the last re-lint). */
  views: readonly PairView[];
  /** Findings by file (relative path). */
  findingsOf: (rel: string) => readonly Diagnostic[];
  /** A Markdown link target for a file and 1-based line. */
  linkTo: (rel: string, line: number) => string;
}

type Kind = 'headings' | 'links';

const covers = (span: Span, line: number, column: number, wholeLine: boolean) =>
  (span.start.line < line || (span.start.line === line && (wholeLine || span.start.column <= column))) &&
  (span.end.line > line || (span.end.line === line && (wholeLine || column < span.end.column)));

function elementAt(outline: Outline, line: number, column: number): { kind: Kind; index: number } | null {
  const link = outline.links.find((l) => covers(l.span, line, column, false));
  if (link) return { kind: 'links', index: link.index };
  const heading = outline.headings.find((h) => covers(h.span, line, column, true));
  return heading ? { kind: 'headings', index: heading.index } : null;
}

function pairsOf(view: PairView, kind: Kind): AlignedIndexPairs {
  if (!view.alignment) return [];
  return kind === 'headings' ? view.alignment.headings : view.alignment.links;
}

const show = (kind: Kind, el: HeadingEl | LinkEl) =>
  kind === 'headings' ? `\`${'#'.repeat((el as HeadingEl).depth)} ${el.text}\`` : `\`[${el.text}](${(el as LinkEl).target})\``;

/** Markdown for the hover, or null when the position is on no heading or link of a linted pair. */
export function hoverMarkdown(input: HoverInput): string | null {
  const { rel, line, column, views } = input;
  const own = views.find((v) => v.localeFile === rel);
  const isCanonical = !own && views.some((v) => v.canonicalFile === rel);
  const first = own ?? (isCanonical ? views[0] : undefined);
  const outline = own ? own.localeOutline : first?.canonical;
  if (!first?.canonical || !outline) return null;
  const canonical = first.canonical;
  const at = elementAt(outline, line, column);
  if (!at) return null;
  const canonicalIndex = own ? pairsOf(own, at.kind).find(([, l]) => l === at.index)?.[0] ?? null : at.index;
  const what = at.kind === 'headings' ? 'heading' : 'link';
  const out: string[] = [];
  if (canonicalIndex === null) {
    out.push(`**l10n-lint**: this ${what} has no counterpart in ${first.canonicalName}.`);
    return out.join('\n');
  }
  const canonicalEl = canonical[at.kind][canonicalIndex];
  const canonicalLine = canonicalEl.span.start.line;
  const where = first.canonicalFile ? ` ([${first.canonicalFile}:${canonicalLine}](${input.linkTo(first.canonicalFile, canonicalLine)}))` : '';
  out.push(`**l10n-lint**: canonical ${what} in ${first.canonicalName}${where}: ${show(at.kind, canonicalEl)}`, '');
  for (const view of [...views].sort((a, b) => (a.locale < b.locale ? -1 : 1))) {
    const localeIndex = pairsOf(view, at.kind).find(([c]) => c === canonicalIndex)?.[1] ?? null;
    if (localeIndex === null || !view.localeFile || !view.localeOutline) {
      out.push(`- ${view.locale}: **no counterpart**`);
      continue;
    }
    const el = view.localeOutline[at.kind][localeIndex];
    const elLine = el.span.start.line;
    const findings = input.findingsOf(view.localeFile).filter((d) => d.line !== undefined && d.line >= el.span.start.line && d.line <= el.span.end.line);
    const status = findings.length === 0 ? 'no findings' : `findings here: ${[...new Set(findings.map((d) => d.ruleId))].join(', ')}`;
    out.push(`- ${view.locale}: [line ${elLine}](${input.linkTo(view.localeFile, elLine)}) ${show(at.kind, el)}: ${status}`);
  }
  return out.join('\n');
}
