import path from 'node:path';
import type { RuleModule, TocEntry } from '../src/types.js';
import { isRelativeTarget, splitTarget } from '../src/align/target-mapper.js';
import { details, examples } from './docs/toc-structure.js';

export const meta: RuleModule['meta'] = {
  id: 'toc-structure',
  description: 'A toc.yml whose tree differs from the canonical TOC, whose hrefs are not the mapped localized targets or do not exist, or that is not valid YAML.',
  category: 'links',
  defaultSeverity: 'error',
  fixable: false,
  schema: { type: 'object', additionalProperties: false, properties: {} },
  messages: {
    invalid: 'Invalid TOC: {reason}.',
    missingEntry: 'TOC entry `{name}` ({target}) is missing{under} (as in {canonical} line {canonicalLine}).',
    extraEntry: 'TOC entry `{name}` ({target}) is not in {canonical}.',
    sourcePage: 'TOC entry `{name}` points at the {source} page `{actual}`; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    wrongTarget: 'TOC entry `{name}` points at `{actual}`; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    noTarget: 'TOC entry `{name}` has no href; expected `{expected}` (as in {canonical} line {canonicalLine}).',
    brokenTarget: 'TOC entry `{name}` points at `{actual}`, which does not exist.',
  },
  docs: {
    description: 'DocFX-style `toc.yml` files are paired like pages (list them in `keepNames` and `include`). Entries are aligned by their place in the tree, never by their translated names: each locale TOC must have the canonical tree (no entry missing or added), each `href` must be the canonical href mapped to the locale (`page.md` -> `page-de.md`) and must exist. A file that is not valid YAML, or not a list of entries, is reported instead.',
    example: 'The ja-JP toc.yml entry `はじめに` has `href: getting-started.md`, the English page, where `getting-started-jp.md` is expected.',
    details,
    examples,
  },
};

const describeTarget = (entry: TocEntry) => (entry.href ? `\`${entry.href}\`` : 'no href');
// Anchors are translated with their headings (link-broken's concern): compare the page only.
const pageOf = (href: string) => (isRelativeTarget(href) ? splitTarget(href).path : href);

export const check: RuleModule['check'] = (ctx) => {
  const { canonical, locale, mapper } = ctx;
  if (!canonical.toc || !locale.toc) return; // a Markdown pair
  if (locale.toc.error) ctx.report({ messageId: 'invalid', data: { reason: locale.toc.error.message }, at: locale.toc.error.span, key: 'toc-yaml' });
  if (canonical.toc.error && ctx.canonicalInfo.mode === 'source') {
    ctx.report({ messageId: 'invalid', data: { reason: canonical.toc.error.message }, at: canonical.toc.error.span, key: 'toc-yaml', onCanonical: true });
  }
  if (locale.toc.error || canonical.toc.error) return;
  const aligned = ctx.alignment.toc ?? { matched: [], canonicalOnly: [], localeOnly: [] };

  // A missing or added group stands for its whole subtree: report its root only.
  const roots = (entries: readonly TocEntry[]) => {
    const unmatched = new Set(entries.map((e) => e.index));
    return entries.filter((e) => !unmatched.has(e.parent));
  };
  const localeParentOf = new Map(aligned.matched.map((m) => [m.canonical.index, m.locale]));
  for (const entry of roots(aligned.canonicalOnly)) {
    const parent = localeParentOf.get(entry.parent);
    ctx.report({
      messageId: 'missingEntry',
      data: { name: entry.name, target: describeTarget(entry), under: parent ? ` under \`${parent.name}\`` : '' },
      at: parent?.span ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      related: { span: entry.span },
      key: `toc-entry:${entry.index}`,
    });
  }
  for (const entry of roots(aligned.localeOnly)) {
    ctx.report({ messageId: 'extraEntry', data: { name: entry.name, target: describeTarget(entry) }, at: entry.span, key: `toc-extra:${entry.name}:${entry.href ?? ''}` });
  }

  for (const { canonical: c, locale: l } of aligned.matched) {
    if (c.href === null) continue;
    const expected = mapper.toLocale(c.href);
    const data = { name: l.name, actual: l.href ?? '', expected, source: ctx.canonicalInfo.locale };
    const report = { at: l.hrefSpan ?? l.span, related: { span: c.span }, expected, key: `toc-href:${c.index}` };
    if (l.href === null) ctx.report({ messageId: 'noTarget', data, ...report });
    else if (pageOf(l.href) !== pageOf(expected)) {
      // The canonical href left as it is: the entry still opens the source-language page.
      const sourcePage = pageOf(l.href) === pageOf(c.href) && ctx.canonicalInfo.mode !== 'consensus';
      ctx.report({ messageId: sourcePage ? 'sourcePage' : 'wrongTarget', data, ...report, actual: l.href });
    } else if (isRelativeTarget(l.href) && !targetExists(l.href, ctx.file, ctx.settings.localeFiles)) {
      ctx.report({ messageId: 'brokenTarget', data, at: report.at, actual: l.href, key: `toc-broken:${c.index}` });
    }
  }
};

/** A relative href exists as a file, or as a folder with files (DocFX lets an href name a folder). */
function targetExists(href: string, tocFile: string, files: ReadonlySet<string>): boolean {
  const target = splitTarget(href).path;
  if (target === '') return true; // an anchor in the TOC itself
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(tocFile), target));
  if (files.has(resolved)) return true;
  const folder = resolved.endsWith('/') ? resolved : `${resolved}/`;
  for (const file of files) if (file.startsWith(folder)) return true;
  return false;
}

export default { meta, check } satisfies RuleModule;
