// User-written regular expressions (label patterns) run on RE2JS, a linear-time engine,
// so a catastrophic pattern such as `(a+)+$` cannot hang a run on hostile content.
import { RE2JS } from 're2js';

export interface UserPattern {
  source: string;
  /** The match at the start of `text`, or null. */
  matchStart(text: string): string | null;
}

/** Compiles a user pattern; throws an Error with a readable reason when it is invalid. */
export function compileUserPattern(source: string): UserPattern {
  const compiled = RE2JS.compile(source);
  return {
    source,
    matchStart(text: string): string | null {
      const matcher = compiled.matcher(text);
      return matcher.lookingAt() ? matcher.group(0) : null;
    },
  };
}
