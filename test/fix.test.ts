// --fix and --fix-dry-run (issue 6). Four things must hold:
//   1. every fixable rule has fixtures/fix/<rule-id>/ (a content set plus expected/, the
//      files as --fix must leave them): the fixed files equal expected/ byte for byte, every
//      other file is untouched, and re-linting finds nothing of that rule;
//   2. over generated files (fast-check, seeded): a second --fix changes nothing, no byte
//      outside a reported fix range changes, BOM, line breaks and final newline are kept;
//   3. a write that fails (read-only directory, a crash between write and rename) leaves
//      the original file intact;
//   4. --fix-dry-run on the demo set prints a diff and leaves every byte of it unchanged.
// Set UPDATE_EXPECTED=1 to rewrite fixtures/fix/*/expected/ from the current output (then
// review the diff).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../src/config/load.js';
import { loadOutlinesInThread, runEngine, type OutlineLoader } from '../src/engine/lint.js';
import { applyFixes } from '../src/edits/apply.js';
import { fixAndWrite, runFixPasses, writeFixedFiles, type FixedFile } from '../src/fix/run.js';
import { writeFileAtomic } from '../src/fix/write.js';
import { runCli } from '../src/cli.js';
import { rules } from '../rules/index.js';
import type { Config, Fix } from '../src/types.js';
import { caseConfig, DEFAULT_CASE_CONFIG, fixturesDir, listDirs, repoRoot } from './helpers/fixtures.js';

const update = process.env.UPDATE_EXPECTED === '1';
const fixFixtures = path.join(fixturesDir, 'fix');
const temporaryDirs: string[] = [];

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-lint-fix-'));
  temporaryDirs.push(dir);
  return dir;
}

/** Every file under `dir`, as sorted paths relative to it. */
function listFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under))
    .flatMap((name) => {
      const rel = path.posix.join(under, name);
      return statSync(path.join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const hashTree = (dir: string) => Object.fromEntries(listFiles(dir).map((rel) => [rel, sha256(path.join(dir, rel))]));
const countOf = (diagnostics: readonly { ruleId: string }[], id: string) => diagnostics.filter((d) => d.ruleId === id).length;

async function cli(args: string[], cwd = repoRoot) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false });
  return { code, stdout, stderr };
}

/** Writes a small content set (paths relative to a new temporary directory) and its config. */
function contentSet(files: Record<string, string>, config: Record<string, unknown> = structuredClone(DEFAULT_CASE_CONFIG)): { dir: string; config: Config } {
  const dir = temporaryDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return { dir, config: resolveConfig(config, dir) };
}

// ---------------------------------------------------------------------------------------
// applyFixes: one pass

const apply = suite('fix: applyFixes (one pass)');
const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

apply('applies non-overlapping fixes against the original offsets, whatever their order', () => {
  const pass = applyFixes('abcdefgh', [fix(6, 7, 'G'), fix(0, 1, 'AA'), fix(3, 5, '')]);
  assert.is(pass.text, 'AAbcfGh');
  assert.equal(pass.applied.map((f) => f.range[0]), [0, 3, 6]);
  assert.equal(pass.deferred, []);
});

apply('defers overlapping and touching fixes to the next pass, and two insertions at one offset', () => {
  const pass = applyFixes('abcdef', [fix(1, 3, 'X'), fix(2, 4, 'Y'), fix(3, 3, '+'), fix(5, 5, '1'), fix(5, 5, '2')]);
  assert.is(pass.text, 'aXde1f');
  assert.equal(pass.deferred.map((f) => f.text), ['Y', '+', '2']);
});

apply('makes the same edit once, skips edits that change nothing, rejects impossible ranges', () => {
  const pass = applyFixes('a😀b', [fix(0, 1, 'A'), fix(0, 1, 'A'), fix(3, 4, 'b'), fix(2, 2, 'x'), fix(3, 9, ''), fix(2, 1, '')]);
  assert.is(pass.text, 'A😀b');
  assert.is(pass.applied.length, 1);
  // Offset 2 is between the halves of the emoji's surrogate pair; 9 is past the end; 2 > 1.
  assert.is(pass.rejected.length, 3);
});

