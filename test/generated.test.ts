// Generated artifacts must match rule metadata: the config schema's rules section and
// the README rules table (`npm run generate` rewrites both). Also checks the registry.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { configSchemaText, readmeWithTable } from '../scripts/generate.js';
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
