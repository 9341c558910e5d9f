// The CI reporters (sarif, github, junit, markdown) over one hand-built result whose
// findings carry the awkward cases: file-level, multi-line, related locations, a path
// with a space, `#` and non-ASCII, and a message with `%`, `:`, `,`, a newline, `<`, `&`, `|`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rules as registeredRules } from '../rules/index.js';
import githubReporter, { escapeCommandData, escapeCommandProperty } from '../src/reporters/github.js';
import junitReporter from '../src/reporters/junit.js';
import markdownReporter, { escapeMarkdown, inlineCode } from '../src/reporters/markdown.js';
import sarifReporter, { buildSarifLog, sarifMessageText } from '../src/reporters/sarif.js';
import type { Diagnostic, LintResult, RuleModule, SeveritySetting } from '../src/types.js';

// Tests run from dist/test/, two levels below the repository root.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const CONFIG_ROOT = '/work/docs';
const ODD_FILE = 'japanese playbook/#1 ガイド-jp.md';
const ODD_FILE_URI = 'japanese%20playbook/%231%20%E3%82%AC%E3%82%A4%E3%83%89-jp.md';
const TRICKY_MESSAGE = 'Target `a|b.md` is 100% off: see <x> & y,\nthen more';

function diagnostic(fields: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'severity' | 'message' | 'file' | 'locale'>): Diagnostic {
  return {
    messageId: 'm',
    set: 'playbook',
    sourceFile: 'english-playbook/setup.md',
    fingerprint: `fp-${fields.ruleId}-${fields.line ?? 0}`,
    ...fields,
  };
}

const diagnostics: Diagnostic[] = [
  diagnostic({
    ruleId: 'heading-structure',
    severity: 'error',
    message: 'Heading "Install" is missing; expected at depth 2 (as in en-US line 10).',
    file: 'german-playbook/setup-de.md',
    locale: 'de-DE',
    line: 12,
    column: 1,
    endLine: 12,
    endColumn: 20,
    related: [
      { file: 'english-playbook/setup.md', line: 10, column: 1, endLine: 10, endColumn: 18, message: 'Canonical heading in en-US' },
      { file: 'english-playbook/setup.md' },
    ],
    expected: '## Install',
    actual: '## Installieren',
  }),
  diagnostic({
    ruleId: 'link-target',
    severity: 'warning',
    message: TRICKY_MESSAGE,
    file: 'german-playbook/setup-de.md',
    locale: 'de-DE',
    line: 19,
    column: 5,
    endLine: 19,
    endColumn: 30,
  }),
  diagnostic({
    ruleId: 'table-structure',
    severity: 'warning',
    message: 'Table has 3 rows; expected 4.',
    file: 'german-playbook/setup-de.md',
    locale: 'de-DE',
    line: 30,
    column: 1,
    endLine: 34,
    endColumn: 2,
  }),
  diagnostic({
    ruleId: 'invisible-chars',
    severity: 'info',
    message: 'Zero-width space (U+200B).',
    file: ODD_FILE,
    locale: 'ja-JP',
    sourceFile: 'english-playbook/guide.md',
    line: 3,
    column: 7,
    endLine: 3,
    endColumn: 8,
  }),
  diagnostic({
    ruleId: 'file-missing',
    severity: 'error',
    message: 'No ja-JP translation of english-playbook/intro.md; expected japanese-playbook/intro-jp.md.',
    file: 'japanese-playbook/intro-jp.md',
    locale: 'ja-JP',
    sourceFile: 'english-playbook/intro.md',
    expected: 'japanese-playbook/intro-jp.md',
  }),
];

const result: LintResult = {
  version: 1,
  tool: { name: 'l10n-lint', version: '0.1.0' },
  summary: {
    sets: 1,
    files: 7,
    pairs: 6,
    errors: 2,
    warnings: 2,
    infos: 1,
    byLocale: {
      'ja-JP': { errors: 1, warnings: 0, files: 2, missing: 1 },
      'de-DE': { errors: 1, warnings: 2, files: 3, missing: 0 },
      'fr-FR': { errors: 0, warnings: 0, files: 2, missing: 0 },
    },
    byRule: { 'file-missing': 1, 'heading-structure': 1, 'invisible-chars': 1, 'link-target': 1, 'table-structure': 1 },
  },
  diagnostics,
};

function fakeRule(id: string, defaultSeverity: SeveritySetting): RuleModule {
  return {
    meta: {
      id,
      description: `Short ${id}.`,
      category: 'content',
      defaultSeverity,
      fixable: false,
      schema: {},
      messages: { m: 'x' },
      docs: { description: `Full description of ${id}.`, example: '' },
    },
    check() {},
  };
}

