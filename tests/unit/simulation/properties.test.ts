import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCig } from '../../../src/domain/cig.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { activeCarnets, allCodes, applyAction, carnetCounts, initialState, type Action, type SimState } from '../../../src/domain/simulation/state.ts';

const DATA = { oggetto: 'prova', importo: '1000', oggettoPrincipale: 'LAVORI', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' };
const SINGLE = { ...DATA, fattispecieContrattuale: 'LAVORI_INF_40000' };

/** A random step: a gap in days, then one action on a random carnet / position. */
const step = fc.record({
  gap: fc.integer({ min: 0, max: 40 }),
  kind: fc.constantFrom('requestCarnet', 'communicate', 'cancel', 'modify', 'requestSmartCig', 'cancelSingle'),
  carnet: fc.integer({ min: 1, max: 6 }),
  cig: fc.integer({ min: 1, max: 50 }),
  size: fc.integer({ min: 1, max: 50 }),
});

type Step = { gap: number; kind: string; carnet: number; cig: number; size: number };

function toAction(st: Step, date: string, s: SimState): Action {
  const carnet = `CARNET/${String(st.carnet).padStart(7, '0')}`;
  switch (st.kind) {
    case 'requestCarnet': return { type: 'requestCarnet', date, size: st.size };
    case 'communicate': return { type: 'communicate', date, target: { carnet, cig: st.cig }, data: DATA };
    case 'cancel': return { type: 'cancel', date, target: { carnet, cig: st.cig } };
    case 'modify': return { type: 'modify', date, target: { carnet, cig: st.cig }, data: DATA };
    case 'requestSmartCig': return { type: 'requestSmartCig', date, data: SINGLE };
    default: return { type: 'cancel', date, target: { code: s.smartCigs[0]?.code ?? 'X3A000262F' } };
  }
}

function run(steps: Step[], check: (s: SimState, date: string) => void): void {
  let s = initialState();
  let date = '2011-05-02';
  for (const st of steps) {
    date = addDays(date, st.gap);
    if (date > '2011-07-11') date = '2011-07-11'; // keep LAVORI_INF_40000 in force
    const t = applyAction(s, toAction(st, date, s), { amountForm: 'plain' });
    if (t.ok) s = t.state;
    check(s, date);
  }
}

describe('simulation invariants (fast-check)', () => {
  it('never more than two active carnets, on any day', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      run(steps, (s, date) => {
        expect(activeCarnets(s, date).length).toBeLessThanOrEqual(2);
        for (let d = 0; d < 100; d += 7) expect(activeCarnets(s, addDays(date, d)).length).toBeLessThanOrEqual(2);
      });
    }), { numRuns: 200 });
  });

  it('the three counters always add up to the size', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      run(steps, (s) => {
        for (const c of s.carnets) {
          const n = carnetCounts(c);
          expect(n.nonRendicontati + n.comunicati + n.annullati).toBe(c.size);
        }
      });
    }), { numRuns: 200 });
  });

  it('every issued code passes the official check and all are distinct', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 1, max: 0xffffff }), (steps, first) => {
      let s = initialState(null, first);
      let date = '2011-05-02';
      for (const st of steps) {
        date = addDays(date, Math.min(st.gap, 2));
        const t = applyAction(s, toAction(st, date, s), { amountForm: 'plain' });
        if (t.ok) s = t.state;
      }
      const codes = allCodes(s);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of codes) expect(checkCig(c)).toMatchObject({ valid: true, series: 'SMART_CIG' });
    }), { numRuns: 200 });
  });
});
