// The outline format's version, alone in its module: the cache needs it at every start-up,
// and importing it from outline/index.ts would load the outline builders (and yaml) with it.

/**
 * Bump when the Outline shape or how its values are computed changes (positions, spans,
 * normalization): cached outlines of another version are rebuilt. 3: lone-CR line breaks
 * and parse-error columns counted in characters. 4: TOML front matter, nested
 * front-matter keys as entries of their own, MDX and directive nodes, explicit heading IDs
 * (`{#id}`), links/anchors in raw HTML, `l10n-lint-disable-line` directives, lost
 * headings and block prose. 5: `includes` (include directives the page does not expand); a
 * heading's attribute list without an ID (`{.class}`) left out of its slug, an ID after classes read.
 */
export const OUTLINE_VERSION = 5;