apply.run();

// ---------------------------------------------------------------------------------------
// 1. One fixture per fixable rule

const fixtures = suite('fix: fixtures/fix/<rule-id> (fixed output equals expected/, byte for byte)');
const fixable = rules.filter((r) => r.meta.fixable).map((r) => r.meta.id);

fixtures('every fixable rule has a fixture, and every fixture is of a fixable rule', () => {
  assert.equal(listDirs(fixFixtures), [...fixable].sort());
});

for (const id of fixable) {
  fixtures(id, async () => {
    const fixtureDir = path.join(fixFixtures, id);
    const expectedDir = path.join(fixtureDir, 'expected');
    const dir = temporaryDir();
    cpSync(fixtureDir, dir, { recursive: true, filter: (src) => src !== expectedDir });
    const config = resolveConfig(caseConfig(fixtureDir), dir);
    const before = await runEngine(config, { rules: [id] });
    assert.ok(countOf(before.diagnostics, id) > 0, `fixtures/fix/${id} has no ${id} finding to fix`);
    assert.ok(before.diagnostics.every((d) => d.ruleId !== id || d.fix), `every ${id} finding in fixtures/fix/${id} must be fixable: ${before.diagnostics.filter((d) => !d.fix).map((d) => d.message).join('; ')}`);

    const outcome = await fixAndWrite(config, { rules: [id] });
    assert.equal(outcome.failures, []);
    assert.is(countOf(outcome.result.diagnostics, id), 0, 'the run re-lints the fixed files: the findings fixed are gone');
    if (update) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const f of outcome.files) cpSync(path.join(dir, f.file), path.join(expectedDir, f.file));
    }
    const expected = listFiles(expectedDir);
    assert.equal(outcome.files.map((f) => f.file), expected, 'the files fixed are the files in expected/');
    for (const rel of listFiles(dir)) {
      const want = expected.includes(rel) ? path.join(expectedDir, rel) : path.join(fixtureDir, rel);
      assert.ok(readFileSync(path.join(dir, rel)).equals(readFileSync(want)), `${rel} differs from ${path.relative(repoRoot, want)}`);
    }
    const after = await runEngine(config, { rules: [id] });
    assert.equal(after.diagnostics.filter((d) => d.ruleId === id).map((d) => d.message), []);
  });
}

fixtures.run();

// ---------------------------------------------------------------------------------------
// What is reported but never fixed: the fix would not be certain.

const certainty = suite('fix: only certain fixes (reported, not fixed)');

const FRONT = '---\ntitle: T\nms.date: 5/02/2019\n---\n';

/** Runs the fix passes of one rule over a set of files and says what would change. */
async function wouldFix(files: Record<string, string>, id: string, config?: Record<string, unknown>) {
  const set = contentSet(files, config);
  const run = await runFixPasses(set.config, { rules: [id] });
  return { changed: run.files.map((f) => f.file), findings: countOf(run.result.diagnostics, id) };
}

const enDe = (en: string, de: string, extra: Record<string, string> = {}) => ({ 'en/page.md': en, 'de/page-de.md': de, 'en/other.md': '# O\n', 'de/other-de.md': '# O\n', ...extra });

certainty('label-prefix: punctuation after a near miss, and a label that is another number', async () => {
  const en = '# L1 - Blocked\n\n# L1 - Open\n';
  for (const de of ['# L1: Blockiert\n\n# L1 - Offen\n', '# L1 -. Blockiert\n\n# L1 - Offen\n', '# L1 - Blockiert\n\n# L10 - Offen\n', '# L1 \\- Blockiert\n\n# L1 -&amp; Offen\n']) {
    const { changed, findings } = await wouldFix(enDe(en, de), 'label-prefix');
    assert.ok(findings > 0, de);
    assert.equal(changed, [], de);
  }
});

