// Examples for link-target (docs/rules/link-target.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

export const examples: readonly RuleExample[] = [];
