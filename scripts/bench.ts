/**
 * npm run bench (issue 14): the command line measured through the README's command, `npm run --silent cig`:
 *
 * - start-up: `cig check-cig` with one code, the best of several runs (node's own start-up shown apart);
 * - 10,000 scenarios in one `advise` call (target under 1 s wall);
 * - 100,000 scenarios in one `advise` call (target under 5 s and 512 MB peak memory; answered on worker threads);
 * - 1,000,000 scenarios as NDJSON (`advise --ndjson`), generated on the fly into the command's standard
 *   input: time and peak memory, which must stay flat (constant memory);
 * - carnet scripts of 10,000 and 100,000 actions (linear: the ratio of their times stays well under 100).
 *
 * Peak memory is the largest resident set of the process tree, and CPU time its user + system time, both
 * from /usr/bin/time when it is installed (otherwise not reported). Each figure is the best of three runs
 * (the 1,000,000-line run: one). The bench fails (exit 1) past the targets widened by honest margins
 * for a loaded 2-core CI machine (HARD below): wall clock best of three for 10,000 and 100,000 scenarios, peak
 * memory at the target itself; the 1,000,000-line run goes to the end (stopped only past MILLION_LIMIT_MS, which
 * fails) and its peak must stay under 512 MB and within 1.5 times the peak of the 100,000-line run (constant memory).
 */
import { spawn, spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cig-bench-'));
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The targets of issue 14, and the margins past which the bench fails (a loaded shared machine stretches the wall
 * clock). 100,000 scenarios are answered on worker threads (src/cli/workers.ts): 3.8 to 4.3 s best of three on
 * 2 cores shared with other work, up to 4.8 s when another process keeps one core busy, so the limit keeps a
 * 20 % margin over the 5 s target; 10,000 (one thread, under the worker threshold) take 0.8 s best of three
 * on a quiet machine and up to 1.6 s at load 20, so they keep a margin too.
 */
const TARGET = { tenK: 1000, hundredK: 5000, hundredKMb: 512, carnetRatio: 15, millionMb: 512 };
const HARD = { tenK: 1500, hundredK: 6000, hundredKMb: 512, carnetRatio: 40, millionMb: 512, millionGrowth: 1.5 };
/** The 1,000,000-line run is stopped past this (and then fails): about 3 times what it takes on an idle 2-core machine. */
const MILLION_LIMIT_MS = 180_000;

/** The i-th element, cycling (the lists are never empty). */
const cycle = <T>(xs: readonly [T, ...T[]], i: number): T => xs[i % xs.length] ?? xs[0];

/** Deterministic, varied scenarios: every case, object, regime and a spread of amounts. */
function* scenarios(n: number): Generator<Record<string, unknown>> {
  const dates: [string, ...string[]] = ['2011-06-01', '2011-07-12', '2014-03-03', '2016-04-19', '2019-10-01', '2020-06-01', '2023-04-01', '2023-09-01', '2024-01-05', '2025-02-01', '2026-11-21'];
  const objects: [string, ...string[]] = ['works', 'services', 'supplies'];
  const procedures: [string, ...string[]] = ['direct', 'negotiated', 'open', 'restricted', 'other'];
  let seed = 42;
  const rnd = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m; };
  const amount = () => `${1 + rnd(2_000_000)}.${String(rnd(100)).padStart(2, '0')}`;
  for (let i = 0; i < n; i++) {
    const date = cycle(dates, i);
    const object = cycle(objects, i);
    switch (i % 4) {
      case 0: case 1:
        yield { case: 'new', date, object, base: amount(), renewals: i % 3 ? [amount()] : [], prorogaOptions: i % 5 ? [] : [amount()],
          technicalExtension: amount(), countTechnicalExtension: i % 7 === 0, procedure: cycle(procedures, i) };
        break;
      case 2:
        yield { case: 'renewal', date, object, amount: amount(), originalCig: '1234567CE7' };
        break;
      default:
        yield { case: i % 8 === 3 ? 'variant' : 'technicalExtension', date, object, amount: amount(), contractAmount: amount() };
    }
  }
}

/** A carnet script of n actions: carnets requested, their CIGs communicated and annulled, single Smart CIGs requested and changed. */
function carnetScript(n: number): { actions: unknown[] } {
  const data = { fattispecieContrattuale: 'INF_40000', importo: '1500', oggetto: 'stampe digitali', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'FORNITURE' };
  const actions: unknown[] = [];
  const first = Date.UTC(2011, 6, 12);
  let carnet = 0;
  let position = 50;
  for (let i = 0; actions.length < n; i++) {
    const date = new Date(first + Math.floor((i * 4000) / n) * 86_400_000).toISOString().slice(0, 10);
    if (position >= 50) {
      actions.push({ date, type: 'requestCarnet' });
      carnet++;
      position = 0;
      continue;
    }
    position++;
    const target = { carnet: `CARNET/${String(carnet).padStart(7, '0')}`, cig: position };
    switch (i % 4) {
      case 0: actions.push({ date, type: 'cancel', ...target }); break;
      case 1: actions.push({ date, type: 'requestSmartCig', data }); break;
      case 2: actions.push({ date, type: 'modify', code: 'X000000001', data }); break;
      default: actions.push({ date, type: 'communicate', ...target, data });
    }
  }
  return { actions };
}

