/** One block per question (smart-answers style): valid input, invalid input, each next step. */
import { describe, expect, it } from 'vitest';
import { answersFromRaw, answersToLinkObject, scenarioFromAnswers } from '../../../src/domain/questions.ts';
import { answer, at, shown, NEW_BASE, WITH_BASE } from './helpers.ts';

describe('question: case ("Cosa devi fare?")', () => {
  it.each([
    ['new', 'date'], ['renewal', 'date'], ['variant', 'date'], ['technicalExtension', 'date'], ['outage', 'outage'],
  ])('%s leads to %s', (choice, next) => {
    const s = answer('case', {}, { choice });
    expect(s.context.step).toBe(next);
    if (choice !== 'outage') expect(s.context.answers['case']).toBe(choice);
  });
  it('refuses no choice and stays, with the message', () => {
    const s = answer('case', {}, {});
    expect(s.context.step).toBe('case');
    expect(s.context.errors.map(shown)).toEqual([{ field: 'choice', message: 'Seleziona cosa devi fare' }]);
  });
});

describe('question: date', () => {
  const base = { case: 'new' };
  it('accepts day, month and year and stores the ISO date', () => {
    const s = answer('date', base, { day: '1', month: '10', year: '2019' });
    expect(s.context.step).toBe('object');
    expect(s.context.answers['date']).toBe('2019-10-01');
  });
  it('"Non lo so" stores today', () => {
    expect(answer('date', base, { dontKnow: 'yes', today: '2026-11-21' }).context.answers['date']).toBe('2026-11-21');
  });
  it.each([
    [{ day: '', month: '', year: '' }, 'day', 'Inserisci la data'],
    [{ day: '1', month: '', year: '2019' }, 'month', 'deve includere il mese'],
    [{ day: '31', month: '2', year: '2019' }, 'day', 'data esistente'],
    [{ day: '1', month: '10', year: '19' }, 'year', 'quattro cifre'],
    [{ day: '1', month: '5', year: '2011' }, 'day', '2 maggio 2011'],
    [{ day: 'a', month: '5', year: '2011' }, 'day', 'numeri'],
  ])('refuses %j on %s', (values, field, text) => {
    const s = answer('date', base, values);
    expect(s.context.step).toBe('date');
    expect(s.context.errors[0]?.field).toBe(field);
    expect(s.context.errors.map(shown)[0]?.message).toContain(text);
  });
  it('accepts the first supported day, 2 May 2011', () => {
    expect(answer('date', base, { day: '2', month: '5', year: '2011' }).context.answers['date']).toBe('2011-05-02');
  });
});

describe('question: object', () => {
  it.each(['works', 'services', 'supplies'])('%s: a new award asks the kind of award, then about lots, then the base (the procedure comes after the amounts)', (choice) => {
    expect(answer('object', { case: 'new', date: '2019-10-01' }, { choice }).context.step).toBe('awardKind');
    expect(answer('awardKind', { case: 'new', date: '2019-10-01', object: choice }, { choice: 'ordinary' }).context.step).toBe('lots');
    expect(answer('lots', { case: 'new', date: '2019-10-01', object: choice }, { choice: 'no' }).context.step).toBe('base');
  });
  // issue 11: with lots, the single contract's amounts are not asked
  it('with lots, the next question after the lots is not the base', () => {
    const next = answer('lots', { case: 'new', date: '2026-03-01', object: 'services' }, { choice: 'yes', amounts: ['100.000', '100.000', '30.000'] }).context;
    expect(next.answers['lots']).toEqual(['100000', '100000', '30000']);
    expect(['base', 'safetyCosts', 'renewals', 'prorogaOptions', 'otherOptions', 'repetitions', 'technicalExtension']).not.toContain(next.step);
  });
  it('a renewal asks its amount next, a modification the contract amount', () => {
    expect(answer('object', { case: 'renewal', date: '2019-10-01' }, { choice: 'works' }).context.step).toBe('amount');
    expect(answer('object', { case: 'variant', date: '2019-10-01' }, { choice: 'works' }).context.step).toBe('contractAmount');
    expect(answer('object', { case: 'technicalExtension', date: '2019-10-01' }, { choice: 'works' }).context.step).toBe('contractAmount');
  });
  it('refuses an unknown object', () => {
    expect(answer('object', { case: 'new' }, { choice: 'cars' }).context.errors.map(shown)[0]?.message).toBe("Seleziona l'oggetto principale del contratto");
  });
});

