// Inline disables. Each fixtures/directives/<form>/ case is linted with every rule on and
// must produce exactly expected.txt; then the same files linted with their directives
// dropped from the outlines (positions unchanged) must produce expected.txt plus
// silenced.txt, minus the directives' own findings: so the directives silence exactly
// what silenced.txt lists, no more and no less.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../src/index.js';
import { silencerOf } from '../src/engine/directives.js';
import { loadOutlinesInThread, type OutlineLoader } from '../src/engine/lint.js';
import type { DirectiveEl } from '../src/types.js';
import { caseConfig, fixturesDir, lintCase, listDirs, readExpected, toLines } from './helpers/fixtures.js';

const update = process.env.UPDATE_EXPECTED === '1';
const fixtures = suite('directives: fixtures');
const casesDir = path.join(fixturesDir, 'directives');

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  } catch {
    return [];
  }
}

const loadWithoutDirectives: OutlineLoader = async (files, options, maxFileSize) => {
  const outcomes = await loadOutlinesInThread(files, options, maxFileSize);
  for (const outcome of outcomes.values()) if (outcome.ok) outcome.outline.directives = [];
  return outcomes;
};

fixtures('there is a case for each disable form', () => {
  const cases = listDirs(casesDir);
  for (const form of ['disable', 'disable-next-line', 'disable-line', 'disable-file', 'unused']) assert.ok(cases.includes(form), `fixtures/directives/${form} is missing`);
});

for (const name of listDirs(casesDir)) {
  const caseDir = path.join(casesDir, name);
  fixtures(`${name}: reports exactly expected.txt`, async () => {
    const actual = toLines(await lintCase(caseDir));
    if (update) writeFileSync(path.join(caseDir, 'expected.txt'), actual.join('\n') + '\n');
    assert.equal(actual, readExpected(caseDir));
  });

  fixtures(`${name}: silences exactly silenced.txt`, async () => {
    const withoutDirectives = toLines(await lint({ config: caseConfig(caseDir), cwd: caseDir, loadOutlines: loadWithoutDirectives }));
    const silenced = readLines(path.join(caseDir, 'silenced.txt'));
    const expected = readExpected(caseDir).filter((l) => !l.endsWith('[inline-directive]'));
    assert.equal([...withoutDirectives].sort(), [...expected, ...silenced].sort());
    if (name !== 'unused') assert.ok(silenced.length > 0, `${name}/silenced.txt lists nothing: the case must prove the directive silences something`);
  });
}

fixtures.run();

// The silencing logic on hand-built directives.
const unit = suite('directives: silencerOf');

function directive(kind: DirectiveEl['kind'], rules: string[], line: number): DirectiveEl {
  const point = (column: number) => ({ line, column, offset: line * 100 + column });
  return { kind, rules, span: { start: point(1), end: point(30) } };
}

unit('a range runs from its disable to the enable that names the rule', () => {
  const ds = [directive('disable', ['a', 'b'], 5), directive('enable', ['a'], 10)];
  assert.is(silencerOf(ds, 'a', 4), null);
  assert.is(silencerOf(ds, 'a', 7), ds[0]);
  assert.is(silencerOf(ds, 'a', 11), null);
  assert.is(silencerOf(ds, 'b', 11), ds[0], 'b was not re-enabled');
  assert.is(silencerOf(ds, 'c', 7), null, 'c was never named');
});

unit('a bare disable covers every rule; an enable naming one rule re-enables only it', () => {
  const ds = [directive('disable', [], 2), directive('enable', ['a'], 4)];
  assert.is(silencerOf(ds, 'a', 5), null);
  assert.is(silencerOf(ds, 'z', 5), ds[0]);
});

unit('disable-next-line covers only the line after the comment', () => {
  const ds = [directive('disable-next-line', ['a'], 3)];
  assert.is(silencerOf(ds, 'a', 4), ds[0]);
  assert.is(silencerOf(ds, 'a', 3), null);
  assert.is(silencerOf(ds, 'a', 5), null);
});

unit('disable-line covers only the line the comment sits on, not file-level findings', () => {
  const ds = [directive('disable-line', ['a'], 3)];
  assert.is(silencerOf(ds, 'a', 3), ds[0]);
  assert.is(silencerOf(ds, 'a', 2), null);
  assert.is(silencerOf(ds, 'a', 4), null);
  assert.is(silencerOf(ds, 'b', 3), null);
  assert.is(silencerOf(ds, 'a', undefined), null);
});

unit('disable-file covers file-level findings and every line; enable cannot undo it', () => {
  const ds = [directive('disable-file', ['a'], 20), directive('enable', ['a'], 21)];
  assert.is(silencerOf(ds, 'a', undefined), ds[0]);
  assert.is(silencerOf(ds, 'a', 1), ds[0]);
  assert.is(silencerOf(ds, 'a', 30), ds[0]);
  assert.is(silencerOf(ds, 'b', undefined), null);
});

unit('the most specific directive gets the credit (so a redundant one reads as unused)', () => {
  const ds = [directive('disable-file', ['a'], 1), directive('disable', ['a'], 3), directive('disable-next-line', ['a'], 6)];
  assert.is(silencerOf(ds, 'a', 7), ds[2]);
  assert.is(silencerOf(ds, 'a', 4), ds[1]);
  assert.is(silencerOf(ds, 'a', 2), ds[0]);
});

unit('directives are read in document order, whatever order the outline lists them in', () => {
  const disable = directive('disable', ['a'], 2);
  const enable = directive('enable', ['a'], 4);
  assert.is(silencerOf([enable, disable], 'a', 5), null);
  assert.is(silencerOf([enable, disable], 'a', 3), disable);
});

unit.run();
