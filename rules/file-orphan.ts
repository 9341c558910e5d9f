import type { RuleModule, FileRule } from '../src/types.js';
import { examples } from './docs/file-orphan.js';

export const meta: RuleModule['meta'] = {
  id: 'file-orphan',
  description: 'A locale file with no source file.',
  category: 'files',
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'file',
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    orphan: '`{file}` has no counterpart in the canonical; remove it, or add the source file it translates.',
  },
  docs: {
    description: 'A file in a locale directory that pairs with no canonical file, even with its suffix fixed: usually a page deleted or renamed in the source and left behind in the translation.',
    example: '`de-DE/old-page-de.md` after `en-US/old-page.md` was removed.',
    examples,
  },
};

export const checkFile: NonNullable<RuleModule['checkFile']> = ({ finding, report }) => {
  if (finding.kind !== 'orphan') return;
  report({ messageId: 'orphan', data: { file: finding.file }, actual: finding.file, key: `orphan:${finding.file}` });
};

export default { meta, checkFile } satisfies FileRule;
