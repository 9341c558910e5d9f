// The outline format's version, alone in its module: the cache needs it at every start-up,
// and importing it from outline/index.ts would load the outline builders (and yaml) with it.

/**
 * Bump when the Outline shape or how its values are computed changes (positions, spans,
 * normalization): cached outlines of another version are rebuilt. 4: heading `id`, lost headings, block prose. 3: lone-CR line breaks
 * and parse-error columns counted in characters.
 */
export const OUTLINE_VERSION = 4;
