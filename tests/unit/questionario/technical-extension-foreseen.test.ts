/**
 * Issue 10: a proroga tecnica answered "Sì" without an estimate is kept. The question stores it, the
 * scenario and the link carry `technicalExtensionForeseen: true`, the count question is not asked,
 * and the engine shows it as an item that is not counted (no amount), with its reason and source.
 */
import { describe, expect, it } from 'vitest';
import {
  YES_WITHOUT_AMOUNT, answersFromRaw, answersToLinkObject, applicableQuestions, checkAnswer, resumeStep, scenarioFromAnswers, storedToForm,
} from '../../../src/domain/questions.ts';
import { queryToRaw, scenarioToQuery } from '../../../src/domain/links.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { advise } from '../../../src/domain/advise.ts';
import { presentAdvice } from '../../../src/copy/present.ts';

const BEFORE = { case: 'new', date: '2019-10-01', object: 'services', base: '30000' } as const;

describe('proroga tecnica foreseen without an estimate', () => {
  it('"Sì" with an empty amount is stored; "No" leaves it out; an amount stays an amount', () => {
    expect(checkAnswer('technicalExtension', { choice: 'yes', amount: '' }, BEFORE)).toEqual({ ok: true, value: YES_WITHOUT_AMOUNT });
    expect(checkAnswer('technicalExtension', { choice: 'no', amount: '' }, BEFORE)).toEqual({ ok: true, value: undefined });
    expect(checkAnswer('technicalExtension', { choice: 'yes', amount: '5.000' }, BEFORE)).toEqual({ ok: true, value: '5000' });
    expect(storedToForm('technicalExtension', YES_WITHOUT_AMOUNT)).toEqual({ choice: 'yes', amount: '' });
  });

  it('the scenario and the link carry technicalExtensionForeseen=true, and the link reads back the same answer', () => {
    const answers = { ...BEFORE, technicalExtension: YES_WITHOUT_AMOUNT };
    expect(scenarioFromAnswers(answers)).toEqual({ ...BEFORE, technicalExtensionForeseen: true });
    const query = scenarioToQuery(answersToLinkObject(answers, 'outcome'));
    expect(query).toBe('case=new&date=2019-10-01&object=services&base=30000&technicalExtensionForeseen=true');
    const back = answersFromRaw(queryToRaw(query));
    expect(back['technicalExtension']).toBe(YES_WITHOUT_AMOUNT);
    expect(resumeStep(back, null).step).toBe('outcome');
    // the stored marker is not an answer a link can give under the amount's own key
    expect(answersFromRaw(queryToRaw(`technicalExtension=${YES_WITHOUT_AMOUNT}`))['technicalExtension']).toBeUndefined();
  });

  it('does not ask whether to count an estimate that was not given', () => {
    expect(applicableQuestions({ ...BEFORE, technicalExtension: YES_WITHOUT_AMOUNT })).not.toContain('countTechnicalExtension');
    expect(applicableQuestions({ ...BEFORE, technicalExtension: '5000' })).toContain('countTechnicalExtension');
  });

  it('the outcome shows it as an item without an amount, not counted, with its reason and source; the value is unchanged', () => {
    const parsed = parseScenario({ ...BEFORE, technicalExtensionForeseen: true });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const a = presentAdvice(advise(parsed.scenario, { today: '2026-11-21' }));
    expect(a.estimatedValue).toBe('30000.00');
    const item = a.items?.find((i) => i.kind === 'technicalExtension');
    expect(item).toMatchObject({ amount: null, counted: false });
    expect(item?.why).toMatch(/prevista dai documenti di gara, senza una stima/);
    expect(item?.source).not.toBe('');
  });

  it('with an estimate given too, the estimate is the item', () => {
    const parsed = parseScenario({ ...BEFORE, technicalExtension: '5000', technicalExtensionForeseen: true });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const items = advise(parsed.scenario, { today: '2026-11-21' }).items ?? [];
    expect(items.filter((i) => i.kind === 'technicalExtension')).toMatchObject([{ amount: '5000.00', counted: false }]);
  });

  it('the schema refuses a value that is not a boolean', () => {
    expect(parseScenario({ ...BEFORE, technicalExtensionForeseen: 'sì' }).ok).toBe(false);
  });
});