// One rule per default severity; `file-missing` and `invisible-chars` are left out on
// purpose, so their results must carry no ruleIndex.
const fakeRules = [
  fakeRule('heading-structure', 'error'),
  fakeRule('link-target', 'warn'),
  fakeRule('table-structure', 'info'),
  fakeRule('untranslated', 'off'),
];

// ---------------------------------------------------------------------------

let sarifValidator: ValidateFunction | undefined;
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ajvFormats.default;

/**
 * The vendored schema is the OASIS text: draft-04, with `id`. Ajv 8 knows neither, so the
 * test hands it a draft-07 reading of the same object (`id` becomes `$id`); the schema
 * uses no keyword whose meaning changed between the two drafts.
 */
function validateSarif(log: unknown): { valid: boolean; errors: string } {
  if (!sarifValidator) {
    const text = fs.readFileSync(path.join(repoRoot, 'schema/sarif-2.1.0.schema.json'), 'utf8');
    const { id, $schema: _draft04, ...schema } = JSON.parse(text) as { id: string; $schema: string } & Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    sarifValidator = ajv.compile({ ...schema, $id: id });
  }
  const valid = sarifValidator(log) as boolean;
  return { valid, errors: JSON.stringify(sarifValidator.errors, null, 2) };
}

const sarif = suite('sarif reporter');

sarif('validates against the vendored SARIF 2.1.0 schema, with and without rules', () => {
  for (const log of [buildSarifLog(result, { root: CONFIG_ROOT }, fakeRules), JSON.parse(sarifReporter(result))]) {
    const { valid, errors } = validateSarif(log);
    assert.ok(valid, errors);
  }
});

sarif('the schema check is real: an unencoded URI is refused', () => {
  const log = buildSarifLog(result, {}, fakeRules);
  log.runs[0]!.results![3]!.locations![0]!.physicalLocation!.artifactLocation = { uri: ODD_FILE, uriBaseId: '%SRCROOT%' };
  assert.not.ok(validateSarif(log).valid);
});

sarif('driver: name, version, information URI and one descriptor per registered rule', () => {
  const driver = buildSarifLog(result, {}, fakeRules).runs[0]!.tool.driver;
  assert.is(driver.name, 'l10n-lint');
  assert.is(driver.version, '0.1.0');
  assert.is(driver.informationUri, 'https://github.com/l10n-lint/l10n-lint');
  assert.equal(
    driver.rules!.map((rule) => [rule.id, rule.shortDescription?.text, rule.fullDescription?.text, rule.helpUri, rule.defaultConfiguration?.level]),
    [
      ['heading-structure', 'Short heading-structure.', 'Full description of heading-structure.', 'https://github.com/l10n-lint/l10n-lint/blob/main/README.md#heading-structure', 'error'],
      ['link-target', 'Short link-target.', 'Full description of link-target.', 'https://github.com/l10n-lint/l10n-lint/blob/main/README.md#link-target', 'warning'],
      ['table-structure', 'Short table-structure.', 'Full description of table-structure.', 'https://github.com/l10n-lint/l10n-lint/blob/main/README.md#table-structure', 'note'],
      ['untranslated', 'Short untranslated.', 'Full description of untranslated.', 'https://github.com/l10n-lint/l10n-lint/blob/main/README.md#untranslated', 'none'],
    ],
  );
  assert.is(driver.rules![3]!.defaultConfiguration!.enabled, false);
});

sarif('the default reporter lists exactly the rules of the registry, in order', () => {
  const driver = (JSON.parse(sarifReporter(result)) as Sarif.Log).runs[0]!.tool.driver;
  assert.equal(
    driver.rules!.map((rule) => rule.id),
    registeredRules.map((rule) => rule.meta.id),
  );
});

sarif('run: column kind and the %SRCROOT% base', () => {
  const withRoot = buildSarifLog(result, { root: CONFIG_ROOT }, fakeRules).runs[0]!;
  assert.is(withRoot.columnKind, 'utf16CodeUnits');
  assert.is(withRoot.originalUriBaseIds!['%SRCROOT%']!.uri, 'file:///work/docs/');
  const withoutRoot = buildSarifLog(result, {}, fakeRules).runs[0]!;
  assert.is(withoutRoot.originalUriBaseIds!['%SRCROOT%']!.uri, undefined);
  assert.ok((withoutRoot.originalUriBaseIds!['%SRCROOT%']!.description?.text ?? '').length > 0);
});

