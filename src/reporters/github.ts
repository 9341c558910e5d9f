// GitHub Actions workflow commands: one `::error|warning|notice` line per finding, which
// the runner turns into an annotation on the file in the pull request.
import type { Diagnostic, Reporter, ReporterOptions, Severity } from '../types.js';
import { reportPath } from './group.js';

const COMMAND_BY_SEVERITY: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** The runner splits commands on newlines and decodes `%XX`: the message must survive both. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `,` and the properties at `::`. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotationProperties(diagnostic: Diagnostic, options?: ReporterOptions): Array<[string, string | number]> {
  // GitHub places an annotation by its path from the repository root.
  const properties: Array<[string, string | number]> = [['file', reportPath(diagnostic.file, options)]];
  if (diagnostic.line !== undefined) {
    properties.push(['line', diagnostic.line]);
    const endLine = diagnostic.endLine ?? diagnostic.line;
    // GitHub refuses columns on an annotation that spans several lines.
    const columnsAllowed = endLine === diagnostic.line;
    if (columnsAllowed && diagnostic.column !== undefined) properties.push(['col', diagnostic.column]);
    if (diagnostic.endLine !== undefined) properties.push(['endLine', diagnostic.endLine]);
    if (columnsAllowed && diagnostic.column !== undefined && diagnostic.endColumn !== undefined) {
      properties.push(['endColumn', diagnostic.endColumn]);
    }
  }
  properties.push(['title', diagnostic.ruleId]);
  return properties;
}

export function formatWorkflowCommand(diagnostic: Diagnostic, options?: ReporterOptions): string {
  const properties = annotationProperties(diagnostic, options)
    .map(([name, value]) => `${name}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${COMMAND_BY_SEVERITY[diagnostic.severity]} ${properties}::${escapeCommandData(diagnostic.message)}`;
}

const githubReporter: Reporter = (result, options) =>
  result.diagnostics.map((diagnostic) => `${formatWorkflowCommand(diagnostic, options)}\n`).join('');

export default githubReporter;
