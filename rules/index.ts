// The explicit, sorted registry of rules. A test fails when it is unsorted or when a
// rule's meta.id differs from its file name.
import type { RuleModule } from '../src/types.js';

export const rules: readonly RuleModule[] = [];

export const rulesById: ReadonlyMap<string, RuleModule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
