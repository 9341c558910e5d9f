// Examples for invisible-chars (docs/rules/invisible-chars.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

export const examples: readonly RuleExample[] = [];