certainty('link-target: a reference definition (its span is searched for, and can land in the title)', async () => {
  const { changed, findings } = await wouldFix(enDe('[a][x]\n\n[x]: other_x.md\n', '[a][x]\n\n[x]: other\\_x.md "other_x.md"\n'), 'link-target');
  assert.ok(findings > 0);
  assert.equal(changed, []);
});

certainty('invisible-chars: joiners in joining scripts, bidi marks in right-to-left text, soft hyphens', async () => {
  const cases = ['Persian می\u200cخواهم text.\n', 'Hebrew שלום\u200f, text.\n', 'Donau\u00addampf.\n'];
  for (const de of cases) {
    const { changed, findings } = await wouldFix(enDe('Text.\n', de), 'invisible-chars');
    assert.ok(findings > 0, JSON.stringify(de));
    assert.equal(changed, [], JSON.stringify(de));
  }
  // A joiner inside an emoji sequence is part of the emoji: neither reported nor fixed.
  const emoji = await wouldFix(enDe('Text.\n', 'Family 👨\u200d👩\u200d👧 here.\n'), 'invisible-chars');
  assert.equal([emoji.findings, emoji.changed], [0, []]);
});

certainty('frontmatter-values: a tagged or anchored value, an empty value before a comment, a value that needs its anchor', async () => {
  const cases = [
    [FRONT, '---\ntitle: T\nms.date: !!str 4/01/2019\n---\n'],
    [FRONT, '---\ntitle: T\nms.date: &d 4/01/2019\nother: *d\n---\n'],
    [FRONT, '---\ntitle: T\nms.date: # to do\n---\n'],
    ['---\ntitle: T\nbase: &b x\nms.date: *b\n---\n', '---\ntitle: T\nbase: &b x\nms.date: y\n---\n'],
  ];
  for (const [en, de] of cases) {
    const { changed, findings } = await wouldFix(enDe(en, de), 'frontmatter-values');
    assert.ok(findings > 0, de);
    assert.equal(changed, [], de);
  }
});

certainty('frontmatter-keys: a reordered key is not added twice; mixed line breaks; flow-style front matter', async () => {
  const en = '---\ntitle: T\nms.date: 5/02/2019\nms.topic: playbook\n---\n';
  // Keys are a mapping: a reordered key is neither missing nor added, so nothing to fix.
  const reordered = await wouldFix(enDe(en, '---\nms.topic: playbook\ntitle: T\nms.date: 5/02/2019\n---\n'), 'frontmatter-keys');
  assert.equal([reordered.findings, reordered.changed], [0, []]);
  const cases = ['---\r\ntitle: T\nms.date: 5/02/2019\r\n---\n', '---\n{ title: T, ms.date: 5/02/2019 }\n---\n'];
  for (const de of cases) {
    const { changed, findings } = await wouldFix(enDe(en, de), 'frontmatter-keys');
    assert.ok(findings > 0, JSON.stringify(de));
    assert.equal(changed, [], JSON.stringify(de));
  }
});

certainty('refresh-table: a table in a quote, more than three columns, rows in no date order', async () => {
  const table = (rows: string[], prefix = '', columns = 3) =>
    [`| Date | Who | What |${columns > 3 ? ' Ver |' : ''}`, `|---|---|---|${columns > 3 ? '---|' : ''}`, ...rows].map((r) => `${prefix}${r}`).join('\n') + '\n';
  const rows = ['| 03/27/2020 | Ann | Two |', '| 09/27/2019 | Ann | One |', '| 05/02/2019 | Ann | Zero |'];
  const cases = [
    [table(rows, '> '), table([rows[0], rows[2]], '> ')],
    [table(rows.map((r) => `${r} 1 |`), '', 4), table([rows[0], rows[2]].map((r) => `${r} 1 |`), '', 4)],
    [table(rows), table([rows[2], '| 04/01/2020 | Ann | X |', rows[0]])],
  ];
  for (const [en, de] of cases) {
    const { changed, findings } = await wouldFix(enDe(`# Log\n\n${en}`, `# Log\n\n${de}`), 'refresh-table');
    assert.ok(findings > 0, de);
    assert.equal(changed, [], de);
  }
});

