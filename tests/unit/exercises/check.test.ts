/** Issue 13: answers typed as Italians type them, compared to the cent. */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/domain/exercises/check.ts';

const amount = { type: 'amount' as const, value: '60000.00' };

describe('checkAnswer', () => {
  it.each(['60.000,00', '60000', '€ 60.000', '60000.00', '60.000', ' 60000,0 ', 'EUR 60.000,00', '60 000'])('reads %s as right', (given) => {
    expect(checkAnswer(amount, given)).toEqual({ status: 'right' });
  });
  it.each(['59.999,99', '60.000,01', '6000', '600000'])('a cent or more off is wrong: %s', (given) => {
    expect(checkAnswer(amount, given)).toEqual({ status: 'wrong' });
  });
  it('cents of the expected amount count', () => {
    expect(checkAnswer({ type: 'amount', value: '39999.99' }, '39.999,99').status).toBe('right');
    expect(checkAnswer({ type: 'amount', value: '39999.99' }, '40.000').status).toBe('wrong');
    expect(checkAnswer({ type: 'amount', value: '0.00' }, '0').status).toBe('right');
  });
  it('asks again, without counting it wrong, for what cannot be read', () => {
    const r = checkAnswer(amount, '60,000');
    expect(r.status).toBe('unreadable');
    if (r.status === 'unreadable') expect(r.message).toMatch(/virgola indica i decimali/);
    expect(checkAnswer(amount, 'sessantamila').status).toBe('unreadable');
  });
  it('compares choices as they are', () => {
    expect(checkAnswer({ type: 'choice', value: 'SIMOG' }, 'SIMOG').status).toBe('right');
    expect(checkAnswer({ type: 'choice', value: 'SIMOG' }, 'SMART_CIG').status).toBe('wrong');
  });
});
