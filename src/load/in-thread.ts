// The engine's default loading: outlines read and parsed in this thread (the parser loaded
// on first use, so a run served from the cache never loads it), and the one place where
// texts given in place of files (EngineOptions.overrides, an editor's unsaved buffers)
// replace reading.
import type { FileRef } from '../types.js';
import type { OutlineOutcome } from '../outline/from-file.js';
import type { OutlineOptions } from '../outline/index.js';

/** Loads outlines for many files; the default reads and parses in this thread. */
export type OutlineLoader = (
  files: readonly FileRef[],
  options: OutlineOptions,
  maxFileSize: number,
  /**
   * Called with each outcome as it is ready, before the promise resolves (a loader may call
   * it for none). A loader that calls it for a file may leave that file out of the map it
   * resolves with (the parallel loader keeps nothing it streamed).
   */
  onOutcome?: (rel: string, outcome: OutlineOutcome) => void,
) => Promise<Map<string, OutlineOutcome>>;

/** Reads and parses one file in this thread (the in-thread reader must be prepared first). */
export type OutlineReader = (file: FileRef, options: OutlineOptions, maxFileSize: number) => OutlineOutcome;

let fromFile: typeof import('../outline/from-file.js') | null = null;
export async function prepareReadOutlineInThread(): Promise<void> {
  fromFile ??= await import('../outline/from-file.js');
}
export function readOutlineInThread(ref: FileRef, options: OutlineOptions, maxFileSize: number): OutlineOutcome {
  if (!fromFile) throw new Error('readOutlineInThread before prepareReadOutlineInThread');
  return fromFile.outlineFromFile(ref.abs, options, maxFileSize, ref.within);
}

/** The outline of a text given in place of a file's bytes (EngineOptions.overrides); the in-thread reader must be prepared. */
function outlineOfOverride(ref: FileRef, text: string, options: OutlineOptions, maxFileSize: number): OutlineOutcome {
  if (!fromFile) throw new Error('outlineOfOverride before prepareReadOutlineInThread');
  return fromFile.outlineFromBytes(Buffer.from(text, 'utf8'), options, maxFileSize, fromFile.outlineFormatOf(ref.abs));
}

// The one place where overrides replace reading: files with a text are outlined from it,
// the rest go to the given loader and reader (disk, cache, workers) unchanged.
export function withOverrides(load: OutlineLoader, read: OutlineReader, overrides: ReadonlyMap<string, string>) {
  const loadOutlines: OutlineLoader = async (files, options, maxFileSize, onOutcome) => {
    const fromText = new Map<string, OutlineOutcome>();
    for (const ref of files) {
      const text = overrides.get(ref.abs);
      if (text === undefined) continue;
      const outcome = outlineOfOverride(ref, text, options, maxFileSize);
      fromText.set(ref.rel, outcome);
      onOutcome?.(ref.rel, outcome);
    }
    const loaded = await load(files.filter((f) => !overrides.has(f.abs)), options, maxFileSize, onOutcome);
    for (const [rel, outcome] of fromText) loaded.set(rel, outcome);
    return loaded;
  };
  const readOutline = (ref: FileRef, options: OutlineOptions, maxFileSize: number): OutlineOutcome => {
    const text = overrides.get(ref.abs);
    return text === undefined ? read(ref, options, maxFileSize) : outlineOfOverride(ref, text, options, maxFileSize);
  };
  return { loadOutlines, readOutline };
}

export const loadOutlinesInThread: OutlineLoader = async (files, options, maxFileSize) => {
  await prepareReadOutlineInThread();
  return new Map(files.map((f) => [f.rel, readOutlineInThread(f, options, maxFileSize)]));
};
