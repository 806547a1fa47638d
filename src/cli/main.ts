/**
 * Command line (CONTRACT §1): JSON in, JSON out, Italian messages, no stack traces.
 *
 *   npm run --silent cig -- advise [--ndjson] [FILE]        scenario(s) -> advice(s)
 *   npm run --silent cig -- carnet [--ndjson] [FILE]        Smart CIG simulation script(s) -> results and final state
 *   npm run --silent cig -- check-cig [--ndjson] [CODE...]  CIG codes (or standard input, one per line) -> validity
 *   npm run --silent cig -- exercise --seed N --level L [--count K] [--topic T] [--format json|moodle|gift]
 *                                                           generated exercises with answers (issue 13; moodle/gift print the export as text)
 *   npm run --silent cig -- help                            usage
 *
 * Exit status: 0 everything answered; 2 some input refused; 1 internal fault.
 *
 * Issue 14: the output is written item by item with backpressure, so a batch never becomes one huge string;
 * an input read whole (JSON) is refused above MAX_INPUT_BYTES with a message that suggests --ndjson; with
 * --ndjson the input is read line by line (one JSON item per line, or one code per line) and each answer
 * is one line: constant memory, whatever the number of lines.
 */
import { createReadStream, statSync } from 'node:fs';
import { once } from 'node:events';
import {
  MAX_INPUT_BYTES, USAGE, answer, codeLines, exitCodeOf, internal, noCodes, parseJson, subcommand, tooLarge, unreadable, worse,
  type ItemCommand,
} from './run.ts';
import { answerInWorkers, inWorker, workerMain } from './workers.ts';

const NDJSON = '--ndjson';

/**
 * Standard output with backpressure: answers are encoded straight into chunks of CHUNK bytes (no joined
 * string, no second copy); full chunks are written by `flush`, which waits for a full pipe.
 */
const CHUNK = 1 << 18;
class Out {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private full: Buffer[] = [];
  /** Adds text without waiting; true when chunks are full and the caller should `await flush()`. */
  add(s: string): boolean {
    // text that may not fit in what is left of the chunk (at most 3 bytes a UTF-16 unit) starts a new one
    if (this.used + s.length * 3 > CHUNK) {
      this.close();
      if (s.length * 3 > CHUNK) {
        this.full.push(Buffer.from(s, 'utf8'));
        return true;
      }
    }
    this.used += this.buffer.write(s, this.used, 'utf8');
    return this.full.length > 0;
  }
  async write(s: string): Promise<void> {
    if (this.add(s)) await this.flush();
  }
  /** Writes the full chunks and what has been added since, waiting whenever the pipe is full. */
  async flush(): Promise<void> {
    this.close();
    const chunks = this.full;
    this.full = [];
    for (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
  /** The current chunk joins the full ones (the stream keeps it until written, so the next text goes into a new one). */
  private close(): void {
    if (this.used === 0) return;
    this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }
}

/**
 * A value as JSON.stringify(value, null, 2) writes it; `inArray`: as it appears as an element of an array so
 * written (two more spaces on every line), which is the same text without the brackets of a one-element array.
 */
function pretty(value: unknown, inArray = false): string {
  return inArray ? JSON.stringify([value], null, 2).slice(2, -2) : JSON.stringify(value, null, 2);
}

/** The input stream: FILE, or standard input. */
function source(file: string | undefined): NodeJS.ReadableStream {
  return file === undefined ? process.stdin : createReadStream(file);
}

/** The whole input, unless it is larger than MAX_INPUT_BYTES (then it is not read further). */
async function readWhole(file: string | undefined): Promise<{ ok: true; bytes: Buffer } | { ok: false; large: boolean }> {
  try {
    if (file !== undefined && statSync(file).size > MAX_INPUT_BYTES) return { ok: false, large: true };
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of source(file)) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      total += b.length;
      if (total > MAX_INPUT_BYTES) return { ok: false, large: true };
      chunks.push(b);
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch {
    return { ok: false, large: false };
  }
}

/**
 * The input's lines, chunk by chunk (each batch the lines a chunk completes), in constant memory: a line
 * longer than MAX_INPUT_BYTES is given as null (and skipped to its end). Empty lines are left out.
 */
async function* lineBatches(file: string | undefined): AsyncGenerator<(string | null)[]> {
  let parts: Buffer[] = [];
  let length = 0;
  let overlong = false;
  const line = (last: Buffer): string | null => {
    const text = overlong ? null : Buffer.concat([...parts, last]).toString('utf8');
    parts = [];
    length = 0;
    overlong = false;
    return text;
  };
  for await (const chunk of source(file)) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    const batch: (string | null)[] = [];
    let start = 0;
    for (let nl = b.indexOf(10, start); nl !== -1; nl = b.indexOf(10, start)) {
      // a line within one chunk (the usual case) is decoded in place
      const text = parts.length === 0 && !overlong ? b.toString('utf8', start, nl) : line(b.subarray(start, nl));
      start = nl + 1;
      if (text === null || text.trim() !== '') batch.push(text);
    }
    if (batch.length > 0) yield batch;
    const rest = b.subarray(start);
    if (!overlong) {
      length += rest.length;
      if (length > MAX_INPUT_BYTES) { overlong = true; parts = []; } else if (rest.length > 0) parts.push(Buffer.from(rest));
    }
  }
  if (overlong || length > 0) {
    const text = line(Buffer.alloc(0));
    if (text === null || text.trim() !== '') yield [text];
  }
}

/** --ndjson: one item per line in, one answer per line out. */
async function streamLines(sub: ItemCommand, file: string | undefined, out: Out): Promise<0 | 1 | 2> {
  let code: 0 | 1 | 2 = 0;
  for await (const batch of lineBatches(file)) {
    for (const text of batch) {
      let output: unknown;
      if (text === null) output = tooLarge();
      else if (sub.input === 'codes') output = answer(sub, text.trim(), {});
      else {
        const parsed = parseJson(sub, text);
        output = parsed.ok ? answer(sub, parsed.value, {}) : parsed.body;
      }
      code = worse(code, exitCodeOf(output));
      if (out.add(JSON.stringify(output) + '\n')) await out.flush();
    }
  }
  return code;
}

/** Codes given as arguments with --ndjson: one answer per line. */
async function writeLines(sub: ItemCommand, items: readonly string[], out: Out): Promise<0 | 1 | 2> {
  let code: 0 | 1 | 2 = 0;
  for (const item of items) {
    const output = answer(sub, item, {});
    code = worse(code, exitCodeOf(output));
    if (out.add(JSON.stringify(output) + '\n')) await out.flush();
  }
  return code;
}

/** Without --ndjson: the answer to a value (an array answered item by item, written as it goes). */
async function writeAnswers(sub: ItemCommand, value: unknown, out: Out): Promise<0 | 1 | 2> {
  if (!Array.isArray(value)) {
    const output = answer(sub, value, {});
    await out.write(pretty(output) + '\n');
    return exitCodeOf(output);
  }
  if (value.length === 0) {
    await out.write('[]\n');
    return 0;
  }
  let code: 0 | 1 | 2 = 0;
  await out.write('[\n');
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    value[i] = null; // an answered item is let go, so the collector has less to keep as the batch goes on
    const output = answer(sub, item, {});
    code = worse(code, exitCodeOf(output));
    if (out.add(pretty(output, true) + (i < value.length - 1 ? ',\n' : '\n'))) await out.flush();
  }
  await out.write(']\n');
  return code;
}

