import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { comparePlain, formatAmountIt, formatEuro, isAbove, isAtOrAbove, isBelow, parsePlainAmount, parseUserAmount, toFixed2 } from '../../../src/domain/money.ts';

describe('parseUserAmount: what people type', () => {
  it.each([
    ['30.000', '30000'], ['30000,00', '30000.00'], ['€ 30.000', '30000'], ['39.999,99', '39999.99'],
    ['39999.99', '39999.99'], ['€40.000', '40000'], ['40.000 €', '40000'], ['1.234.567,8', '1234567.8'],
    [' 30 000 ', '30000'], ['0,5', '0.5'], ['1.5', '1.5'], ['EUR 12', '12'], ['007', '7'],
  ])('%s → %s', (input, expected) => {
    expect(parseUserAmount(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['', 'abc', '30,000', '1,234.56', '39.999,999', '3.0000', '-5', '12e3', '1.234,5.6', '30.00.000'])('refuses %j with a hint of the expected form', (input) => {
    const r = parseUserAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/importo|cifre|decimali|migliaia|zero/i);
  });
});

describe('parsePlainAmount: the contract form', () => {
  it.each(['30000', '39999.99', '0.5', '0'])('accepts %s', (s) => expect(parsePlainAmount(s).ok).toBe(true));
  it.each(['39.999,99', '30.000', '1e5', '+5', '01', '5.', '.5', '5.123', ''])('refuses %j', (s) => {
    const r = parsePlainAmount(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('39999.99');
  });
});

describe('display and comparison', () => {
  it('formats as Italians read it, including four-digit amounts', () => {
    expect(formatEuro('60000')).toBe('€ 60.000,00');
    expect(formatEuro('5000')).toBe('€ 5.000,00');
    expect(formatEuro('0.5')).toBe('€ 0,50');
    expect(formatAmountIt('1234567.89')).toBe('1.234.567,89');
  });
  it('rounds half up only for display', () => {
    expect(toFixed2('0.005')).toBe('0.01');
    expect(toFixed2('39999.995')).toBe('40000.00');
    // ...but the comparison with a threshold uses the exact value
    expect(isBelow('39999.995', '40000')).toBe(true);
  });
  it('reads the norms literally', () => {
    expect(isBelow('39999.99', '40000')).toBe(true);
    expect(isBelow('40000', '40000')).toBe(false);
    expect(isAtOrAbove('40000', '40000')).toBe(true);
    expect(isAbove('40000', '40000')).toBe(false);
    expect(isAbove('40000.01', '40000')).toBe(true);
  });
  it('adds exactly where floats would not', () => {
    expect(toFixed2(new Decimal('0.1').plus('0.2'))).toBe('0.30');
  });
  it('comparePlain agrees with decimal.js on any pair of amounts', () => {
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }), fc.boolean())
      .map(([i, d, withDec]) => (withDec ? `${i}.${String(d).padStart(2, '0')}` : `${i}`));
    fc.assert(fc.property(amount, amount, (a, b) => {
      expect(comparePlain(a, b)).toBe(new Decimal(a).comparedTo(b));
    }));
  });
});
