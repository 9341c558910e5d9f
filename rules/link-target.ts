import type { RuleModule } from '../src/types.js';
import { isPageTarget, splitTarget, suffixOfTarget } from '../src/align/target-mapper.js';
import { localizedEditionOf, resolveTarget, sameUrlButLocale, targetKey } from '../src/align/resolve-target.js';
import { locateTarget } from '../src/align/site-files.js';
import { examples } from './docs/link-target.js';

export const meta: RuleModule['meta'] = {
  id: 'link-target',
  description: 'An aligned link whose target is not the canonical target mapped to the locale (no suffix, wrong suffix, other page, changed URL).',
  category: 'links',
  defaultSeverity: 'error',
  fixable: true,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    noSuffix: 'Link target `{actual}`{actualState} has no `{suffix}` suffix; expected `{expected}`{expectedState} (as in {canonical} line {canonicalLine}).',
    wrongSuffix: 'Link target `{actual}`{actualState} has the `{actualSuffix}` suffix of another locale; expected `{expected}`{expectedState} (as in {canonical} line {canonicalLine}).',
    otherPage: 'Link points at `{actual}`{actualState}; expected `{expected}`{expectedState} (as in {canonical} line {canonicalLine}).',
    changedUrl: 'Link URL `{actual}` differs from {canonical}; expected `{expected}` (line {canonicalLine}).',
    brokenMarkup: 'Link markup is broken: `{actual}` shows as a bare URL{detail}; expected `[…]({expected})` (as in {canonical} line {canonicalLine}).',
    sourceRoute: 'Link `{actual}` points at the {canonical} page; expected `{expected}` under this locale\'s route (as in {canonical} line {canonicalLine}).',
  },
  docs: {
    description: 'A link to a page must point at the page of the same locale: the canonical `page.md` becomes `page<suffix>.md`, and a root-relative `/en/x/` becomes the locale\'s route (`/de/x/`, config `route` and `routeSuffix`). Targets are compared resolved (`./a.md` = `a.md`, `%20` = space). Anchors (`#…`) may differ, since headings are translated; same-page anchors are never compared (link-broken checks that they exist). External URLs must stay the same.',
    example: '`[L2 - El cliente no responde](l1l2l3-customer-unresponsive.md)` in es-ES, where `l1l2l3-customer-unresponsive-es.md` is expected.',
    examples,
  },
};

/** A suffix a link destination can hold as written: no space, bracket, escape or entity. */
const PLAIN_SUFFIX = /^[\p{L}\p{N}._~-]*$/u;

export const check: RuleModule['check'] = (ctx) => {
  const { mapper, settings } = ctx;
  const suffix = settings.suffix ?? '';
  const known = settings.knownSuffixes ?? [];
  const site = settings.site;
  for (const { canonical, locale } of ctx.alignment.links.matched) {
    const canonicalKind = resolveTarget(canonical.target).kind;
    // A same-page anchor follows the translated heading: link-broken checks it exists.
    if (canonicalKind === 'anchor' || canonicalKind === 'empty') continue;
    // A target the site generator computes (`{{% param url %}}`) names no file to map: not compared.
    if (canonicalKind === 'template' || resolveTarget(locale.target).kind === 'template') continue;
    const expectedFull = mapper.toLocale(canonical.target);
    const broken = !canonical.literal && locale.literal ? brokenMarkup(locale.literal.before, expectedFull, locale.target) : null;
    if (broken !== null) {
      ctx.report({ messageId: 'brokenMarkup', data: { actual: locale.target, expected: expectedFull, detail: broken }, at: locale.span, related: { span: canonical.span }, expected: expectedFull, actual: locale.target, key: `link:${canonical.index}` });
      continue;
    }
    if (targetKey(expectedFull) === targetKey(locale.target)) continue;
    // The localized edition of an external page (MDN's /en-US/ -> /fr/) is what a translation should link.
    if (canonicalKind === 'external' && (sameUrlButLocale(canonical.target, locale.target, ctx.sourceLocale, ctx.localeCode) || localizedEditionOf(canonical.target, locale.target, ctx.localeCode))) continue;
    const page = isPageTarget(canonical.target);
    const fileOrRoute = canonicalKind === 'relative' || canonicalKind === 'route';
    const sameNeutralPage = page && isPageTarget(locale.target) && targetKey(mapper.toNeutral(locale.target)) === targetKey(mapper.toNeutral(canonical.target));
    const actualSuffix = suffixOfTarget(locale.target, known);
    // Left as the canonical wrote it, under the source's route: the locale links the source page.
    const onSourceRoute = canonicalKind === 'route' && expectedFull !== canonical.target && targetKey(locale.target) === targetKey(canonical.target);
    const messageId = onSourceRoute ? 'sourceRoute' : !fileOrRoute ? 'changedUrl' : !sameNeutralPage ? 'otherPage' : actualSuffix === '' ? 'noSuffix' : 'wrongSuffix';
    // Anchors are translated with their headings: the expected page keeps the locale's anchor.
    const expected = fileOrRoute ? splitTarget(expectedFull).path + splitTarget(locale.target).rest : expectedFull;
    // One cause, one finding: whether either page exists is said here, link-broken stays silent.
    const actualState = fileOrRoute && site ? stateNote(locateTarget(ctx.file, locale.target, site).state, ' (not found)') : '';
    const expectedState = actualState && site ? stateNote(locateTarget(ctx.file, expected, site).state, ' (not found either)') : '';
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
      data: { actual: locale.target, expected, suffix, actualSuffix, actualState, expectedState },
      at: locale.targetSpan ?? locale.span,
      related: { span: canonical.span },
      expected,
      actual: locale.target,
      key: `link:${canonical.index}`,
      ...(fix ? { fix } : {}),
    });
  }
};

/**
 * Why a bare URL where the canonical has `[text](url)` is broken markup, or null: written
 * after `](`, `] (` or full-width `］（` (the brackets did not form a link), or running into
 * the next non-ASCII characters (`https://x.example/a詳しくは`, no space to end it).
 */
function brokenMarkup(before: string, expected: string, actual: string): string | null {
  const runOn = actual.length > expected.length && actual.startsWith(expected) && actual.charCodeAt(expected.length) > 0x7f;
  if (before.endsWith('](') || before.endsWith('] (') || before.endsWith('］（')) return runOn ? ' inside the text around it' : ' after the link text';
  return runOn ? ' that runs into the text after it' : null;
}

function stateNote(state: string, missing: string): string {
  return state === 'missing' ? missing : state === 'untranslated' ? ' (not translated)' : '';
}

export default { meta, check } satisfies RuleModule;