certainty.run();

// ---------------------------------------------------------------------------------------
// 2. Property: idempotent, nothing outside the fix ranges changes, BOM and line breaks kept

const property = suite('fix: property over generated files (fast-check, seeded)');

const PROSE_CHARS = ['a', 'b', 'z', ' ', ' ', 'ü', 'ß', '字', 'ヒ', '😀', '*', '_', '`', '[', ']', '(', ')', '|', '#', '<', '>', '\\', '&', '-', '–', ':', '\u200b', '\u00ad'];
const DATES = ['05/02/2019', '09/27/2019', '03/27/2020', '04/30/2020', '2020-06-01'];
const INVISIBLES = ['\u200b', '\u2060', '\u200d', '\u200e', '\u00ad', '\ufeff'];

const linkArb = fc.record({
  page: fc.constantFrom('alpha', 'beta'),
  anchor: fc.constantFrom('', '#x', '?v=1#y'),
  drift: fc.constantFrom('none', 'none', 'noSuffix', 'wrongSuffix'),
});
const sectionArb = fc.record({
  label: fc.integer({ min: 1, max: 12 }),
  labelDrift: fc.constantFrom('none', 'none', ' – ', '- ', ' -', '  -  ', ' — '),
  title: fc.constantFrom('Status', 'Blocked', 'Done'),
  prose: fc.array(fc.constantFrom(...PROSE_CHARS), { maxLength: 30 }).map((cs) => cs.join('')),
  invisible: fc.option(fc.tuple(fc.constantFrom(...INVISIBLES), fc.nat()), { nil: undefined }),
  links: fc.array(linkArb, { maxLength: 3 }),
});
const caseArb = fc.record({
  lineBreak: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 4 }),
  date: fc.constantFrom('keep', 'change', 'empty', 'drop'),
  dropTopic: fc.boolean(),
  rows: fc.subarray(DATES, { minLength: 1 }),
  keptRows: fc.array(fc.boolean(), { minLength: DATES.length, maxLength: DATES.length }),
  newestFirst: fc.boolean(),
});
type GeneratedCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const isoDate = (date: string) => date.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$1-$2');

/** The en source and the de translation of one generated case, drift included. */
function renderCase(c: GeneratedCase): { en: string; de: string } {
  const side = (locale: 'en' | 'de') => {
    const lines: string[] = ['---', 'title: Page', 'author: Celia Kennedy'];
    if (locale === 'en' || c.date !== 'drop') lines.push(locale === 'en' || c.date === 'keep' ? 'ms.date: 5/02/2019' : c.date === 'change' ? 'ms.date: 4/01/2019' : 'ms.date:');
    if (locale === 'en' || !c.dropTopic) lines.push('ms.topic: playbook');
    lines.push('---');
    for (const s of c.sections) {
      const separator = locale === 'de' && s.labelDrift !== 'none' ? s.labelDrift : ' - ';
      let prose = `${s.title} ${s.prose}`;
      if (locale === 'de' && s.invisible) prose = prose.slice(0, s.invisible[1] % (prose.length + 1)) + s.invisible[0] + prose.slice(s.invisible[1] % (prose.length + 1));
      lines.push(`# L${s.label}${separator}${s.title}`, '', prose.trim() === '' ? 'Text.' : prose, '');
      for (const link of s.links) {
        const suffix = locale === 'en' || link.drift === 'noSuffix' ? '' : link.drift === 'wrongSuffix' ? '-jp' : '-de';
        lines.push(`-  [L${s.label}${separator}${link.page}](${link.page}${suffix}.md${link.anchor})`);
      }
      lines.push('');
    }
    const rows = [...c.rows].sort((a, b) => (isoDate(a) < isoDate(b) ? -1 : 1));
    if (c.newestFirst) rows.reverse();
    const kept = rows.filter((d) => locale === 'en' || c.keptRows[DATES.indexOf(d)]);
    lines.push('## Refresh summary', '', '| Date | Who | What |', '| --- | --- | --- |', ...kept.map((d) => `| ${d} | Ann | Change of ${d} |`));
    const text = lines.join(c.lineBreak);
    return c.finalNewline ? text + c.lineBreak : text;
  };
  return { en: side('en'), de: side('de') };
}

