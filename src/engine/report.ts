// The report() callback rules speak through. Like markdownlint's, it checks every
// argument: an unknown messageId, an unfilled placeholder, a position outside the file or
// a fix from a rule that is not fixable is a bug in the rule, reported as such.
import type { Diagnostic, Outline, RelatedLocation, ReportDescriptor, RuleModule, Severity, Span } from '../types.js';
import { defaultKey, fingerprint } from './fingerprint.js';

export class RuleBugError extends Error {
  constructor(ruleId: string, problem: string) {
    super(`Rule "${ruleId}" reported an invalid finding: ${problem}`);
    this.name = 'RuleBugError';
  }
}

/** Fills `{name}` placeholders; any without data is a rule bug. Values may hold braces (`{name}` placeholders in docs). */
export function fillTemplate(ruleId: string, template: string, data: Record<string, string | number>): string {
  const unfilled = [...template.matchAll(/\{(\w+)\}/g)].find(([, name]) => !(name in data));
  if (unfilled) throw new RuleBugError(ruleId, `placeholder {${unfilled[1]}} has no data`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(data[name]));
}

function checkSpan(ruleId: string, span: Span, outline: Pick<Outline, 'lines' | 'length'> | null, what: string): void {
  if (!outline) return;
  const { start, end } = span;
  const inside = (p: Span['start']) => p.line >= 1 && p.line <= outline.lines && p.column >= 1 && p.offset >= 0 && p.offset <= outline.length;
  if (!inside(start) || !inside(end) || end.offset < start.offset) {
    throw new RuleBugError(ruleId, `${what} ${start.line}:${start.column}-${end.line}:${end.column} lies outside the file (${outline.lines} lines, ${outline.length} characters)`);
  }
}

export interface ReportTarget {
  set: string;
  locale: string;
  file: string;
  sourceFile: string | null;
  outline: Pick<Outline, 'lines' | 'length'> | null;
}

export interface DiagnosticFactory {
  rule: RuleModule;
  severity: Severity;
  /** Where ordinary reports go (the locale file). */
  target: ReportTarget;
  /** Where `onCanonical` reports go (the source file), if anywhere. */
  canonicalTarget?: ReportTarget;
  /** The canonical's file and name, for `related` and message data. */
  canonical?: { file: string; name: string; outline: Pick<Outline, 'lines' | 'length'> | null };
}

/** Turns one validated ReportDescriptor into a Diagnostic. */
export function toDiagnostic(factory: DiagnosticFactory, descriptor: ReportDescriptor): Diagnostic {
  const { rule } = factory;
  const id = rule.meta.id;
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new RuleBugError(id, `unknown messageId "${descriptor.messageId}"`);
  const target = descriptor.onCanonical ? factory.canonicalTarget : factory.target;
  if (!target) throw new RuleBugError(id, 'reported on the canonical file, but there is no canonical file');
  if (descriptor.at) checkSpan(id, descriptor.at, target.outline, 'position');
  if (descriptor.related?.span && !descriptor.related.file) checkSpan(id, descriptor.related.span, factory.canonical?.outline ?? null, 'related position');
  if (descriptor.fix) {
    if (!rule.meta.fixable) throw new RuleBugError(id, 'a fix from a rule whose meta.fixable is false');
    const [start, end] = descriptor.fix.range;
    if (!(start >= 0 && end >= start && (!target.outline || end <= target.outline.length))) {
      throw new RuleBugError(id, `fix range [${start}, ${end}] lies outside the file`);
    }
  }
  const data: Record<string, string | number> = {
    canonical: factory.canonical?.name ?? '',
    canonicalLine: descriptor.related?.span?.start.line ?? '?',
    ...(descriptor.data ?? {}),
  };
  const diagnostic: Diagnostic = {
    ruleId: id,
    messageId: descriptor.messageId,
    severity: descriptor.severity ?? factory.severity,
    message: fillTemplate(id, template, data),
    file: target.file,
    locale: target.locale,
    set: target.set,
    sourceFile: target.sourceFile,
    fingerprint: fingerprint({
      ruleId: id,
      set: target.set,
      locale: target.locale,
      file: target.file,
      key: descriptor.key ?? defaultKey(descriptor.messageId, descriptor.data),
    }),
  };
  if (descriptor.at) {
    diagnostic.line = descriptor.at.start.line;
    diagnostic.column = descriptor.at.start.column;
    diagnostic.endLine = descriptor.at.end.line;
    diagnostic.endColumn = descriptor.at.end.column;
  }
  if (descriptor.related && factory.canonical) {
    const related: RelatedLocation = { file: descriptor.related.file ?? factory.canonical.file };
    const span = descriptor.related.span;
    if (span) Object.assign(related, { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column });
    related.message = descriptor.related.message ?? `in ${factory.canonical.name}`;
    diagnostic.related = [related];
  }
  if (descriptor.expected !== undefined) diagnostic.expected = descriptor.expected;
  if (descriptor.actual !== undefined) diagnostic.actual = descriptor.actual;
  if (descriptor.fix) diagnostic.fix = descriptor.fix;
  return diagnostic;
}

/** A failure inside l10n-lint (not in the content): the CLI prints it with the file it was on and exits 2. */
export class InternalError extends Error {
  constructor(message: string, readonly file: string, original?: Error) {
    super(message);
    this.name = 'InternalError';
    if (original?.stack) this.stack = `${this.name}: ${message}\n${original.stack}`;
  }
}
