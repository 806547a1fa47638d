/**
 * Issue 14, defect 8: with the device clock before 2011 a result without a date threw (no rules for
 * that day) and the outcome stayed empty. Now it is an Italian refusal naming the date.
 */
import { describe, expect, it } from 'vitest';
import { adviceFor, procedureOptionsFor } from '../../../src/domain/outcome.ts';
import { answersFromRaw } from '../../../src/domain/questions.ts';
import { queryToRaw } from '../../../src/domain/links.ts';

const withoutDate = answersFromRaw(queryToRaw('case=new&object=services&base=30000'));

describe('a result without a date, on a device whose clock is wrong', () => {
  it.each(['2010-06-01', '1970-01-01', '2011-05-01'])('today %s: refused in Italian, naming the date, without throwing', (today) => {
    const r = adviceFor(withoutDate, today);
    expect(r).toMatchObject({ ok: false, error: { code: 'DATE_OUT_OF_RANGE', issues: [{ path: 'date' }] } });
    if (!r.ok) expect(r.error.message).toMatch(/orologio del dispositivo/);
    expect(procedureOptionsFor(withoutDate, today)).toBeNull();
  });
  it('a clock not read yet is refused too', () => {
    expect(adviceFor(withoutDate, '').ok).toBe(false);
  });
  it('on the first supported day, and with a date given, the advice is computed', () => {
    expect(adviceFor(withoutDate, '2011-05-02').ok).toBe(true);
    expect(adviceFor(answersFromRaw(queryToRaw('case=new&date=2019-10-01&object=services&base=30000')), '2010-06-01').ok).toBe(true);
  });
});
