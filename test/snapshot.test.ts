// Snapshot mode round trip: `l10n-lint snapshot` on a source-mode set, then the locales
// linted against the snapshot with the source removed, give the same findings as source
// mode. What differs, by design (docs/snapshot.md): the canonical is named
// "<locale> snapshot" in messages; related locations point into the snapshot file; findings
// on the source files themselves (and git history) need the source, so they are absent.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { lint } from '../src/index.js';
import { caseConfig, fixturesDir, listDirs, readExpected, repoRoot, toLines } from './helpers/fixtures.js';
import type { LintResult } from '../src/types.js';
import { cli } from './helpers/cli.js';

const test = suite('snapshot');


const snapshotSchema = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema/outline.schema.json'), 'utf8')));
const snapshotErrors = (data: unknown): string | null => (snapshotSchema(data) ? null : JSON.stringify(snapshotSchema.errors));

interface SourceSet {
  name: string;
  source: { locale: string; dir: string };
  locales: Array<{ dir: string }>;
  [key: string]: unknown;
}

// Git history is not part of a snapshot; every other rule is compared.
const withoutHistory = (config: Record<string, any>): Record<string, any> => ({ ...config, rules: { ...(config.rules ?? {}), 'stale-translation': 'off' } });

/** Every rule fixture in source mode whose source has a directory of its own (so it can be removed). */
const cases = listDirs(path.join(fixturesDir, 'rules')).flatMap((rule) =>
  listDirs(path.join(fixturesDir, 'rules', rule))
    .map((name) => path.join(fixturesDir, 'rules', rule, name))
    .filter((dir) => {
      const sets = caseConfig(dir).sets as SourceSet[];
      // Cases about the source file itself (a link broken in the source, reported there) and
      // sets served by routes (a snapshot set names no source `route`) need the source.
      const aboutSource = readExpected(dir).some((line) => sets.some((s) => s.source && line.startsWith(`${s.source.dir}/`)));
      const routed = sets.some((s) => s.source && 'route' in s.source);
      return !aboutSource && !routed && sets.every((s) => s.source && s.locales.every((l) => l.dir !== s.source.dir));
    }),
);

/** Findings as lines, with what snapshot mode names differently normalized and source-file findings left out. */
function comparable(result: LintResult, sourceDirs: string[], snapshotLocale: string[]): string[] {
  return toLines({
    ...result,
    diagnostics: result.diagnostics
      .filter((d) => !sourceDirs.some((dir) => d.file.startsWith(`${dir}/`)))
      .map((d) => ({ ...d, message: snapshotLocale.reduce((m, locale) => m.split(`${locale} snapshot`).join(locale), d.message) })),
  });
}

test('there are source-mode fixtures to round-trip', () => {
  assert.ok(cases.length >= 20, `only ${cases.length} cases`);
});

for (const caseDir of cases) {
  const name = path.relative(path.join(fixturesDir, 'rules'), caseDir);
  test(`round trip: ${name}`, async () => {
    const config = withoutHistory(caseConfig(caseDir));
    const sets = config.sets as SourceSet[];
    const work = mkdtempSync(path.join(os.tmpdir(), 'l10n-snapshot-'));
    try {
      cpSync(caseDir, work, { recursive: true });
      writeFileSync(path.join(work, 'l10n-lint.config.json'), JSON.stringify(config));
      const sourceMode = await lint({ cwd: work });

      const written = await cli(['snapshot', '--output', 'canonical.json'], work);
      assert.is(written.code, 0, written.stderr);
      assert.is(snapshotErrors(JSON.parse(readFileSync(path.join(work, 'canonical.json'), 'utf8'))), null);

      // The source leaves; the sets name the snapshot as their canonical.
      for (const set of sets) rmSync(path.join(work, set.source.dir), { recursive: true, force: true });
      const snapshotConfig = { ...config, sets: sets.map(({ source, ...set }) => ({ ...set, canonical: 'canonical.json' })) };
      writeFileSync(path.join(work, 'l10n-lint.config.json'), JSON.stringify(snapshotConfig));
      const snapshotMode = await lint({ cwd: work });

      const sourceDirs = sets.map((s) => s.source.dir);
      const locales = sets.map((s) => s.source.locale);
      const expected = comparable(sourceMode, sourceDirs, locales);
      assert.equal(comparable(snapshotMode, sourceDirs, locales), expected);
      for (const d of snapshotMode.diagnostics) for (const r of d.related ?? []) assert.is(r.file, 'canonical.json');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

test('a consensus set is snapshot as its consensus canonical', async () => {
  const dir = path.join(fixturesDir, 'rules', 'untranslated', 'invalid-consensus-script-only');
  const { code, stdout } = await cli(['snapshot'], dir);
  assert.is(code, 0);
  const snapshot = JSON.parse(stdout);
  assert.is(snapshotErrors(snapshot), null);
  assert.equal(snapshot.sets.map((s: any) => [s.name, s.locale, s.mode, Object.keys(s.outlines)]), [['case', 'consensus', 'consensus', ['guide.md']]]);
});

test('a snapshot that does not match schema/outline.schema.json is a config error: exit 2, nothing linted', async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'l10n-snapshot-bad-'));
  try {
    cpSync(path.join(fixturesDir, 'rules', 'table-structure', 'invalid-tables-and-rows'), work, { recursive: true });
    rmSync(path.join(work, 'en'), { recursive: true });
    const config = { sets: [{ name: 'case', canonical: 'canonical.json', locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }, { locale: 'ja-JP', dir: 'ja', suffix: '-jp' }] }] };
    writeFileSync(path.join(work, 'l10n-lint.config.json'), JSON.stringify(config));
    writeFileSync(path.join(work, 'canonical.json'), JSON.stringify({ version: 1, tool: { name: 'l10n-lint', version: '0' }, sets: [{ name: 'case', locale: 'en-US', outlines: { 'guide.md': { version: 2, headings: 'none' } } }] }));
    const bad = await cli([], work);
    assert.is(bad.code, 2);
    assert.is(bad.stdout, '');
    assert.match(bad.stderr, /^l10n-lint: Invalid snapshot .*canonical\.json: \/sets\/0\/outlines\/guide\.md: must have required property/);

    writeFileSync(path.join(work, 'canonical.json'), '{ not json');
    assert.match((await cli([], work)).stderr, /Invalid snapshot .*not valid JSON/);
    rmSync(path.join(work, 'canonical.json'));
    assert.match((await cli([], work)).stderr, /Cannot read snapshot .*canonical\.json/);
    assert.not.ok(existsSync(path.join(work, 'canonical.json')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test.run();