sarif('results map the diagnostics 1:1', () => {
  const results = buildSarifLog(result, {}, fakeRules).runs[0]!.results!;
  assert.is(results.length, diagnostics.length);
  const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
  results.forEach((sarifResult, index) => {
    const source = diagnostics[index]!;
    assert.is(sarifResult.ruleId, source.ruleId);
    const ruleIndex = fakeRules.findIndex((rule) => rule.meta.id === source.ruleId);
    assert.is(sarifResult.ruleIndex, ruleIndex === -1 ? undefined : ruleIndex, `ruleIndex of ${source.ruleId}`);
    assert.is(sarifResult.level, levels[source.severity]);
    assert.is(sarifResult.message.text, source.message);
    const physical = sarifResult.locations![0]!.physicalLocation!;
    assert.is(decodeURIComponent(physical.artifactLocation!.uri!), source.file);
    assert.is(physical.artifactLocation!.uriBaseId, '%SRCROOT%');
    if (source.line === undefined) {
      // A file-level finding points at the file's first line (SARIF2017 wants a region).
      assert.equal(physical.region, { startLine: 1 });
    } else {
      assert.equal(physical.region, {
        startLine: source.line,
        startColumn: source.column,
        endLine: source.endLine,
        endColumn: source.endColumn,
      });
    }
    assert.equal(sarifResult.partialFingerprints, { 'l10nLint/v1': source.fingerprint });
    const properties: Record<string, unknown> = { locale: source.locale, set: source.set };
    if (source.sourceFile !== null) properties.sourceFile = source.sourceFile;
    if (source.expected !== undefined) properties.expected = source.expected;
    if (source.actual !== undefined) properties.actual = source.actual;
    assert.equal(sarifResult.properties, properties);
  });
});

sarif('a path with a space, # and non-ASCII is a percent-encoded URI reference', () => {
  const results = buildSarifLog(result, {}, fakeRules).runs[0]!.results!;
  assert.is(results[3]!.locations![0]!.physicalLocation!.artifactLocation!.uri, ODD_FILE_URI);
  assert.is(results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri, 'german-playbook/setup-de.md');
});

sarif('related locations carry id, physical location and message', () => {
  const related = buildSarifLog(result, {}, fakeRules).runs[0]!.results![0]!.relatedLocations!;
  assert.equal(related, [
    {
      id: 0,
      physicalLocation: {
        artifactLocation: { uri: 'english-playbook/setup.md', uriBaseId: '%SRCROOT%' },
        region: { startLine: 10, startColumn: 1, endLine: 10, endColumn: 18 },
      },
      message: { text: 'Canonical heading in en-US' },
    },
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'english-playbook/setup.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
      message: { text: 'Related location' },
    },
  ]);
  assert.is(buildSarifLog(result, {}, fakeRules).runs[0]!.results![1]!.relatedLocations, undefined);
});

sarif('literal braces are doubled, as SARIF placeholders require', () => {
  assert.is(sarifMessageText('Placeholder {title} kept; see {{x}}'), 'Placeholder {{title}} kept; see {{{{x}}}}');
  const withBraces: LintResult = { ...result, diagnostics: [{ ...diagnostics[0]!, message: 'Token {id} lost.' }] };
  assert.is(buildSarifLog(withBraces, {}, fakeRules).runs[0]!.results![0]!.message.text, 'Token {{id}} lost.');
});

