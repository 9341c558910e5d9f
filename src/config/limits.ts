// Defaults of the resource limits in the config, in a module of their own: the parser
// (in workers) and the cache (loaded at start-up) need them without loading the config
// validator or the parser.

/**
 * Longest line parsed by default, in UTF-16 code units. micromark's cost on one line grows
 * faster than linearly (a 2 MB paragraph of links took over 15 minutes in resolveAllText);
 * real pages' longest lines are a few thousand characters (tables, minified HTML).
 */
export const DEFAULT_MAX_LINE_LENGTH = 100_000;
