/** The procedure question (issue 9): the law's procedures for the value first, the others after with the reason. */
import { describe, expect, it } from 'vitest';
import { procedureOptionsWords } from '../../../src/copy/procedure-options.ts';

const TODAY = '2026-11-21';

describe('procedure question: options in the order the law allows them', () => {
  it('60.000 of services in October 2018: negotiated first, direct last with why it is not allowed', () => {
    const w = procedureOptionsWords({ case: 'new', date: '2018-10-01', object: 'services', base: '60000' }, TODAY);
    expect(w?.order).toEqual(['negotiated', 'open', 'restricted', 'other', 'direct']);
    expect(w?.allowed).toEqual(['negotiated', 'open', 'restricted']);
    expect(w?.hints.direct).toMatch(/Non ammessa/);
    expect(w?.hints.other).toMatch(/presupposti/);
    expect(w?.why.join(' ')).toMatch(/221\.000,00/);
  });
  it('counts the options and repetitions in the value, and ignores a procedure already answered', () => {
    const w = procedureOptionsWords({ case: 'new', date: '2026-02-02', object: 'services', base: '100000', repetitions: ['40000'], procedure: 'direct' }, TODAY);
    expect(w?.allowed).toEqual(['negotiated', 'open', 'restricted']);
  });
  it('gives nothing while the answers are not a new contract yet', () => {
    expect(procedureOptionsWords({ case: 'new', date: '2026-02-02' }, TODAY)).toBeNull();
    expect(procedureOptionsWords({ case: 'renewal' }, TODAY)).toBeNull();
  });
});