sarif('Microsoft SARIF validator reports no error on a produced log', () => {
  const binary = path.join(repoRoot, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
  if (process.platform !== 'linux' || !fs.existsSync(binary)) {
    console.log(`  skipped: no SARIF multitool for ${process.platform} at ${binary}`);
    return;
  }
  try {
    fs.chmodSync(binary, 0o755);
  } catch {
    // Not ours to change (read-only install): try to run it as it is.
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-lint-sarif-'));
  try {
    const input = path.join(dir, 'report.sarif');
    const output = path.join(dir, 'validation.sarif');
    fs.writeFileSync(input, sarifReporter(result, { root: CONFIG_ROOT }));
    const run = spawnSync(binary, ['validate', input, '--output', output], { encoding: 'utf8', timeout: 120_000 });
    if (run.error || run.status !== 0 || !fs.existsSync(output)) {
      console.log(
        `  skipped: the SARIF multitool could not run here (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr || run.stdout || '').trim().slice(0, 400)}`,
      );
      return;
    }
    const validation = JSON.parse(fs.readFileSync(output, 'utf8')) as Sarif.Log;
    const validationRun = validation.runs[0]!;
    assert.is(validationRun.invocations?.[0]?.executionSuccessful, true, run.stdout);
    // A result's level defaults to `warning` when absent.
    const errors = (validationRun.results ?? []).filter((finding) => (finding.level ?? 'warning') === 'error');
    assert.equal(
      errors.map((finding) => `${finding.ruleId}: ${JSON.stringify(finding.message)}`),
      [],
      run.stdout,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

sarif.run();

// ---------------------------------------------------------------------------

const github = suite('github reporter');

github('one workflow command per finding, escaped as GitHub documents', () => {
  assert.is(
    githubReporter(result),
    [
      '::error file=german-playbook/setup-de.md,line=12,col=1,endLine=12,endColumn=20,title=heading-structure::Heading "Install" is missing; expected at depth 2 (as in en-US line 10).',
      '::warning file=german-playbook/setup-de.md,line=19,col=5,endLine=19,endColumn=30,title=link-target::Target `a|b.md` is 100%25 off: see <x> & y,%0Athen more',
      // Columns are dropped on a finding that spans lines: GitHub refuses them there.
      '::warning file=german-playbook/setup-de.md,line=30,endLine=34,title=table-structure::Table has 3 rows; expected 4.',
      '::notice file=japanese playbook/#1 ガイド-jp.md,line=3,col=7,endLine=3,endColumn=8,title=invisible-chars::Zero-width space (U+200B).',
      '::error file=japanese-playbook/intro-jp.md,title=file-missing::No ja-JP translation of english-playbook/intro.md; expected japanese-playbook/intro-jp.md.',
      '',
    ].join('\n'),
  );
});

github('property values also escape : and ,', () => {
  assert.is(escapeCommandData('50%: a,b\r\nc'), '50%25: a,b%0D%0Ac');
  assert.is(escapeCommandProperty('50%: a,b\r\nc'), '50%25%3A a%2Cb%0D%0Ac');
  const awkward: LintResult = {
    ...result,
    diagnostics: [{ ...diagnostics[4]!, file: 'docs/a:b,c.md', ruleId: 'x,y' }],
  };
  assert.is(githubReporter(awkward), '::error file=docs/a%3Ab%2Cc.md,title=x%2Cy::No ja-JP translation of english-playbook/intro.md; expected japanese-playbook/intro-jp.md.\n');
});

github('no findings, no output', () => {
  assert.is(githubReporter({ ...result, diagnostics: [] }), '');
});

github.run();

// ---------------------------------------------------------------------------

const XML_ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function assertCharacterData(text: string, where: string): void {
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    assert.ok(XML_ENTITY.test(text.slice(index)), `bare & in ${where}: ${text}`);
  }
}

/**
 * Well-formedness for the XML subset a JUnit report uses (declaration, elements,
 * attributes, text): balanced tags, one root, quoted attributes without `<` or duplicates,
 * every `&` an entity, no character XML 1.0 forbids. Returns the element names in order.
 */
function assertWellFormedXml(xml: string): string[] {
  assert.not.ok(XML_ILLEGAL.test(xml), 'a character XML 1.0 forbids');
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), 'XML declaration');
  const body = xml.slice(xml.indexOf('?>') + 2);
  const stack: string[] = [];
  const elements: string[] = [];
  let roots = 0;
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      assert.ok(stack.length > 0 || token.trim() === '', `text outside the root: ${token}`);
      assertCharacterData(token, 'text');
      continue;
    }
    const end = /^<\/([A-Za-z_][\w.-]*)\s*>$/.exec(token);
    if (end) {
      assert.is(stack.pop(), end[1], `closing tag ${token}`);
      continue;
    }
    const start = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>$/.exec(token);
    assert.ok(start, `malformed tag: ${token}`);
    const [, name, attributeText, selfClosing] = start!;
    const names = [...attributeText!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)].map(([, attribute, value]) => {
      assertCharacterData(value!, `attribute ${attribute}`);
      return attribute;
    });
    assert.is(new Set(names).size, names.length, `duplicate attribute in ${token}`);
    if (stack.length === 0) roots++;
    elements.push(name!);
    if (!selfClosing) stack.push(name!);
  }
  assert.equal(stack, [], 'unclosed elements');
  assert.is(roots, 1, 'one root element');
  return elements;
}

