/**
 * Issue 14: a large JSON array answered on every core. The main thread finds where the array's elements
 * start in the input's bytes (no parse), and shares the bytes (SharedArrayBuffer) with the workers. The
 * elements are cut in blocks of BLOCK items; worker w answers blocks w, w + W, w + 2W… (so that the output,
 * written in input order, never waits long for one worker) and encodes each block straight into chunks of
 * UTF-8 whose ArrayBuffers are transferred, not copied, to the main thread, which writes them in order.
 * A worker is at most CREDIT chunks ahead of the writer (a shared counter, Atomics.wait): memory stays bounded.
 *
 * Each worker first parses all of its blocks: only when every block is valid JSON with the number of
 * elements found does anything get written; otherwise the caller answers as before, on one thread (the
 * output is the same bytes either way, checked by tests/unit/cli/workers.test.ts).
 *
 * Internal, for tests: CIG_WORKER_THRESHOLD (least number of elements, default 20,000), CIG_WORKERS
 * (number of workers, default the available cores up to 4; below 2, no workers) and CIG_WORKERS_TRACE=1
 * (says on standard error how many workers answered, once all blocks are found valid).
 */
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { answer, exitCodeOf, subcommand, worse } from './run.ts';

const BLOCK = 128;
const CHUNK = 1 << 18;
const CREDIT = 24;
/**
 * A worker's young generation (MB): V8's default lets each isolate grow to about 200 MB of short-lived
 * answer text before collecting; 16 keeps 100,000 scenarios on 2 workers near 280 MB peak, as fast.
 */
const YOUNG_MB = 16;

interface Job {
  cigWorker: true;
  command: string;
  bytes: SharedArrayBuffer;
  /** Byte offset where each element starts, and after them the offset just past the array's closing bracket. */
  starts: Int32Array;
  credits: Int32Array;
  index: number;
  workers: number;
}

interface ChunkMessage { kind: 'chunk'; buffer: ArrayBuffer; length: number; last: boolean; code: 0 | 1 | 2 }
type Message = { kind: 'valid' } | { kind: 'invalid' } | ChunkMessage;

function isJob(x: unknown): x is Job {
  return typeof x === 'object' && x !== null && 'cigWorker' in x && x.cigWorker === true;
}

/** True in a worker started by `answerInWorkers` (the bundle is one file: main.ts then runs `workerMain`). */
export const inWorker = !isMainThread && isJob(workerData);