// issue 11: the kind of award (CONTRACT §7.1), stored as procedure or excluded
describe('question: awardKind ("Che tipo di affidamento è?")', () => {
  const before = { case: 'new', date: '2025-03-01', object: 'services' };
  it('in house and excluded skip the lots; the framework agreement asks them', () => {
    expect(answer('awardKind', before, { choice: 'inHouse' }).context.step).toBe('base');
    expect(answer('awardKind', before, { choice: 'traceabilityOnly' }).context.step).toBe('base');
    expect(answer('awardKind', before, { choice: 'frameworkAgreement' }).context.step).toBe('lots');
  });
  it('in house, framework agreement and excluded do not ask the procedure; the ordinary contract does', () => {
    const full = { ...before, base: '50000', pnrr: 'false', sector: 'ordinary', authority: 'subCentral' };
    for (const choice of ['inHouse', 'frameworkAgreement', 'traceabilityOnly']) expect(answer('authority', { ...full, awardKind: choice }, { choice: 'subCentral' }).context.step).toBe('check');
    expect(answer('authority', { ...full, awardKind: 'ordinary' }, { choice: 'subCentral' }).context.step).toBe('procedure');
  });
  it('stores the scenario keys of CONTRACT §7.1', () => {
    expect(scenarioFromAnswers({ ...before, base: '50000', awardKind: 'inHouse' })).toEqual({ ...before, base: '50000', procedure: 'inHouse' });
    expect(scenarioFromAnswers({ ...before, base: '50000', awardKind: 'frameworkAgreement' })).toEqual({ ...before, base: '50000', procedure: 'frameworkAgreement' });
    expect(scenarioFromAnswers({ ...before, base: '50000', awardKind: 'traceabilityOnly' })).toEqual({ ...before, base: '50000', excluded: 'traceabilityOnly' });
    expect(scenarioFromAnswers({ ...before, base: '50000', awardKind: 'ordinary' })).toEqual({ ...before, base: '50000' });
  });
  it('refuses no choice, with the message', () => {
    const s = answer('awardKind', before, {});
    expect(s.context.step).toBe('awardKind');
    expect(s.context.errors.map(shown)).toEqual([{ field: 'choice', message: 'Seleziona il tipo di affidamento' }]);
  });
  it('a link with procedure=inHouse or excluded=traceabilityOnly opens on the outcome, the answer kept as the kind of award', () => {
    const inHouse = at(null, answersFromRaw({ ...before, base: '50000', procedure: 'inHouse' })).getSnapshot().context;
    expect(inHouse.step).toBe('outcome');
    expect(inHouse.answers['awardKind']).toBe('inHouse');
    expect(inHouse.answers['procedure']).toBeUndefined();
    const excluded = at(null, answersFromRaw({ ...before, base: '50000', excluded: 'traceabilityOnly' })).getSnapshot().context;
    expect(excluded.step).toBe('outcome');
    expect(excluded.answers['awardKind']).toBe('traceabilityOnly');
    expect(answersToLinkObject(excluded.answers, 'outcome')).toEqual({ ...before, base: '50000', excluded: 'traceabilityOnly' });
    expect(answersToLinkObject(inHouse.answers, 'outcome')).toEqual({ ...before, base: '50000', procedure: 'inHouse' });
  });
  it('an unknown excluded value in a link is reported on the question', () => {
    const s = at(null, answersFromRaw({ ...before, base: '50000', excluded: 'whatever' })).getSnapshot().context;
    expect(s.step).toBe('awardKind');
    expect(s.errors.map(shown)[0]?.message).toBe('Seleziona il tipo di affidamento');
  });
});

describe('question: procedure (after the amounts)', () => {
  const before = { case: 'new', date: '2019-10-01', object: 'works', base: '30000' };
  it('stores the choice and goes to the answers', () => {
    const s = answer('procedure', before, { choice: 'open' });
    expect(s.context.step).toBe('check');
    expect(s.context.answers['procedure']).toBe('open');
  });
  it('"Non ho ancora scelto" stores nothing (not stated) and goes to the answers', () => {
    const s = answer('procedure', { ...before, procedure: 'direct' }, { choice: 'notStated' });
    expect(s.context.step).toBe('check');
    expect(s.context.answers['procedure']).toBeUndefined();
  });
  it('refuses no choice', () => {
    expect(answer('procedure', before, {}).context.step).toBe('procedure');
  });
});

