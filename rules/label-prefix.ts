import type { HeadingEl, LinkEl, ReportDescriptor, RuleModule, Span } from '../src/types.js';
import { compareLabel } from '../src/align/labels.js';
import { certainLabelLength } from '../src/edits/label-text.js';
import { examples } from './docs/label-prefix.js';

export const meta: RuleModule['meta'] = {
  id: 'label-prefix',
  description: 'A structural label prefix in a heading or link text (e.g. `L1 - `, `L2 - `, configured as a pattern) changed, lost or malformed.',
  category: 'headings',
  defaultSeverity: 'error',
  fixable: true,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    malformed: 'Label `{actual}` in {what} is malformed; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    changed: 'Label `{actual}` in {what} should be `{expected}` (as in {canonical} line {canonicalLine}).',
    lost: '{What} `{text}` has lost its label `{expected}` (as in {canonical} line {canonicalLine}).',
    unexpected: '{What} `{text}` has the label `{actual}`, which {canonical} does not have (line {canonicalLine}).',
  },
  docs: {
    description: 'Structural labels such as `L1 - ` and `L2 - ` are not translated: tools and readers find sections by them. Set `labels.pattern` in the config (e.g. `^L\\d+ - `); a label that changed, was lost, or lost its exact spacing or dash is drift.',
    example: '`# L1 – Blockiert` (en dash) or `[L2 -Usando …]` where the canonical has `L1 - ` and `L2 - `.',
    examples,
  },
};

function checkOne(report: (d: ReportDescriptor) => void, what: 'heading' | 'link', c: HeadingEl | LinkEl, l: HeadingEl | LinkEl, key: string): void {
  const verdict = compareLabel(c.label, l.label, l.text);
  if (verdict.kind === 'same') return;
  const where: Span = l.textSpan ?? l.span;
  const data = { what: `${what} \`${l.text}\``, What: what === 'heading' ? 'Heading' : 'Link', text: l.text, expected: c.label ?? '', actual: 'actual' in verdict ? verdict.actual : '' };
  let fix: ReportDescriptor['fix'];
  if (verdict.kind === 'malformed' && c.label && l.textSpan) {
    // Only the part of the raw source that is certainly label is replaced (see certainLabelLength).
    const length = certainLabelLength(l.rawStart, c.label);
    if (length !== null && length <= l.textSpan.end.offset - l.textSpan.start.offset) fix = { range: [l.textSpan.start.offset, l.textSpan.start.offset + length], text: c.label };
  }
  report({
    messageId: verdict.kind,
    data,
    at: where,
    related: { span: c.span },
    expected: c.label ?? '',
    actual: 'actual' in verdict ? verdict.actual : l.text,
    key,
    ...(fix ? { fix } : {}),
  });
}

export const check: RuleModule['check'] = (ctx) => {
  if (!ctx.settings.labelPattern) return;
  for (const { canonical, locale } of ctx.alignment.headings.matched) checkOne(ctx.report, 'heading', canonical, locale, `label:heading:${canonical.index}`);
  for (const { canonical, locale } of ctx.alignment.links.matched) checkOne(ctx.report, 'link', canonical, locale, `label:link:${canonical.index}`);
};

export default { meta, check } satisfies RuleModule;
