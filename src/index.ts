// The programmatic API: lint(options) -> LintResult, the same run the CLI makes.
import path from 'node:path';
import { loadConfig, resolveConfig, ConfigError } from './config/load.js';
import { runEngine, type EngineOptions } from './engine/lint.js';
import type { Config, LintResult } from './types.js';

export interface LintOptions extends EngineOptions {
  /** A config file path, or a config object (paths in it relative to `cwd`). Default: ./l10n-lint.config.json. */
  config?: string | Record<string, unknown>;
  /** Working directory for relative paths (default: process.cwd()). */
  cwd?: string;
}

/** Loads a config from a path or object, validated and defaulted. Throws ConfigError. */
export function resolveLintConfig(options: Pick<LintOptions, 'config' | 'cwd'>): Config {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (options.config !== undefined && typeof options.config === 'object') return resolveConfig(options.config, cwd, null);
  return loadConfig(options.config, cwd);
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const config = resolveLintConfig(options);
  return runEngine(config, options);
}

export { ConfigError, runEngine };
export { rules, rulesById } from '../rules/index.js';
export type * from './types.js';
