// The worker side of loading: files grouped into batches (guided scheduling), and a pool of
// worker threads (outline-worker.ts) that pull batches while any are queued and hand back
// what every batch of a worker that died could not run.
import { Worker } from 'node:worker_threads';
import type { Dialect } from '../types.js';

/** One unit of work for a worker. `key` identifies the file in the answer. */
export interface OutlineBatch {
  id: number;
  labelPattern: string | null;
  /** How `.md` files are read (OutlineOptions.markdownDialect). */
  markdownDialect?: Dialect;
  maxFileSize: number;
  maxLineLength?: number;
  /** Without `bytes` the worker reads `abs` itself, contained in `within` (see FileRef). */
  files: Array<{ key: number; abs: string; within?: string | null; bytes?: Uint8Array }>;
}

export interface OutlineBatchResult {
  id: number;
  results: Array<{ key: number; json: string }>;
}

/**
 * Groups files into batches in the order given (the engine gives them page by page, so
 * pages finish loading one after another and are linted while the rest parse), each a
 * share of the bytes still left: remaining / (4 × jobs), between 16 KB and 256 KB
 * ("guided" scheduling). Early batches are big enough that a message costs little next to
 * its parse; the batches shrink toward the end, so workers pulling the next batch when
 * idle finish together.
 */
export function guidedBatches<T extends { size: number }>(items: readonly T[], totalBytes: number, jobs: number): T[][] {
  const batches: T[][] = [];
  let remaining = totalBytes;
  let current: T[] = [];
  let bytes = 0;
  let target = batchTarget(remaining, jobs);
  for (const item of items) {
    current.push(item);
    bytes += item.size;
    if (bytes >= target) {
      batches.push(current);
      remaining -= bytes;
      current = [];
      bytes = 0;
      target = batchTarget(remaining, jobs);
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export function batchTarget(remainingBytes: number, jobs: number): number {
  return Math.min(256 * 1024, Math.max(16 * 1024, remainingBytes / (4 * jobs)));
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not answered yet. */
  inFlight: OutlineBatch[];
  dead: boolean;
}

/**
 * Batches kept queued at each worker: with two, a worker starts its next batch while this
 * thread is still reading the previous answer, instead of waiting for it.
 */
const BATCHES_IN_FLIGHT = 2;

/** Worker threads that pull batches while any are queued. Idle workers do not keep the process alive. */
export class WorkerPool {
  private workers: PoolWorker[] = [];

  /** Starts workers up to `size`; returns how many were started. */
  grow(size: number): number {
    let started = 0;
    while (this.workers.filter((w) => !w.dead).length < size) {
      const worker = new Worker(new URL('./outline-worker.js', import.meta.url));
      worker.unref();
      this.workers.push({ worker, inFlight: [], dead: false });
      started++;
    }
    return started;
  }

  /** Runs the batches; resolves with the batches that could not run (every worker died). */
  run(batches: OutlineBatch[], onResult: (result: OutlineBatchResult) => void): Promise<OutlineBatch[]> {
    const queue = [...batches];
    const failed: OutlineBatch[] = [];
    const live = this.workers.filter((w) => !w.dead);
    return new Promise((resolve, reject) => {
      let settled = false;
      const cleanups: Array<() => void> = [];
      const settle = () => {
        settled = true;
        for (const cleanup of cleanups) cleanup();
        for (const w of live) if (!w.dead) w.worker.unref();
      };
      const finish = () => {
        if (settled || live.some((w) => w.inFlight.length > 0) || (queue.length > 0 && live.some((w) => !w.dead))) return;
        settle();
        resolve([...failed, ...queue]);
      };
      const topUp = (w: PoolWorker) => {
        while (!w.dead && w.inFlight.length < BATCHES_IN_FLIGHT && queue.length > 0) {
          const batch = queue.shift()!;
          w.inFlight.push(batch);
          // The bytes are not needed here any more: move them instead of copying.
          const transfer = batch.files.flatMap((f) => (f.bytes && f.bytes.byteOffset === 0 && f.bytes.byteLength === f.bytes.buffer.byteLength ? [f.bytes.buffer as ArrayBuffer] : []));
          w.worker.postMessage(batch, transfer);
        }
      };
      for (const w of live) {
        const onMessage = (result: OutlineBatchResult) => {
          if (settled) return;
          w.inFlight = w.inFlight.filter((b) => b.id !== result.id);
          topUp(w);
          try {
            onResult(result);
          } catch (error) {
            settle();
            reject(error);
            return;
          }
          finish();
        };
        const onGone = () => {
          if (w.dead) return;
          w.dead = true;
          failed.push(...w.inFlight);
          w.inFlight = [];
          finish();
        };
        w.worker.on('message', onMessage);
        w.worker.on('error', onGone);
        w.worker.on('exit', onGone);
        cleanups.push(() => {
          w.worker.off('message', onMessage);
          w.worker.off('error', onGone);
          w.worker.off('exit', onGone);
        });
        w.worker.ref();
      }
      for (const w of live) topUp(w);
      finish();
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => (w.dead ? undefined : w.worker.terminate())));
  }
}
