import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, resolveConfig, ConfigError } from '../src/config/load.js';
import { activeRules } from '../src/engine/settings.js';
import { rules } from '../rules/index.js';

const test = suite('config');
const root = mkdtempSync(path.join(os.tmpdir(), 'l10n-config-'));
const minimal = () => ({ sets: [{ name: 's', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }] }] });

function configError(raw: unknown): ConfigError {
  try {
    resolveConfig(raw, root);
  } catch (error) {
    assert.instance(error, ConfigError);
    return error as ConfigError;
  }
  throw new assert.Assertion({ message: 'expected a ConfigError', generated: false, operator: 'throws', expects: 'ConfigError', actual: 'nothing' });
}

test('fills defaults', () => {
  const config = resolveConfig(minimal(), root);
  assert.equal(config.sets[0].include, ['**/*.md']);
  assert.equal(config.sets[0].exclude, []);
  assert.equal(config.sets[0].keepNames, []);
  assert.is(config.sets[0].source!.suffix, '');
  assert.equal(config.frontmatter.translatable, ['title', 'description']);
  assert.is(config.labels.pattern, null);
  assert.is(config.root, root);
});

test('names the JSON path of a wrong type', () => {
  const raw: any = minimal();
  raw.sets[0].locales[0].suffix = 7;
  const error = configError(raw);
  assert.is(error.jsonPath, '/sets/0/locales/0/suffix');
  assert.match(error.message, '/sets/0/locales/0/suffix: must be string');
});

test('names an unknown property and a missing one', () => {
  assert.match(configError({ ...minimal(), colour: 'red' }).message, '/: unknown property "colour"');
  assert.match(configError({ sets: [{ name: 's', locales: [{ dir: 'de' }] }] }).message, '/sets/0/locales/0: missing required property "locale"');
});

test('rejects an unknown rule and a bad severity', () => {
  assert.match(configError({ ...minimal(), rules: { 'no-such-rule': 'error' } }).message, '/rules: unknown property "no-such-rule"');
  const bad = configError({ ...minimal(), rules: { 'link-target': 'fatal' } });
  assert.match(bad.message, '/rules/link-target');
});

test('rejects rule options outside the rule schema', () => {
  const error = configError({ ...minimal(), rules: { 'link-broken': ['warn', { anchor: true }] } });
  assert.match(error.message, '/rules/link-broken/1');
  assert.match(error.message, 'unknown property "anchor"');
});

test('accepts [severity, options] and applies defaults to options', () => {
  const config = resolveConfig({ ...minimal(), rules: { 'link-broken': ['error', { anchors: false }] } }, root);
  const active = activeRules(rules, config.rules).find((a) => a.rule.meta.id === 'link-broken')!;
  assert.is(active.severity, 'error');
  assert.equal(active.options, { anchors: false });
  const off = activeRules(rules, { 'link-broken': 'off' }).find((a) => a.rule.meta.id === 'link-broken');
  assert.is(off, undefined);
});

test('rejects a label pattern that is not a regular expression', () => {
  const error = configError({ ...minimal(), labels: { pattern: '^L(\\d+ - ' } });
  assert.is(error.jsonPath, '/labels/pattern');
});

test('refuses directories outside the config directory unless allowed', () => {
  const raw: any = minimal();
  raw.sets[0].locales[0].dir = '../../etc';
  assert.match(configError(raw).message, 'points outside the config\'s directory');
  raw.allowOutsideRoot = true;
  assert.ok(resolveConfig(raw, root));
});

test('consensus sets need two locales; locales are unique', () => {
  assert.match(configError({ sets: [{ name: 's', locales: [{ locale: 'de-DE', dir: 'de' }] }] }).message, 'at least 2 locales');
  const raw: any = minimal();
  raw.sets[0].locales.push({ locale: 'de-DE', dir: 'x' });
  assert.match(configError(raw).message, 'appears twice');
});

test('loadConfig: finds the file in cwd, reports missing files and bad JSON', () => {
  const dir = path.join(root, 'load');
  mkdirSync(dir, { recursive: true });
  assert.throws(() => loadConfig(undefined, dir), /No l10n-lint.config.json/);
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), '{ "sets": [ }');
  assert.throws(() => loadConfig(undefined, dir), /not valid JSON/);
  writeFileSync(path.join(dir, 'l10n-lint.config.json'), '\uFEFF' + JSON.stringify(minimal()));
  assert.is(loadConfig(undefined, dir).sets[0].name, 's');
});

test.run();
