// --shard i/n as given, apart from the shard planner (shard.ts, which needs discovery): the
// CLI checks the option while parsing the arguments, before it knows the run needs shards.
import { ConfigError } from '../config/error.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) throw new ConfigError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/3), got "${text}"`);
  return { index, count };
}
