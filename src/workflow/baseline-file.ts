// The baseline's default file name, apart from baseline.ts: the CLI's help names it, and
// building the command line must not load the baseline's reader and validator.
export const DEFAULT_BASELINE_FILE = '.l10n-lint-baseline.json';