function envNumber(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/**
 * Where the top-level array's elements start (and, last, where it closes), from the bytes alone; null when
 * the input is not a plain JSON array as far as this scan can tell (the caller then answers as before).
 */
function elementStarts(b: Uint8Array): Int32Array | null {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3; // byte order mark
  const ws = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  while (ws(b[i])) i++;
  if (b[i] !== 0x5b) return null;
  i++;
  const starts: number[] = [i];
  let depth = 0;
  for (; i < b.length; i++) {
    const c = b[i];
    if (c === 0x22) {
      for (i++; i < b.length && b[i] !== 0x22; i++) if (b[i] === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      if (depth === 0) break;
      depth--;
    } else if (c === 0x2c && depth === 0) starts.push(i + 1);
  }
  if (i >= b.length || b[i] !== 0x5d) return null;
  starts.push(i + 1); // as if a next element started after the bracket: every element ends one byte before the next start
  for (i++; i < b.length; i++) if (!ws(b[i])) return null;
  return Int32Array.from(starts);
}

/** The number of workers for an array of `count` elements (0: answer on this thread). */
function workerCount(count: number): number {
  const threshold = envNumber('CIG_WORKER_THRESHOLD', 20_000);
  const workers = envNumber('CIG_WORKERS', Math.min(availableParallelism(), 4));
  return count >= threshold && workers >= 2 ? workers : 0;
}

/**
 * Answers the JSON array in `input` on worker threads started from `entry` (the command line's main module,
 * which calls `workerMain` in a worker), writing to standard output; null (nothing written)
 * when the input is not a large, valid JSON array: the caller then answers it on its own thread.
 */
export async function answerInWorkers(entry: URL, command: string, input: Buffer): Promise<0 | 1 | 2 | null> {
  if (input.length >= 2 ** 31) return null;
  const starts = elementStarts(input);
  if (starts === null) return null;
  const count = starts.length - 1;
  const workers = workerCount(count);
  if (workers === 0 || Math.ceil(count / BLOCK) < workers) return null;
  const bytes = new SharedArrayBuffer(input.length);
  new Uint8Array(bytes).set(input);
  const sharedStarts = new Int32Array(new SharedArrayBuffer(starts.byteLength));
  sharedStarts.set(starts);
  const credits = new Int32Array(new SharedArrayBuffer(4 * workers)).fill(CREDIT);
  const queues: ChunkMessage[][] = [];
  const wakers: ((() => void) | null)[] = [];
  const exited: boolean[] = [];
  const pool: Worker[] = [];
  let failure: unknown = null;
  let valid = 0;
  let invalid = false;
  let validated: () => void = () => {};
  const allValidated = new Promise<void>((resolve) => { validated = resolve; });
  const wake = (w: number) => { const f = wakers[w]; wakers[w] = null; f?.(); };
  for (let w = 0; w < workers; w++) {
    queues.push([]);
    wakers.push(null);
    const job: Job = { cigWorker: true, command, bytes, starts: sharedStarts, credits, index: w, workers };
    const worker = new Worker(entry, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    let answered = false;
    worker.on('message', (m: Message) => {
      if (m.kind === 'chunk') { queues[w]?.push(m); wake(w); return; }
      answered = true;
      if (m.kind === 'invalid') invalid = true;
      if (++valid === workers || invalid) validated();
    });
    worker.on('error', (e) => { failure = e; validated(); for (let v = 0; v < workers; v++) wake(v); });
    worker.on('exit', () => {
      exited[w] = true;
      if (!answered && failure === null) { failure = new Error('un processo di calcolo si è fermato prima di finire'); validated(); }
      wake(w);
    });
    pool.push(worker);
  }
  const stop = () => {
    // a worker waiting for credit is woken first, so that it can be stopped
    for (let w = 0; w < workers; w++) { Atomics.store(credits, w, 1 << 30); Atomics.notify(credits, w); }
    return Promise.all(pool.map((w) => w.terminate()));
  };
  await allValidated;
  if (invalid || failure !== null) {
    const fault = failure; // workers stopped now exit without answering: that is no fault
    await stop();
    if (fault !== null) throw fault;
    return null;
  }
  if (process.env.CIG_WORKERS_TRACE === '1') process.stderr.write(`cig: ${workers} worker\n`); // internal, for tests
  const next = async (w: number): Promise<ChunkMessage> => {
    for (;;) {
      const m = queues[w]?.shift();
      if (m) return m;
      if (failure !== null) throw failure;
      if (exited[w] === true) throw new Error('un processo di calcolo si è fermato prima di finire');
      await new Promise<void>((resolve) => { wakers[w] = resolve; });
    }
  };
  let code: 0 | 1 | 2 = 0;
  try {
    if (!process.stdout.write('[\n')) await once(process.stdout, 'drain');
    const blocks = Math.ceil(count / BLOCK);
    for (let b = 0; b < blocks; b++) {
      const w = b % workers;
      for (;;) {
        const m = await next(w);
        if (m.length > 0 && !process.stdout.write(Buffer.from(m.buffer, 0, m.length))) await once(process.stdout, 'drain');
        Atomics.add(credits, w, 1);
        Atomics.notify(credits, w);
        if (m.last) { code = worse(code, m.code); break; }
      }
    }
    if (!process.stdout.write(']\n')) await once(process.stdout, 'drain');
  } finally {
    await stop();
  }
  return code;
}

/** A worker: validates its blocks, then answers them chunk by chunk. */
export function workerMain(): void {
  if (!isJob(workerData) || parentPort === null) return;
  const { command, bytes, starts, credits, index, workers } = workerData;
  const port = parentPort;
  const found = subcommand(command);
  if (!found.ok || found.sub.input === 'args') return;
  const sub = found.sub;
  const input = Buffer.from(bytes);
  const count = starts.length - 1;
  const blocks: [number, number][] = [];
  for (let b = index; b * BLOCK < count; b += workers) blocks.push([b * BLOCK, Math.min(count, (b + 1) * BLOCK)]);
  /** The elements from..to-1: the bytes between their first start and the comma (or bracket) after the last. */
  const parse = (from: number, to: number): unknown[] | null => {
    const start = starts[from] ?? 0;
    const end = (starts[to] ?? 1) - 1;
    try {
      const value: unknown = JSON.parse(`[${input.toString('utf8', start, end)}]`);
      return Array.isArray(value) && value.length === to - from ? value : null;
    } catch {
      return null;
    }
  };
  for (const [from, to] of blocks) {
    if (parse(from, to) === null) { port.postMessage({ kind: 'invalid' }); return; }
  }
  port.postMessage({ kind: 'valid' });

  let buffer = new ArrayBuffer(CHUNK);
  let view = Buffer.from(buffer);
  let used = 0;
  const send = (b: ArrayBuffer, length: number, last: boolean, code: 0 | 1 | 2) => {
    for (let c = Atomics.load(credits, index); c <= 0; c = Atomics.load(credits, index)) Atomics.wait(credits, index, c);
    Atomics.sub(credits, index, 1);
    const m: ChunkMessage = { kind: 'chunk', buffer: b, length, last, code };
    port.postMessage(m, [b]);
  };
  const close = (last: boolean, code: 0 | 1 | 2) => {
    if (used === 0 && !last) return;
    send(buffer, used, last, code);
    buffer = new ArrayBuffer(CHUNK);
    view = Buffer.from(buffer);
    used = 0;
  };
  for (const [from, to] of blocks) {
    const items = parse(from, to) ?? [];
    let code: 0 | 1 | 2 = 0;
    for (let i = from; i < to; i++) {
      const output = answer(sub, items[i - from], {});
      items[i - from] = null;
      code = worse(code, exitCodeOf(output));
      // as main.ts writes an element of the array: JSON.stringify(array, null, 2) without the brackets
      const s = JSON.stringify([output], null, 2).slice(2, -2) + (i < count - 1 ? ',\n' : '\n');
      if (used + s.length * 3 > CHUNK) {
        close(false, 0);
        if (s.length * 3 > CHUNK) {
          const own = new ArrayBuffer(Buffer.byteLength(s, 'utf8'));
          const length = Buffer.from(own).write(s, 0, 'utf8');
          send(own, length, false, 0);
          continue;
        }
      }
      used += view.write(s, used, 'utf8');
    }
    close(true, code);
  }
}
