// JUnit XML for CI test tabs (GitLab, Jenkins, Azure): a suite per locale, a test case
// per file, a <failure> per error or warning.
import type { Diagnostic, LintResult, Reporter, ReporterOptions } from '../types.js';
import { compareCodeUnits, formatFindingLine, groupByLocaleAndFile, reportPath, toWellFormed } from './group.js';

// XML 1.0 forbids these even as character references; a document holding one is not XML,
// so the whole report would be thrown away by the CI parser.
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function replaceIllegalXmlChars(text: string): string {
  return toWellFormed(text).replace(ILLEGAL_XML_CHARS, '\uFFFD');
}

export function escapeXmlText(text: string): string {
  return replaceIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A parser turns a raw CR (or CRLF) into LF; a reference keeps it.
    .replace(/\r/g, '&#13;');
}

export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute-value normalization turns raw tabs and newlines into spaces.
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

interface TestCase {
  classname: string;
  name: string;
  diagnostics: Diagnostic[];
}

/** An info finding is advice: it is printed with its test case but does not fail it. */
function isFailure(diagnostic: Diagnostic): boolean {
  return diagnostic.severity !== 'info';
}

/**
 * Test cases of each locale: every file with findings, plus every other locale file the
 * run checked (`checkedFiles`; from the pair views for results made without it) as a
 * passing case, so the count does not depend on which other reports the run wrote. Names
 * are paths from the repository root, as CI test tabs link them.
 */
function testCasesByLocale(result: LintResult, options?: ReporterOptions): Map<string, TestCase[]> {
  const byLocale = new Map<string, Map<string, TestCase>>();
  const testCase = (set: string, locale: string, file: string, diagnostics: Diagnostic[]): TestCase => ({ classname: `${set}.${locale}`, name: reportPath(file, options), diagnostics });
  for (const { locale, files } of groupByLocaleAndFile(result)) {
    byLocale.set(locale, new Map(files.map((entry) => [entry.file, testCase(entry.set, locale, entry.file, entry.diagnostics)])));
  }
  const checked = result.checkedFiles ?? (result.pairs ?? []).flatMap((pair) => (pair.localeFile === null ? [] : [{ set: pair.set, locale: pair.locale, file: pair.localeFile }]));
  for (const { set, locale, file } of checked) {
    let cases = byLocale.get(locale);
    if (!cases) {
      cases = new Map();
      byLocale.set(locale, cases);
    }
    if (!cases.has(file)) cases.set(file, testCase(set, locale, file, []));
  }
  return new Map(
    [...byLocale.entries()]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([locale, cases]) => [locale, [...cases.values()].sort((a, b) => compareCodeUnits(a.name, b.name))]),
  );
}

function renderTestCase(testCase: TestCase): string[] {
  const head = `    <testcase${attributes({ classname: testCase.classname, name: testCase.name })}`;
  if (testCase.diagnostics.length === 0) return [`${head}/>`];
  const lines = [`${head}>`];
  for (const diagnostic of testCase.diagnostics.filter(isFailure)) {
    lines.push(
      `      <failure${attributes({ type: diagnostic.ruleId, message: diagnostic.message })}>` +
        `${escapeXmlText(formatFindingLine(diagnostic))}</failure>`,
    );
  }
  const infos = testCase.diagnostics.filter((diagnostic) => !isFailure(diagnostic));
  if (infos.length > 0) {
    const text = infos.map((diagnostic) => `info: ${formatFindingLine(diagnostic)}`).join('\n');
    lines.push(`      <system-out>${escapeXmlText(text)}</system-out>`);
  }
  lines.push('    </testcase>');
  return lines;
}

const junitReporter: Reporter = (result, options) => {
  const suites = [...testCasesByLocale(result, options).entries()].map(([locale, cases]) => {
    const failures = cases.filter((testCase) => testCase.diagnostics.some(isFailure)).length;
    return { locale, cases, failures };
  });
  const totalTests = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const totalFailures = suites.reduce((sum, suite) => sum + suite.failures, 0);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: result.tool.name, tests: totalTests, failures: totalFailures, errors: 0 })}>`,
  ];
  for (const suite of suites) {
    // `failures` counts failed test cases (files), as JUnit does, not findings.
    const head = `  <testsuite${attributes({ name: suite.locale, tests: suite.cases.length, failures: suite.failures, errors: 0, skipped: 0 })}`;
    if (suite.cases.length === 0) {
      lines.push(`${head}/>`);
      continue;
    }
    lines.push(`${head}>`, ...suite.cases.flatMap(renderTestCase), '  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

export default junitReporter;
