import type { RuleModule, FileRule } from '../src/types.js';
import { examples } from './docs/file-missing.js';

export const meta: RuleModule['meta'] = {
  id: 'file-missing',
  description: 'A source file with no translation in a locale.',
  category: 'files',
  defaultSeverity: 'error',
  fixable: false,
  scope: 'file',
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    missing: 'No {locale} translation of `{source}`; expected `{expected}`.',
    missingConsensus: 'No {locale} copy of `{expected}`, which most locales have.',
  },
  docs: {
    description: 'Every canonical file must exist in every locale, under the name the locale convention gives it (suffix, keepNames).',
    example: '`en-US/setup.md` exists, `de-DE/setup-de.md` does not.',
    examples,
  },
};

export const checkFile: NonNullable<RuleModule['checkFile']> = ({ finding, report }) => {
  if (finding.kind !== 'missing') return;
  report({
    messageId: finding.sourceFile ? 'missing' : 'missingConsensus',
    data: { locale: finding.locale, source: finding.sourceFile ?? '', expected: finding.expected ?? finding.file },
    expected: finding.expected,
    key: `missing:${finding.file}`,
  });
};

export default { meta, checkFile } satisfies FileRule;
