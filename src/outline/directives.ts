// Inline disable comments, as markdownlint and ESLint users know them:
// <!-- l10n-lint-disable rule-a rule-b -->, -enable, -disable-next-line, -disable-file, and
// -disable-line (ESLint's eslint-disable-line: an inline comment silencing its own line).
import type { DirectiveEl } from '../types.js';

const DIRECTIVE = /^<!--\s*l10n-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)([\s\S]*?)-->\s*$/;

export function parseDirective(html: string): Omit<DirectiveEl, 'span'> | null {
  const match = DIRECTIVE.exec(html.trim());
  if (!match) return null;
  const rules = match[2]
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return { kind: match[1] as DirectiveEl['kind'], rules };
}