const PROPERTY_CONFIG = {
  sets: [{ name: 'p', source: { locale: 'en-US', dir: 'en' }, locales: [{ locale: 'de-DE', dir: 'de', suffix: '-de' }, { locale: 'ja-JP', dir: 'ja', suffix: '-jp' }], include: ['**/*.md'] }],
  labels: { pattern: '^L\\d+ - ' },
};

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Each pass changes only its fix ranges: the text between them is the same before and after. */
function assertOnlyFixRangesChanged(file: FixedFile): void {
  let text = file.originalText;
  for (const pass of file.passes) {
    let after = '';
    let fromBefore = 0;
    for (const { range: [start, end], text: replacement } of pass) {
      assert.ok(start >= fromBefore, `${file.file}: the fixes of one pass are sorted and do not overlap`);
      after += text.slice(fromBefore, start) + replacement;
      fromBefore = end;
    }
    after += text.slice(fromBefore);
    text = after;
  }
  assert.is(text, file.text, `${file.file}: replaying the reported fixes gives the fixed text`);
}

property('--fix twice: the second changes nothing; only fix ranges change; BOM, CRLF and final newline kept', async () => {
  const fixedByRule: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      const { en, de } = renderCase(c);
      const dir = temporaryDir();
      const write = (rel: string, text: string) => {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        writeFileSync(path.join(dir, rel), Buffer.concat([c.bom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]));
      };
      write('en/page.md', en);
      write('de/page-de.md', de);
      for (const page of ['alpha', 'beta']) {
        write(`en/${page}.md`, '# Page\n');
        write(`de/${page}-de.md`, '# Seite\n');
      }
      const config = resolveConfig(PROPERTY_CONFIG, dir);
      const originals = Object.fromEntries(['en/page.md', 'de/page-de.md'].map((rel) => [rel, readFileSync(path.join(dir, rel))]));

      const first = await fixAndWrite(config);
      assert.equal(first.failures, []);
      for (const file of first.files) {
        for (const [id, n] of Object.entries(file.fixesByRule)) fixedByRule[id] = (fixedByRule[id] ?? 0) + n;
        assertOnlyFixRangesChanged(file);
        const bytes = readFileSync(file.abs);
        const original = originals[file.file];
        assert.ok(bytes.equals(Buffer.concat([c.bom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(file.text, 'utf8')])), 'written bytes are the BOM and the fixed text');
        assert.is(bytes.subarray(0, 3).equals(UTF8_BOM), original.subarray(0, 3).equals(UTF8_BOM), 'BOM kept');
        const text = file.text;
        if (c.lineBreak === '\r\n') assert.not.match(text, /(^|[^\r])\n/, 'CRLF kept: no bare LF');
        else assert.not.match(text, /\r/, 'LF kept: no CR');
        assert.is(/\r?\n$/.test(text), c.finalNewline, 'final newline kept (or its absence)');
      }
      const fixedBytes = hashTree(dir);
      const second = await fixAndWrite(config);
      assert.is(second.fixCount, 0, `second --fix applied ${second.fixCount} fixes: ${JSON.stringify(second.files.map((f) => f.passes))}\n${de}`);
      assert.equal(hashTree(dir), fixedBytes, 'second --fix changes no byte');
    }),
    { seed: 42, numRuns: 200 },
  );
  // The generated drift reaches every fixable rule, so the property covers every fix.
  for (const id of fixable) assert.ok((fixedByRule[id] ?? 0) > 0, `no generated case was fixed by ${id}: ${JSON.stringify(fixedByRule)}`);
});

