/**
 * Generated paths through the questionnaire (xstate/graph): every outcome page is reached, every
 * question of the table is answered in every case that asks it, and on every path the outcome the
 * page shows is what the engine answers for the same scenario, written here independently from the
 * answers typed along the path. Boundary amounts and dates included.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { questionarioMachine } from '../../../src/machines/questionario.machine.ts';
import { adviceFor } from '../../../src/domain/outcome.ts';
import { advise } from '../../../src/domain/advise.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { CASE_QUESTIONS } from '../../../src/domain/question-table.ts';
import type { FormValues } from '../../../src/domain/questions.ts';

const TODAY = '2026-11-21';

/** What is typed, and what the scenario must then hold for that key (undefined: left out). */
interface Sample { values: FormValues; expect: unknown; /** issue 11: the scenario key the answer sets, when it is not the question's */ as?: string }
type AnswerEvent = { type: 'ANSWER'; values: FormValues; expect: { key: string; value: unknown; as?: string | undefined } };

const date = (d: string): Sample => ({
  values: { day: String(Number(d.slice(8, 10))), month: d.slice(5, 7), year: d.slice(0, 4) },
  expect: d,
});

const SAMPLES: Record<string, (ctx: Readonly<Record<string, unknown>>) => Sample[]> = {
  case: () => ['new', 'renewal', 'variant', 'technicalExtension', 'frameworkCall', 'outage'].map((c) => ({ values: { choice: c }, expect: c })),
  date: () => [
    ...['2011-07-11', '2011-07-12', '2016-04-18', '2016-04-19', '2023-12-31', '2024-01-01'].map(date),
    { values: { dontKnow: 'yes', today: TODAY }, expect: TODAY },
  ],
  object: () => [{ values: { choice: 'services' }, expect: 'services' }, { values: { choice: 'works' }, expect: 'works' }],
  procedure: () => [
    { values: { choice: 'direct' }, expect: 'direct' }, { values: { choice: 'open' }, expect: 'open' },
    { values: { choice: 'notStated' }, expect: undefined },
  ],
  repetitions: () => [{ values: { choice: 'no' }, expect: undefined }],
  sector: () => [{ values: { choice: 'ordinary' }, expect: 'ordinary' }],
  authority: () => [{ values: { choice: 'subCentral' }, expect: 'subCentral' }],
  base: () => [
    { values: { amount: '39.999,99' }, expect: '39999.99' },
    { values: { amount: '€ 40.000' }, expect: '40000' },
    { values: { amount: '40000,01' }, expect: '40000.01' },
    { values: { amount: '4999.99' }, expect: '4999.99' },
    { values: { amount: '5.000' }, expect: '5000' },
  ],
  safetyCosts: () => [{ values: { amount: '' }, expect: undefined }],
  renewals: (): Sample[] => [
    { values: { choice: 'no' }, expect: undefined },
    { values: { choice: 'yes', amounts: ['30.000'] }, expect: ['30000'] },
  ],
  prorogaOptions: () => [{ values: { choice: 'no' }, expect: undefined }],
  otherOptions: () => [{ values: { choice: 'no' }, expect: undefined }],
  technicalExtension: (): Sample[] => [
    { values: { choice: 'no' }, expect: undefined },
    { values: { choice: 'yes', amount: '5.000' }, expect: '5000' },
  ],
  countTechnicalExtension: () => [{ values: { choice: 'yes' }, expect: true }, { values: { choice: 'no' }, expect: false }],
  pnrr: () => [{ values: { choice: 'no' }, expect: false }, { values: { choice: 'yes' }, expect: true }],
  contractAmount: () => [{ values: { amount: '100.000' }, expect: '100000' }],
  amount: () => [
    { values: { amount: '20.000' }, expect: '20000' },
    { values: { amount: '20.000,01' }, expect: '20000.01' },
    { values: { amount: '39.999,99' }, expect: '39999.99' },
    { values: { amount: '40.000' }, expect: '40000' },
  ],
  originalCig: (ctx) => (ctx['case'] === 'renewal'
    ? [{ values: { cig: '1234567ce7' }, expect: '1234567CE7' }, { values: { cig: 'b0123ab2ce' }, expect: 'B0123AB2CE' }]
    : [{ values: { cig: '' }, expect: undefined }]),
  originalDate: () => [{ values: { dontKnow: 'yes' }, expect: undefined }, date('2011-05-02')],
  originalCard: () => [{ values: { dontKnow: 'yes' }, expect: undefined }, { values: { choice: 'AD3' }, expect: 'AD3' }],
  // issue 11: lots (each lot's base becomes a lot), and a contract under a framework agreement or convention
  lots: (): Sample[] => [
    { values: { choice: 'no' }, expect: undefined },
    { values: { choice: 'yes', amounts: ['100.000', '20.000,50'] }, expect: [{ base: '100000' }, { base: '20000.50' }] },
  ],
  awardKind: (): Sample[] => [
    { values: { choice: 'ordinary' }, expect: undefined },
    { values: { choice: 'inHouse' }, expect: 'inHouse', as: 'procedure' },
    { values: { choice: 'frameworkAgreement' }, expect: 'frameworkAgreement', as: 'procedure' },
    { values: { choice: 'traceabilityOnly' }, expect: 'traceabilityOnly', as: 'excluded' },
  ],
  parentCig: () => [{ values: { cig: '1234567ce7' }, expect: '1234567CE7' }],
  withCompetition: () => [{ values: { choice: 'no' }, expect: false }, { values: { choice: 'yes' }, expect: true }],
};

