/**
 * Issue 14, defects 4 and 5 (the command line): each test here failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../../src/cli/run.ts';
import { runCarnetScript } from '../../../src/domain/simulation/script.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const today = '2026-11-21';

function cig(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, ['--no-warnings', 'src/cli/main.ts', ...args], { cwd: root, input: stdin, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('defect 4: invalid JSON', () => {
  // the output as JSON text: the example's quotes are escaped
  it.each([['advise', '\\"case\\"'], ['carnet', '\\"actions\\"']])('%s: an Italian message without Node\'s English, with its own example', (command, example) => {
    const r = runCommand([command], () => '{"case": "new",', { today });
    expect(r.exitCode).toBe(2);
    const text = JSON.stringify(r.output);
    expect(text).toContain(example);
    expect(text).not.toMatch(/Unexpected|JSON input|position|Expected/);
  });
  it('carnet does not suggest an advise example', () => {
    const text = JSON.stringify(runCommand(['carnet'], () => '[', { today }).output);
    expect(text).not.toContain('"case');
  });
});

describe('defect 5: size', () => {
  it('a carnet script runs in time linear in its number of actions', () => {
    const data = { fattispecieContrattuale: 'INF_40000', importo: '1500', oggetto: 'stampe', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'FORNITURE' };
    // single Smart CIGs requested, each followed by a change of a code that is not there (searched in the whole list)
    const script = (n: number) => ({ actions: Array.from({ length: n }, (_, i) => (i % 2 ? { date: '2012-01-01', type: 'requestSmartCig', data } : { date: '2012-01-01', type: 'modify', code: 'X000000001', data })) });
    // CPU time of this process: steadier than the wall clock on a busy machine
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const time = (n: number) => { const s = script(n); const t = cpu(); runCarnetScript(s); return cpu() - t; };
    time(2000);
    const small = Math.min(time(10_000), time(10_000), time(10_000));
    const big = Math.min(time(80_000), time(80_000));
    // linear: about 8 times; the square of the length would be 64 times (16 already from 10,000 to 40,000 before the fix)
    expect(big / small).toBeLessThan(24);
  });
  it('advise --ndjson: one scenario per line in, one answer per line out, errors in place', () => {
    const lines = [
      JSON.stringify({ case: 'new', date: '2019-10-01', object: 'services', base: '30000' }),
      '{"case": ',
      '',
      JSON.stringify({ case: 'new', date: '2019-10-01', object: 'services', base: 'x' }),
      JSON.stringify({ case: 'new', date: '2019-10-01', object: 'services', base: '40000' }),
    ];
    const r = cig(['advise', '--ndjson'], lines.join('\n'));
    expect(r.status).toBe(2);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(out).toMatchObject([{ system: 'SMART_CIG' }, { error: { code: 'INVALID_INPUT' } }, { error: { issues: [{ path: 'base' }] } }, { system: 'SIMOG' }]);
  });
  it('check-cig reads codes from standard input, one per line', () => {
    const r = cig(['check-cig'], '1234567CE7\n x3a000262f \n\nABC\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ code: '1234567CE7', valid: true }, { code: 'X3A000262F', valid: true }, { code: 'ABC', valid: false }]);
  });
  it('an input above the size limit is refused in Italian, suggesting --ndjson, without a stack trace', () => {
    const big = `[${'"junk",'.repeat(6_000_000)}"junk"]`; // 42 MB, above the 32 MB limit
    const r = cig(['advise'], big);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('--ndjson');
    expect(r.stderr).toBe('');
  });
});

describe('the streaming command line answers as before', () => {
  it('a JSON array is answered byte for byte as one whole answer would be (it is written item by item)', () => {
    const input = [
      { case: 'new', date: '2019-10-01', object: 'services', base: '30000', renewals: ['1000'] },
      { case: 'new', date: '2019-10-01', object: 'services', base: 'x' },
      { case: 'renewal', date: '2024-03-01', object: 'works', amount: '5000', originalCig: '1234567CE7' },
    ];
    const r = cig(['advise'], JSON.stringify(input));
    expect(r.stdout).toBe(JSON.stringify(runCommand(['advise'], () => JSON.stringify(input), { today }).output, null, 2) + '\n');
    expect(cig(['advise'], '[]').stdout).toBe('[]\n');
  });
  it('check-cig answers 12,000 codes given as arguments', () => {
    const r = cig(['check-cig', ...Array.from({ length: 12_000 }, () => '1234567CE7')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(12_000);
  });
  it('check-cig --ndjson reads codes from standard input and writes one answer per line', () => {
    const r = cig(['check-cig', '--ndjson'], '1234567CE7\r\nX11000277E\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toMatchObject([{ valid: true }, { valid: false }]);
  });
  it('carnet --ndjson: one script per line', () => {
    const r = cig(['carnet', '--ndjson'], `${JSON.stringify({ actions: [{ date: '2011-05-04', type: 'requestCarnet' }] })}\n{"actions": 1}\n`);
    expect(r.status).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toMatchObject([{ results: [{ ok: true }] }, { error: { code: 'INVALID_INPUT' } }]);
  });
});
