// Memory follows the pages in flight: the engine drops each page's outlines once every
// page that reads them is linted (anchors are kept as small sets), so at no point does it
// hold the outlines of the whole set. Observed with WeakRefs and forced garbage collection.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateSmallSet } from '../scripts/generate-corpus.js';
import { resolveLintConfig } from '../src/index.js';
import { runEngine, type OutlineLoader } from '../src/engine/lint.js';
import { prepareReadOutlineInThread, readOutlineInThread } from '../src/load/in-thread.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const test = suite('engine: memory follows the pages in flight');

test('outlines handed over one by one are not all alive at once, and the findings are the same', async () => {
  // In a temporary folder, outside any git repository (with a history to read,
  // stale-translation asks git once per set and keeps the pairs' outlines until then).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'l10n-memory-'));
  try {
    const corpus = generateSmallSet({ out: dir, pages: 30, locales: 4 });
    const config = resolveLintConfig({ config: corpus.configFile, cwd: dir });
    const reference = await runEngine(config);

    const handed: Array<WeakRef<object>> = [];
    let maxAlive = 0;
    const oneByOne: OutlineLoader = async (files, options, max, onOutcome) => {
      await prepareReadOutlineInThread();
      for (const ref of files) {
        const outcome = readOutlineInThread(ref, options, max);
        if (outcome.ok) handed.push(new WeakRef(outcome.outline));
        onOutcome!(ref.rel, outcome);
        // Every few files, in a new macrotask (the WeakRefs made in one hold their targets until it ends).
        if (handed.length % 8 !== 0) continue;
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        maxAlive = Math.max(maxAlive, handed.filter((w) => w.deref() !== undefined).length);
      }
      return new Map();
    };
    const streamed = await runEngine(config, { loadOutlines: oneByOne });
    assert.equal(streamed.diagnostics, reference.diagnostics);
    assert.equal(streamed.summary, reference.summary);
    assert.ok(reference.diagnostics.length > 0, 'the set has drift to find');
    assert.ok(handed.length >= 100, `outlines handed over: ${handed.length}`);
    // A page is its source and 4 translations; pages linking into pages still loading wait
    // for them (measured: at most 46 of 150 alive; keeping them all to the set's end: 150).
    assert.ok(maxAlive <= handed.length / 2, `at most ${maxAlive} of ${handed.length} outlines alive at once`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
