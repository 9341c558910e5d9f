// Inline disables: <!-- l10n-lint-disable[-line|-next-line|-file] [rule ...] --> and -enable.
// A directive with no rule names applies to every rule. Each file's directives silence the
// findings reported in that file (a locale file's in the locale file, a source file's in
// the source file). A disable that silenced nothing, or that names an unknown rule, is
// reported through the `inline-directive` rule, so stale exceptions do not pile up.
import type { Diagnostic, DirectiveEl, Outline, ReportDescriptor } from '../types.js';
import type { ActiveRule } from './settings.js';
import { toDiagnostic, type ReportTarget } from './report.js';
import { rulesById } from '../../rules/index.js';
import inlineDirective from '../../rules/inline-directive.js';

const SELF = inlineDirective.meta.id;

/** A file whose pairs were linted in this run, with what its directive findings need. */
export interface LintedFile extends ReportTarget {
  /** Not the whole outline: the run keeps one per linted file until the end, across sets. */
  outline: Pick<Outline, 'lines' | 'length' | 'directives'>;
}

function names(directive: DirectiveEl, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function inDocumentOrder(directives: readonly DirectiveEl[]): DirectiveEl[] {
  return [...directives].sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/**
 * The directive that silences a finding of `ruleId` on `line` (undefined: a file-level
 * finding), or null. The most specific wins: the line or next line, then an open range, then the file.
 */
export function silencerOf(directives: readonly DirectiveEl[], ruleId: string, line: number | undefined): DirectiveEl | null {
  let fileWide: DirectiveEl | null = null;
  let openRange: DirectiveEl | null = null;
  for (const d of inDocumentOrder(directives)) {
    if (!names(d, ruleId)) continue;
    if (d.kind === 'disable-file') {
      fileWide ??= d;
      continue;
    }
    if (line === undefined) continue;
    if (d.kind === 'disable-next-line') {
      if (line === d.span.end.line + 1) return d;
      continue;
    }
    if (d.kind === 'disable-line') {
      // The lines the comment itself sits on (ESLint's eslint-disable-line).
      if (line >= d.span.start.line && line <= d.span.end.line) return d;
      continue;
    }
    if (d.span.start.line > line) continue;
    openRange = d.kind === 'disable' ? d : null;
  }
  return openRange ?? fileWide;
}

/** Whether the directives of a file silence a diagnostic on a line (or the whole file). */
export function isSilenced(directives: readonly DirectiveEl[], ruleId: string, line: number | undefined): boolean {
  return silencerOf(directives, ruleId, line) !== null;
}

/**
 * Drops the findings that directives silence and adds the directives' own findings
 * (unused, unknown rule). `linted` holds the files whose pairs ran in this run: a file
 * outside it (filtered out, not compared) has no findings to judge its directives by.
 */
export function applyDirectives(diagnostics: Diagnostic[], linted: ReadonlyMap<string, LintedFile>, active: readonly ActiveRule[]): Diagnostic[] {
  const silencedRules = new Map<DirectiveEl, Set<string>>();
  const kept = diagnostics.filter((d) => {
    const directives = linted.get(d.file)?.outline.directives;
    if (!directives?.length || d.ruleId === SELF) return true;
    const silencer = silencerOf(directives, d.ruleId, d.line);
    if (!silencer) return true;
    if (!silencedRules.has(silencer)) silencedRules.set(silencer, new Set());
    silencedRules.get(silencer)!.add(d.ruleId);
    return false;
  });
  const self = active.find((a) => a.rule.meta.id === SELF);
  if (!self) return kept;
  const ran = new Set(active.map((a) => a.rule.meta.id));
  for (const file of linted.values()) {
    if (file.outline.directives.length === 0) continue;
    const report = (descriptor: ReportDescriptor) => kept.push(toDiagnostic({ rule: self.rule, severity: self.severity, target: file }, descriptor));
    for (const descriptor of directiveProblems(inDocumentOrder(file.outline.directives), silencedRules, ran)) report(descriptor);
  }
  return kept;
}

function directiveProblems(directives: readonly DirectiveEl[], silencedRules: ReadonlyMap<DirectiveEl, ReadonlySet<string>>, ran: ReadonlySet<string>): ReportDescriptor[] {
  const problems: ReportDescriptor[] = [];
  // Keys count repeats instead of naming lines, so fingerprints survive moved paragraphs.
  const seen = new Map<string, number>();
  const add = (messageId: string, d: DirectiveEl, data: Record<string, string>) => {
    const base = `${messageId}:${d.kind}:${data.rule ?? '*'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    problems.push({ messageId, data: { directive: `l10n-lint-${d.kind}`, ...data }, at: d.span, key: `${base}:${n}` });
  };
  // Only rules other than this one can be silenced, so only they make a directive "used".
  const otherRulesRan = [...ran].some((id) => id !== SELF);
  for (const d of directives) {
    const silenced = silencedRules.get(d) ?? new Set<string>();
    for (const rule of d.rules) {
      if (rule === SELF) add('selfDirective', d, {});
      else if (!rulesById.has(rule)) {
        const suggestion = closestRuleId(rule);
        if (suggestion) add('unknownRuleSuggestion', d, { rule, suggestion });
        else add('unknownRule', d, { rule });
      } else if (d.kind !== 'enable' && ran.has(rule) && !silenced.has(rule)) add('unused', d, { rule });
    }
    if (d.rules.length === 0 && d.kind !== 'enable' && otherRulesRan && silenced.size === 0) add('unusedAll', d, {});
  }
  return problems;
}

/** The known rule id a misspelt one most likely meant (at most a third of it edited), if any. */
function closestRuleId(unknown: string): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(unknown.length / 3)) + 1;
  for (const id of [...rulesById.keys()].sort()) {
    const distance = editDistance(unknown, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

// What applyDirectives needs of a file, kept to the end of the run: not its whole outline,
// so memory follows the largest set, not the corpus.
export function directivesOf(outline: Outline): LintedFile['outline'] {
  return { lines: outline.lines, length: outline.length, directives: outline.directives };
}
