import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCig, makeSmartCig } from '../../../src/domain/cig.ts';

describe('official check algorithm', () => {
  it.each([
    ['00000010D3', 'SIMOG_V1'], ['1234567CE7', 'SIMOG_V1'], ['999999943B', 'SIMOG_V1'],
    ['ZD30000001', 'SMART_CIG'], ['X3A000262F', 'SMART_CIG'], ['Z6DFFFFFFF', 'SMART_CIG'],
    ['A0000011A6', 'SIMOG_V2_PCP'], ['BFFFFFF573', 'SIMOG_V2_PCP'], ['U000001227', 'SIMOG_V2_PCP'],
    [' z0b19b38f4 ', 'SMART_CIG'], ['b972725ff4', 'SIMOG_V2_PCP'],
  ])('%s is a valid %s', (code, series) => {
    const r = checkCig(code);
    expect(r).toMatchObject({ valid: true, series, code: code.trim().toUpperCase() });
  });
  it.each([
    ['X11000277E', /controllo/], ['X33000111F', /controllo/], ['X440005530', /controllo/], ['X22000333h', /A a F/],
    ['1234567CE8', /controllo/], ['0000000000', /0000000/], ['123456', /10 caratteri/], ['W000000001', /inizia/],
    ['Z000000000', /0000000/], ['12345A7CE7', /cifre/],
  ])('%s is refused with a reason', (code, reason) => {
    const r = checkCig(code);
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.reason).toMatch(reason);
  });
  it.each([
    ['X11000277E', 'D4'], ['1234567CE8', 'CE7'], ['B0123AB2CF', '2CE'], ['ZD10DBD179', '179'],
  ])('never says which check characters %s should have (%s)', (code, expected) => {
    const r = checkCig(code);
    expect(r.valid).toBe(false);
    if (!r.valid) {
      expect(r.reason).toMatch(/controllo/);
      expect(r.reason).not.toContain(expected);
      expect(r.reason).not.toMatch(/dovrebbe/);
    }
  });
  it.each([
    ['Z483E0A3BA', false], // the highest real Smart CIG counter in ANAC open data (30 December 2023)
    [makeSmartCig(0xeffffff, 'X'), false], [makeSmartCig(0xf000000, 'X'), true], [makeSmartCig(0xfffffff, 'Z'), true],
  ])('%s is a code of the simulator: %s', (code, simulated) => {
    const r = checkCig(code);
    expect(r).toMatchObject({ valid: true, series: 'SMART_CIG' });
    expect(r.valid && r.simulated === true).toBe(simulated);
  });
  it('flags the A-U counter 000000 as suspicious without calling it invalid', () => {
    expect(checkCig('B0000001A6')).toMatchObject({ valid: true, warning: expect.stringContaining('000000') });
  });
  it('every generated Smart CIG passes the check', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 0xfffffff }), fc.constantFrom('X' as const, 'Y' as const, 'Z' as const), (n, p) => {
      const code = makeSmartCig(n, p);
      expect(checkCig(code)).toMatchObject({ valid: true, series: 'SMART_CIG', code });
    }));
  });
  it('refuses to generate outside the counter range', () => {
    expect(() => makeSmartCig(0)).toThrow(RangeError);
    expect(() => makeSmartCig(0x10000000)).toThrow(RangeError);
  });
});

const fixture = fileURLToPath(new URL('../../../../shared/fixtures/real-cigs.tsv', import.meta.url));
describe.skipIf(!existsSync(fixture))('real codes from public open data (../shared/fixtures/real-cigs.tsv)', () => {
  const rows = existsSync(fixture)
    ? readFileSync(fixture, 'utf8').trim().split('\n').slice(1).map((l) => { const [code = '', kind = ''] = l.split('\t'); return [code, kind] as const; })
    : [];
  it('has the rows the reference describes', () => expect(rows.length).toBeGreaterThan(200));
  it('judges every code as its kind column says', () => {
    for (const [code, kind] of rows) {
      const r = checkCig(code);
      if (kind === 'ordinary') expect(r, code).toMatchObject({ valid: true, series: expect.stringMatching(/^SIMOG/) });
      else if (kind === 'smart') {
        expect(r, code).toMatchObject({ valid: true, series: 'SMART_CIG' });
        expect(r.valid && r.simulated, code).toBeFalsy();
      }
      else expect(r.valid, code).toBe(false);
    }
  });
});
