// Measuring one child process of `npm run bench` (scripts/bench.ts): wall time here, CPU
// time (user + sys of the child and all its threads) and peak memory (max RSS) with GNU
// time when installed, else with bench-child.js's resourceUsage() wrapper; and the small
// helpers every part of the bench shares.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const dist = path.join(repo, 'dist');
export const cliJs = path.join(dist, 'src/cli.js');
export const childJs = path.join(dist, 'scripts/bench-child.js');


export interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
}

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (() => {
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
})();

export interface Command {
  /** A Node script and its arguments (run with this Node). */
  script: string;
  args: string[];
  cwd: string;
  /** Exit codes that mean "ran fine" (linters exit 1 on findings). */
  okCodes?: number[];
}

export function measure(command: Command, scratch: string): Sample & { stderr: string } {
  const usageFile = path.join(scratch, 'usage.txt');
  rmSync(usageFile, { force: true });
  const stderrFile = path.join(scratch, 'stderr.txt');
  const argv = hasGnuTime
    ? [GNU_TIME, '-f', '%U %S %M', '-o', usageFile, process.execPath, command.script, ...command.args]
    : [process.execPath, childJs, 'rusage', usageFile, command.script, ...command.args];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.CI;
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), { cwd: command.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  writeFileSync(stderrFile, run.stderr ?? '');
  let cpuMs = NaN;
  let maxRssMb = NaN;
  try {
    const text = readFileSync(usageFile, 'utf8').trim();
    if (hasGnuTime) {
      const [user, sys, rss] = text.split(/\s+/).slice(-3).map(Number);
      cpuMs = (user + sys) * 1000;
      maxRssMb = rss / 1024;
    } else {
      const usage = JSON.parse(text);
      cpuMs = usage.userMs + usage.systemMs;
      maxRssMb = usage.maxRssKb / 1024;
    }
  } catch {
    // leave NaN: the row shows it
  }
  return { wallMs, cpuMs, maxRssMb, code: run.status, stderr: run.stderr ?? '' };
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function git(cwd: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  return spawnSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, ...extraEnv, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' } }).status === 0;
}

export function cliHasFlag(flag: string): boolean {
  const help = spawnSync(process.execPath, [cliJs, '--help'], { encoding: 'utf8' });
  return help.stdout.includes(flag);
}

export function latencyFrom(file: string): number {
  try {
    return Number(JSON.parse(readFileSync(file, 'utf8')).medianMs);
  } catch {
    return NaN;
  }
}

export const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));
export const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

