// SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers. The rules list
// comes from the rule registry's metadata, so it cannot drift from the rules themselves.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { rules as registeredRules } from '../../rules/index.js';
import type { Diagnostic, RelatedLocation, Reporter, ReporterOptions, RuleModule, Severity, SeveritySetting } from '../types.js';
import { reportPath, toWellFormed } from './group.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/l10n-lint/l10n-lint';
export const FINGERPRINT_KEY = 'l10nLint/v1';
/** Every `artifactLocation.uri` is relative to this base: the repository root (git top level), else the working directory. */
export const SOURCE_ROOT_ID = '%SRCROOT%';
/** Columns count UTF-16 code units, as mdast positions (and JavaScript strings) do. */
export const COLUMN_KIND: Sarif.Run.columnKind = 'utf16CodeUnits';

const LEVEL_BY_SETTING: Record<SeveritySetting, Sarif.ReportingConfiguration.level> = {
  off: 'none',
  info: 'note',
  warn: 'warning',
  error: 'error',
};

const LEVEL_BY_SEVERITY: Record<Severity, Sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export function ruleHelpUri(ruleId: string): string {
  return `https://github.com/l10n-lint/l10n-lint/blob/main/README.md#${encodeURIComponent(ruleId)}`;
}

/**
 * A config-relative path as a relative URI reference: each segment percent-encoded (UTF-8),
 * so spaces, `#`, `%`, `?` and non-ASCII names survive, and a `:` in the first segment
 * cannot be read as a scheme.
 */
export function pathToUriReference(path: string): string {
  return toWellFormed(path).split('/').map(encodeURIComponent).join('/');
}

/** In SARIF message strings `{` and `}` are placeholder syntax; literal braces are doubled. */
export function sarifMessageText(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

function ruleDescriptor(rule: RuleModule): Sarif.ReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs.description },
    helpUri: ruleHelpUri(meta.id),
    defaultConfiguration: {
      level: LEVEL_BY_SETTING[meta.defaultSeverity],
      ...(meta.defaultSeverity === 'off' ? { enabled: false } : {}),
    },
    properties: { category: meta.category, fixable: meta.fixable, tags: [meta.category] },
  };
}

function region(place: { line?: number; column?: number; endLine?: number; endColumn?: number }): Sarif.Region {
  // A file-level finding (a missing file, a parse failure) points at the file's first line:
  // viewers (and the SARIF validator's SARIF2017 rule) want a region to place a result.
  if (place.line === undefined) return { startLine: 1 };
  const result: Sarif.Region = { startLine: place.line };
  if (place.column !== undefined) result.startColumn = place.column;
  if (place.endLine !== undefined) result.endLine = place.endLine;
  if (place.endColumn !== undefined) result.endColumn = place.endColumn;
  return result;
}

function physicalLocation(file: string, place: Parameters<typeof region>[0], options?: ReporterOptions): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: pathToUriReference(reportPath(file, options)), uriBaseId: SOURCE_ROOT_ID },
    region: region(place),
  };
}

function relatedLocation(related: RelatedLocation, id: number, options?: ReporterOptions): Sarif.Location {
  return {
    id,
    physicalLocation: physicalLocation(related.file, related, options),
    message: { text: sarifMessageText(related.message ?? 'Related location') },
  };
}

function resultProperties(diagnostic: Diagnostic): Sarif.PropertyBag {
  const properties: Sarif.PropertyBag = { locale: diagnostic.locale, set: diagnostic.set };
  if (diagnostic.sourceFile !== null) properties.sourceFile = diagnostic.sourceFile;
  if (diagnostic.expected !== undefined) properties.expected = diagnostic.expected;
  if (diagnostic.actual !== undefined) properties.actual = diagnostic.actual;
  return properties;
}

function sarifResult(diagnostic: Diagnostic, ruleIndexById: ReadonlyMap<string, number>, options?: ReporterOptions): Sarif.Result {
  const ruleIndex = ruleIndexById.get(diagnostic.ruleId);
  return {
    ruleId: diagnostic.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL_BY_SEVERITY[diagnostic.severity],
    message: { text: sarifMessageText(diagnostic.message) },
    locations: [{ physicalLocation: physicalLocation(diagnostic.file, diagnostic, options) }],
    ...(diagnostic.related && diagnostic.related.length > 0
      ? { relatedLocations: diagnostic.related.map((related, id) => relatedLocation(related, id, options)) }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: diagnostic.fingerprint },
    properties: resultProperties(diagnostic),
  };
}

/** Where `%SRCROOT%` points: the repository root (else the working directory) when known, else only described. */
function sourceRoot(root: unknown): Sarif.ArtifactLocation {
  const description = { text: 'The repository root (git top level; outside git, the working directory); finding paths are relative to it.' };
  if (typeof root !== 'string' || !isAbsolute(root)) return { description };
  const href = pathToFileURL(root).href;
  // A base URI must end with a slash, or resolving against it drops its last segment.
  return { uri: href.endsWith('/') ? href : `${href}/`, description };
}

/** The log as an object, for callers that post-process it; the reporter prints it. */
export function buildSarifLog(
  result: Parameters<Reporter>[0],
  options?: Parameters<Reporter>[1],
  rules: readonly RuleModule[] = registeredRules,
): Sarif.Log {
  const ruleIndexById = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT_ID]: sourceRoot(options?.reportBase ?? options?.root) },
        columnKind: COLUMN_KIND,
        results: result.diagnostics.map((diagnostic) => sarifResult(diagnostic, ruleIndexById, options)),
      },
    ],
  };
}

const sarifReporter: Reporter = (result, options) => `${JSON.stringify(buildSarifLog(result, options), null, 2)}\n`;

export default sarifReporter;
