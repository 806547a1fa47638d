/**
 * Issue 9, events: a renewal, a modification or a proroga tecnica, by the event's date (ANAC's answers of
 * 2025-01-14, 2025-10-20 and 2026-01-20), by the original contract's law (its start date, art. 226 c.2
 * d.lgs. 36/2023) and system (its CIG's series), and by the card that awarded it (M1 or M2).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advise } from '../../../src/domain/advise.ts';
import type { Advice } from '../../../src/domain/advice.ts';
import { presentAdvice } from '../../../src/copy/present.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { CONTRACT_LAWS, EVENTS_UNDER_PCP_FROM, EVENT_RULES, MODIFICATION_CARDS, ORIGINAL_CARDS } from '../../../src/domain/rules/events.ts';
import { REGIMES, FIRST_SUPPORTED_DATE } from '../../../src/domain/rules/data.ts';
import { periodProblems } from '../../../src/domain/rules/periods.ts';
import { SOURCES } from '../../../src/domain/rules/sources.ts';
import { makeSmartCig } from '../../../src/domain/cig.ts';

function run(raw: Record<string, unknown>): Advice {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return presentAdvice(advise(p.scenario, { today: '2026-11-21' }));
}

/** Valid CIGs of each series (checked with ANAC's algorithm in cig.test.ts and here through parseScenario). */
const CIG = { SIMOG_V1: '1234567CE7', SIMOG_A: 'A00F1C2211', PCP_B: 'B0123AB2CE', SMART_X: 'X3A000262F', SMART_Z: 'ZD10DBD178', SMART_Y: makeSmartCig(0x1234, 'Y') } as const;

/** The original regimes: [label, originalDate, originalCig]. */
const ORIGINALS = [
  ['d.lgs. 163/2006 (SIMOG)', '2015-03-01', CIG.SIMOG_V1],
  ['d.lgs. 50/2016 (SIMOG)', '2019-03-01', CIG.SIMOG_V1],
  ['d.lgs. 36/2023 before the PCP (SIMOG, serie A)', '2023-09-01', CIG.SIMOG_A],
  ['PCP', '2024-02-01', CIG.PCP_B],
] as const;

const EVENT_DATES = ['2023-12-31', '2024-01-01', '2025-01-13', '2025-01-14', '2025-10-19', '2025-10-20', '2026-01-19', '2026-01-20'] as const;
const text = (a: Advice) => [...a.notes.map((n) => n.text), ...a.unverified].join('\n');
const sources = (a: Advice) => [...a.notes.map((n) => n.source)].join('\n');

describe('the event rules are dated rows with registered sources', () => {
  it.each(['renewal', 'variant', 'technicalExtension'] as const)('%s: one unbroken line from the first supported date', (event) => {
    expect(periodProblems(EVENT_RULES.filter((r) => r.event === event), FIRST_SUPPORTED_DATE)).toEqual([]);
    for (const r of EVENT_RULES) for (const id of r.sources) expect(Object.hasOwn(SOURCES, id)).toBe(true);
  });
  it('the laws by start date run without gaps; the PCP day is the PCP regime\'s first day', () => {
    expect(periodProblems(CONTRACT_LAWS)).toEqual([]);
    expect(REGIMES.find((r) => r.award === 'pcpCertifiedPlatform')?.from).toBe(EVENTS_UNDER_PCP_FROM);
  });
});