describe('question: sector and authority (issue 9)', () => {
  const before = { case: 'new', date: '2026-01-10', base: '30000' };
  it('the authority is asked for services and supplies only', () => {
    expect(answer('sector', { ...before, object: 'services' }, { choice: 'ordinary' }).context.step).toBe('authority');
    expect(answer('sector', { ...before, object: 'works' }, { choice: 'special' }).context.step).toBe('procedure');
    const s = answer('authority', { ...before, object: 'supplies', sector: 'ordinary' }, { choice: 'central' });
    expect(s.context.answers['authority']).toBe('central');
    expect(s.context.step).toBe('procedure');
  });
  it('repetitions come after the other options', () => {
    const s = answer('repetitions', { ...before, object: 'works' }, { choice: 'yes', amounts: ['10.000'] });
    expect(s.context.answers['repetitions']).toEqual(['10000']);
    expect(s.context.step).toBe('technicalExtension');
  });
});

describe('question: base', () => {
  it.each([
    ['30.000', '30000'], ['30000,00', '30000.00'], ['€ 30.000', '30000'], ['39999.99', '39999.99'], ['39.999,99', '39999.99'],
  ])('reads %s as %s and asks the safety costs next', (typed, stored) => {
    const s = answer('base', NEW_BASE, { amount: typed });
    expect(s.context.step).toBe('safetyCosts');
    expect(s.context.answers['base']).toBe(stored);
  });
  it.each([['', "Inserisci l'importo"], ['30,000', 'La virgola indica i decimali'], ['0', 'maggiore di zero'], ['abc', 'solo cifre']])(
    'refuses %j', (typed, text) => {
      const s = answer('base', NEW_BASE, { amount: typed });
      expect(s.context.step).toBe('base');
      expect(s.context.errors.map(shown)[0]?.message).toContain(text);
      expect(s.context.form).toEqual({ amount: typed });
    });
});

describe('question: safetyCosts (optional)', () => {
  it('empty is fine and leaves the key out', () => {
    const s = answer('safetyCosts', WITH_BASE, { amount: '' });
    expect(s.context.step).toBe('renewals');
    expect('safetyCosts' in s.context.answers).toBe(false);
  });
  it('equal to the base is accepted, above it is refused', () => {
    expect(answer('safetyCosts', WITH_BASE, { amount: '30.000' }).context.answers['safetyCosts']).toBe('30000');
    const s = answer('safetyCosts', WITH_BASE, { amount: '30.000,01' });
    expect(s.context.step).toBe('safetyCosts');
    expect(s.context.errors.map(shown)[0]?.message).toContain('non possono superarlo');
  });
});

describe.each(['renewals', 'prorogaOptions', 'otherOptions'] as const)('question: %s (yes/no, then amounts)', (key) => {
  const next = { renewals: 'prorogaOptions', prorogaOptions: 'otherOptions', otherOptions: 'repetitions' }[key];
  it('no: nothing stored, next question', () => {
    const s = answer(key, WITH_BASE, { choice: 'no', amounts: ['999'] });
    expect(s.context.step).toBe(next);
    expect(key in s.context.answers).toBe(false);
  });
  it('yes with two amounts stores both, empty extra rows are ignored', () => {
    const s = answer(key, WITH_BASE, { choice: 'yes', amounts: ['30.000', '', '15000,50'] });
    expect(s.context.step).toBe(next);
    expect(s.context.answers[key]).toEqual(['30000', '15000.50']);
  });
  it('yes without an amount, or with a wrong one, is refused on that row', () => {
    expect(answer(key, WITH_BASE, { choice: 'yes', amounts: [''] }).context.errors[0]?.field).toBe('amounts-0');
    const s = answer(key, WITH_BASE, { choice: 'yes', amounts: ['10', 'x'] });
    expect(s.context.step).toBe(key);
    expect(s.context.errors.map((e) => e.field)).toEqual(['amounts-1']);
  });
  it('no choice is refused', () => {
    expect(answer(key, WITH_BASE, {}).context.errors[0]?.field).toBe('choice');
  });
});

describe('question: pnrr (after the amounts)', () => {
  it('yes stores true, no stores false, and both go on to the sector; no choice is refused', () => {
    expect(answer('pnrr', WITH_BASE, { choice: 'yes' }).context).toMatchObject({ step: 'sector', answers: { pnrr: 'true' } });
    expect(answer('pnrr', WITH_BASE, { choice: 'no' }).context).toMatchObject({ step: 'sector', answers: { pnrr: 'false' } });
    expect(answer('pnrr', WITH_BASE, {}).context.step).toBe('pnrr');
  });
});

