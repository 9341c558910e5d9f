// The vocabulary of l10n-lint. Every stage is written in these types: config ->
// discover (FilePair) -> parse -> outline (Outline) -> align (Alignment) -> rules
// (RuleModule, Report) -> engine (Diagnostic) -> reporters (LintResult).
//
// The types live by stage in src/types/; this module is the one place the rest imports them from.
export type * from './types/config.js';
export type * from './types/outline.js';
export type * from './types/rules.js';
export type * from './types/site.js';
export type * from './types/result.js';