describe('renewal by event date and original regime', () => {
  const renewal = (date: string, originalCig: string, extra: Record<string, unknown> = {}) =>
    run({ case: 'renewal', date, object: 'services', amount: '30000', originalCig, ...extra });
  for (const [label, originalDate, originalCig] of ORIGINALS) {
    it.each(EVENT_DATES.filter((d) => d >= originalDate))(`${label}: renewal on %s`, (date) => {
      const a = renewal(date, originalCig, { originalDate });
      if (date <= '2023-12-31') {
        expect(a).toMatchObject({ newCig: true, system: 'SIMOG', communication: null, fields: { ripetizionePrecedenteContratto: 'SI' } });
      } else if (date <= '2025-01-13') {
        expect(a).toMatchObject({ newCig: null, system: null, fields: {}, communication: null });
        expect(a.unverified.join(' ')).toMatch(/AD2_25.*14 gennaio 2025/);
      } else if (originalCig === CIG.PCP_B) {
        expect(a).toMatchObject({ newCig: false, system: null, fields: {}, communication: { system: 'PCP', scheda: null, fields: { motiviModifica: 'mod-rev' } } });
        expect(sources(a)).toMatch(/1880/);
      } else {
        expect(a).toMatchObject({ newCig: false, system: null, fields: {}, communication: { system: 'SIMOG', scheda: null, fields: { motiviModifica: 'rinnovo previsto nei documenti di gara' } } });
      }
    });
  }
  it.each([CIG.SMART_X, CIG.SMART_Y, CIG.SMART_Z])('on a Smart CIG (%s) after 14 January 2025: da verificare', (cig) => {
    const a = renewal('2025-06-01', cig);
    expect(a).toMatchObject({ newCig: null, communication: null, contribution: null });
    expect(a.unverified.join(' ')).toMatch(/Smart CIG è stato dismesso/);
  });
  it('the example of the issue: a 2025 renewal on a B-series CIG awarded with AD3 → no new CIG, M2 with mod-rev', () => {
    const a = renewal('2025-03-01', CIG.PCP_B, { originalCard: 'AD3' });
    expect(a).toMatchObject({ newCig: false, system: null, communication: { system: 'PCP', scheda: 'M2', fields: { motiviModifica: 'mod-rev' } } });
    expect(a.unverified).toEqual([]);
  });
});

