// The versions of the packages an outline is built with: part of the cache key, so that
// upgrading remark (within the tool's semver ranges) rebuilds the cached outlines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PARSER_PACKAGES = ['unified', 'remark-parse', 'remark-frontmatter', 'remark-gfm', 'micromark', 'mdast-util-from-markdown', 'yaml', 'github-slugger', 'smol-toml', 'micromark-extension-mdxjs-esm', 'micromark-extension-mdx-expression', 'micromark-extension-mdx-jsx', 'mdast-util-mdx', 'micromark-extension-directive', 'mdast-util-directive'];

let memo: Record<string, string> | null = null;

/** `{ package: version }` for the parser packages that can be found ('?' for one that cannot). */
export function parserVersions(): Record<string, string> {
  if (memo) return memo;
  const versions: Record<string, string> = {};
  for (const name of PARSER_PACKAGES) versions[name] = versionOf(name);
  memo = versions;
  return versions;
}

function versionOf(name: string): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return manifest.version ?? '?';
      } catch {
        // no package.json at this level
      }
      const parent = path.dirname(dir);
      if (parent === dir) return '?';
      dir = parent;
    }
  } catch {
    return '?';
  }
}
