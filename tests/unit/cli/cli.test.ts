import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = join(root, '../shared/spec/examples');

/** Runs the real command line, as a user would: `npm run --silent cig -- …` is `node src/cli/main.ts …`. */
function cig(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--no-warnings', 'src/cli/main.ts', ...args], { cwd: root, input: stdin ?? '', encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: (): unknown => JSON.parse(r.stdout) };
}

/** CONTRACT §6: every key of `expect` must be equal; arrays have the same length and match element by element. */
function partialMatch(actual: unknown, expected: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    if (actual.length !== expected.length) return [`${path}: length ${actual.length}, expected ${expected.length}`];
    return expected.flatMap((e, i) => partialMatch(actual[i], e, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: expected an object`];
    return Object.entries(expected).flatMap(([k, v]) => partialMatch(Reflect.get(actual, k), v, `${path}.${k}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
}

/** An example of the contract: a command, its input and the part of the output it fixes. */
const Example = z.object({ command: z.optional(z.string()), input: z.unknown(), expect: z.unknown() });

describe.skipIf(!existsSync(examples))('the examples of ../shared/spec/examples through the command line', () => {
  const files = existsSync(examples) ? readdirSync(examples).filter((f) => f.endsWith('.json')).sort() : [];
  it('there are examples to run', () => expect(files.length).toBeGreaterThanOrEqual(4));
  it.each(files)('%s', (file) => {
    const ex = Example.parse(JSON.parse(readFileSync(join(examples, file), 'utf8')));
    const dir = mkdtempSync(join(tmpdir(), 'cig-'));
    const input = join(dir, 'input.json');
    writeFileSync(input, JSON.stringify(ex.input));
    const r = cig([ex.command ?? 'advise', input]);
    expect(r.status, r.stdout).toBe(0);
    expect(partialMatch(r.json(), ex.expect)).toEqual([]);
  });
});

describe('advise', () => {
  it('reads standard input when no file is given, and gives an array for an array, in order', () => {
    const r = cig(['advise'], JSON.stringify([
      { case: 'new', date: '2019-10-01', object: 'services', base: '39999.99' },
      { case: 'new', date: '2019-10-01', object: 'services', base: 40000 },
      { case: 'new', date: '2019-10-01', object: 'services', base: '40000' },
    ]));
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject([
      { system: 'SMART_CIG', estimatedValue: '39999.99' },
      { error: { code: 'INVALID_INPUT', issues: [{ path: 'base', message: expect.stringContaining('39999.99') }] } },
      { system: 'SIMOG' },
    ]);
  });
  it('exits 0 when everything is answered, with JSON only on standard output', () => {
    const r = cig(['advise'], JSON.stringify({ case: 'variant', date: '2019-10-01', object: 'works', amount: '20000', contractAmount: '100000' }));
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({ newCig: false, system: null, fields: {} });
    expect(r.stderr).toBe('');
  });
  it('refuses dates before 2 May 2011 with DATE_OUT_OF_RANGE', () => {
    const r = cig(['advise'], JSON.stringify({ case: 'new', date: '2011-05-01', object: 'services', base: '1000' }));
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'DATE_OUT_OF_RANGE', issues: [{ path: 'date' }] } });
  });
  it.each([
    ['malformed JSON', '{"case": "new",'],
    ['an empty input', ''],
    ['a number', '42'],
    ['null', 'null'],
    ['an unknown key', JSON.stringify({ case: 'new', object: 'services', base: '1', bas: '2' })],
  ])('never shows a stack trace for %s', (_, input) => {
    const r = cig(['advise'], input);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.stderr).toBe('');
    expect(r.json()).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[a-z]/) } });
  });
  it('says so when the file does not exist', () => {
    const r = cig(['advise', '/nonexistent/file.json']);
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('/nonexistent/file.json') } });
  });
});

describe('check-cig and usage', () => {
  it('normalises and judges each code, in order', () => {
    const r = cig(['check-cig', ' x3a000262f ', 'X11000277E', 'B972725FF4']);
    expect(r.status).toBe(0);
    expect(r.json()).toEqual([
      { code: 'X3A000262F', valid: true, series: 'SMART_CIG' },
      { code: 'X11000277E', valid: false, reason: expect.any(String) },
      { code: 'B972725FF4', valid: true, series: 'SIMOG_V2_PCP' },
    ]);
  });
  it('refuses a missing code or an unknown command with exit 2', () => {
    expect(cig(['check-cig']).status).toBe(2);
    const r = cig(['adviseX']);
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('advise') } });
  });
});

describe('carnet', () => {
  it('refuses a script that is not a script, without a stack trace', () => {
    const r = cig(['carnet'], JSON.stringify({ actions: 'no' }));
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
  it('reports a third active carnet as a refused action with CARNET_LIMIT', () => {
    const r = cig(['carnet'], JSON.stringify({ actions: [
      { date: '2011-05-04', type: 'requestCarnet' }, { date: '2011-05-05', type: 'requestCarnet' }, { date: '2011-05-06', type: 'requestCarnet' },
    ] }));
    expect(r.json()).toMatchObject({ results: [{ ok: true }, { ok: true }, { ok: false, error: { code: 'CARNET_LIMIT' } }] });
  });
});
