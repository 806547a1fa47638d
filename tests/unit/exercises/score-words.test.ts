/** Review of issue 13: the score sentence agrees in number with how many answers were right. */
import { describe, expect, it } from 'vitest';
import { ESERCIZI } from '../../../src/copy/esercizi.ts';

describe('the score in words', () => {
  it('one right answer is "1 domanda", none is "nessuna domanda", more are "domande"', () => {
    expect(ESERCIZI.score(1, 2)).toBe('Hai risposto bene a 1 domanda su 2');
    expect(ESERCIZI.score(0, 3)).toBe('Hai risposto bene a nessuna domanda su 3');
    expect(ESERCIZI.score(4, 5)).toBe('Hai risposto bene a 4 domande su 5');
  });
});