describe('question: technicalExtension and countTechnicalExtension', () => {
  it('yes with an estimate asks whether to count it', () => {
    const s = answer('technicalExtension', WITH_BASE, { choice: 'yes', amount: '5.000' });
    expect(s.context.step).toBe('countTechnicalExtension');
    expect(s.context.answers['technicalExtension']).toBe('5000');
  });
  it('yes without an estimate, or no, goes to the answers', () => {
    expect(answer('technicalExtension', WITH_BASE, { choice: 'yes', amount: '' }).context.step).toBe('pnrr');
    expect(answer('technicalExtension', WITH_BASE, { choice: 'no' }).context.step).toBe('pnrr');
  });
  it('a wrong estimate is refused', () => {
    expect(answer('technicalExtension', WITH_BASE, { choice: 'yes', amount: '5,0000' }).context.step).toBe('technicalExtension');
  });
  it('count: yes stores true and goes to the answers; no choice is refused', () => {
    const a = { ...WITH_BASE, technicalExtension: '5000' };
    const s = answer('countTechnicalExtension', a, { choice: 'yes' });
    expect(s.context.step).toBe('pnrr');
    expect(s.context.answers['countTechnicalExtension']).toBe('true');
    expect(answer('countTechnicalExtension', a, {}).context.step).toBe('countTechnicalExtension');
  });
  it('is not asked without an estimate', () => {
    expect(at('countTechnicalExtension', WITH_BASE).getSnapshot().context.step).not.toBe('countTechnicalExtension');
  });
});

describe('questions of renewal and modifications', () => {
  const renewal = { case: 'renewal', date: '2021-10-01', object: 'services' };
  const variant = { case: 'variant', date: '2021-10-01', object: 'services' };
  it('renewal: amount, then the original CIG, which is required and checked', () => {
    expect(answer('amount', renewal, { amount: '30.000' }).context.step).toBe('originalCig');
    const a = { ...renewal, amount: '30000' };
    expect(answer('originalCig', a, { cig: '' }).context.errors.map(shown)[0]?.message).toBe('Inserisci il CIG del contratto originario');
    expect(answer('originalCig', a, { cig: '1234567CE8' }).context.errors.map(shown)[0]?.message).toContain('Il CIG non è valido');
    const s = answer('originalCig', a, { cig: ' 1234567ce7 ' });
    expect(s.context.step).toBe('originalDate');
    expect(s.context.answers['originalCig']).toBe('1234567CE7');
  });
  it('modification: contract amount, amount, then an optional CIG', () => {
    expect(answer('contractAmount', variant, { amount: '100.000' }).context.step).toBe('amount');
    expect(answer('contractAmount', variant, { amount: '' }).context.step).toBe('contractAmount');
    const a = { ...variant, contractAmount: '100000' };
    expect(answer('amount', a, { amount: '20.000,01' }).context.step).toBe('originalCig');
    expect(answer('originalCig', { ...a, amount: '20000.01' }, { cig: '' }).context.step).toBe('originalDate');
  });
  // issue 9, events: the original contract's start date (optional, "Non lo so" leaves it out) and its PCP card
  it('original start date: optional; "Non lo so" and an empty form leave it out; a date is kept', () => {
    const a = { ...renewal, amount: '30000', originalCig: '1234567CE7' };
    for (const values of [{ dontKnow: 'yes' }, { day: '', month: '', year: '' }]) {
      const s = answer('originalDate', a, values);
      expect(s.context.step).toBe('check');
      expect(s.context.answers['originalDate']).toBeUndefined();
    }
    const s = answer('originalDate', a, { day: '15', month: '3', year: '2019' });
    expect(s.context.answers['originalDate']).toBe('2019-03-15');
    expect(answer('originalDate', a, { day: '31', month: '2', year: '2019' }).context.errors.map(shown)[0]?.message).toMatch(/data esistente/);
    // Before the first date the engine answers for is fine (a 2008 contract renewed in 2021); after the event is not.
    expect(answer('originalDate', a, { day: '1', month: '7', year: '2008' }).context.answers['originalDate']).toBe('2008-07-01');
    expect(answer('originalDate', a, { day: '1', month: '10', year: '2021' }).context.answers['originalDate']).toBe('2021-10-01');
    expect(answer('originalDate', a, { day: '2', month: '10', year: '2021' }).context.errors.map(shown)[0]?.message)
      .toBe("La data del contratto originario non può essere successiva a quella dell'evento (1 ottobre 2021)");
  });
  it.each([
    // [event date, original CIG, asked]
    ['2025-06-01', 'B0123AB2CE', true], ['2025-06-01', undefined, true], ['2024-01-01', 'B0123AB2CE', true],
    ['2023-12-31', 'B0123AB2CE', false], ['2025-06-01', '1234567CE7', false], ['2025-06-01', 'A00F1C2211', false],
    ['2025-06-01', 'X3A000262F', false], [undefined, undefined, true],
  ])('original card: event of %s on CIG %s → asked %s', (date, originalCig, asked) => {
    const a = { case: 'variant', object: 'services', contractAmount: '100000', amount: '1000', ...(date && { date }), ...(originalCig && { originalCig }) };
    const s = answer('originalDate', a, { dontKnow: 'yes' });
    expect(s.context.step).toBe(asked ? 'originalCard' : 'check');
  });
  it('original card: dropped from the scenario when the original CIG becomes a SIMOG one', () => {
    const a = { ...variant, date: '2025-06-01', contractAmount: '100000', amount: '1000', originalCig: 'B0123AB2CE', originalCard: 'AD3' };
    expect(scenarioFromAnswers(a)['originalCard']).toBe('AD3');
    expect(scenarioFromAnswers({ ...a, originalCig: '1234567CE7' })['originalCard']).toBeUndefined();
  });
  it('original card: a choice, or "Non lo so"', () => {
    const a = { ...variant, date: '2025-06-01', contractAmount: '100000', amount: '1000' };
    expect(answer('originalCard', a, { choice: 'AD3' }).context.answers['originalCard']).toBe('AD3');
    expect(answer('originalCard', a, { dontKnow: 'yes' }).context.answers['originalCard']).toBeUndefined();
    expect(answer('originalCard', a, {}).context.errors.map(shown)[0]?.message).toMatch(/scheda del contratto originario/);
  });
});