async function main(argv: string[], out: Out): Promise<0 | 1 | 2> {
  const ndjson = argv.includes(NDJSON);
  const [name, ...args] = argv.filter((a) => a !== NDJSON);
  if (name === 'help' || name === '--help' || name === '-h') {
    await out.write(pretty({ uso: USAGE }) + '\n');
    return 0;
  }
  const found = subcommand(name);
  if (!found.ok) {
    await out.write(pretty(found.body) + '\n');
    return 2;
  }
  const { sub } = found;
  if (sub.input === 'args') {
    const r = sub.run(args);
    await out.write(typeof r.output === 'string' ? r.output : pretty(r.output) + '\n'); // a string is an export (issue 13)
    return r.exitCode;
  }
  if (sub.input === 'codes' && args.length > 0) return ndjson ? writeLines(sub, args, out) : writeAnswers(sub, args, out);
  const file = sub.input === 'codes' ? undefined : args[0];
  if (ndjson) return streamLines(sub, file, out);
  const whole = await readWhole(file);
  if (!whole.ok) {
    const body = whole.large ? tooLarge() : unreadable(file);
    await out.write(pretty(body) + '\n');
    return 2;
  }
  if (sub.input === 'json' && name !== undefined) {
    // a large array is answered on every core (same bytes out; null: not large, or not a valid array)
    const code = await answerInWorkers(new URL(import.meta.url), name, whole.bytes);
    if (code !== null) return code;
  }
  const text = whole.bytes.toString('utf8');
  if (sub.input === 'codes') {
    const codes = codeLines(text);
    if (codes.length === 0) {
      await out.write(pretty(noCodes(sub)) + '\n');
      return 2;
    }
    return writeAnswers(sub, codes, out);
  }
  const parsed = parseJson(sub, text);
  if (!parsed.ok) {
    await out.write(pretty(parsed.body) + '\n');
    return 2;
  }
  return writeAnswers(sub, parsed.value, out);
}

/** The last word on any fault: Italian, on standard output, exit 1, no stack trace. */
function fault(e: unknown): void {
  try {
    process.stdout.write(pretty(internal(e)) + '\n');
  } finally {
    process.exitCode = 1;
  }
}

if (inWorker) {
  // this file is also the entry of the workers of a large batch (one bundle): see workers.ts
  workerMain();
} else {
  // A reader that stops reading (`| head`) ends the command quietly.
  process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
  process.on('uncaughtException', fault);

  const out = new Out();
  try {
    const code = await main(process.argv.slice(2), out);
    await out.flush();
    process.exitCode = code;
  } catch (e) {
    fault(e);
  }
}
