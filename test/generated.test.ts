// Generated artifacts must match rule metadata and the schemas: the config schema's rules
// section, the README rules table, the rule pages (docs/rules/<id>.md) and the precompiled validators (`npm run generate`
// rewrites them). Also checks the registry.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type Options } from 'ajv';
import { VALIDATORS_FILE, configSchemaText, readmeWithTable, validatorsText } from '../scripts/generate.js';
import { RULE_DOCS_DIR, ruleDocPath, ruleDocText } from '../scripts/rule-docs.js';
import { buildConfigSchema } from '../src/config/schema.js';
import * as generated from '../src/generated/validators.js';
import { rules } from '../rules/index.js';
import { repoRoot } from './helpers/fixtures.js';

const test = suite('generated artifacts and registry');

test('schema/config.schema.json is generated from rule metadata', () => {
  assert.fixture(readFileSync(path.join(repoRoot, 'schema/config.schema.json'), 'utf8'), configSchemaText(), 'run `npm run generate`');
});

test('the README rules table is generated from rule metadata', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  assert.fixture(readme, readmeWithTable(readme), 'run `npm run generate`');
});

test('docs/rules/<id>.md is generated from each rule\'s metadata, and only for rules that exist', () => {
  for (const rule of rules) {
    const file = path.join(repoRoot, ruleDocPath(rule.meta.id));
    assert.ok(existsSync(file), `${ruleDocPath(rule.meta.id)} is missing: run \`npm run generate\``);
    assert.fixture(readFileSync(file, 'utf8'), ruleDocText(rule), `${ruleDocPath(rule.meta.id)}: run \`npm run generate\``);
  }
  const pages = readdirSync(path.join(repoRoot, RULE_DOCS_DIR)).sort();
  assert.equal(pages, rules.map((r) => `${r.meta.id}.md`).sort(), `${RULE_DOCS_DIR} holds a page for every rule and nothing else`);
});

test('src/generated/validators.ts is generated from the schemas and rule metadata', () => {
  assert.fixture(readFileSync(path.join(repoRoot, VALIDATORS_FILE), 'utf8'), validatorsText(), 'run `npm run generate`');
});

// The precompiled validators must do what ajv compiling the schema at run time with the
// same options does: the same verdict, the same error objects, the same defaults filled in.
function sameAsRuntime(validate: generated.Validator, schema: object, options: Options, samples: unknown[]): void {
  const runtime = new Ajv(options).compile(schema);
  for (const sample of samples) {
    const [a, b] = [structuredClone(sample), structuredClone(sample)];
    assert.is(validate(a), runtime(b), JSON.stringify(sample));
    assert.equal(validate.errors ?? null, runtime.errors ?? null, JSON.stringify(sample));
    assert.equal(a, b, `defaults filled in ${JSON.stringify(sample)}`);
  }
}

const documentSchema = (name: string) => JSON.parse(readFileSync(path.join(repoRoot, `schema/${name}.schema.json`), 'utf8'));

test('the precompiled config validator reports the errors ajv reports at run time', () => {
  const locale = { locale: 'de-DE', dir: 'de' };
  const samples = [
    { sets: [{ name: 'docs', source: { locale: 'en-US', dir: 'en' }, locales: [locale] }] },
    {},
    [],
    { sets: [], extra: 1 },
    { sets: [{ name: 'docs', locales: [{ ...locale, suffix: 1 }, { locale: 'x y', dir: '' }] }] },
    { sets: [{ name: ' docs', locales: [locale], keepNames: ['a', 'a'] }], labels: { pattern: '' }, maxFileSize: 0.5 },
    { sets: [{ name: 'docs', locales: [locale] }], rules: { untranslated: ['warn', { minLength: 0, nope: 1 }], 'link-broken': 'loud', nope: 'off' } },
    { sets: [{ name: 'docs', locales: [locale] }], rules: { 'preserved-tokens': ['error', { kinds: ['url', 'x'] }, 3] } },
  ];
  sameAsRuntime(generated.validateConfig, buildConfigSchema(rules), { allErrors: true, strict: false }, samples);
});

test("the precompiled rule options validators fill defaults and report errors as ajv does at run time", () => {
  for (const rule of rules) {
    const validate = generated.ruleOptionsValidators[rule.meta.id];
    assert.ok(validate, rule.meta.id);
    const samples = [{}, rule.meta.defaults ?? {}, { nope: true }, [], ...Object.keys(rule.meta.schema.properties ?? {}).flatMap((key) => [{ [key]: 'x' }, { [key]: [0] }, { [key]: -1 }])];
    sameAsRuntime(validate, rule.meta.schema, { allErrors: false, strict: false, useDefaults: true }, samples);
  }
});

test('the precompiled baseline, report and snapshot validators report the errors ajv reports at run time', () => {
  const options = { allErrors: false, strict: false };
  sameAsRuntime(generated.validateBaseline, documentSchema('baseline'), options, [{}, { version: 1, findings: {} }, { version: 1, findings: { abc: { count: 0 } } }, { version: 2, findings: {}, x: 1 }]);
  sameAsRuntime(generated.validateReport, documentSchema('report'), options, [{}, { version: 1 }, JSON.parse(readFileSync(path.join(repoRoot, 'schema/report.schema.json'), 'utf8'))]);
  sameAsRuntime(generated.validateOutlineSnapshot, documentSchema('outline'), options, [{}, { version: 1, tool: { name: 'l10n-lint', version: '0' }, sets: [] }, { version: 1, tool: {}, sets: [{ name: 's', outlines: { 'a.md': {} } }] }]);
});

test('registry: sorted, one file per rule, id equals file name, complete metadata', () => {
  const ids = rules.map((r) => r.meta.id);
  assert.equal(ids, [...ids].sort(), 'rules/index.ts must stay sorted');
  const files = readdirSync(path.join(repoRoot, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
  assert.equal([...files].sort(), [...ids].sort(), 'every rules/<id>.ts is registered, and only those');
  for (const { meta } of rules) {
    assert.match(meta.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(['files', 'frontmatter', 'headings', 'links', 'tables', 'content', 'history'].includes(meta.category), meta.id);
    assert.ok(meta.description.length > 10 && meta.docs.description.length > 20 && meta.docs.example.length > 5, `${meta.id} docs`);
    assert.ok(Object.keys(meta.messages).length > 0, `${meta.id} messages`);
    assert.is(meta.schema.type, 'object', `${meta.id} options schema`);
  }
});

test.run();
