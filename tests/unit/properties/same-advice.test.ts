/**
 * One property (issue 8, item 9): for any valid scenario, the command line, the shareable link and
 * the questionnaire's outcome give the same advice. The link is the one the outcome page shares
 * (scenarioToQuery), read back as the page reads its address (queryToRaw, answersFromRaw); it must
 * open on the outcome, whose advice is presentAdvice(adviceFor(answers, today)), as Outcome.tsx shows it.
 * Scenarios: every case, dates from 2 May 2011 to 2026 with the rules' boundaries, amounts around
 * the thresholds, optional keys present or absent. `today` is fixed, so nothing depends on the clock.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/run.ts';
import { adviceFor } from '../../../src/domain/outcome.ts';
import { presentAdvice } from '../../../src/copy/present.ts';
import { scenarioToQuery, queryToRaw } from '../../../src/domain/links.ts';
import { answersFromRaw } from '../../../src/domain/questions.ts';
import { comparePlain } from '../../../src/domain/amount-text.ts';
import { addDays, daysBetween } from '../../../src/domain/dates.ts';
import { makeSmartCig, SMART_CIG_MAX_COUNTER } from '../../../src/domain/cig.ts';
import { questionarioMachine } from '../../../src/machines/questionario.machine.ts';

const TODAY = '2026-11-21';
const FIRST = '2011-05-02';
const LAST = '2026-12-31';

/** Days where the rules change (Smart CIG, codes, thresholds, PCP, contribution tables), and their eves. */
const BOUNDARY_DATES = [
  '2011-05-02', '2011-07-11', '2011-07-12', '2014-12-31', '2015-01-01', '2016-04-18', '2016-04-19', '2019-04-18',
  '2019-04-19', '2020-07-16', '2020-07-17', '2021-05-31', '2021-06-01', '2023-06-30', '2023-07-01', '2023-12-31',
  '2024-01-01', '2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01', TODAY,
];

const date = fc.oneof(
  fc.constantFrom(...BOUNDARY_DATES),
  fc.integer({ min: 0, max: daysBetween(FIRST, LAST) }).map((n) => addDays(FIRST, n)),
);

/** Thresholds of the rules (Smart CIG, direct awards, contribution bands, EU thresholds). */
const THRESHOLDS = [1000, 5000, 20000, 40000, 139000, 140000, 150000, 215000, 221000, 300000, 500000, 1000000, 5000000, 5382000, 5538000, 20000000];

const amount = fc.tuple(
  fc.oneof(
    fc.tuple(fc.constantFrom(...THRESHOLDS), fc.constantFrom(-1, 0, 1)).map(([t, d]) => t + d),
    fc.integer({ min: 1, max: 30_000_000 }),
  ),
  fc.constantFrom('', '', '.00', '.01', '.5', '.99'),
).map(([units, cents]) => `${units}${cents}`);

const amounts = fc.array(amount, { minLength: 1, maxLength: 3 });

const cig = fc.oneof(
  fc.constantFrom('1234567CE7', 'X3A000262F'),
  fc.tuple(fc.integer({ min: 1, max: SMART_CIG_MAX_COUNTER }), fc.constantFrom('X' as const, 'Y' as const, 'Z' as const)).map(([n, p]) => makeSmartCig(n, p)),
);

const object = fc.constantFrom('works', 'services', 'supplies');

/** A new award; the safety costs, when given, are part of the base (zero to all of it). */
const newAward = fc.record({
  case: fc.constant('new'),
  date,
  object,
  procedure: fc.constantFrom('direct', 'negotiated', 'open', 'restricted', 'other'),
  base: amount,
  renewals: amounts,
  prorogaOptions: amounts,
  otherOptions: amounts,
  technicalExtension: amount,
  countTechnicalExtension: fc.boolean(),
  repetitions: amounts,
  authority: fc.constantFrom('subCentral', 'central'),
  sector: fc.constantFrom('ordinary', 'special'),
}, { requiredKeys: ['case', 'object', 'base'] }).chain((s) => fc.option(fc.constantFrom('0', '1000', '1000.50', s.base), { nil: undefined }).map((safety) =>
  safety === undefined || comparePlain(safety, s.base) > 0 ? s : { ...s, safetyCosts: safety }))
  // issue 11: the kind of award (the questionnaire's awardKind): in house and the framework agreement replace the procedure, excluded goes without one
  .chain((s) => fc.constantFrom('asIs', 'asIs', 'inHouse', 'frameworkAgreement', 'traceabilityOnly').map((kind) => {
    if (kind === 'asIs') return s;
    const { procedure: _chosen, ...rest } = s;
    return kind === 'traceabilityOnly' ? { ...rest, excluded: kind } : { ...rest, procedure: kind };
  }));

// issue 9, events: the original contract's start date (not after the event's, possibly before 2011) and card
const pcpCig = fc.constantFrom('B0123AB2CE', 'C1A2B3C48B', 'A00F1C2211');
const originalCard = fc.constantFrom('AD5', 'AD3', 'AD2_25', 'AD1_25', 'P2_16', 'P1_16', 'P7_1_3', 'P7_2', 'AD4', 'P6_2', 'A3_6', 'P5');
const withOriginal = <T extends { date?: string }>(s: T) =>
  fc.record({
    originalDate: fc.integer({ min: 0, max: daysBetween('2005-01-01', s.date ?? TODAY) }).map((n) => addDays('2005-01-01', n)),
    originalCard,
  }, { requiredKeys: [] }).map((o) => ({ ...s, ...o }));

const renewal = fc.record({ case: fc.constant('renewal'), date, object, amount, originalCig: fc.oneof(cig, pcpCig) }, { requiredKeys: ['case', 'object', 'amount', 'originalCig'] })
  .chain(withOriginal);

const modification = fc.record({
  case: fc.constantFrom('variant', 'technicalExtension'),
  date,
  object,
  contractAmount: amount,
  amount,
  originalCig: fc.oneof(cig, pcpCig),
}, { requiredKeys: ['case', 'object', 'contractAmount', 'amount'] }).chain(withOriginal);

const scenario = fc.oneof(newAward, renewal, modification);

/** A value as JSON carries it (what the command line prints). */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('the same advice everywhere', () => {
  it('command line, shareable link and questionnaire outcome agree on every valid scenario', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const cli = runCommand(['advise'], () => JSON.stringify(s), { today: TODAY });
        expect(cli.exitCode).toBe(0);

        const answers = answersFromRaw(queryToRaw(scenarioToQuery(s)));
        const opened = createActor(questionarioMachine, { input: { answers, step: null } }).start().getSnapshot();
        expect(opened.context.step).toBe('outcome');

        const page = adviceFor(opened.context.answers, TODAY);
        expect(page.ok).toBe(true);
        if (page.ok) expect(asJson(presentAdvice(page.advice))).toEqual(asJson(cli.output));
      }),
      { numRuns: 400 },
    );
  });
});