describe('modifications and proroga tecnica by event date and original regime', () => {
  const modify = (c: string, date: string, amount: string, extra: Record<string, unknown> = {}) =>
    run({ case: c, date, object: 'works', amount, contractAmount: '100000', ...extra });
  for (const c of ['variant', 'technicalExtension'] as const) {
    for (const [label, originalDate, originalCig] of ORIGINALS) {
      for (const date of EVENT_DATES.filter((d) => d >= originalDate)) {
        it(`${c} · ${label} · ${date}: within and above the quinto`, () => {
          const within = modify(c, date, '20000', { originalDate, originalCig });
          const above = modify(c, date, '20000.01', { originalDate, originalCig });
          expect(within.newCig).toBe(false);
          if (date <= '2023-12-31') {
            expect(above).toMatchObject({ newCig: true, system: 'SMART_CIG', communication: null });
            expect(within.communication).toBeNull();
          } else if (originalCig === CIG.PCP_B) {
            for (const a of [within, above]) {
              expect(a).toMatchObject({ newCig: false, system: null, fields: {}, communication: { system: 'PCP', scheda: null } });
              expect(text(a)).toMatch(/nuova procedura di affidamento/);
            }
            const stated = c === 'variant' ? '2025-10-20' : '2026-01-20';
            expect(text(above)).toContain(date < stated ? 'ANAC lo ha indicato in modo esplicito solo' : 'supera il quinto');
            if (c === 'technicalExtension') {
              expect(above.communication?.fields).toEqual({ motiviModifica: date < '2026-01-20' ? null : 'mod-rev', numGiorniProroga: null });
            } else {
              expect(above.communication?.fields).toEqual({ motiviModifica: null });
            }
          } else {
            expect(within.communication).toEqual({ system: 'SIMOG', scheda: null, fields: {} });
            expect(above).toMatchObject({ newCig: null, communication: { system: 'SIMOG' } });
          }
          // The law of the original contract names the norm, whatever the event's date (art. 226 c.2).
          const law = originalDate < '2016-04-19' ? 'dlgs163' : originalDate < '2023-07-01' ? 'dlgs50' : 'dlgs36';
          if (law === 'dlgs50') expect(sources(within)).toMatch(/art\. 106/);
          if (law === 'dlgs50') expect(sources(within)).not.toMatch(/n\. 36, art\. 120/);
          if (law === 'dlgs36') expect(sources(within)).toMatch(/art\. 120/);
          if (law === 'dlgs163') expect(sources(within)).not.toMatch(/art\. 106|art\. 120/);
        });
      }
    }
  }

  it('the issue\'s 2025 variant on a 2019 contract: d.lgs. 50/2016 art. 106 and SIMOG, not art. 120 and the PCP', () => {
    const a = modify('variant', '2025-06-01', '10000', { originalDate: '2019-05-01', originalCig: CIG.SIMOG_V1 });
    expect(text(a)).toMatch(/sotto il d\.lgs\. 50\/2016.*art\. 106/);
    expect(text(a)).toMatch(/anche senza una clausola/);
    expect(sources(a)).toMatch(/art\. 226/);
    expect(a.communication?.system).toBe('SIMOG');
  });
  it('the quinto under d.lgs. 36/2023: only if the documents provide it (art. 120 c.9)', () => {
    const a = modify('variant', '2026-02-01', '10000', { originalDate: '2024-05-01', originalCig: CIG.PCP_B });
    expect(text(a)).toMatch(/solo se i documenti di gara iniziali lo prevedono/);
  });
  it('the day before and the day of the d.lgs. 36/2023: the original start date picks the law', () => {
    expect(text(modify('variant', '2025-06-01', '10000', { originalDate: '2023-06-30', originalCig: CIG.SIMOG_V1 }))).toMatch(/sotto il d\.lgs\. 50\/2016/);
    expect(text(modify('variant', '2025-06-01', '10000', { originalDate: '2023-07-01', originalCig: CIG.SIMOG_A }))).toMatch(/disciplinato dal d\.lgs\. 36\/2023/);
    expect(text(modify('variant', '2017-06-01', '10000', { originalDate: '2016-04-18' }))).toMatch(/sotto il d\.lgs\. 163\/2006/);
    expect(text(modify('variant', '2017-06-01', '10000', { originalDate: '2016-04-19' }))).toMatch(/disciplinato dal d\.lgs\. 50\/2016/);
  });
  it('without the start date, from 1 July 2023 a modification says the law is not settled; a PCP CIG settles it', () => {
    expect(modify('variant', '2023-06-30', '10000').unverified.join(' ')).not.toMatch(/art\. 226/);
    expect(modify('variant', '2023-07-01', '10000').unverified.join(' ')).toMatch(/art\. 226/);
    expect(modify('variant', '2025-07-01', '10000', { originalCig: CIG.PCP_B }).unverified.join(' ')).not.toMatch(/art\. 226/);
  });
  it('without the original CIG: the system is not settled; within the quinto no new CIG, above it null', () => {
    const within = modify('variant', '2025-11-01', '10000');
    expect(within).toMatchObject({ newCig: false, communication: null });
    expect(within.unverified.join(' ')).toMatch(/Indica il CIG originario/);
    expect(modify('variant', '2025-11-01', '30000')).toMatchObject({ newCig: null, communication: null });
    // With only the start date: before 2024 the CIG is SIMOG or Smart CIG; from 2024 a PCP one.
    expect(modify('variant', '2025-11-01', '10000', { originalDate: '2023-03-01' })).toMatchObject({ newCig: false, communication: null });
    expect(modify('variant', '2025-11-01', '30000', { originalDate: '2024-03-01', originalCard: 'P1_16' })).toMatchObject({ newCig: false, communication: { system: 'PCP', scheda: 'M1' } });
  });
  it.each([CIG.SMART_X, CIG.SMART_Y, CIG.SMART_Z])('on a Smart CIG (%s) under the PCP: within the quinto same CIG, above it null, da verificare', (cig) => {
    expect(modify('variant', '2025-11-01', '10000', { originalCig: cig })).toMatchObject({ newCig: false, communication: null });
    expect(modify('variant', '2025-11-01', '30000', { originalCig: cig })).toMatchObject({ newCig: null, communication: null });
  });
});

describe('the original CIG\'s series tells its system, whatever the later letter', () => {
  it.each([
    [CIG.SIMOG_V1, 'SIMOG'], [CIG.SIMOG_A, 'SIMOG'], [CIG.PCP_B, 'PCP'], ['C1A2B3C48B', 'PCP'],
  ] as const)('%s → %s', (originalCig, system) => {
    const a = run({ case: 'renewal', date: '2025-06-01', object: 'works', amount: '1000', originalCig });
    expect(a.communication?.system).toBe(system);
    expect(a.newCig).toBe(false);
  });
});

