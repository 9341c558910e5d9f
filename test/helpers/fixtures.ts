// Shared by the data-driven suites: where fixtures live, the default config of a rule
// case, and running a case to the `file:line:col: message [rule-id]` lines of expected.txt.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/index.js';
import { formatFindingLine } from '../../src/reporters/stylish.js';
import type { LintResult } from '../../src/types.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixturesDir = path.join(repoRoot, 'fixtures');

/**
 * The config a rule case gets when it has no l10n-lint.config.json of its own: source
 * en-US in `en/`, de-DE in `de/` (suffix -de), ja-JP in `ja/` (suffix -jp), labels `L<n> - `.
 */
export const DEFAULT_CASE_CONFIG = {
  sets: [
    {
      name: 'case',
      source: { locale: 'en-US', dir: 'en' },
      locales: [
        { locale: 'de-DE', dir: 'de', suffix: '-de' },
        { locale: 'ja-JP', dir: 'ja', suffix: '-jp' },
      ],
      include: ['**/*.md'],
      keepNames: ['index.md', 'toc.yml'],
    },
  ],
  labels: { pattern: '^L\\d+ - ' },
};

export function caseConfig(caseDir: string): Record<string, unknown> {
  const file = path.join(caseDir, 'l10n-lint.config.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : structuredClone(DEFAULT_CASE_CONFIG);
}

export function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}

export function readExpected(caseDir: string): string[] {
  const file = path.join(caseDir, 'expected.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The findings as expected.txt lines, in the engine's order (file, line, column, rule). */
export function toLines(result: LintResult): string[] {
  return result.diagnostics.map(formatFindingLine);
}

/** Lints a case directory with only `ruleIds` on (all rules when empty). */
export async function lintCase(caseDir: string, ruleIds: string[] = []): Promise<LintResult> {
  return lint({ config: caseConfig(caseDir), cwd: caseDir, rules: ruleIds.length ? ruleIds : undefined });
}
