// A one-line progress bar on stderr for long runs: files done / total, parsed, cache hits.
// Drawn only on a TTY, only once the run has taken longer than `delayMs` (short runs stay
// silent), redrawn at most every `intervalMs`, and erased when the run ends.
import type { LoadProgress } from './engine/parallel-loader.js';

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface ProgressOptions {
  stream: ProgressStream;
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export interface ProgressBar {
  update(progress: LoadProgress): void;
  done(): void;
}

export const SILENT_PROGRESS: ProgressBar = { update() {}, done() {} };

export function createProgressBar(options: ProgressOptions): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1500;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(progress) {
      const t = now();
      const finished = progress.done >= progress.total;
      if (t - started < delay || (t - lastDraw < interval && !finished)) return;
      lastDraw = t;
      drawn = true;
      options.stream.write(`\r${progressLine(progress, options.stream.columns || 80)}\x1b[K`);
    },
    done() {
      if (drawn) options.stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** `l10n-lint [#####.....] 120/450 files · parsed 100 · cache hits 20`, fitted to the width. */
export function progressLine(progress: LoadProgress, columns: number): string {
  const counts = `${progress.done}/${progress.total} files · parsed ${progress.parsed} · cache hits ${progress.hits}`;
  const room = Math.min(30, columns - counts.length - 'l10n-lint [] '.length - 1);
  if (room < 5) return counts.slice(0, Math.max(0, columns - 1));
  const filled = progress.total === 0 ? 0 : Math.round((room * progress.done) / progress.total);
  return `l10n-lint [${'#'.repeat(filled)}${'.'.repeat(room - filled)}] ${counts}`;
}