describe('check answers, change, back', () => {
  const complete = { ...WITH_BASE, renewals: ['30000'] };
  it('"Vedi il risultato" leads to the outcome only when complete', () => {
    const actor = at('check', complete);
    expect(actor.getSnapshot().context.step).toBe('check');
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().context.step).toBe('outcome');
  });
  it('"Modifica" then an answer returns to the answers with the later answers kept', () => {
    const actor = at('check', complete);
    actor.send({ type: 'CHANGE', key: 'base' });
    expect(actor.getSnapshot().context.step).toBe('base');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.step).toBe('check');
    actor.send({ type: 'CHANGE', key: 'base' });
    actor.send({ type: 'ANSWER', values: { amount: '45.000' } });
    expect(actor.getSnapshot().context.step).toBe('check');
    expect(actor.getSnapshot().context.answers).toEqual({ ...complete, base: '45000' });
  });
  it('changing the case asks the questions the new case needs, then returns', () => {
    const actor = at('check', complete);
    actor.send({ type: 'CHANGE', key: 'case' });
    actor.send({ type: 'ANSWER', values: { choice: 'renewal' } });
    expect(actor.getSnapshot().context.step).toBe('amount');
    actor.send({ type: 'ANSWER', values: { amount: '30000' } });
    expect(actor.getSnapshot().context.step).toBe('originalCig');
    actor.send({ type: 'ANSWER', values: { cig: '1234567CE7' } });
    expect(actor.getSnapshot().context.step).toBe('check');
  });
  it('"Indietro" goes to the previous question that applies', () => {
    const actor = at('renewals', WITH_BASE);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.step).toBe('safetyCosts');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.step).toBe('base');
  });
});

describe('links (CONTRACT §5)', () => {
  it('a complete scenario opens on the outcome', () => {
    expect(at(null, { ...WITH_BASE, renewals: ['30000'] }).getSnapshot().context.step).toBe('outcome');
  });
  it('an incomplete one on the first missing question, with the others kept', () => {
    const s = at(null, { case: 'new', object: 'works', renewals: ['10'] }).getSnapshot();
    expect(s.context.step).toBe('base');
    expect(s.context.answers['renewals']).toEqual(['10']);
    expect(s.context.errors).toEqual([]);
  });
  it('an invalid value is reported on its question', () => {
    const s = at(null, { ...NEW_BASE, base: '30,000' }).getSnapshot();
    expect(s.context.step).toBe('base');
    expect(s.context.errors.map(shown)[0]?.message).toContain('La virgola indica i decimali');
    const d = at(null, { ...WITH_BASE, date: '2019-02-30' }).getSnapshot();
    expect(d.context.step).toBe('date');
    expect(d.context.errors.map(shown)[0]?.message).toContain('data esistente');
    const c = at(null, { case: 'magic' }).getSnapshot();
    expect(c.context.step).toBe('case');
    expect(c.context.errors.map(shown)[0]?.message).toBe('Seleziona cosa devi fare');
  });
  it('a step further than the first problem opens on the problem', () => {
    expect(at('renewals', NEW_BASE).getSnapshot().context.step).toBe('base');
  });
  it('case=outage opens the outage page', () => {
    expect(at(null, { case: 'outage' }).getSnapshot().context.step).toBe('outage');
  });
});
