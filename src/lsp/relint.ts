// One re-lint for the language server: the pages (set + key) that the changed files are
// in, from the editor's unsaved buffers where a file is open, the rest from the outline
// cache or the disk. Returns, for every existing file of those pages, its complete list of
// findings (possibly empty), so the server can replace what it published before.
import type { Config, Diagnostic, PairView } from '../types.js';
import { runEngineWithLoading } from '../engine/run.js';
import { pageId, pagesOfFiles, type PageRef, type WorkspacePaths } from './workspace.js';

export interface RelintRequest {
  config: Config;
  paths: WorkspacePaths;
  /** Absolute paths of the files that changed (opened, edited, saved, closed). */
  changed: ReadonlySet<string>;
  /** Open buffers: absolute path → text (unsaved edits included). */
  buffers: ReadonlyMap<string, string>;
  /** The outline cache file, or null for none. */
  cacheFile: string | null;
}

export interface RelintOutcome {
  /** Every existing file of the re-linted pages (absolute path) → its findings. */
  byFile: Map<string, Diagnostic[]>;
  /** The side-by-side views of the re-linted pairs (for hover), by page id. */
  views: Map<string, PairView[]>;
  pages: PageRef[];
}

/** Re-lints the pages of the changed files. Throws what the engine throws (an internal error). */
export async function relintPages(request: RelintRequest): Promise<RelintOutcome> {
  const { config, paths, changed, buffers, cacheFile } = request;
  const { pages, files, pageOfFile } = pagesOfFiles(config, changed);
  // A changed file that is in no page (an orphan, a misnamed file) still gets its own findings.
  for (const abs of changed) files.add(abs);
  const byFile = new Map<string, Diagnostic[]>([...files].map((abs) => [abs, []]));
  const views = new Map<string, PairView[]>();
  const result = await runEngineWithLoading(
    config,
    {
      pairFilter: (set, key) => pages.has(pageId({ set, key })),
      overrides: buffers,
      includePairs: true,
    },
    // One edited page is a handful of files: parsing them here beats starting workers.
    { jobs: 1, cacheFile },
  );
  for (const d of result.diagnostics) byFile.get(paths.absOfRel(d.file))?.push(d);
  for (const view of result.pairs ?? []) {
    const id = view.localeFile ? pageOfFile.get(paths.absOfRel(view.localeFile)) : undefined;
    if (id) views.set(id, [...(views.get(id) ?? []), view]);
  }
  return { byFile, views, pages: [...pages.values()] };
}
