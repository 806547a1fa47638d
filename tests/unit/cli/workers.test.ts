/**
 * Issue 14: a large JSON array is answered on worker threads (src/cli/workers.ts). Its output must be the
 * same bytes, and the same exit status, as the answer on one thread: checked here on a few hundred mixed
 * items (valid scenarios, refusals, hostile values, strings full of JSON punctuation) with the internal
 * threshold lowered (CIG_WORKER_THRESHOLD) and the number of workers forced (CIG_WORKERS).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cig-workers-'));

function cig(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--no-warnings', 'src/cli/main.ts', ...args], {
    cwd: root, encoding: 'buffer', maxBuffer: 1 << 28, env: { ...process.env, CIG_WORKERS_TRACE: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

const hostile: unknown[] = [
  null, 0, -0, 1e400, true, 'testo', '', [], {}, [[1, [2]], { a: '[' }], { case: 'constructor' }, { case: '__proto__' }, { case: 'toString' },
  JSON.parse('{"__proto__": {"case": "new"}, "case": "new", "date": "2019-10-01", "object": "services", "base": "30000"}'),
  { case: 'new', date: '2019-10-01', object: 'services', base: ' 30000 ' },
  { case: 'new', date: '2019-10-01', object: 'services', base: '\u00a030000\u3000' },
  { case: 'new', date: '2024-2-9', object: 'works', base: '30.000,00' },
  { case: 'new', date: '2019-10-01', object: 'services', base: '€ 30.000', renewals: ['30000,5'] },
  { case: 'new', date: '2019-10-01', object: 'services', base: '1e9999999' },
  { case: 'new', date: '2019-10-01', object: 'services', base: '30000', note: 'virgole, parentesi ] } [ { e "virgolette" \\ \u202e' },
  { case: 'renewal', date: '2024-01-05', object: 'supplies', amount: '139999.99', originalCig: 'X3A000262F' },
  { case: 'variant', date: '2016-04-19', object: 'works', amount: '5000', contractAmount: '150000' },
  { case: 'technicalExtension', date: '2023-09-01', object: 'services', amount: '40000', contractAmount: '200000' },
];

function items(n: number): unknown[] {
  const dates = ['2011-06-01', '2014-03-03', '2019-10-01', '2023-04-01', '2024-01-05', '2026-11-21'];
  const objects = ['works', 'services', 'supplies'];
  return Array.from({ length: n }, (_, i) => {
    if (i % 3 === 1) return hostile[i % hostile.length];
    const date = dates[i % dates.length];
    const object = objects[i % objects.length];
    return { case: 'new', date, object, base: `${(i * 7919) % 250_000}.${String(i % 100).padStart(2, '0')}`, renewals: i % 2 ? [`${i * 13}`] : [] };
  });
}

/** The same command on one thread and on workers: same bytes and status, and the workers did answer. */
function same(command: string, file: string, workers = '2') {
  const one = cig([command, file], { CIG_WORKERS: '0' });
  const many = cig([command, file], { CIG_WORKERS: workers, CIG_WORKER_THRESHOLD: '10' });
  expect(one.stderr).toBe('');
  expect(many.stderr).toBe(`cig: ${workers} worker\n`);
  expect(many.status).toBe(one.status);
  expect(Buffer.compare(many.stdout, one.stdout)).toBe(0);
  return one;
}

// each test starts the command line twice from its TypeScript sources: slow on a busy machine
describe('issue 14: a large batch on worker threads gives the same bytes as on one thread', { timeout: 60_000 }, () => {
  it('advise: a few hundred mixed items, refusals in their places (exit 2)', () => {
    const file = join(dir, 'mixed.json');
    writeFileSync(file, JSON.stringify(items(700)));
    const r = same('advise', file);
    expect(r.status).toBe(2);
    expect(r.stdout.toString('utf8')).toContain('"error"');
  });

  it('advise: indented input with a byte order mark, three workers', () => {
    const file = join(dir, 'valid.json');
    writeFileSync(file, '\ufeff' + JSON.stringify(items(600).filter((_, i) => i % 3 !== 1), null, 2) + '\n');
    same('advise', file, '3');
  });

  it('carnet: an array of scripts', () => {
    const script = (i: number) => ({ actions: [{ date: '2011-05-04', type: 'requestCarnet' }, ...(i % 5 === 0 ? [{ date: 'ieri', type: 'boh' }] : [])] });
    const file = join(dir, 'carnet.json');
    writeFileSync(file, JSON.stringify(Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? null : script(i)))));
    same('carnet', file);
  });

  it.each([
    ['invalid JSON inside an element', () => JSON.stringify(items(300)).replace('"case"', '"case" x')],
    ['text after the array', () => `${JSON.stringify(items(300))} x`],
    ['an empty element', () => `[${JSON.stringify(items(300)).slice(1, -1)},,1]`],
  ])('%s: no workers, the same refusal as before', (_, text) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, text());
    const one = cig(['advise', file], { CIG_WORKERS: '0' });
    const many = cig(['advise', file], { CIG_WORKERS: '2', CIG_WORKER_THRESHOLD: '10' });
    expect(many.stderr).toBe('');
    expect(many.status).toBe(2);
    expect(many.status).toBe(one.status);
    expect(Buffer.compare(many.stdout, one.stdout)).toBe(0);
  });
});
