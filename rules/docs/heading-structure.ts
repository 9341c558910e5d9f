// Examples for heading-structure (docs/rules/heading-structure.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

export const examples: readonly RuleExample[] = [];
