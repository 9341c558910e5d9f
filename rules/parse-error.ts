import type { RuleModule, FileRule } from '../src/types.js';
import { examples } from './docs/parse-error.js';

export const meta: RuleModule['meta'] = {
  id: 'parse-error',
  description: 'A file that cannot be read, decoded or parsed.',
  category: 'files',
  defaultSeverity: 'error',
  fixable: false,
  scope: 'file',
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    unreadable: 'Cannot read the file: {detail}.',
    tooLarge: 'File is too large to lint ({detail}); raise "maxFileSize" in the config to lint it.',
    binary: 'File looks binary ({detail}); exclude it from the set\'s "include" globs.',
    utf16: 'File is UTF-16 ({detail}); save it as UTF-8.',
    invalidUtf8: 'File is not valid UTF-8 ({detail}); save it as UTF-8.',
    parseFailed: 'File could not be parsed: {detail}.',
    timeout: 'Linting the file took too long ({detail}); it was skipped.',
    tooDeep: 'File is nested too deeply to lint ({detail}).',
    outsideRoot: 'File is a symbolic link that leaves the content root; it was not read ({detail}).',
    notRegular: 'File is not a regular file ({detail}); it was not read.',
    lineTooLong: 'A line is too long to lint ({detail}); raise "maxLineLength" in the config to lint it.',
  },
  docs: {
    description: 'A file that cannot be read or decoded is reported here instead of stopping the run; the rest of the corpus is still linted.',
    example: 'A translation saved as UTF-16 by an editor, or a PNG matched by a too-wide glob.',
    examples,
  },
};

export const checkFile: NonNullable<RuleModule['checkFile']> = ({ finding, report }) => {
  if (finding.kind !== 'parse') return;
  const at =
    finding.line !== undefined && finding.column !== undefined
      ? { start: { line: finding.line, column: finding.column, offset: 0 }, end: { line: finding.line, column: finding.column, offset: 0 } }
      : undefined;
  report({ messageId: finding.reason, data: { detail: finding.detail }, key: `parse:${finding.reason}`, ...(at ? { at } : {}) });
};

export default { meta, checkFile } satisfies FileRule;