interface Run { ms: number; cpu: number | null; mb: number | null; status: number | null; out: string }

const FORMAT = '%U %S %M';

/** CPU milliseconds and peak MB from /usr/bin/time's last line ("user system maxKB"). */
function measured(stderr: string): { cpu: number | null; mb: number | null } {
  const [user, sys, kb] = (stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (!hasTime || user === undefined || sys === undefined || kb === undefined || ![user, sys, kb].every(Number.isFinite)) return { cpu: null, mb: null };
  return { cpu: (user + sys) * 1000, mb: kb / 1024 };
}

/** One `npm run --silent cig -- ...` call on a file, timed, with the peak memory of its process tree; its output goes to a file. */
function cig(args: string[]): Run {
  const command = ['run', '--silent', 'cig', '--', ...args];
  const out = join(dir, 'out.json');
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  const options: SpawnSyncOptionsWithStringEncoding = { cwd: root, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] };
  const r = hasTime ? spawnSync(TIME, ['-f', FORMAT, npm, ...command], options) : spawnSync(npm, command, options);
  const ms = performance.now() - t0;
  closeSync(fd);
  return { ms, ...measured(r.stderr), status: r.status, out };
}

/** The answers in an output file: the elements of its top-level array (each starts a line with two spaces and a brace), read in chunks. */
function count(r: Run): number {
  const fd = openSync(r.out, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let n = 0;
  let tail = '';
  let first = '';
  for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
    const text = tail + buffer.toString('latin1', 0, read);
    if (first === '') first = text.slice(0, 1);
    for (let i = text.indexOf('\n  {'); i !== -1; i = text.indexOf('\n  {', i + 1)) n++;
    tail = text.slice(-3);
  }
  closeSync(fd);
  return first === '[' ? n : -1;
}

/** The best of `times` calls (a shared machine can stall one): the least wall clock, the least CPU time and the largest peak. */
function best(times: number, args: string[]): Run {
  const runs = Array.from({ length: times }, () => cig(args));
  const least = (f: (r: Run) => number | null) => { const xs = runs.map(f).filter((x): x is number => x !== null); return xs.length === 0 ? null : Math.min(...xs); };
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const peaks = runs.map((r) => r.mb).filter((x): x is number => x !== null);
  return { ...fastest, cpu: least((r) => r.cpu), mb: peaks.length === 0 ? null : Math.max(...peaks), status: runs.every((r) => r.status === 0) ? 0 : runs.find((r) => r.status !== 0)?.status ?? null };
}

/** The 1,000,000-line run: scenarios written into the command's standard input as it reads them. */
async function ndjsonRun(n: number): Promise<Run & { lines: number; stopped: boolean }> {
  const command = ['run', '--silent', 'cig', '--', 'advise', '--ndjson'];
  const t0 = performance.now();
  const child = hasTime ? spawn(TIME, ['-f', FORMAT, npm, ...command], { cwd: root }) : spawn(npm, command, { cwd: root });
  // past the limit the input ends early: the command answers what it has read and exits as usual
  let stopped = false;
  const timer = setTimeout(() => { stopped = true; }, MILLION_LIMIT_MS);
  let lines = 0;
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => { for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++; });
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  let batch = '';
  child.stdin.on('error', () => { stopped = true; });
  for (const s of scenarios(n)) {
    if (stopped) break;
    batch += JSON.stringify(s) + '\n';
    if (batch.length > 1 << 16) {
      if (!child.stdin.write(batch)) await new Promise((resolve) => child.stdin.once('drain', resolve));
      batch = '';
    }
  }
  const cut = stopped; // the input ended early (past the time limit, or the command stopped reading)
  clearTimeout(timer);
  child.stdin.end(batch);
  const status = await done;
  return { ms: performance.now() - t0, ...measured(stderr), status, out: '', lines, stopped: cut };
}


const write = (name: string, value: unknown) => { const f = join(dir, name); writeFileSync(f, JSON.stringify(value)); return f; };
const mb = (r: { mb: number | null }) => (r.mb === null ? 'n/d (no /usr/bin/time)' : `${r.mb.toFixed(0)} MB`);
const cpu = (r: { cpu: number | null }) => (r.cpu === null ? 'n/d' : `${(r.cpu / 1000).toFixed(2)} s`);
const met = (ok: boolean) => (ok ? 'met' : 'missed');
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const failures: string[] = [];
const check = (ok: boolean, what: string) => { if (!ok) failures.push(what); };

