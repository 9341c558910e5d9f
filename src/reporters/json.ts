// The JSON report (schema/report.schema.json): everything but the HTML-only pair views.
import type { LintResult } from '../types.js';

export default function json(result: LintResult): string {
  const { version, tool, summary, diagnostics } = result;
  return JSON.stringify({ version, tool, summary, diagnostics }, null, 2) + '\n';
}
