// Rule settings from config merged over rule defaults; options validated by each rule's
// own schema, so a rule only ever sees options it declared.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass } from 'ajv';
import type { FileRule, PairRule, RuleModule, RuleSetting, Severity, SeveritySetting } from '../types.js';
import { ConfigError } from '../config/error.js';
import { ruleOptionsValidators, type Validator } from '../generated/validators.js';
import { rulesById } from '../../rules/index.js';

export interface ActiveRule<R extends RuleModule = RuleModule> {
  rule: R;
  severity: Severity;
  options: Record<string, unknown>;
}

// The registered rules' schemas are precompiled (src/generated/validators.ts, with these
// options): a run neither loads ajv nor compiles a schema. Only a rule from elsewhere
// (EngineOptions.ruleModules) is compiled here, loading ajv then; activeRules is synchronous.
let ajv: AjvClass | null = null;
const compiled = new Map<string, Validator>();

function validatorFor(rule: RuleModule): Validator {
  const precompiled = rulesById.get(rule.meta.id)?.meta.schema === rule.meta.schema ? ruleOptionsValidators[rule.meta.id] : undefined;
  if (precompiled) return precompiled;
  let validate = compiled.get(rule.meta.id);
  if (!validate) {
    if (!ajv) {
      const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
      ajv = new Ajv({ allErrors: false, strict: false, useDefaults: true });
    }
    validate = ajv.compile(rule.meta.schema);
    compiled.set(rule.meta.id, validate);
  }
  return validate;
}

export function toSeverity(setting: SeveritySetting): Severity | null {
  return setting === 'off' ? null : setting === 'warn' ? 'warning' : setting;
}

/** The rules to run, with severity and validated options; `only` narrows to some ids (--rule). */
export function activeRules(all: readonly RuleModule[], settings: Record<string, RuleSetting>, only?: readonly string[]): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of all) {
    if (only && only.length > 0 && !only.includes(rule.meta.id)) continue;
    const setting = settings[rule.meta.id] ?? rule.meta.defaultSeverity;
    const [level, given] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = toSeverity(level);
    if (!severity) continue;
    const options = structuredClone({ ...(rule.meta.defaults ?? {}), ...(given ?? {}) });
    const validate = validatorFor(rule);
    if (!validate(options)) {
      const error = validate.errors?.[0];
      throw new ConfigError(`Invalid config: /rules/${rule.meta.id}/1${error?.instancePath ?? ''}: ${error?.message ?? 'invalid options'}`, `/rules/${rule.meta.id}/1`);
    }
    active.push({ rule, severity, options });
  }
  return active;
}

/** A pair rule (scope `pair`, the default): run on every aligned pair. */
export function isPairRule(active: ActiveRule): active is ActiveRule<PairRule> {
  return active.rule.meta.scope !== 'file' && typeof active.rule.check === 'function';
}

/** A file rule with a `checkFile`: run on every discovery and parse finding. */
export function isFileFindingRule(active: ActiveRule): active is ActiveRule<FileRule & Required<Pick<FileRule, 'checkFile'>>> {
  return typeof active.rule.checkFile === 'function';
}
