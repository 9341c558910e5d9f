// User-written regular expressions (label patterns) run on RE2JS, a linear-time engine,
// so a catastrophic pattern such as `(a+)+$` cannot hang a run on hostile content.
import { createRequire } from 'node:module';
import type { RE2JS as RE2JSClass } from 're2js';

export interface UserPattern {
  source: string;
  /** The match at the start of `text`, or null. */
  matchStart(text: string): string | null;
}

// Loaded on the first pattern, not at start-up: most configs have no `labels.pattern`.
// Compiling is synchronous, hence require() (re2js ships a CommonJS build beside its ESM one).
let re2js: typeof RE2JSClass | null = null;

/** Compiles a user pattern; throws an Error with a readable reason when it is invalid. */
export function compileUserPattern(source: string): UserPattern {
  re2js ??= (createRequire(import.meta.url)('re2js') as typeof import('re2js')).RE2JS;
  const compiled = compileOrExplain(re2js, source);
  return {
    source,
    matchStart(text: string): string | null {
      const matcher = compiled.matcher(text);
      return matcher.lookingAt() ? matcher.group(0) : null;
    },
  };
}

/**
 * RE2 has no look-around. RE2JS reads a look-behind `(?<=` / `(?<!` as a named group
 * (`(?<name>`) and says "invalid named capture"; RE2 itself says "invalid or unsupported
 * Perl syntax", as RE2JS does for a look-ahead: give that text, naming the construct.
 */
function compileOrExplain(engine: typeof RE2JSClass, source: string): ReturnType<typeof RE2JSClass.compile> {
  try {
    return engine.compile(source);
  } catch (error) {
    const lookBehind = /\(\?<[=!]/.exec(source);
    if (lookBehind && /invalid named capture/.test((error as Error).message)) {
      throw new Error(`error parsing regexp: invalid or unsupported Perl syntax: \`${lookBehind[0]}\` (RE2 has no look-behind)`);
    }
    throw error;
  }
}