describe('M1 or M2 by the card that awarded the contract', () => {
  const EXPECTED: Record<string, 'M1' | 'M2' | null> = {
    P1_16: 'M1', P2_16: 'M2', AD3: 'M2', AD2_25: 'M2', AD4: 'M2', P6_2: 'M2', P7_1_3: 'M2', P7_2: 'M2', A3_6: 'M2', AD5: null, AD1_25: null, P5: null,
  };
  it('the table covers every card the scenario accepts', () => {
    expect(Object.keys(MODIFICATION_CARDS).sort()).toEqual([...ORIGINAL_CARDS].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...ORIGINAL_CARDS].sort());
  });
  it.each(ORIGINAL_CARDS.map((c) => [c, EXPECTED[c] ?? null] as const))('%s → %s', (originalCard, card) => {
    for (const c of ['renewal', 'variant', 'technicalExtension']) {
      const a = run({ case: c, date: '2026-11-21', object: 'services', amount: '30000', ...(c !== 'renewal' && { contractAmount: '100000' }), originalCig: CIG.PCP_B, originalCard });
      expect(a.communication?.scheda).toBe(card);
      expect(a.newCig).toBe(false);
      if (card === null) expect(a.unverified.join(' ')).toMatch(new RegExp(`Dopo la scheda ${originalCard} .*non prevede una scheda di modifica`));
    }
  });
  it('A3_6: M2 accepted by the orchestrator only from 30 June 2026', () => {
    const at = (date: string) => run({ case: 'variant', date, object: 'services', amount: '1000', contractAmount: '100000', originalCig: CIG.PCP_B, originalCard: 'A3_6' });
    expect(at('2026-06-29').unverified.join(' ')).toMatch(/accetta la scheda M2 dopo A3_6 dal 30 giugno 2026/);
    expect(at('2026-06-30').unverified.join(' ')).not.toMatch(/accetta la scheda M2/);
  });
  it('without the card: scheda null, and the open point names M1 and M2 and where to read the card', () => {
    const a = run({ case: 'renewal', date: '2026-11-21', object: 'services', amount: '30000', originalCig: CIG.PCP_B });
    expect(a.communication).toMatchObject({ system: 'PCP', scheda: null });
    expect(a.unverified.join(' ')).toMatch(/M1 dopo .*M2 dopo .*piattaforma certificata/);
  });
});

describe('the original contract\'s date is checked', () => {
  it('refuses an original start date after the event\'s date, and an unknown card', () => {
    const p = parseScenario({ case: 'renewal', date: '2025-01-01', object: 'works', amount: '1', originalCig: CIG.PCP_B, originalDate: '2025-01-02' });
    expect(p).toMatchObject({ ok: false, error: { issues: [{ path: 'originalDate' }] } });
    expect(parseScenario({ case: 'variant', object: 'works', amount: '1', contractAmount: '2', originalCard: 'M2' })).toMatchObject({ ok: false, error: { issues: [{ path: 'originalCard' }] } });
    expect(parseScenario({ case: 'new', object: 'works', base: '1', originalDate: '2020-01-01' })).toMatchObject({ ok: false });
  });
});

describe('property: an event on a PCP contract never yields a new CIG', () => {
  // The scenario cannot say that a new procedure is needed; so under the PCP, on a PCP CIG, the answer is never a new CIG.
  const day = fc.integer({ min: 0, max: 365 * 4 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86400000).toISOString().slice(0, 10));
  const amount = fc.integer({ min: 1, max: 50_000_000 }).map(String);
  it('for every event, date from 2024, amount, contract amount and card', () => {
    fc.assert(fc.property(
      fc.constantFrom('renewal', 'variant', 'technicalExtension'), day, amount, amount,
      fc.option(fc.constantFrom(...ORIGINAL_CARDS), { nil: undefined }), fc.option(fc.constantFrom('2024-01-01', '2019-01-01'), { nil: undefined }),
      (c, date, amt, contractAmount, originalCard, originalDate) => {
        const a = run({
          case: c, date, object: 'services', amount: amt, ...(c !== 'renewal' && { contractAmount }), originalCig: CIG.PCP_B,
          ...(originalCard && { originalCard }), ...(originalDate && { originalDate }),
        });
        expect(a.newCig).not.toBe(true);
        if (date >= '2025-01-14' || c !== 'renewal') expect(a).toMatchObject({ newCig: false, system: null, fields: {}, communication: { system: 'PCP' } });
      },
    ), { numRuns: 300 });
  });
});
