// ConfigError on its own, apart from the config loader: the CLI checks for it on every
// failure, and shard, baseline, merge and snapshot throw it, without loading the loader.

/** A usage or config problem: reported on stderr, nothing linted, exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly jsonPath: string | null = null,
    readonly file: string | null = null,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
