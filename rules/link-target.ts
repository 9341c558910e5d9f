import type { RuleModule } from '../src/types.js';
import { isPageTarget, splitTarget, suffixOfTarget } from '../src/align/target-mapper.js';

export const meta: RuleModule['meta'] = {
  id: 'link-target',
  description: 'An aligned link whose target is not the canonical target mapped to the locale (no suffix, wrong suffix, other page, changed URL).',
  category: 'links',
  defaultSeverity: 'error',
  fixable: true,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    noSuffix: 'Link target `{actual}` has no `{suffix}` suffix; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    wrongSuffix: 'Link target `{actual}` has the `{actualSuffix}` suffix of another locale; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    otherPage: 'Link points at `{actual}`; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    changedUrl: 'Link URL `{actual}` differs from {canonical}; expected `{expected}` (line {canonicalLine}).',
  },
  docs: {
    description: 'A relative link to a page must point at the page of the same locale: the canonical `page.md` becomes `page<suffix>.md`. Anchors (`#…`) may differ, since headings are translated; link-broken checks that they exist. External URLs must stay the same.',
    example: '`[L2 - El cliente no responde](l1l2l3-customer-unresponsive.md)` in es-ES, where `l1l2l3-customer-unresponsive-es.md` is expected.',
  },
};

/** A suffix a link destination can hold as written: no space, bracket, escape or entity. */
const PLAIN_SUFFIX = /^[\p{L}\p{N}._~-]*$/u;

export const check: RuleModule['check'] = (ctx) => {
  const { mapper, settings } = ctx;
  const suffix = String(settings.suffix ?? '');
  const known = (settings.knownSuffixes as string[] | undefined) ?? [];
  for (const { canonical, locale } of ctx.alignment.links.matched) {
    const expectedFull = mapper.toLocale(canonical.target);
    const page = isPageTarget(canonical.target);
    // Anchors are translated with their headings: compare the page, keep the locale's anchor.
    const expectedPath = page ? splitTarget(expectedFull).path : expectedFull;
    const actualPath = page ? splitTarget(locale.target).path : locale.target;
    if (expectedPath === actualPath) continue;
    const sameNeutralPage = page && isPageTarget(locale.target) && splitTarget(mapper.toNeutral(locale.target)).path === splitTarget(mapper.toNeutral(canonical.target)).path;
    const actualSuffix = suffixOfTarget(locale.target, known);
    const messageId = !page ? 'changedUrl' : !sameNeutralPage ? 'otherPage' : actualSuffix === '' ? 'noSuffix' : 'wrongSuffix';
    const expected = page ? expectedPath + splitTarget(locale.target).rest : expectedFull;
    // The outline gives an inline link's target span only where the source spells the URL
    // exactly, and the fix changes nothing there but the suffix, which must read back as
    // itself. A reference definition's span is found by searching its text and can land in
    // its title, so reference-style links are reported, not fixed.
    const span = locale.targetSpan;
    const inline = span !== null && span.start.offset >= locale.span.start.offset && span.end.offset <= locale.span.end.offset;
    const fix = (messageId === 'noSuffix' || messageId === 'wrongSuffix') && span && inline && PLAIN_SUFFIX.test(suffix)
      ? { range: [span.start.offset, span.end.offset] as [number, number], text: expected }
      : undefined;
    ctx.report({
      messageId,
      data: { actual: locale.target, expected, suffix, actualSuffix },
      at: locale.targetSpan ?? locale.span,
      related: { span: canonical.span },
      expected,
      actual: locale.target,
      key: `link:${canonical.index}`,
      ...(fix ? { fix } : {}),
    });
  }
};

export default { meta, check } satisfies RuleModule;
