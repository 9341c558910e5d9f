// A worker thread of the parallel loader: reads (or receives) files, parses them and
// sends back each file's outline outcome as JSON text (plain data, never mdast), which
// the main thread both uses and stores in the cache unchanged.
import { parentPort } from 'node:worker_threads';
import { outlineFormatOf, outlineFromBytes, outlineFromFile, type OutlineOutcome } from '../outline/from-file.js';
import { compileUserPattern, type UserPattern } from '../config/user-pattern.js';
import type { OutlineBatch, OutlineBatchResult } from './worker-pool.js';

const patterns = new Map<string, UserPattern>();
function patternOf(source: string | null): UserPattern | null {
  if (source === null) return null;
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = compileUserPattern(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

function outlineJson(file: OutlineBatch['files'][number], batch: OutlineBatch): string {
  let outcome: OutlineOutcome;
  try {
    const options = { labelPattern: patternOf(batch.labelPattern), markdownDialect: batch.markdownDialect, maxLineLength: batch.maxLineLength };
    outcome = file.bytes ? outlineFromBytes(file.bytes, options, batch.maxFileSize, outlineFormatOf(file.abs)) : outlineFromFile(file.abs, options, batch.maxFileSize, file.within);
  } catch (error) {
    // outlineFromFile does not throw; this guards the worker against a bug, one file at a time.
    outcome = { ok: false, problem: { reason: 'parseFailed', detail: (error as Error).message.split('\n')[0] } };
  }
  return JSON.stringify(outcome);
}

parentPort!.on('message', (batch: OutlineBatch) => {
  const result: OutlineBatchResult = { id: batch.id, results: batch.files.map((file) => ({ key: file.key, json: outlineJson(file, batch) })) };
  parentPort!.postMessage(result);
});
