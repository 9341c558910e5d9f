// The config schema is the committed base (schema/config.base.json) with its `rules`
// section generated from rule metadata, so editors, the loader and the docs cannot drift.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import type { RuleModule } from '../types.js';

function ruleSettingSchema(rule: RuleModule): Record<string, unknown> {
  const severity = { $ref: '#/definitions/severity' };
  return {
    description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`,
    anyOf: [
      severity,
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [severity, rule.meta.schema],
        additionalItems: false,
      },
    ],
  };
}

/** The full config schema for the given rules (what `schema/config.schema.json` holds). */
export function buildConfigSchema(rules: readonly RuleModule[]): Record<string, any> {
  const base = JSON.parse(readFileSync(packagePath('schema/config.base.json'), 'utf8'));
  const properties: Record<string, unknown> = {};
  for (const rule of rules) properties[rule.meta.id] = ruleSettingSchema(rule);
  base.properties.rules.properties = properties;
  return base;
}