property.run();

// ---------------------------------------------------------------------------------------
// 3. Failed writes leave the original intact

const writes = suite('fix: atomic writes');

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

writes('a crash between write and rename leaves the original and no temporary file', () => {
  const dir = temporaryDir();
  const file = path.join(dir, 'page-de.md');
  writeFileSync(file, 'original\r\n');
  assert.throws(() => writeFileAtomic(file, Buffer.from('fixed\r\n'), { rename: () => { throw new Error('simulated crash before rename'); } }), /simulated crash/);
  assert.is(readFileSync(file, 'utf8'), 'original\r\n');
  assert.equal(leftovers(dir), []);
});

writes('a read-only directory: the write fails and the original stays (root may write anyway: then the write is whole)', () => {
  const dir = temporaryDir();
  const file = path.join(dir, 'page-de.md');
  writeFileSync(file, 'original\n');
  chmodSync(dir, 0o555);
  try {
    let threw = false;
    try {
      writeFileAtomic(file, Buffer.from('fixed\n'));
    } catch {
      threw = true;
    }
    // chmod does not stop root; the crash test above covers failure for every user.
    const root = process.getuid?.() === 0;
    if (!root) assert.ok(threw, 'writing into a read-only directory must fail');
    assert.is(readFileSync(file, 'utf8'), threw ? 'original\n' : 'fixed\n');
    assert.equal(leftovers(dir), []);
  } finally {
    chmodSync(dir, 0o755);
  }
});

