/**
 * Issue 11: in-house awards (A3_6 under the PCP; the SIMOG/Smart CIG entry before, "da verificare" whether the
 * CIG was required), contracts subject only to tracciabilità (P5, no contribution, delibera 584/2023), and the
 * framework agreement itself (CIG padre on the maximum value), at every date boundary.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/domain/advise.ts';
import type { Decision } from '../../../src/domain/advice.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';

function decide(raw: Record<string, unknown>): Decision {
  const p = parseScenario({ case: 'new', object: 'services', ...raw });
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return advise(p.scenario);
}
const codes = (rs: readonly { code: string }[]) => rs.map((r) => r.code);

describe('in house', () => {
  it.each([
    ['2023-12-31', 'SMART_CIG', null, null],
    ['2024-01-01', 'PCP', true, 'A3_6'],
  ])('on %s: %s, newCig %s, card %s', (date, system, newCig, scheda) => {
    const d = decide({ date, base: '39999.99', procedure: 'inHouse' });
    expect(d.system).toBe(system);
    expect(d.newCig).toBe(newCig);
    if (scheda) expect(d.fields.scheda).toBe(scheda);
    else expect(d.fields.proceduraSceltaContraente).toBe("AFFIDAMENTO DIRETTO A SOCIETA' IN HOUSE");
  });
  it.each([['39999.99', 'SMART_CIG'], ['40000', 'SIMOG']])('2019, %s €: %s with the in-house entry', (base, system) => {
    const d = decide({ date: '2019-10-01', base, procedure: 'inHouse' });
    expect(d.system).toBe(system);
    expect(codes(d.unverified)).toContain('inHouseCigBefore2024Unverified');
  });
  it.each([
    ['2024-12-31', false],
    ['2025-01-01', true],
    ['2025-12-31', true],
    ['2026-01-01', false],
  ])('the contribution on %s is settled: %s (delibera 598/2024 art. 1 c.4)', (date, settled) => {
    const d = decide({ date, base: '60000', procedure: 'inHouse' });
    if (settled) expect(d.contribution).toMatchObject({ stazioneAppaltante: '35.00', operatoreEconomico: '0.00' });
    else {
      expect(d.contribution).toBeNull();
      expect(codes(d.unverified)).toContain('specialAwardContributionUnverified');
    }
  });
  it.each([['2025-06-30', 'PAD_O_INTERFACCIA_WEB'], ['2025-07-01', 'PAD']])('A3_6 on %s: channel %s', (date, canale) => {
    expect(decide({ date, base: '1000', procedure: 'inHouse' }).fields.canale).toBe(canale);
  });
});

describe('traceability only', () => {
  it.each([
    ['2023-12-31', 'SMART_CIG', null],
    ['2024-01-01', 'PCP', 'P5'],
  ])('on %s: %s', (date, system, scheda) => {
    const d = decide({ date, base: '60000', excluded: 'traceabilityOnly' });
    expect(d.system).toBe(system);
    expect(d.newCig).toBe(true);
    if (scheda) {
      expect(d.fields.scheda).toBe(scheda);
      expect(d.contribution).toMatchObject({ stazioneAppaltante: '0.00', operatoreEconomico: '0.00' });
    } else expect(codes(d.unverified)).toContain('traceabilityOnlyFattispecieUnverified');
  });
  it('no procedure of the Code is assessed', () => {
    expect(decide({ date: '2026-03-01', base: '500000', excluded: 'traceabilityOnly' }).procedures).toBeUndefined();
  });
});

describe('the framework agreement itself', () => {
  it('the CIG padre on the maximum value, options included, with the procedure left to the RUP', () => {
    const d = decide({ date: '2026-03-01', base: '100000', renewals: ['100000'], procedure: 'frameworkAgreement' });
    expect(d.estimatedValue).toBe('200000.00');
    expect(codes(d.notes)[0]).toBe('frameworkAgreementParent');
    expect(codes(d.unverified)).toContain('frameworkAgreementProcedure');
    expect(d.procedures?.chosen).toBeNull();
  });
});
