import type { RuleModule, FileRule } from '../src/types.js';
import { examples } from './docs/inline-directive.js';

// The engine, not check(), reports through these messages (src/engine/directives.ts): only
// it sees which findings each directive silenced. Reporting through a rule keeps the
// findings validated, configurable ("inline-directive": "off") and baselinable.
export const meta: RuleModule['meta'] = {
  id: 'inline-directive',
  description: 'An inline disable comment that silences nothing or names an unknown rule.',
  category: 'content',
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'file',
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    unused: 'Unused `{directive}` for `{rule}`: no {rule} finding here to silence; remove it, or the rule id from it.',
    unusedAll: 'Unused `{directive}`: it silences no finding; remove it.',
    unknownRule: 'Unknown rule `{rule}` in `{directive}`; expected an l10n-lint rule id.',
    unknownRuleSuggestion: 'Unknown rule `{rule}` in `{directive}`; expected an l10n-lint rule id, probably `{suggestion}`.',
    selfDirective: '`{directive}` cannot silence inline-directive\'s own findings; set "inline-directive" to "off" in the config instead.',
  },
  docs: {
    description:
      'Findings can be silenced in a file with `<!-- l10n-lint-disable rule-id -->` … `<!-- l10n-lint-enable rule-id -->`, `<!-- l10n-lint-disable-next-line rule-id -->`, `<!-- l10n-lint-disable-line rule-id -->` (at the end of the line it silences) and `<!-- l10n-lint-disable-file rule-id -->` (no rule id: every rule). A directive that silences nothing, or names a rule that does not exist, is reported, so stale exceptions do not pile up. A directive naming a rule that is off is not reported.',
    example: '`<!-- l10n-lint-disable-next-line link-taget -->` (a typo: `link-target`), or a disable left behind after the drift it excused was fixed.',
    examples,
  },
};

export default { meta } satisfies FileRule;
