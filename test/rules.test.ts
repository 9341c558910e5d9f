// Data-driven rule tests, in the spirit of ESLint's RuleTester and Biome's example files:
// every rule has fixtures/rules/<id>/invalid-*/ cases that must produce exactly the lines
// of their expected.txt, and valid-*/ cases that must produce nothing. Set
// UPDATE_EXPECTED=1 to rewrite expected.txt from the current output (then review the diff).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { fixturesDir, lintCase, listDirs, readExpected, toLines } from './helpers/fixtures.js';

const update = process.env.UPDATE_EXPECTED === '1';
const test = suite('rules: fixtures');

for (const rule of rules) {
  const id = rule.meta.id;
  const ruleDir = path.join(fixturesDir, 'rules', id);
  const cases = listDirs(ruleDir);

  test(`${id}: has at least one invalid and one valid case`, () => {
    assert.ok(cases.some((c) => c.startsWith('invalid-')), `fixtures/rules/${id} has no invalid-* case`);
    assert.ok(cases.some((c) => c.startsWith('valid-')), `fixtures/rules/${id} has no valid-* case`);
  });

  for (const name of cases) {
    const caseDir = path.join(ruleDir, name);
    test(`${id}/${name}`, async () => {
      const result = await lintCase(caseDir, [id]);
      // Whether staleness could be checked depends on the clone (shallow in CI), not on the fixture.
      result.diagnostics = result.diagnostics.filter((d) => d.messageId !== 'notChecked');
      const actual = toLines(result);
      if (update && name.startsWith('invalid-')) writeFileSync(path.join(caseDir, 'expected.txt'), actual.join('\n') + '\n');
      const expected = readExpected(caseDir);
      if (name.startsWith('valid-')) {
        assert.equal(actual, [], `${id}/${name} must stay silent`);
      } else {
        assert.ok(expected.length > 0, `${id}/${name}/expected.txt lists no finding: an invalid case must prove the rule fires`);
        assert.equal(actual, expected);
        for (const d of result.diagnostics) assert.is(d.ruleId, id);
      }
    });
  }
}

test.run();
