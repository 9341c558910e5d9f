// Consequences: drift in one file breaks links in others (a missing or misnamed target, a
// removed anchor heading). Recording them lets a test account for every link-broken report.

import * as path from 'node:path';
import { DriftEntry, SOURCE_LOCALE } from './types.js';

function headingSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

export function recordBrokenLinks(written: ReadonlyMap<string, string>, drift: DriftEntry[]): void {
  const slugCache = new Map<string, Set<string>>();
  const slugsOf = (file: string) => {
    let slugs = slugCache.get(file);
    if (!slugs) {
      slugs = new Set(written.get(file)!.split('\n').flatMap((line) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        return heading ? [headingSlug(heading[1])] : [];
      }));
      slugCache.set(file, slugs);
    }
    return slugs;
  };
  const isLinkDrift = (entry: DriftEntry) => entry.kind === 'link-no-suffix' || entry.kind === 'link-wrong-suffix';
  for (const [file, content] of written) {
    if (file.startsWith(`${SOURCE_LOCALE.dir}/`)) continue;
    content.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const [relative, anchor] = target.split('#');
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), relative));
        const line = index + 1;
        let cause: DriftEntry | undefined;
        if (!written.has(resolved)) {
          cause = drift.find((entry) => isLinkDrift(entry) && entry.file === file && entry.line === line) ??
            drift.find((entry) => (entry.kind === 'file-missing' && entry.file === resolved) ||
              (entry.kind === 'file-misnamed' && entry.expected === resolved));
        } else if (anchor !== undefined && !slugsOf(resolved).has(anchor)) {
          cause = drift.find((entry) => entry.kind === 'section-missing' && entry.file === resolved);
        } else {
          continue;
        }
        // Content is generated to link only to pages and headings that exist; a broken link
        // no drift explains would make every manifest-based test lie, so fail loudly.
        if (!cause) throw new Error(`generate-corpus bug: ${file}:${line} links to ${target}, and no recorded drift explains it`);
        (cause.consequences ??= []).push({ rule: 'link-broken', file, line, target });
      }
    });
  }
}
