/**
 * Properties of issue 9: the procedure fields never name a procedure the law does not allow for the
 * value, and the estimated value with options and repetitions is the sum of its counted items.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/domain/advise.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { PROCEDURE_LABELS } from '../../../src/domain/rules/data.ts';
import { PCP_CARDS } from '../../../src/domain/rules/pcp-cards.ts';
import { addDays, daysBetween } from '../../../src/domain/dates.ts';

const FIRST = '2011-05-02';
const LAST = '2026-12-31';
const date = fc.oneof(
  fc.constantFrom('2011-05-13', '2011-05-14', '2011-07-12', '2016-04-19', '2017-05-20', '2019-01-01', '2019-04-19', '2019-06-18',
    '2020-07-17', '2020-09-15', '2021-06-01', '2023-07-01', '2024-01-01', '2024-12-31', '2026-11-21'),
  fc.integer({ min: 0, max: daysBetween(FIRST, LAST) }).map((n) => addDays(FIRST, n)),
);
const THRESHOLDS = [5000, 20000, 40000, 75000, 139000, 140000, 150000, 200000, 214000, 216000, 350000, 500000, 1000000, 5404000];
const amount = fc.tuple(
  fc.oneof(fc.tuple(fc.constantFrom(...THRESHOLDS), fc.constantFrom(-1, 0, 1)).map(([t, d]) => t + d), fc.integer({ min: 1, max: 6_000_000 })),
  fc.constantFrom('', '.01', '.99'),
).map(([u, c]) => `${u}${c}`);
const amounts = fc.array(amount, { minLength: 1, maxLength: 3 });

const newAward = fc.record({
  case: fc.constant('new'), date, object: fc.constantFrom('works', 'services', 'supplies'),
  procedure: fc.constantFrom('direct', 'negotiated', 'open', 'restricted', 'other'),
  base: amount, renewals: amounts, prorogaOptions: amounts, otherOptions: amounts, repetitions: amounts,
  technicalExtension: amount, countTechnicalExtension: fc.boolean(),
  authority: fc.constantFrom('subCentral', 'central'), sector: fc.constantFrom('ordinary', 'special'),
}, { requiredKeys: ['case', 'date', 'object', 'base'] });

function decide(raw: unknown) {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return advise(p.scenario);
}

/** The procedure a form label names (SIMOG and Smart CIG), or null. */
function procedureOfLabel(label: string | null | undefined) {
  if (label === null || label === undefined) return null;
  return PROCEDURE_LABELS.find((l) => l.label === label)?.procedure ?? null;
}

describe('procedure fields and the law', () => {
  it('never name a procedure the law does not allow for the value (and name only the chosen one)', () => {
    fc.assert(fc.property(newAward, (s) => {
      const d = decide(s);
      const p = d.procedures;
      expect(p).toBeDefined();
      if (!p) return;
      const named = [procedureOfLabel(d.fields.sceltaContraente), procedureOfLabel(d.fields.proceduraSceltaContraente)].filter((x) => x !== null);
      // PCP: every card of ANAC's table names its procedures (AD5, AD3, AD2_25, AD1_25...: the direct award)
      const card = PCP_CARDS.find((r) => r.card === d.fields.scheda);
      if (card?.award.kind === 'procedure') {
        if (p.chosen !== null) expect(card.award.procedures).toContain(p.chosen);
        if (card.award.procedures.length === 1 && card.award.procedures[0] === 'direct') named.push('direct');
      }
      if (p.chosenAllowed === false) expect(d.fields.scheda ?? null).toBeNull();
      for (const n of named) {
        expect(n).toBe(p.chosen);
        expect(p.chosenAllowed).not.toBe(false);
      }
      if (p.chosenAllowed === true && p.chosen !== null) expect(p.allowed).toContain(p.chosen);
    }), { numRuns: 600 });
  });
});

describe('the estimated value', () => {
  it('with options and repetitions equals the sum of its counted items, and every amount given is an item', () => {
    fc.assert(fc.property(newAward, (s) => {
      const d = decide(s);
      const counted = (d.items ?? []).flatMap((i) => (i.counted ? [i.amount] : [])).reduce((acc, x) => acc.plus(x), new Decimal(0));
      expect(d.estimatedValue).toBe(counted.toFixed(2));
      const given = 1 + (s.renewals?.length ?? 0) + (s.prorogaOptions?.length ?? 0) + (s.otherOptions?.length ?? 0)
        + (s.repetitions?.length ?? 0) + (s.technicalExtension === undefined ? 0 : 1);
      expect(d.items?.length).toBe(given);
      expect(d.items?.filter((i) => i.kind === 'repetition').length).toBe(s.repetitions?.length ?? 0);
    }), { numRuns: 400 });
  });
});