function attributesOf(xml: string, element: string): Array<Record<string, string>> {
  return [...xml.matchAll(new RegExp(`<${element}((?:\\s+[\\w.-]+="[^"]*")*)\\s*/?>`, 'g'))].map(([, text]) =>
    Object.fromEntries([...text!.matchAll(/([\w.-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])),
  );
}

const junit = suite('junit reporter');

junit('is well-formed XML with one suite per locale, sorted', () => {
  const xml = junitReporter(result);
  assertWellFormedXml(xml);
  assert.equal(
    attributesOf(xml, 'testsuite').map((attributes) => [attributes.name, attributes.tests, attributes.failures]),
    [
      ['de-DE', '1', '1'],
      ['fr-FR', '0', '0'],
      ['ja-JP', '2', '1'],
    ],
  );
  assert.equal(attributesOf(xml, 'testsuites'), [{ name: 'l10n-lint', tests: '3', failures: '2', errors: '0' }]);
  assert.equal(
    attributesOf(xml, 'testcase').map((attributes) => [attributes.classname, attributes.name]),
    [
      ['playbook.de-DE', 'german-playbook/setup-de.md'],
      ['playbook.ja-JP', 'japanese playbook/#1 ガイド-jp.md'],
      ['playbook.ja-JP', 'japanese-playbook/intro-jp.md'],
    ],
  );
  assert.equal(
    attributesOf(xml, 'failure').map((attributes) => attributes.type),
    ['heading-structure', 'link-target', 'table-structure', 'file-missing'],
  );
});

junit('escapes markup and keeps newlines in attributes', () => {
  const xml = junitReporter(result);
  assert.ok(
    xml.includes(
      '<failure type="link-target" message="Target `a|b.md` is 100% off: see &lt;x&gt; &amp; y,&#10;then more">' +
        'german-playbook/setup-de.md:19:5: Target `a|b.md` is 100% off: see &lt;x&gt; &amp; y,\nthen more [link-target]</failure>',
    ),
    xml,
  );
  // An info finding is printed with its file but does not fail it.
  assert.ok(xml.includes('<system-out>info: japanese playbook/#1 ガイド-jp.md:3:7: Zero-width space (U+200B). [invisible-chars]</system-out>'), xml);
});

junit('characters XML 1.0 forbids are replaced, never emitted', () => {
  const hostile: LintResult = {
    ...result,
    diagnostics: [{ ...diagnostics[0]!, message: 'bell\u0007 nul\u0000 bad\uFFFE lone\uD800 "q" \'a\'' }],
  };
  const xml = junitReporter(hostile);
  assertWellFormedXml(xml);
  assert.ok(xml.includes('message="bell\uFFFD nul\uFFFD bad\uFFFD lone\uFFFD &quot;q&quot; &apos;a&apos;"'), xml);
});

junit('exact output for a small case, with passing files known from pair views', () => {
  const small: LintResult = {
    ...result,
    summary: { ...result.summary, byLocale: { 'es-ES': { errors: 1, warnings: 0, files: 2, missing: 0 } } },
    diagnostics: [diagnostic({ ruleId: 'link-broken', severity: 'error', message: 'Link to a&b.md is broken.', file: 'es/a-es.md', locale: 'es-ES', line: 2, column: 3 })],
    pairs: [
      { set: 'playbook', locale: 'es-ES', canonicalName: 'en-US', canonicalFile: 'en/a.md', localeFile: 'es/a-es.md', canonical: null, localeOutline: null, alignment: null },
      { set: 'playbook', locale: 'es-ES', canonicalName: 'en-US', canonicalFile: 'en/b.md', localeFile: 'es/b-es.md', canonical: null, localeOutline: null, alignment: null },
      { set: 'playbook', locale: 'es-ES', canonicalName: 'en-US', canonicalFile: 'en/c.md', localeFile: null, canonical: null, localeOutline: null, alignment: null },
    ],
  };
  assert.fixture(
    junitReporter(small),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="l10n-lint" tests="2" failures="1" errors="0">',
      '  <testsuite name="es-ES" tests="2" failures="1" errors="0" skipped="0">',
      '    <testcase classname="playbook.es-ES" name="es/a-es.md">',
      '      <failure type="link-broken" message="Link to a&amp;b.md is broken.">es/a-es.md:2:3: Link to a&amp;b.md is broken. [link-broken]</failure>',
      '    </testcase>',
      '    <testcase classname="playbook.es-ES" name="es/b-es.md"/>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
});

junit.run();

// ---------------------------------------------------------------------------

const markdown = suite('markdown reporter');

markdown('heading, verdict and the locale table with the summary numbers, sorted by locale', () => {
  const text = markdownReporter(result);
  assert.ok(text.includes('\n## l10n-lint report\n'), text);
  assert.ok(text.includes('❌ **Drift found**: 2 errors, 2 warnings, 1 info (7 files in 3 locales).'), text);
  assert.ok(
    text.includes(
      [
        '| Locale | Files | Errors | Warnings | Missing files |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| de-DE | 3 | 1 | 2 | 0 |',
        '| fr-FR | 2 | 0 | 0 | 0 |',
        '| ja-JP | 2 | 1 | 0 | 1 |',
      ].join('\n'),
    ),
    text,
  );
});

markdown('top rules by count, then by id', () => {
  const text = markdownReporter({ ...result, summary: { ...result.summary, byRule: { b: 2, a: 2, c: 5, d: 1 } } }, { topRules: 3 });
  assert.ok(text.includes('| Rule | Findings |\n| --- | ---: |\n| c | 5 |\n| a | 2 |\n| b | 2 |\n\n…and 1 more rule.'), text);
});

markdown('findings grouped by locale and file in <details>, with document text escaped', () => {
  const text = markdownReporter(result);
  assert.is(text.match(/<details>/g)?.length, 2, 'one block per locale with findings (fr-FR has none)');
  assert.ok(text.includes('<summary><strong>de-DE</strong>: 1 error, 2 warnings</summary>'), text);
  assert.ok(text.includes('<summary><strong>ja-JP</strong>: 1 error, 0 warnings, 1 info</summary>'), text);
  assert.ok(text.includes('**`german-playbook/setup-de.md`**'), text);
  assert.ok(text.includes('**`japanese playbook/#1 ガイド-jp.md`**'), text);
  // The pipe cannot split a table cell, the backticks open no code span, `<x>` is no tag, the newline ends nothing.
  assert.ok(text.includes('- ⚠️ **19:5** Target \\`a\\|b.md\\` is 100% off: see &lt;x&gt; &amp; y, then more `link-target`'), text);
  assert.ok(text.includes('- ❌ **whole file** No ja-JP translation'), text);
  assert.not.ok(text.includes('<x>'));
});

markdown('a heading quoted in a message cannot inject HTML or break the table', () => {
  const hostile: LintResult = {
    ...result,
    diagnostics: [{ ...diagnostics[0]!, message: 'Heading <img src=x onerror=alert(1)> | *bold* _it_ [link](http://x) missing' }],
  };
  const text = markdownReporter(hostile);
  assert.not.ok(text.includes('<img'), text);
  assert.ok(text.includes('&lt;img src=x onerror=alert(1)&gt; \\| \\*bold\\* \\_it\\_ \\[link\\](http://x) missing'), text);
  assert.is(escapeMarkdown('a|b\nc'), 'a\\|b c');
  assert.is(inlineCode('a`b'), '``a`b``');
  assert.is(inlineCode('`edge'), '`` `edge ``');
});

markdown('collapses past maxFindings per locale', () => {
  const many: LintResult = {
    ...result,
    diagnostics: Array.from({ length: 60 }, (_, index) =>
      diagnostic({ ruleId: 'link-target', severity: 'warning', message: `Finding ${index + 1}.`, file: `de/page-${String(Math.floor(index / 10)).padStart(2, '0')}-de.md`, locale: 'de-DE', line: index + 1, column: 1 }),
    ),
  };
  const byDefault = markdownReporter(many);
  assert.is(byDefault.match(/^- ⚠️/gm)?.length, 50);
  assert.ok(byDefault.includes('…and 10 more.'), byDefault);
  assert.ok(byDefault.includes('Finding 50.') && !byDefault.includes('Finding 51.'));
  const limited = markdownReporter(many, { maxFindings: 3 });
  assert.is(limited.match(/^- ⚠️/gm)?.length, 3);
  assert.ok(limited.includes('…and 57 more.'), limited);
  assert.is(limited.match(/\*\*`de\//g)?.length, 1, 'files past the limit are not listed');
});

markdown('a clean run says so', () => {
  const clean: LintResult = {
    ...result,
    summary: { ...result.summary, errors: 0, warnings: 0, infos: 0, byRule: {} },
    diagnostics: [],
  };
  const text = markdownReporter(clean);
  assert.ok(text.includes('✅ **No drift found** (7 files in 3 locales).'), text);
  assert.not.ok(text.includes('<details>'));
  assert.not.ok(text.includes('Top rules'));
});

markdown.run();
