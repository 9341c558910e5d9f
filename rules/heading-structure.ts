import type { HeadingEl, RuleContext, RuleModule, UndecidedHeadings } from '../src/types.js';
import { headingInsertionPoint } from '../src/align/insertion.js';
import { examples } from './docs/heading-structure.js';

export const meta: RuleModule['meta'] = {
  id: 'heading-structure',
  description: 'Headings missing, added, reordered or at another depth.',
  category: 'headings',
  defaultSeverity: 'error',
  fixable: false,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    missing: 'Missing a level-{depth} heading here: {canonical} has `{text}` (line {canonicalLine}).',
    lostNoSpace: 'Missing a level-{depth} heading here: {canonical} has `{text}` (line {canonicalLine}); `{written}` is not a heading without a space after the `#` marks.',
    lostInHtml: 'Missing a level-{depth} heading here: {canonical} has `{text}` (line {canonicalLine}); `{written}` is read as part of the HTML block above it (add a blank line before it).',
    extra: 'Unexpected level-{depth} heading `{text}`: {canonical} has no heading here.',
    depth: 'Heading `{text}` is level {actual}; expected level {expected} (as in {canonical} line {canonicalLine}).',
    moved: 'Heading `{text}` is out of order: in {canonical} it comes at line {canonicalLine}, as heading {expected}.',
    fewer: 'This page has {count} level-{depth} heading{s} fewer than {canonical} {range}: {canonical} has {expected} there ({headings}), this page {actual}; the structure does not tell which is missing.',
    more: 'This page has {count} level-{depth} heading{s} more than {canonical} {range}: {actual} here ({headings}), {expected} in {canonical}; the structure does not tell which was added.',
  },
  docs: {
    description: 'Headings are paired first by what translation leaves alone (an explicit `{#id}`, inline code and numbers in the heading), fenced in by the paragraphs both sides hold with the same code, numbers and link targets, then by depth sequence, the links under them and the blocks of their sections (kinds, list item counts, code fences, table columns, and the code, numbers and link targets they hold; never by their translated text). Where sections are so alike that equally good pairings disagree on which heading is missing or added, the finding gives the count at that depth between the two headings around them, with the candidates, instead of naming one that may be the wrong one. A heading the locale lacks is reported where it belongs (on the `##Usage` line that lost its space, or the line an HTML block swallowed), one the locale adds or nests differently is drift; a section moved whole is a note (nothing in a set with `order: "free"`).',
    example: 'en-US has `## Refresh summary` at the end; ja-JP has none, or has it as `#`.',
    examples,
  },
};

/** The run's place in the locale file, by the locale headings around it. */
function rangeOf(run: UndecidedHeadings): string {
  const name = (h: HeadingEl) => `\`${h.text}\` (line ${h.span.start.line})`;
  if (run.before && run.after) return `between ${name(run.before.locale)} and ${name(run.after.locale)}`;
  if (run.before) return `after ${name(run.before.locale)}`;
  return run.after ? `before ${name(run.after.locale)}` : 'on this page';
}

/** One finding per depth whose count differs in a run the structure cannot place; none where the counts agree (the headings are there). */
function reportUndecided(ctx: RuleContext, run: UndecidedHeadings): void {
  const range = rangeOf(run);
  const depths = [...new Set([...run.canonical, ...run.locale].map((h) => h.depth))].sort((a, b) => a - b);
  const list = (hs: HeadingEl[]) => hs.map((h) => `\`${h.text}\``).join(', ');
  for (const depth of depths) {
    const [cs, ls] = [run.canonical.filter((h) => h.depth === depth), run.locale.filter((h) => h.depth === depth)];
    if (cs.length === ls.length) continue;
    // None at this depth on one side: which ones are missing (or added) is no question.
    if (ls.length === 0) for (const h of cs) ctx.report({ messageId: 'missing', data: { depth, text: h.text }, at: run.span, related: { span: h.span }, expected: '#'.repeat(depth) + ' ' + h.text, key: `heading:${h.index}` });
    if (cs.length === 0) for (const h of ls) ctx.report({ messageId: 'extra', data: { depth, text: h.text }, at: h.span, actual: h.text, key: `extra-heading:${depth}:${h.index}` });
    if (cs.length === 0 || ls.length === 0) continue;
    const fewer = cs.length > ls.length;
    const count = Math.abs(cs.length - ls.length);
    const data = { count, s: count === 1 ? '' : 's', depth, range, expected: cs.length, actual: ls.length, headings: list(fewer ? cs : ls) };
    ctx.report({ messageId: fewer ? 'fewer' : 'more', data, at: run.span, related: { span: cs[0].span }, key: `heading-count:${depth}:${cs[0].index}` });
  }
}

export const check: RuleModule['check'] = (ctx) => {
  const { alignment, locale } = ctx;
  for (const run of alignment.undecidedHeadings ?? []) reportUndecided(ctx, run);
  for (const heading of alignment.headings.canonicalOnly) {
    const place = alignment.missingHeadingPlaces?.get(heading.index);
    const lost = place?.lost ?? null;
    ctx.report({
      messageId: lost ? (lost.reason === 'no-space' ? 'lostNoSpace' : 'lostInHtml') : 'missing',
      data: { depth: heading.depth, text: heading.text, ...(lost ? { written: lost.text } : {}) },
      at: place?.span ?? headingInsertionPoint(heading, alignment, locale),
      related: { span: heading.span },
      expected: '#'.repeat(heading.depth) + ' ' + heading.text,
      key: `heading:${heading.index}`,
    });
  }
  for (const heading of alignment.headings.localeOnly) {
    ctx.report({ messageId: 'extra', data: { depth: heading.depth, text: heading.text }, at: heading.span, actual: heading.text, key: `extra-heading:${heading.depth}:${heading.index}` });
  }
  for (const { canonical, locale: found } of alignment.headings.matched) {
    if (canonical.depth === found.depth) continue;
    ctx.report({
      messageId: 'depth',
      data: { text: found.text, actual: found.depth, expected: canonical.depth },
      at: found.span,
      related: { span: canonical.span },
      expected: String(canonical.depth),
      actual: String(found.depth),
      key: `heading-depth:${canonical.index}`,
    });
  }
  for (const { canonical, locale: found } of alignment.movedHeadings) {
    // A section moved whole, keeping its keys: a note, once (an `order: "free"` set reports nothing).
    ctx.report({ messageId: 'moved', data: { text: found.text, expected: canonical.index + 1 }, at: found.span, related: { span: canonical.span }, key: `heading-moved:${canonical.index}`, severity: 'info' });
  }
};

export default { meta, check } satisfies RuleModule;
