// A one-line progress bar on stderr for long runs: files done / total, parsed, cache hits.
// Drawn by cli-progress (a maintained library that handles the terminal: redraw throttling,
// cursor, line clearing, narrow terminals), only on a TTY and only once the run has taken
// longer than `delayMs` (short runs stay silent); erased when the run ends.
//
// Never backwards: the loader's total grows as each set's files are handed to it, so
// done/total can shrink. The bar shows the largest fraction seen so far (it waits while
// the total grows, then moves on), its width is fixed when it first appears, and the
// counts shown never decrease.
import cliProgress from 'cli-progress';
import type { LoadProgress } from './load/parallel-loader.js';

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
  isTTY?: boolean;
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

/** The bar's steps: cli-progress is given a fraction in thousandths, the counts as payload. */
const STEPS = 1000;
// `{total}` and `{value}` are cli-progress's own (thousandths); the counts come as payload.
const FORMAT = 'l10n-lint [{bar}] {files} files · parsed {parsed} · cache hits {hits}';

/** Bar width for a terminal of `columns`: room for the longest counts of the run, at most 30, none below 5. */
export function barWidth(columns: number, total: number): number {
  const digits = String(Math.max(total, 1)).length;
  const counts = `${'9'.repeat(digits)}/${'9'.repeat(digits)} files · parsed ${'9'.repeat(digits)} · cache hits ${'9'.repeat(digits)}`;
  return Math.max(0, Math.min(30, columns - counts.length - 'l10n-lint [] '.length - 1));
}

/** Counts that never decrease, and the fraction (0..1) that never decreases, from successive loader reports. */
export function monotonic(): (progress: LoadProgress) => LoadProgress & { fraction: number } {
  let last = { total: 0, done: 0, hits: 0, parsed: 0, fraction: 0 };
  return (p) => {
    const total = Math.max(last.total, p.total);
    const done = Math.min(total, Math.max(last.done, p.done));
    const fraction = Math.max(last.fraction, total === 0 ? 0 : done / total);
    last = { total, done, hits: Math.max(last.hits, p.hits), parsed: Math.max(last.parsed, p.parsed), fraction };
    return last;
  };
}

export function createProgressBar(options: ProgressOptions): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1500;
  const interval = options.intervalMs ?? 100;
  const started = now();
  const next = monotonic();
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(progress) {
      const p = next(progress);
      if (now() - started < delay) return;
      const payload = { files: `${p.done}/${p.total}`, parsed: p.parsed, hits: p.hits };
      if (!bar) {
        const width = barWidth(options.stream.columns || 80, p.total);
        bar = new cliProgress.SingleBar({
          stream: options.stream as NodeJS.WritableStream,
          format: width >= 5 ? FORMAT : FORMAT.replace('[{bar}] ', ''),
          barsize: width,
          barCompleteChar: '#',
          barIncompleteChar: '.',
          hideCursor: false,
          clearOnComplete: true,
          linewrap: false,
          fps: 1000 / interval,
          etaBuffer: 1,
        });
        bar.start(STEPS, Math.floor(p.fraction * STEPS), payload);
        return;
      }
      bar.update(Math.floor(p.fraction * STEPS), payload);
    },
    done() {
      bar?.stop();
      bar = null;
    },
  };
}
