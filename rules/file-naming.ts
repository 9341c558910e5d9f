import type { RuleModule, FileRule } from '../src/types.js';
import { examples } from './docs/file-naming.js';

export const meta: RuleModule['meta'] = {
  id: 'file-naming',
  description: "A locale file whose name breaks the locale's convention (no suffix, wrong suffix), or a second file competing for the same source.",
  category: 'files',
  defaultSeverity: 'error',
  fixable: false,
  scope: 'file',
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    misnamed: '`{actual}` breaks the {locale} naming convention; expected `{expected}`. It is still checked against its source.',
    duplicate: '`{actual}` competes with `{winner}` for the same source; only `{winner}` is checked.',
  },
  docs: {
    description: 'A misnamed file is paired anyway, so its content is checked, and reported so the name can be fixed. When two files compete for one source, the correctly named one wins.',
    example: '`de-DE/setup.md` (no `-de` suffix) or `de-DE/setup-jp.md` (the Japanese suffix) instead of `de-DE/setup-de.md`.',
    examples,
  },
};

export const checkFile: NonNullable<RuleModule['checkFile']> = ({ finding, report }) => {
  if (finding.kind === 'misnamed') {
    report({ messageId: 'misnamed', data: { actual: finding.actual ?? finding.file, locale: finding.locale, expected: finding.expected ?? '' }, expected: finding.expected, actual: finding.actual, key: `misnamed:${finding.file}` });
  } else if (finding.kind === 'duplicate') {
    report({ messageId: 'duplicate', data: { actual: finding.actual ?? finding.file, winner: finding.winner ?? '' }, expected: finding.expected, actual: finding.actual, key: `duplicate:${finding.file}` });
  }
};

export default { meta, checkFile } satisfies FileRule;