// start-up (a warm-up call builds the bundle if it is missing or stale)
cig(['check-cig', '1234567CE7']);
const nodeStart = Math.min(...Array.from({ length: 5 }, () => { const t = performance.now(); spawnSync(process.execPath, ['-e', '0']); return performance.now() - t; }));
const startNpm = best(7, ['check-cig', '1234567CE7']);
const startDirect = Math.min(...Array.from({ length: 7 }, () => { const t = performance.now(); spawnSync(process.execPath, [join(root, 'scripts/cig.mjs'), 'check-cig', '1234567CE7']); return performance.now() - t; }));
console.log(`start-up: ${startNpm.ms.toFixed(0)} ms through npm run (npm itself included), ${startDirect.toFixed(0)} ms for node scripts/cig.mjs; node alone ${nodeStart.toFixed(0)} ms (best of 7)`);

const tenK = write('10k.json', [...scenarios(10_000)]);
const r10 = best(3, ['advise', tenK]);
console.log(`advise 10,000 scenarios: ${s(r10.ms)} wall (target < ${s(TARGET.tenK)}: ${met(r10.ms < TARGET.tenK)}), CPU ${cpu(r10)}, peak ${mb(r10)} (best of 3; exit ${r10.status}, ${count(r10)} answers)`);
check(r10.status === 0 && count(r10) === 10_000 && r10.ms < HARD.tenK, `10,000 scenarios: ${s(r10.ms)} wall (fails above ${s(HARD.tenK)})`);

const hundredK = write('100k.json', [...scenarios(100_000)]);
const r100 = best(3, ['advise', hundredK]);
console.log(`advise 100,000 scenarios: ${s(r100.ms)} wall (target < ${s(TARGET.hundredK)}: ${met(r100.ms < TARGET.hundredK)}), CPU ${cpu(r100)}, peak ${mb(r100)} (target < ${TARGET.hundredKMb} MB: ${met((r100.mb ?? 0) < TARGET.hundredKMb)}; best of 3; exit ${r100.status}, ${count(r100)} answers)`);
check(r100.status === 0 && count(r100) === 100_000 && r100.ms < HARD.hundredK && (r100.mb ?? 0) < HARD.hundredKMb, `100,000 scenarios: ${s(r100.ms)} wall, ${mb(r100)} (fails above ${s(HARD.hundredK)} or ${HARD.hundredKMb} MB)`);

const c10 = cig(['carnet', write('carnet-10k.json', carnetScript(10_000))]);
const c100 = cig(['carnet', write('carnet-100k.json', carnetScript(100_000))]);
// the ratio of CPU times where measured (steadier on a busy machine), else of wall times
const ratio = c10.cpu !== null && c100.cpu !== null ? c100.cpu / c10.cpu : c100.ms / c10.ms;
console.log(`carnet: 10,000 actions ${s(c10.ms)} wall, CPU ${cpu(c10)}, peak ${mb(c10)}; 100,000 actions ${s(c100.ms)} wall, CPU ${cpu(c100)}, peak ${mb(c100)}: ratio ${ratio.toFixed(1)} for 10 times the actions (linear ≈ 10, start-up included; target < ${TARGET.carnetRatio}; exit ${c10.status}, ${c100.status})`);
check(c10.status === 0 && c100.status === 0 && ratio < HARD.carnetRatio, `carnet ratio ${ratio.toFixed(1)} (fails above ${HARD.carnetRatio})`);

// NDJSON: 100,000 lines, then the million; constant memory is the million's peak close to the 100,000's
const ndjson = async (n: number) => {
  const r = await ndjsonRun(n);
  const rate = Math.round(r.lines / (r.ms / 1000)).toLocaleString('en');
  console.log(r.stopped
    ? `advise --ndjson ${n.toLocaleString('en')} scenarios generated into standard input: STOPPED after ${s(MILLION_LIMIT_MS)}, ${r.lines.toLocaleString('en')} lines answered (${rate} lines/s), CPU ${cpu(r)}, peak ${mb(r)} (exit ${r.status})`
    : `advise --ndjson ${n.toLocaleString('en')} scenarios generated into standard input: ${s(r.ms)} wall (${rate} lines/s), CPU ${cpu(r)}, peak ${mb(r)} (exit ${r.status}, ${r.lines.toLocaleString('en')} lines out)`);
  check(!r.stopped && r.status === 0 && r.lines === n, `${n} NDJSON: ${r.stopped ? 'stopped, ' : ''}exit ${r.status}, ${r.lines} lines`);
  return r;
};
const n100 = await ndjson(100_000);
const million = await ndjson(1_000_000);
if (million.mb !== null && n100.mb !== null) {
  const growth = million.mb / n100.mb;
  console.log(`NDJSON peak memory: ${mb(n100)} for 100,000 lines, ${mb(million)} for 1,000,000 (x${growth.toFixed(2)}; constant memory: under ${HARD.millionMb} MB and within x${HARD.millionGrowth})`);
  check(million.mb < HARD.millionMb && growth < HARD.millionGrowth, `1,000,000 NDJSON: peak ${mb(million)}, x${growth.toFixed(2)} the 100,000 run's (fails above ${HARD.millionMb} MB or x${HARD.millionGrowth})`);
}

console.log(failures.length === 0 ? 'bench: ok' : `bench: FAILED: ${failures.join('; ')}`);
process.exit(failures.length === 0 ? 0 : 1);
