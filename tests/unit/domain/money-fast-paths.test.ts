/**
 * Issue 14, cli throughput: the fast paths of money.ts and amount-text.ts (amounts compared as text, digits
 * grouped without a regular expression) give exactly what decimal.js and the regular expression gave.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountIt, isAbove, isAtOrAbove, isBelow } from '../../../src/domain/money.ts';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Canonical amounts and a few other texts (leading zeros, no digits after the point), decimal.js's domain. */
const amount = fc.oneof(
  fc.tuple(digits(1, 16), fc.option(digits(1, 4), { nil: undefined })).map(([i, d]) => `${i.replace(/^0+(?=\d)/, '')}${d === undefined ? '' : `.${d}`}`),
  fc.tuple(digits(1, 6), fc.option(digits(1, 3), { nil: undefined })).map(([i, d]) => `${i}${d === undefined ? '' : `.${d}`}`),
  fc.constantFrom('0', '0.0', '0.00', '40000', '39999.99', '40000.00', '40000.001', '139000', '5382000', '007', '1e3'),
);

describe('money fast paths (issue 14)', () => {
  it('isBelow, isAtOrAbove and isAbove agree with decimal.js on any two amounts', () => {
    fc.assert(fc.property(amount, amount, (a, b) => {
      const c = new Decimal(a).comparedTo(new Decimal(b));
      expect([isBelow(a, b), isAtOrAbove(a, b), isAbove(a, b)]).toEqual([c < 0, c >= 0, c > 0]);
    }), { numRuns: 5000 });
  });

  it('at, one cent below and one cent above a threshold', () => {
    expect([isBelow('39999.99', '40000'), isBelow('40000.00', '40000'), isBelow('40000.01', '40000')]).toEqual([true, false, false]);
    expect([isAtOrAbove('39999.99', '40000'), isAtOrAbove('40000', '40000.00'), isAtOrAbove('40000.01', '40000')]).toEqual([false, true, true]);
    expect([isAbove('40000', '40000.0'), isAbove('40000.1', '40000.09'), isAbove('9', '10')]).toEqual([false, true, false]);
  });

  it('formatAmountIt groups the digits as the regular expression did', () => {
    fc.assert(fc.property(fc.oneof(amount, fc.string()), (a) => {
      const [intPart = '0', decPart] = a.split('.');
      const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      expect(formatAmountIt(a)).toBe(decPart === undefined ? grouped : `${grouped},${decPart.padEnd(2, '0')}`);
    }), { numRuns: 5000 });
  });
});
