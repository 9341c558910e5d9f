// The report of `npm run bench` (scripts/bench.ts): each row's medians, the table, the
// ratios against their targets, the targets of issue 20 (peak memory at 10× and 40×, each
// shard against the whole run), and the in-thread threshold study (--threshold).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCorpus } from './generate-corpus.js';
import { childJs, fmt, measure, median, pad } from './bench-measure.js';
import { SHARDS, type Corpus, type Row } from './bench-rows.js';

export interface Summary {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  filesPerSecond: number;
  runs: number;
}

export function summarize(row: Row, files: number): Summary | null {
  if (row.samples.length === 0) return null;
  const wallMs = median(row.samples.map((s) => s.wallMs));
  return { wallMs, cpuMs: median(row.samples.map((s) => s.cpuMs)), maxRssMb: median(row.samples.map((s) => s.maxRssMb)), filesPerSecond: files / (wallMs / 1000), runs: row.samples.length };
}

const TARGETS: Array<{ key: string; label: string; of: [string, string]; max: number; by?: 'wallMs' }> = [
  { key: 'coldOverMarkdownlint', label: 'cold / markdownlint-cli2', of: ['cold', 'markdownlint'], max: 0.4 },
  { key: 'coldOverParseFloor', label: 'cold / parse floor', of: ['cold', 'parseFloor'], max: 1.2 },
  { key: 'warmOverCold', label: 'warm / cold', of: ['warm', 'cold'], max: 0.05 },
  { key: 'warmOverHashFloor', label: 'warm / read-and-hash floor', of: ['warm', 'hashFloor'], max: 3 },
  { key: 'changedOverCold', label: 'changed / cold', of: ['changed', 'cold'], max: 0.05 },
  { key: 'staleOnOverOff', label: 'staleness on / off (200 commits)', of: ['staleOn', 'staleOff'], max: 1.15 },
];

export function table(corpus: Corpus, rows: Row[], summaries: Map<string, Summary | null>, jobs: number): string {
  const lines = [`${corpus.label}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB, --jobs ${jobs}; medians`];
  lines.push(`${pad('', 46)}${pad('wall s', 9, true)}${pad('CPU s', 9, true)}${pad('peak MB', 9, true)}${pad('files/s', 9, true)}${pad('runs', 6, true)}`);
  for (const row of rows) {
    const s = summaries.get(row.key);
    if (row.unavailable) lines.push(`${pad(row.name, 46)}${row.unavailable}`);
    else if (row.error) lines.push(`${pad(row.name, 46)}failed: ${row.error.slice(0, 120)}`);
    else if (!s) lines.push(`${pad(row.name, 46)}not run`);
    else lines.push(`${pad(row.name, 46)}${pad(fmt(s.wallMs / 1000), 9, true)}${pad(fmt(s.cpuMs / 1000), 9, true)}${pad(fmt(s.maxRssMb, 0), 9, true)}${pad(fmt(s.filesPerSecond, 0), 9, true)}${pad(String(s.runs), 6, true)}`);
  }
  return lines.join('\n');
}

export function ratios(summaries: Map<string, Summary | null>): Array<{ key: string; label: string; value: number; max: number; met: boolean | null }> {
  return TARGETS.map((t) => {
    const a = summaries.get(t.of[0]);
    const b = summaries.get(t.of[1]);
    const value = a && b ? a.wallMs / b.wallMs : NaN;
    return { key: t.key, label: t.label, value, max: t.max, met: Number.isFinite(value) ? value <= t.max : null };
  });
}

export function ratioLines(list: ReturnType<typeof ratios>): string {
  return list.map((r) => `  ${pad(r.label, 30)}${pad(fmt(r.value, 3), 8, true)}   target ≤ ${r.max}   ${r.met === null ? 'n/a' : r.met ? 'met' : 'NOT met'}`).join('\n');
}

export function thresholdStudy(jobs: number, scratch: string, seed: number): void {
  const dir = path.join(scratch, 'threshold');
  const corpus = generateCorpus({ out: dir, scale: 1, seed });
  const all = spawnSync('find', [dir, '-name', '*.md'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
  const sizes = all.map((f) => readFileSync(f).length);
  const list = path.join(scratch, 'subset.txt');
  process.stdout.write(`in-thread vs ${jobs} workers (a fresh process each, medians of 7; corpus ${corpus.files} files)\n`);
  process.stdout.write(`${pad('bytes to parse', 16)}${pad('files', 7, true)}${pad('in-thread ms', 14, true)}${pad('workers ms', 12, true)}\n`);
  for (const kb of [64, 128, 192, 256, 384, 512]) {
    const chosen: string[] = [];
    let bytes = 0;
    for (let i = 0; i < all.length && bytes < kb * 1024; i++) {
      chosen.push(all[i]);
      bytes += sizes[i];
    }
    writeFileSync(list, `${chosen.join('\n')}\n`);
    const wall = (mode: string) =>
      median(Array.from({ length: 7 }, () => measure({ script: childJs, args: ['loader', '--list', list, '--jobs', String(jobs), '--mode', mode, '--pattern', '^L\\d+ - '], cwd: dir }, scratch).wallMs));
    const thread = wall('thread');
    const workers = wall('workers');
    process.stdout.write(`${pad(`${(bytes / 1024).toFixed(0)} KB`, 16)}${pad(String(chosen.length), 7, true)}${pad(fmt(thread, 0), 14, true)}${pad(fmt(workers, 0), 12, true)}\n`);
  }
}

export interface Target {
  label: string;
  value: number;
  max: number;
  met: boolean | null;
}

const target = (label: string, value: number, max: number): Target => ({ label, value, max, met: Number.isFinite(value) ? value <= max : null });

/**
 * Issue 20's targets on one scale: each shard's CPU and peak memory against the cold run's
 * (≤ 0.40 and ≤ 0.5 at 40×; shown at every scale), and the cold run's peak memory in MB
 * (≤ 300 at 10×, ≤ 400 at 40×).
 */
export function memoryTargets(scale: number | null, summaries: Map<string, Summary | null>): Target[] {
  const cold = summaries.get('cold');
  const out: Target[] = [];
  const peakMax = scale === 10 ? 300 : scale === 40 ? 400 : null;
  if (peakMax !== null) out.push(target(`cold peak memory, MB (${scale}×)`, cold?.maxRssMb ?? NaN, peakMax));
  for (let i = 1; i <= SHARDS; i++) {
    const shard = summaries.get(`shard${i}`);
    if (!shard || !cold) continue;
    out.push(target(`shard ${i}/${SHARDS} CPU / cold CPU`, shard.cpuMs / cold.cpuMs, 0.4));
    out.push(target(`shard ${i}/${SHARDS} peak / cold peak`, shard.maxRssMb / cold.maxRssMb, 0.5));
  }
  return out;
}

export function targetLines(list: readonly Target[]): string {
  return list.map((r) => `  ${pad(r.label, 34)}${pad(fmt(r.value, r.max >= 10 ? 0 : 3), 8, true)}   target ≤ ${r.max}   ${r.met === null ? 'n/a' : r.met ? 'met' : 'NOT met'}`).join('\n');
}

/** The cache's size on disk against the corpus's (issue 20: ≤ 2×). */
export function cacheLine(bytes: number | null, corpusBytes: number): string {
  if (bytes === null) return '';
  const ratio = bytes / corpusBytes;
  return `cache (warm row): ${(bytes / 1e6).toFixed(2)} MB, ${fmt(ratio, 2)}× the corpus   target ≤ 2   ${bytes === 0 ? 'n/a (no cache written)' : ratio <= 2 ? 'met' : 'NOT met'}`;
}
