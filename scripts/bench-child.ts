// The child processes of `npm run bench` (scripts/bench.ts) that are not l10n-lint itself:
//
//   parse  --list <file> --jobs <n>   the parse-only floor: read, decode and parse every
//                                     listed file with unified + remark-parse +
//                                     remark-frontmatter + remark-gfm on n worker threads
//                                     (n = 1: this thread), nothing else;
//   hash   --list <file>              the read-and-hash floor: read and sha256 every file;
//   loader --list <file> --jobs <n> --mode thread|workers [--pattern re]
//                                     l10n-lint's loader alone, to measure the size below
//                                     which parsing in this thread beats starting workers;
//   lsp-edit --config <file> --file <page> --out <ms.json> [--edits n]
//                                     one edited buffer, warm: starts `l10n-lint lsp
//                                     --stdio` (no debounce), opens <page>, waits for its
//                                     diagnostics (warm-up, not measured), then n times
//                                     appends a line to the unsaved buffer and measures
//                                     didChange → the page's diagnostics; writes the
//                                     median in ms (and every sample) to <ms.json>;
//   rusage <out.json> <script.js> [args...]
//                                     runs a Node script in this process and writes its
//                                     resourceUsage() (CPU of all threads, max RSS) on exit,
//                                     for machines without GNU time.
//
// Each mode imports only what it needs, so a floor pays no startup cost that is not its own.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

function listed(args: string[]): string[] {
  const list = option(args, '--list');
  if (!list) throw new Error('--list <file> is required');
  return readFileSync(list, 'utf8').split('\n').filter(Boolean);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });

type Parse = (text: string) => { children: unknown[] };
let parser: Parse | null = null;

async function loadParser(): Promise<Parse> {
  if (parser) return parser;
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-gfm'),
  ]);
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
  parser = (text) => processor.parse(text);
  return parser;
}

async function parseFiles(files: string[]): Promise<number> {
  const parse = await loadParser();
  let nodes = 0;
  for (const file of files) nodes += parse(utf8.decode(readFileSync(file))).children.length;
  return nodes;
}

// The same batching as the l10n-lint loader (guidedBatches in src/load/parallel-loader.ts:
// in list order, each batch remaining / (4 × jobs) bytes between 16 KB and 256 KB, pulled by
// idle workers), written out here so the floor loads nothing of ours.
function batches(files: string[], jobs: number): string[][] {
  const sized = files.map((file) => ({ file, size: statSync(file).size }));
  let remaining = sized.reduce((sum, f) => sum + f.size, 0);
  const targetFor = (left: number) => Math.min(256 * 1024, Math.max(16 * 1024, left / (4 * jobs)));
  const out: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  let target = targetFor(remaining);
  for (const { file, size } of sized) {
    current.push(file);
    bytes += size;
    if (bytes >= target) {
      out.push(current);
      remaining -= bytes;
      current = [];
      bytes = 0;
      target = targetFor(remaining);
    }
  }
  if (current.length) out.push(current);
  return out;
}

async function parseFloor(args: string[]): Promise<void> {
  const files = listed(args);
  const jobs = Number(option(args, '--jobs') ?? '1');
  if (jobs <= 1) {
    await parseFiles(files);
    return;
  }
  const queue = batches(files, jobs);
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, () => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'parse-worker' } });
      return new Promise<void>((resolve, reject) => {
        const next = () => {
          const batch = queue.shift();
          if (batch) worker.postMessage(batch);
          else worker.terminate().then(() => resolve(), reject);
        };
        worker.on('message', next);
        worker.on('error', reject);
        next();
      });
    }),
  );
}

function hashFloor(args: string[]): void {
  let bytes = 0;
  for (const file of listed(args)) {
    const content = readFileSync(file);
    createHash('sha256').update(content).digest('hex');
    bytes += content.length;
  }
  if (bytes < 0) process.stdout.write('');
}

async function loaderOnly(args: string[]): Promise<void> {
  const files = listed(args);
  const jobs = Number(option(args, '--jobs') ?? '2');
  const mode = option(args, '--mode');
  const pattern = option(args, '--pattern') ?? null;
  const { ParallelOutlineLoader } = await import('../src/load/parallel-loader.js');
  const { compileUserPattern } = await import('../src/config/user-pattern.js');
  const loader = new ParallelOutlineLoader({ jobs, inThreadBelowBytes: mode === 'thread' ? Infinity : 0 });
  const refs = files.map((abs) => ({ abs, rel: path.basename(abs), locale: 'x' }));
  const outcomes = await loader.load(refs, { labelPattern: pattern ? compileUserPattern(pattern) : null }, 5 * 1024 * 1024);
  if (outcomes.size !== files.length) throw new Error('lost files');
  await loader.close();
}

async function lspEdit(args: string[]): Promise<void> {
  const config = path.resolve(option(args, '--config') ?? 'l10n-lint.config.json');
  const file = path.resolve(option(args, '--file') ?? '');
  const out = option(args, '--out');
  const edits = Number(option(args, '--edits') ?? '5');
  if (!out) throw new Error('--out <file> is required');
  const { spawn } = await import('node:child_process');
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');
  const cli = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'cli.js');
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: path.dirname(config), stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = pathToFileURL(file).href;
  let arrived: (() => void) | null = null;
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
    if (params.uri === uri) arrived?.();
  });
  connection.listen();
  const diagnostics = () => new Promise<void>((resolve) => (arrived = resolve));
  try {
    const rootUri = pathToFileURL(path.dirname(config)).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, initializationOptions: { config, debounceMs: 0 } });
    await connection.sendNotification('initialized', {});
    let text = readFileSync(file, 'utf8');
    let waiting = diagnostics();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await waiting;
    const samples: number[] = [];
    for (let i = 0; i < edits; i++) {
      text += `\nEdited in the buffer, edit ${i + 1}.\n`;
      waiting = diagnostics();
      const started = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
      await waiting;
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    writeFileSync(out, JSON.stringify({ medianMs: median, samples }));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
}

async function rusage(args: string[]): Promise<void> {
  const [out, script, ...rest] = args;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssKb: usage.maxRSS }));
  });
  process.argv = [process.argv[0], path.resolve(script), ...rest];
  await import(pathToFileURL(path.resolve(script)).href);
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'parse') await parseFloor(args);
  else if (mode === 'hash') hashFloor(args);
  else if (mode === 'loader') await loaderOnly(args);
  else if (mode === 'rusage') await rusage(args);
  else if (mode === 'lsp-edit') await lspEdit(args);
  else {
    process.stderr.write('usage: bench-child.js parse|hash|loader|lsp-edit|rusage ... (see scripts/bench-child.ts)\n');
    process.exitCode = 2;
  }
}

if (isMainThread) {
  main().catch((error) => {
    process.stderr.write(`bench-child: ${(error as Error).stack}\n`);
    process.exitCode = 2;
  });
} else if ((workerData as { role?: string } | null)?.role === 'parse-worker') {
  parentPort!.on('message', async (files: string[]) => {
    await parseFiles(files);
    parentPort!.postMessage('done');
  });
}
