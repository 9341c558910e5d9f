// Rule docs that run (remark-lint's model, ESLint's RuleTester inline cases): every example
// in a rule's meta.examples is written to a folder of its own, linted by the real
// engine with that rule alone, and must give exactly its listed findings (none for a
// silent one). docs/rules/<id>.md shows these examples, so the page cannot promise what the
// rule does not do. Each rule also needs four cases, examples and fixture folders together,
// at least one firing and one silent.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../src/index.js';
import { rules } from '../rules/index.js';
import { writeExample } from '../scripts/rule-examples.js';
import { fixturesDir, listDirs, toLines } from './helpers/fixtures.js';

const test = suite('rule examples');
const MIN_CASES = 4;

for (const rule of rules) {
  const { id } = rule.meta;
  const examples = rule.meta.docs.examples ?? [];
  const fixtures = listDirs(path.join(fixturesDir, 'rules', id));

  test(`${id}: examples show it firing and staying silent; ${MIN_CASES} cases with the fixtures`, () => {
    assert.ok(examples.some((e) => e.findings.length > 0), `${id} has no example that fires`);
    assert.ok(examples.some((e) => e.findings.length === 0), `${id} has no silent example`);
    const titles = examples.map((e) => e.title);
    assert.equal(titles, [...new Set(titles)], `${id}: example titles are unique (they are the page's headings)`);
    const cases = examples.length + fixtures.length;
    assert.ok(cases >= MIN_CASES, `${id} has ${cases} cases (${examples.length} examples, ${fixtures.length} fixtures); expected at least ${MIN_CASES}`);
  });

  for (const example of examples) {
    test(`${id}: ${example.title}`, async () => {
      const root = mkdtempSync(path.join(os.tmpdir(), `l10n-example-${id}-`));
      try {
        writeExample(root, example, rule.meta);
        const result = await lint({ cwd: root, rules: [id, ...(example.alsoActive ?? [])] });
        assert.equal(toLines(result), [...example.findings], example.findings.length ? `${id}: "${example.title}" gives other findings` : `${id}: "${example.title}" must stay silent`);
        for (const d of result.diagnostics) assert.is(d.ruleId, id);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
}

test.run();
