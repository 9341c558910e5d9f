// Inline disables: <!-- l10n-lint-disable[-next-line|-file] [rule ...] --> and -enable.
// A directive with no rule names applies to every rule.
import type { Diagnostic, DirectiveEl, Outline } from '../types.js';
import type { ActiveRule } from './settings.js';

function names(directive: DirectiveEl, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** Whether the directives of a file silence a diagnostic on a line (or the whole file). */
export function isSilenced(directives: readonly DirectiveEl[], ruleId: string, line: number | undefined): boolean {
  let disabled = false;
  for (const d of directives) {
    if (d.kind === 'disable-file' && names(d, ruleId)) return true;
    if (line === undefined) continue;
    if (d.kind === 'disable-next-line' && names(d, ruleId) && line === d.span.end.line + 1) return true;
    if (d.span.start.line > line) continue;
    if (d.kind === 'disable' && names(d, ruleId)) disabled = true;
    if (d.kind === 'enable' && names(d, ruleId)) disabled = false;
  }
  return disabled;
}

export function applyDirectives(diagnostics: Diagnostic[], outlines: ReadonlyMap<string, Outline>, _active: readonly ActiveRule[]): Diagnostic[] {
  return diagnostics.filter((d) => {
    const directives = outlines.get(d.file)?.directives;
    return !directives?.length || !isSilenced(directives, d.ruleId, d.line);
  });
}
