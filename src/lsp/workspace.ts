// Where the language server's files are: the config found upward from the workspace root,
// and the mapping between the editor's URIs, absolute paths, and the paths relative to the
// config's directory that diagnostics carry.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentSetConfig, FilePair } from '../types.js';
import { discoverSet, type DiscoverConfig } from '../discover.js';

/** Maps between URIs, absolute paths (as discovery spells them) and config-relative paths. */
export class WorkspacePaths {
  private readonly realRoot: string;

  constructor(readonly root: string) {
    this.realRoot = safeRealpath(root);
  }

  /**
   * The absolute path of a `file:` URI in discovery's spelling (under `config.root`, even
   * when the editor opened the file through a symbolic link to the root); null for other schemes.
   */
  absOf(uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    const abs = path.resolve(fileURLToPath(uri));
    if (abs.startsWith(this.root + path.sep)) return abs;
    const real = safeRealpath(abs);
    if (this.realRoot !== this.root && real.startsWith(this.realRoot + path.sep)) return path.join(this.root, path.relative(this.realRoot, real));
    return abs;
  }

  uriOf(abs: string): string {
    return pathToFileURL(abs).href;
  }

  /** A diagnostic's `file` (relative to the config's directory, forward slashes) as a URI. */
  uriOfRel(rel: string): string {
    return this.uriOf(this.absOfRel(rel));
  }

  absOfRel(rel: string): string {
    return path.resolve(this.root, ...rel.split('/'));
  }

  relOf(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }
}

function safeRealpath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** One page of one set: every locale's pair of one key. */
export interface PageRef {
  set: string;
  key: string;
}

export const pageId = (page: PageRef) => `${page.set}\u0000${page.key}`;

/** The pages a file is part of (as source or as a translation), and every file those pages hold. */
export interface PagesOfFiles {
  pages: Map<string, PageRef>;
  /** Absolute paths of every existing file of those pages (source and every locale). */
  files: Set<string>;
  /** Each of those files → the id of its page. */
  pageOfFile: Map<string, string>;
}

/**
 * The pages (set and key) that the given files belong to, found by discovery (fast-glob
 * over the sets' folders; files not on disk belong to none). Discovery runs once per call
 * and set, so what it sees is never older than the call.
 */
export function pagesOfFiles(config: DiscoverConfig, absFiles: ReadonlySet<string>, sets: readonly ContentSetConfig[] = config.sets): PagesOfFiles {
  const pages = new Map<string, PageRef>();
  const files = new Set<string>();
  const pageOfFile = new Map<string, string>();
  for (const set of sets) {
    const pairs = discoverSet(config, set).pairs;
    const byKey = new Map<string, FilePair[]>();
    for (const p of pairs) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
    for (const p of pairs) {
      const hit = (p.source && absFiles.has(p.source.abs)) || (p.target && absFiles.has(p.target.abs));
      if (!hit) continue;
      const page = { set: set.name, key: p.key };
      if (pages.has(pageId(page))) continue;
      pages.set(pageId(page), page);
      for (const q of byKey.get(p.key) ?? []) {
        for (const ref of [q.source, q.target]) {
          if (!ref) continue;
          files.add(ref.abs);
          pageOfFile.set(ref.abs, pageId(page));
        }
      }
    }
  }
  return { pages, files, pageOfFile };
}