const paths = getShortestPaths(questionarioMachine, {
  input: {},
  events: (snapshot) => {
    const step = snapshot.context.step;
    if (step === 'check') return [{ type: 'CONFIRM' as const }];
    const samples = SAMPLES[step]?.(snapshot.context.answers) ?? [];
    return samples.map((s): AnswerEvent => ({ type: 'ANSWER', values: s.values, expect: { key: step, value: s.expect, as: s.as } }));
  },
  serializeState: (s) => JSON.stringify([s.context.step, s.context.answers]),
});

const ends = paths.filter((p) => ['outcome', 'outage'].includes(p.state.context.step));
const outcomes = ends.filter((p) => p.state.context.step === 'outcome');

function isAnswer(e: { type: string }): e is AnswerEvent {
  return e.type === 'ANSWER' && 'expect' in e;
}

function expectedScenario(path: (typeof paths)[number]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const step of path.steps) {
    const e = step.event;
    if (!isAnswer(e)) continue;
    const key = e.expect.as ?? e.expect.key;
    if (e.expect.value === undefined) delete raw[key];
    else raw[key] = e.expect.value;
  }
  return raw;
}

describe('generated paths through the questionnaire', () => {
  it('reach every outcome page: the outage page and outcomes with each system and with no new CIG', () => {
    const reached = new Set(ends.map((p) => p.state.context.step));
    expect(reached).toEqual(new Set(['outcome', 'outage']));
    const systems = new Set<string>();
    const newCig = new Set<string>();
    for (const p of outcomes) {
      const r = adviceFor(p.state.context.answers, TODAY);
      if (r.ok) {
        systems.add(String(r.advice.system));
        newCig.add(String(r.advice.newCig));
      }
    }
    expect(systems).toEqual(new Set(['SMART_CIG', 'SIMOG', 'PCP', 'null']));
    expect(newCig.has('true') && newCig.has('false')).toBe(true);
  });

  it('answer, on the way to an outcome, every question of the table in every case that asks it, with every sample', () => {
    const missing: string[] = [];
    for (const [c, keys] of Object.entries(CASE_QUESTIONS)) {
      const inCase = outcomes.filter((p) => p.state.context.answers['case'] === c);
      for (const key of keys) {
        const samples = SAMPLES[key]?.({ case: c }).filter((x) => key !== 'case' || x.expect === c) ?? [];
        if (samples.length === 0) missing.push(`${c}.${key}: no sample`);
        for (const sample of samples) {
          const typed = JSON.stringify(sample.values);
          const answered = inCase.some((p) => p.steps.some(({ event }) => isAnswer(event) && event.expect.key === key && JSON.stringify(event.values) === typed));
          if (!answered) missing.push(`${c}.${key}: ${typed}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('give, on every path, the advice the engine gives for the same scenario', () => {
    for (const p of ends) {
      const expected = expectedScenario(p);
      if (p.state.context.step === 'outage') {
        expect(expected['case']).toBe('outage');
        continue;
      }
      const parsed = parseScenario(expected);
      expect(parsed.ok, JSON.stringify(expected)).toBe(true);
      if (!parsed.ok) continue;
      const shown = adviceFor(p.state.context.answers, TODAY);
      expect(shown.ok).toBe(true);
      if (shown.ok) expect(shown.advice).toEqual(advise(parsed.scenario, { today: TODAY }));
    }
  });

  it('the seed example: 60.000,00 with SIMOG and "prevede ripetizioni" SI', () => {
    const seed = ends.find((p) => JSON.stringify(expectedScenario(p)) === JSON.stringify({
      case: 'new', date: '2016-04-19', object: 'services', base: '40000', renewals: ['30000'], pnrr: false, sector: 'ordinary', authority: 'subCentral', procedure: 'open',
    }));
    if (!seed) throw new Error('the seed example is not among the generated paths');
    const r = adviceFor(seed.state.context.answers, TODAY);
    expect(r.ok && r.advice.estimatedValue).toBe('70000.00');
    expect(r.ok && r.advice.fields['prevedeRipetizioni']).toBe('SI');
  });
});