writes('keeps the file mode, and writes through a symbolic link to the file it names', () => {
  const dir = temporaryDir();
  const file = path.join(dir, 'page.md');
  writeFileSync(file, 'a\n');
  chmodSync(file, 0o640);
  symlinkSync('page.md', path.join(dir, 'link.md'));
  writeFileAtomic(path.join(dir, 'link.md'), Buffer.from('b\n'));
  assert.is(statSync(file).mode & 0o777, 0o640);
  assert.ok(lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
  assert.is(readFileSync(file, 'utf8'), 'b\n');
});

writes('--fix with a failing rename: originals intact, the failure reported, the report made from the disk', async () => {
  const set = contentSet(enDe('# L1 - Blocked\n', '# L1 – Blockiert\n'));
  const before = hashTree(set.dir);
  const outcome = await fixAndWrite(set.config, { rules: ['label-prefix'] }, { rename: () => { throw new Error('simulated crash before rename'); } });
  assert.equal(outcome.failures.map((f) => f.file), ['de/page-de.md']);
  assert.match(outcome.failures[0].message, /simulated crash.*unchanged/);
  assert.equal(hashTree(set.dir), before);
  assert.is(countOf(outcome.result.diagnostics, 'label-prefix'), 1, 'the finding is still in the file, so still reported');
  assert.is(outcome.fixCount, 0);
});

writes('a file saved by someone else after it was linted is not fixed with offsets of the old text', async () => {
  const set = contentSet(enDe('# L1 - Blocked\n', '# L1 – Blockiert\n'));
  const file = path.join(set.dir, 'de/page-de.md');
  let saved = false;
  const loadThenSave: OutlineLoader = async (files, options, maxFileSize) => {
    const outcomes = await loadOutlinesInThread(files, options, maxFileSize);
    if (!saved) writeFileSync(file, 'Inserted by an editor.\n\n# L1 – Blockiert\n');
    saved = true;
    return outcomes;
  };
  const run = await runFixPasses(set.config, { rules: ['label-prefix'], loadOutlines: loadThenSave });
  assert.equal(run.files, []);
  assert.is(readFileSync(file, 'utf8'), 'Inserted by an editor.\n\n# L1 – Blockiert\n');
});

writes('a file changed on disk while fixing is not overwritten', async () => {
  const set = contentSet(enDe('# L1 - Blocked\n', '# L1 – Blockiert\n'));
  const run = await runFixPasses(set.config, { rules: ['label-prefix'] });
  const file = path.join(set.dir, 'de/page-de.md');
  writeFileSync(file, '# L1 – Blockiert\n\nEdited meanwhile.\n');
  const failures = writeFixedFiles(run.files);
  assert.equal(failures.map((f) => f.file), ['de/page-de.md']);
  assert.is(readFileSync(file, 'utf8'), '# L1 – Blockiert\n\nEdited meanwhile.\n');
});

writes.run();

// ---------------------------------------------------------------------------------------
// 4. The command line

const command = suite('fix: --fix and --fix-dry-run on the command line');
const demoDir = path.join(repoRoot, 'demo');

command('--fix-dry-run on the demo set prints a diff and changes no byte of it (sha256 of every file)', async () => {
  assert.ok(existsSync(path.join(demoDir, 'l10n-lint.config.json')), 'demo/l10n-lint.config.json');
  const before = hashTree(demoDir);
  const { code, stdout, stderr } = await cli(['--config', path.join(demoDir, 'l10n-lint.config.json'), '--fix-dry-run']);
  assert.equal(hashTree(demoDir), before);
  assert.match(stdout, /^--- a\/de-DE\/status-list-de\.md\n\+\+\+ b\/de-DE\/status-list-de\.md\n@@ /m);
  assert.match(stdout, /^-# L1 – Blockiert\n\+# L1 - Blockiert$/m);
  assert.match(stderr, /\d+ fixes in \d+ files would be applied \(--fix-dry-run: nothing written\)/);
  assert.is(code, 1, 'findings remain that no fix can mend');
  assert.not.match(stdout, /has no `-es` suffix/, 'the report is of what would remain');
});

command('--fix-dry-run on a fixture set: the diff, and no byte changed', async () => {
  const fixtureDir = path.join(fixFixtures, 'refresh-table');
  const before = hashTree(fixtureDir);
  const { stdout } = await cli(['--config', path.join(fixtureDir, 'l10n-lint.config.json'), '--fix-dry-run']);
  assert.equal(hashTree(fixtureDir), before);
  assert.match(stdout, /^\+\| 09\/27\/2019 \| Celia Kennedy \| \[übersetzen\] Updated partner content \|$/m);
});

command('--fix on a copy of the demo: writes, says how many, reports what remains; a second run fixes nothing', async () => {
  const dir = temporaryDir();
  cpSync(demoDir, dir, { recursive: true });
  const config = path.join(dir, 'l10n-lint.config.json');
  const fixable = (await runEngine(resolveConfig(JSON.parse(readFileSync(config, 'utf8')), dir))).diagnostics.filter((d) => d.fix);
  const first = await cli(['--config', config, '--fix', '--format', 'json']);
  const report = JSON.parse(first.stdout);
  assert.match(first.stderr, /^l10n-lint: Applied \d+ fix(es)? in \d+ files?\.$/m);
  assert.ok(fixable.length > 0);
  for (const d of fixable) assert.not.ok(report.diagnostics.some((r: { fingerprint: string }) => r.fingerprint === d.fingerprint), `fixed, yet still reported: ${d.message}`);
  assert.is(first.code, report.summary.errors > 0 ? 1 : 0, 'exit code follows the findings that remain');
  const fixedBytes = hashTree(dir);
  const second = await cli(['--config', config, '--fix']);
  assert.match(second.stderr, /Applied 0 fixes in 0 files\./);
  assert.equal(hashTree(dir), fixedBytes);
});

command('--fix and --fix-dry-run together: a usage error, nothing written', async () => {
  const before = hashTree(demoDir);
  const { code, stderr } = await cli(['--config', path.join(demoDir, 'l10n-lint.config.json'), '--fix', '--fix-dry-run']);
  assert.is(code, 2);
  assert.match(stderr, /--fix-dry-run/);
  assert.equal(hashTree(demoDir), before);
});

command.after(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

command.run();
